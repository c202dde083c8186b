// The strong_migrations checks squawk lacks: each fires on the risky form and
// stays quiet on the safe one.
#include "lint/lintengine.h"
#include "sql/sqlscript.h"

#include <QtTest>

using namespace slipway;

class TestStrongMigrationsRules : public QObject {
    Q_OBJECT

    static QList<Finding> findingsOf(const QString &rule, const QString &sql, LintOptions options = {})
    {
        LintEngine engine(std::move(options));
        QList<Finding> out;
        for (const Finding &f : engine.lint(SqlScript::parse(sql))) {
            if (f.rule == rule)
                out << f;
        }
        return out;
    }

    static LintOptions withSizes()
    {
        LintOptions options;
        options.tableStats = [](const QString &table) -> std::optional<TableStats> {
            if (table == QLatin1String("small"))
                return TableStats{100, 16384};
            if (table == QLatin1String("huge"))
                return TableStats{40'000'000, 12'000'000'000};
            return std::nullopt;
        };
        return options;
    }

private slots:
    void rulesAreRegistered()
    {
        LintEngine engine;
        for (const char *id : {"prefer-jsonb", "ban-exclusion-constraint", "renaming-enum-value", "renaming-schema",
                               "index-too-many-columns", "dml-without-where", "mixed-schema-and-data-change"}) {
            const LintRule *rule = engine.rule(QString::fromLatin1(id));
            QVERIFY2(rule, id);
            QVERIFY(!rule->summary().isEmpty());
            QVERIFY(engine.isEnabled(*rule));
        }
        QCOMPARE(strongMigrationsRules().size(), size_t(7));
    }

    void preferJsonb_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("count");
        QTest::newRow("add column") << "ALTER TABLE events ADD COLUMN payload json;" << 1;
        QTest::newRow("qualified type") << "ALTER TABLE events ADD COLUMN payload pg_catalog.json;" << 1;
        QTest::newRow("change type") << "ALTER TABLE events ALTER COLUMN payload TYPE json;" << 1;
        QTest::newRow("create table") << "CREATE TABLE events (id bigint, a json, b json);" << 2;
        QTest::newRow("jsonb is fine") << "ALTER TABLE events ADD COLUMN payload jsonb;" << 0;
        QTest::newRow("json function is fine") << "SELECT json_build_object('a', 1);" << 0;
        QTest::newRow("text is fine") << "CREATE TABLE j (json text);" << 0;
    }
    void preferJsonb()
    {
        QFETCH(QString, sql);
        QFETCH(int, count);
        QCOMPARE(findingsOf(QStringLiteral("prefer-jsonb"), sql).size(), count);
    }

