#include "sql/sqlscanner.h"
#include "sql/sqlscript.h"

#include <QtTest>

using namespace slipway;

class TestSqlScript : public QObject {
    Q_OBJECT

    static QStringList texts(const SqlScript &script)
    {
        QStringList out;
        for (const auto &s : script.statements())
            out << s.text;
        return out;
    }

private slots:
    void splitsWithExactRanges()
    {
        const auto script = SqlScript::parse(QStringLiteral("SELECT 1;\n\n  CREATE TABLE t (id int);\n"));
        QCOMPARE(texts(script), (QStringList{QStringLiteral("SELECT 1"), QStringLiteral("CREATE TABLE t (id int)")}));
        const auto &second = script.statements()[1];
        QCOMPARE(second.range.from, (TextPosition{3, 3}));
        QCOMPARE(second.range.to, (TextPosition{3, 25}));
        QCOMPARE(second.range.byteStart, 13);
        QCOMPARE(second.rangeWithSemicolon.end, second.range.end + 1);
        QCOMPARE(second.nodeType(), QStringLiteral("CreateStmt"));
        QVERIFY(script.errors().isEmpty());
    }

    void semicolonsInsideQuotesAndCommentsDoNotSplit()
    {
        const QString sql = QStringLiteral(
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;\n"
            "SELECT 'a;b', E'it\\'s;', \"we;ird\" FROM t; /* nested /* comment; */ still; */ SELECT 3;");
        const auto script = SqlScript::parse(sql);
        QCOMPARE(script.statements().size(), 3);
        QCOMPARE(script.statements()[0].nodeType(), QStringLiteral("CreateFunctionStmt"));
        QCOMPARE(script.statements()[1].text, QStringLiteral("SELECT 'a;b', E'it\\'s;', \"we;ird\" FROM t"));
        QCOMPARE(script.statements()[2].text, QStringLiteral("SELECT 3"));
        QCOMPARE(script.statements()[2].leadingComments.size(), 1);
        QVERIFY(script.errors().isEmpty());
    }

    void beginAtomicBodyIsOneStatement()
    {
        const auto script = SqlScript::parse(QStringLiteral(
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\nSELECT 3;"));
        QCOMPARE(script.statements().size(), 2);
        QVERIFY(script.statements()[0].text.endsWith(QLatin1String("END")));
    }

    void ruleActionsInParenthesesStayWhole()
    {
        const auto script = SqlScript::parse(QStringLiteral(
            "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1;"));
        QCOMPARE(script.statements().size(), 2);
        QCOMPARE(script.statements()[0].nodeType(), QStringLiteral("RuleStmt"));
        QVERIFY(script.errors().isEmpty());
    }

    void leadingCommentsBelongToTheNextStatement()
    {
        const auto script = SqlScript::parse(QStringLiteral(
            "SELECT 1;\n-- squawk-ignore ban-drop-table\n/* why */\nDROP TABLE x;"));
        QCOMPARE(script.statements().size(), 2);
        QCOMPARE(script.statements()[1].leadingComments,
                 (QStringList{QStringLiteral("-- squawk-ignore ban-drop-table"), QStringLiteral("/* why */")}));
        QVERIFY(script.statements()[0].leadingComments.isEmpty());
        QCOMPARE(script.statements()[1].range.from.line, 4);
    }

    void syntaxErrorStaysWithItsStatement()
    {
        const auto script = SqlScript::parse(QStringLiteral(
            "CREATE TABLE a (id int);\nALTER TABEL a ADD COLUMN b int;\nCREATE INDEX ON a (id);"));
        QCOMPARE(script.statements().size(), 3);
        QVERIFY(!script.statements()[0].error);
        QVERIFY(script.statements()[1].error);
        QVERIFY(!script.statements()[2].error);
        QCOMPARE(script.statements()[2].nodeType(), QStringLiteral("IndexStmt"));
        const SqlSyntaxError error = *script.statements()[1].error;
        QVERIFY(error.message.contains(QStringLiteral("TABEL")));
        QCOMPARE(error.range.from, (TextPosition{2, 7}));
    }

    void unterminatedStringIsReportedWhereItStarts()
    {
        const auto script = SqlScript::parse(QStringLiteral("SELECT 1;\nSELECT 'abc"));
        QCOMPARE(script.statements().size(), 2);
        QVERIFY(!script.statements()[0].error);
        QVERIFY(script.statements()[1].error);
        QCOMPARE(script.statements()[1].error->range.from, (TextPosition{2, 8}));
        QCOMPARE(script.statements()[1].text, QStringLiteral("SELECT 'abc"));
    }

    void psqlMetaCommandGetsAClearError()
    {
        const auto script = SqlScript::parse(QStringLiteral("\\set ON_ERROR_STOP on\nSELECT 1;"));
        QVERIFY(!script.errors().isEmpty());
        const SqlSyntaxError error = script.errors().first();
        QVERIFY2(error.message.contains(QStringLiteral("\\set")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("psql")));
        QCOMPARE(error.range.from, (TextPosition{1, 1}));
    }

    void nonAsciiTextKeepsCharacterPositions()
    {
        const auto script = SqlScript::parse(QStringLiteral("SELECT 'grüße 😀';\nSELEC 2;"));
        QCOMPARE(script.statements().size(), 2);
        QCOMPARE(script.statements()[0].text, QStringLiteral("SELECT 'grüße 😀'"));
        QCOMPARE(script.statements()[1].range.from, (TextPosition{2, 1}));
        QCOMPARE(script.statements()[1].error->range.from, (TextPosition{2, 1}));
        const SourceText &source = script.source();
        QCOMPARE(source.charOffset(source.byteOffset(12)), 12);
    }

    void scannerClassifiesTokens()
    {
        const QByteArray sql = "SELECT $x$a;b$x$, 1.5, $1, name FROM t -- note\n/* a /* b */ c */";
        const auto result = SqlScanner::scan(sql);
        QVERIFY(result.error.isEmpty());
        QList<SqlToken::Kind> kinds;
        for (const auto &token : result.tokens)
            kinds << token.kind;
        using K = SqlToken::Kind;
        QCOMPARE(kinds, (QList<K>{K::ReservedKeyword, K::String, K::Punctuation, K::Number, K::Punctuation,
                                  K::Parameter, K::Punctuation, K::Keyword, K::ReservedKeyword, K::Identifier,
                                  K::Comment, K::Comment}));
        QCOMPARE(sql.mid(result.tokens.last().byteStart, result.tokens.last().byteEnd - result.tokens.last().byteStart),
                 QByteArray("/* a /* b */ c */"));
    }

    void emptyAndCommentOnlyScripts()
    {
        QVERIFY(SqlScript::parse(QString()).statements().isEmpty());
        QVERIFY(SqlScript::parse(QStringLiteral("  -- nothing\n/* here */\n")).statements().isEmpty());
        QCOMPARE(SqlScript::parse(QStringLiteral(";;SELECT 1;;")).statements().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
