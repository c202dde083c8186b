#include "lint/lintengine.h"
#include "sql/sqlscript.h"

#include <QtTest>

using namespace slipway;

class TestLintEngine : public QObject {
    Q_OBJECT

    static QStringList rulesOf(const QList<Finding> &findings)
    {
        QStringList out;
        for (const auto &f : findings)
            out << f.rule;
        return out;
    }

    // The engine's behaviour, without the file-level squawk rules (timeouts,
    // re-runnability) that fire on almost every example here.
    static LintOptions quiet(LintOptions options = {})
    {
        options.excludedRules = {QStringLiteral("require-lock-timeout"), QStringLiteral("require-statement-timeout"),
                                 QStringLiteral("prefer-robust-stmts")};
        return options;
    }

private slots:
    void findsAndFixesAndKnowsPositions()
    {
        LintEngine engine(quiet());
        const QString sql = QStringLiteral("SELECT 1;\nCREATE INDEX orders_created ON orders (created_at);\n");
        const auto findings = engine.lint(SqlScript::parse(sql));
        QCOMPARE(rulesOf(findings), QStringList{QStringLiteral("require-concurrent-index-creation")});
        const Finding &f = findings.first();
        QCOMPARE(f.range.from, (TextPosition{2, 1}));
        QCOMPARE(f.statementIndex, 1);
        QVERIFY(f.message.contains(QStringLiteral("orders")));
        QVERIFY(!f.explanation.isEmpty());
        QVERIFY(!f.help.isEmpty());
        QVERIFY(f.fix);
        const QString fixed = applyFix(sql, *f.fix);
        QCOMPARE(fixed, QStringLiteral("SELECT 1;\nCREATE INDEX CONCURRENTLY orders_created ON orders (created_at);\n"));
        QVERIFY(engine.lint(SqlScript::parse(fixed)).isEmpty());
    }

    void tableCreatedInTheSameFileIsFine()
    {
        LintEngine engine(quiet());
        const auto findings = engine.lint(SqlScript::parse(QStringLiteral(
            "BEGIN;\nCREATE TABLE t (id bigint PRIMARY KEY, v text);\nCREATE INDEX t_v ON t (v);\nCOMMIT;")));
        QVERIFY2(!rulesOf(findings).contains(QStringLiteral("require-concurrent-index-creation")),
                 qPrintable(rulesOf(findings).join(QLatin1Char(','))));
    }

    void suppressionComments()
    {
        LintEngine engine(quiet());
        QVERIFY(engine.lint(SqlScript::parse(QStringLiteral(
            "-- squawk-ignore require-concurrent-index-creation\nCREATE INDEX i ON t (a);"))).isEmpty());
        QVERIFY(engine.lint(SqlScript::parse(QStringLiteral(
            "-- slipway-ignore require-concurrent-index-creation, ban-drop-table\nCREATE INDEX i ON t (a);"))).isEmpty());
        QVERIFY(engine.lint(SqlScript::parse(QStringLiteral(
            "CREATE INDEX i ON t (a);\n-- squawk-ignore-file\nDROP TABLE x;"))).isEmpty());
        // Ignoring another rule does not hide this one; the comment only covers the next statement.
        QCOMPARE(engine.lint(SqlScript::parse(QStringLiteral(
            "-- squawk-ignore ban-drop-table\nCREATE INDEX i ON t (a);"))).size(), 1);
        QCOMPARE(engine.lint(SqlScript::parse(QStringLiteral(
            "-- squawk-ignore ban-drop-table\nDROP TABLE x;\nDROP TABLE y;"))).size(), 1);
    }

    void severityFollowsLiveTableSize()
    {
        LintOptions options;
        options.tableStats = [](const QString &table) -> std::optional<TableStats> {
            if (table == QLatin1String("small"))
                return TableStats{100, 8192};
            if (table == QLatin1String("huge"))
                return TableStats{50'000'000, 9'000'000'000};
            return std::nullopt;
        };
        LintEngine engine(quiet(options));
        const auto small = engine.lint(SqlScript::parse(QStringLiteral("CREATE INDEX i ON small (a);")));
        QCOMPARE(small.first().severity, Severity::Hint);
        const auto huge = engine.lint(SqlScript::parse(QStringLiteral("CREATE INDEX i ON huge (a);")));
        QCOMPARE(huge.first().severity, Severity::Error);
        QVERIFY2(huge.first().message.contains(QStringLiteral("50.0M rows")), qPrintable(huge.first().message));
        const auto unknown = engine.lint(SqlScript::parse(QStringLiteral("CREATE INDEX i ON other (a);")));
        QCOMPARE(unknown.first().severity, Severity::Warning);
    }

    void syntaxErrorsAreFindings()
    {
        LintEngine engine(quiet());
        const auto findings = engine.lint(SqlScript::parse(QStringLiteral("SELECT 1;\nALTER TABEL t ADD c int;")));
        QCOMPARE(rulesOf(findings), QStringList{LintEngine::syntaxErrorRule()});
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().range.from, (TextPosition{2, 7}));
    }

    void onlyChangedStatementsAreRelinted()
    {
        LintEngine engine(quiet());
        QString sql;
        for (int i = 0; i < 50; ++i)
            sql += QStringLiteral("CREATE INDEX i%1 ON t (a);\n").arg(i);
        auto first = engine.lint(SqlScript::parse(sql));
        QCOMPARE(engine.lastCheckedCount(), 50);
        QCOMPARE(first.size(), 50);
        const QString edited = sql.replace(QStringLiteral("i7 ON t"), QStringLiteral("i7 ON u"));
        const auto second = engine.lint(SqlScript::parse(edited));
        QCOMPARE(engine.lastCheckedCount(), 1);
        QCOMPARE(second.size(), 50);
        QVERIFY(second[7].message.contains(QStringLiteral(" u ")));
        // Inserting a line above shifts every range; cached findings move with their statements.
        const auto shifted = engine.lint(SqlScript::parse(QStringLiteral("-- header\n") + edited));
        QCOMPARE(engine.lastCheckedCount(), 0);
        QCOMPARE(shifted[3].range.from, (TextPosition{5, 1}));
    }

    void transactionStateReachesRules()
    {
        LintEngine engine(quiet());
        const auto inside = engine.lint(SqlScript::parse(QStringLiteral(
            "BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;")));
        QCOMPARE(rulesOf(inside), QStringList{QStringLiteral("ban-concurrent-index-creation-in-transaction")});
        QVERIFY(engine.lint(SqlScript::parse(QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (a);"))).isEmpty());
        LintOptions assume;
        assume.assumeInTransaction = true;
        LintEngine assuming(quiet(assume));
        // As squawk: a file holding only this statement is run outside the wrapping transaction.
        QCOMPARE(assuming.lint(SqlScript::parse(QStringLiteral("SELECT 1;\nCREATE INDEX CONCURRENTLY i ON t (a);"))).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLintEngine)
#include "tst_lintengine.moc"