    void preferJsonbPointsAtTheTypeAndFixesIt()
    {
        const QString sql = QStringLiteral("ALTER TABLE events\n  ADD COLUMN payload json;");
        const auto findings = findingsOf(QStringLiteral("prefer-jsonb"), sql);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].range.from, (TextPosition{2, 22}));
        QVERIFY(findings[0].message.contains(QStringLiteral("payload")));
        QVERIFY(findings[0].explanation.contains(QStringLiteral("DISTINCT")));
        QVERIFY(findings[0].fix);
        QCOMPARE(applyFix(sql, *findings[0].fix), QStringLiteral("ALTER TABLE events\n  ADD COLUMN payload jsonb;"));
    }

    void banExclusionConstraint_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("count");
        QTest::newRow("add exclude") << "ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);" << 1;
        QTest::newRow("unnamed") << "ALTER TABLE bookings ADD EXCLUDE USING gist (during WITH &&);" << 1;
        QTest::newRow("in create table") << "CREATE TABLE bookings (room int, during tstzrange, EXCLUDE USING gist (during WITH &&));" << 0;
        QTest::newRow("table created in file")
            << "CREATE TABLE b (during tstzrange);\nALTER TABLE b ADD EXCLUDE USING gist (during WITH &&);" << 0;
        QTest::newRow("check not valid") << "ALTER TABLE bookings ADD CONSTRAINT c CHECK (room > 0) NOT VALID;" << 0;
    }
    void banExclusionConstraint()
    {
        QFETCH(QString, sql);
        QFETCH(int, count);
        QCOMPARE(findingsOf(QStringLiteral("ban-exclusion-constraint"), sql).size(), count);
    }

    void renamingEnumValue()
    {
        const auto findings = findingsOf(QStringLiteral("renaming-enum-value"),
                                         QStringLiteral("ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';"));
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(QStringLiteral("'shipped'")));
        QVERIFY(findings[0].help.contains(QStringLiteral("ADD VALUE 'dispatched'")));
        QCOMPARE(findings[0].range.from, (TextPosition{1, 25}));
        QVERIFY(findingsOf(QStringLiteral("renaming-enum-value"),
                           QStringLiteral("ALTER TYPE order_status ADD VALUE 'dispatched';")).isEmpty());
        QVERIFY(findingsOf(QStringLiteral("renaming-enum-value"),
                           QStringLiteral("ALTER TYPE order_status RENAME TO status;")).isEmpty());
    }

    void renamingSchema()
    {
        const auto findings = findingsOf(QStringLiteral("renaming-schema"), QStringLiteral("ALTER SCHEMA billing RENAME TO invoicing;"));
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(QStringLiteral("billing")));
        QVERIFY(findingsOf(QStringLiteral("renaming-schema"), QStringLiteral("ALTER TABLE billing.x RENAME TO y;")).isEmpty());
        QVERIFY(findingsOf(QStringLiteral("renaming-schema"), QStringLiteral("ALTER SCHEMA billing OWNER TO app;")).isEmpty());
        QVERIFY(findingsOf(QStringLiteral("renaming-schema"), QStringLiteral("CREATE SCHEMA invoicing;")).isEmpty());
    }

    void indexTooManyColumns_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("count");
        QTest::newRow("four columns") << "CREATE INDEX CONCURRENTLY i ON t (a, b, c, d);" << 1;
        QTest::newRow("expression counts") << "CREATE INDEX CONCURRENTLY i ON t (a, b, c, lower(d));" << 1;
        QTest::newRow("three columns") << "CREATE INDEX CONCURRENTLY i ON t (a, b, c);" << 0;
        QTest::newRow("include is free") << "CREATE INDEX CONCURRENTLY i ON t (a, b, c) INCLUDE (d, e);" << 0;
        QTest::newRow("unique may need them") << "CREATE UNIQUE INDEX CONCURRENTLY i ON t (a, b, c, d, e);" << 0;
    }
    void indexTooManyColumns()
    {
        QFETCH(QString, sql);
        QFETCH(int, count);
        QCOMPARE(findingsOf(QStringLiteral("index-too-many-columns"), sql).size(), count);
    }

    void dmlWithoutWhere_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("count");
        QTest::newRow("update") << "UPDATE users SET active = true;" << 1;
        QTest::newRow("update from") << "UPDATE users u SET plan = p.name FROM plans p;" << 1;
        QTest::newRow("delete") << "DELETE FROM sessions;" << 1;
        QTest::newRow("delete using") << "DELETE FROM sessions s USING users u;" << 1;
        QTest::newRow("update where") << "UPDATE users SET active = true WHERE id BETWEEN 1 AND 10000;" << 0;
        QTest::newRow("delete where") << "DELETE FROM sessions WHERE expires_at < now();" << 0;
        QTest::newRow("insert") << "INSERT INTO users (id) VALUES (1);" << 0;
        QTest::newRow("truncate") << "TRUNCATE sessions;" << 0;
    }
    void dmlWithoutWhere()
    {
        QFETCH(QString, sql);
        QFETCH(int, count);
        QCOMPARE(findingsOf(QStringLiteral("dml-without-where"), sql).size(), count);
    }

    void dmlWithoutWhereScalesWithTheTable()
    {
        const auto small = findingsOf(QStringLiteral("dml-without-where"), QStringLiteral("UPDATE small SET a = 1;"), withSizes());
        QCOMPARE(small.size(), 1);
        QCOMPARE(small[0].severity, Severity::Hint);
        const auto huge = findingsOf(QStringLiteral("dml-without-where"), QStringLiteral("UPDATE huge SET a = 1;"), withSizes());
        QCOMPARE(huge[0].severity, Severity::Error);
        QVERIFY2(huge[0].message.contains(QStringLiteral("40.0M rows")), qPrintable(huge[0].message));
        const auto fresh = findingsOf(QStringLiteral("dml-without-where"),
                                      QStringLiteral("CREATE TABLE n (a int);\nUPDATE n SET a = 1;"));
        QCOMPARE(fresh[0].severity, Severity::Hint);
    }

    void mixedSchemaAndDataChange_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("assumeInTransaction");
        QTest::addColumn<int>("count");
        QTest::newRow("alter then update")
            << "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;\nCOMMIT;"
            << false << 1;
        QTest::newRow("index then insert select")
            << "BEGIN;\nCREATE INDEX i ON users (plan);\nINSERT INTO audit SELECT * FROM users;\nCOMMIT;" << false << 1;
        QTest::newRow("update then alter")
            << "BEGIN;\nUPDATE users SET plan = 'free';\nALTER TABLE users ALTER COLUMN plan SET NOT NULL;\nCOMMIT;"
            << false << 1;
        QTest::newRow("runner transaction")
            << "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';" << true << 1;
        QTest::newRow("separate transactions")
            << "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nCOMMIT;\nBEGIN;\nUPDATE users SET plan = 'free' WHERE id < 1000;\nCOMMIT;"
            << false << 0;
        QTest::newRow("autocommit") << "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';" << false << 0;
        QTest::newRow("insert values is not a backfill")
            << "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nINSERT INTO plans VALUES (1, 'free');\nCOMMIT;" << false << 0;
        QTest::newRow("new table filled")
            << "BEGIN;\nCREATE TABLE archive (id bigint);\nALTER TABLE archive ADD COLUMN note text;\n"
               "INSERT INTO archive SELECT id FROM users;\nCOMMIT;"
            << false << 0;
        QTest::newRow("concurrent index is not in a transaction")
            << "CREATE INDEX CONCURRENTLY i ON users (plan);\nUPDATE users SET plan = 'free';" << false << 0;
    }
    void mixedSchemaAndDataChange()
    {
        QFETCH(QString, sql);
        QFETCH(bool, assumeInTransaction);
        QFETCH(int, count);
        LintOptions options;
        options.assumeInTransaction = assumeInTransaction;
        const auto findings = findingsOf(QStringLiteral("mixed-schema-and-data-change"), sql, options);
        QCOMPARE(findings.size(), count);
    }

    void mixedSchemaAndDataChangeNamesBothAndScales()
    {
        const auto findings = findingsOf(
            QStringLiteral("mixed-schema-and-data-change"),
            QStringLiteral("BEGIN;\nALTER TABLE small ADD COLUMN plan text;\nINSERT INTO small SELECT * FROM huge;\nCOMMIT;"),
            withSizes());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].range.from.line, 3);
        QVERIFY(findings[0].message.contains(QStringLiteral("small")));
        QCOMPARE(findings[0].severity, Severity::Error); // the source decides how long it runs
    }

    void incrementalLintSeesTheEarlierSchemaChange()
    {
        // The cached result of the UPDATE must not survive removing the ALTER above it.
        LintEngine engine;
        const QString with = QStringLiteral("BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'x' WHERE id < 10;\nCOMMIT;");
        const QString without = QStringLiteral("BEGIN;\nSELECT 1;\nUPDATE users SET plan = 'x' WHERE id < 10;\nCOMMIT;");
        auto count = [&](const QString &sql) {
            int n = 0;
            for (const Finding &f : engine.lint(SqlScript::parse(sql)))
                n += f.rule == QLatin1String("mixed-schema-and-data-change");
            return n;
        };
        QCOMPARE(count(with), 1);
        QCOMPARE(count(without), 0);
        QCOMPARE(count(with), 1);
    }

    void suppressible()
    {
        QVERIFY(findingsOf(QStringLiteral("dml-without-where"),
                           QStringLiteral("-- squawk-ignore dml-without-where\nDELETE FROM sessions;")).isEmpty());
        LintOptions options;
        options.excludedRules = {QStringLiteral("prefer-jsonb")};
        QVERIFY(findingsOf(QStringLiteral("prefer-jsonb"), QStringLiteral("ALTER TABLE t ADD COLUMN j json;"), options).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStrongMigrationsRules)
#include "tst_strongmigrationsrules.moc"
