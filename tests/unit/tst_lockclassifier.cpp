#include "sql/lockimpact.h"
#include "sql/sqlscript.h"

#include <QtTest>

using namespace slipway;
using Effect = LockImpact::Effect;

Q_DECLARE_METATYPE(slipway::LockMode)
Q_DECLARE_METATYPE(slipway::LockImpact::Effect)

class TestLockClassifier : public QObject {
    Q_OBJECT

    static LockImpact classify(const QString &sql, int version = 150000)
    {
        const SqlStatement statement = SqlScript::parseStatement(sql);
        if (statement.error)
            qFatal("test SQL does not parse: %s", qPrintable(statement.error->message));
        return LockClassifier::classify(statement, version);
    }

private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<LockMode>("mode");
        QTest::addColumn<Effect>("effect");
        QTest::addColumn<bool>("inTransaction");
        using M = LockMode;
        QTest::newRow("add nullable column") << "ALTER TABLE t ADD COLUMN c int" << M::AccessExclusive << Effect::MetadataOnly << true;
        QTest::newRow("add column constant default") << "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0" << M::AccessExclusive << Effect::MetadataOnly << true;
        QTest::newRow("add column volatile default") << "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid()" << M::AccessExclusive << Effect::Rewrite << true;
        QTest::newRow("add column stable default") << "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT statement_timestamp()" << M::AccessExclusive << Effect::MetadataOnly << true;
        QTest::newRow("add serial column") << "ALTER TABLE t ADD COLUMN c bigserial" << M::AccessExclusive << Effect::Rewrite << true;
        QTest::newRow("add stored generated") << "ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a * 2) STORED" << M::AccessExclusive << Effect::Rewrite << true;
        QTest::newRow("change type") << "ALTER TABLE t ALTER COLUMN c TYPE bigint" << M::AccessExclusive << Effect::Rewrite << true;
        QTest::newRow("set not null") << "ALTER TABLE t ALTER COLUMN c SET NOT NULL" << M::AccessExclusive << Effect::Scan << true;
        QTest::newRow("drop column") << "ALTER TABLE t DROP COLUMN c" << M::AccessExclusive << Effect::MetadataOnly << true;
        QTest::newRow("rename column") << "ALTER TABLE t RENAME COLUMN a TO b" << M::AccessExclusive << Effect::MetadataOnly << true;
        QTest::newRow("create index") << "CREATE INDEX i ON t (a)" << M::Share << Effect::IndexBuild << true;
        QTest::newRow("create index concurrently") << "CREATE INDEX CONCURRENTLY i ON t (a)" << M::ShareUpdateExclusive << Effect::IndexBuild << false;
        QTest::newRow("drop index concurrently") << "DROP INDEX CONCURRENTLY i" << M::ShareUpdateExclusive << Effect::MetadataOnly << false;
        QTest::newRow("check constraint") << "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)" << M::AccessExclusive << Effect::Scan << true;
        QTest::newRow("check not valid") << "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID" << M::AccessExclusive << Effect::MetadataOnly << true;
        QTest::newRow("validate") << "ALTER TABLE t VALIDATE CONSTRAINT c" << M::ShareUpdateExclusive << Effect::Scan << true;
        QTest::newRow("foreign key") << "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES o (id)" << M::ShareRowExclusive << Effect::Scan << true;
        QTest::newRow("foreign key not valid") << "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES o (id) NOT VALID" << M::ShareRowExclusive << Effect::MetadataOnly << true;
        QTest::newRow("unique constraint") << "ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)" << M::AccessExclusive << Effect::IndexBuild << true;
        QTest::newRow("pk using index") << "ALTER TABLE t ADD CONSTRAINT p PRIMARY KEY USING INDEX i" << M::AccessExclusive << Effect::MetadataOnly << true;
        QTest::newRow("vacuum full") << "VACUUM FULL t" << M::AccessExclusive << Effect::Rewrite << false;
        QTest::newRow("vacuum") << "VACUUM t" << M::ShareUpdateExclusive << Effect::Scan << false;
        QTest::newRow("analyze") << "ANALYZE t" << M::ShareUpdateExclusive << Effect::Scan << true;
        QTest::newRow("truncate") << "TRUNCATE t" << M::AccessExclusive << Effect::Rewrite << true;
        QTest::newRow("update") << "UPDATE t SET a = 1 WHERE id < 10" << M::RowExclusive << Effect::RowChanges << true;
        QTest::newRow("select for update") << "SELECT * FROM t FOR UPDATE" << M::RowShare << Effect::Reads << true;
        QTest::newRow("lock table share") << "LOCK TABLE t IN SHARE MODE" << M::Share << Effect::MetadataOnly << true;
        QTest::newRow("create trigger") << "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()" << M::ShareRowExclusive << Effect::MetadataOnly << true;
        QTest::newRow("detach concurrently") << "ALTER TABLE p DETACH PARTITION c CONCURRENTLY" << M::ShareUpdateExclusive << Effect::MetadataOnly << false;
        QTest::newRow("reindex concurrently") << "REINDEX INDEX CONCURRENTLY i" << M::ShareUpdateExclusive << Effect::IndexBuild << false;
        QTest::newRow("refresh concurrently") << "REFRESH MATERIALIZED VIEW CONCURRENTLY m" << M::Exclusive << Effect::RowChanges << true;
        QTest::newRow("set statistics") << "ALTER TABLE t ALTER COLUMN a SET STATISTICS 500" << M::ShareUpdateExclusive << Effect::MetadataOnly << true;
        QTest::newRow("set") << "SET lock_timeout = '3s'" << M::None << Effect::None << true;
        QTest::newRow("create database") << "CREATE DATABASE d" << M::None << Effect::MetadataOnly << false;
        QTest::newRow("do block") << "DO $$ BEGIN UPDATE t SET a = 1; END $$" << M::None << Effect::None << true;
        QTest::newRow("do block that commits")
            << "DO $$ BEGIN LOOP UPDATE t SET a = 1; COMMIT; END LOOP; END $$" << M::None << Effect::None << false;
    }

    void classifies()
    {
        QFETCH(QString, sql);
        QFETCH(LockMode, mode);
        QFETCH(Effect, effect);
        QFETCH(bool, inTransaction);
        const LockImpact impact = classify(sql);
        QCOMPARE(impact.strongest(), mode);
        QCOMPARE(impact.effect, effect);
        QCOMPARE(impact.transactionAllowed, inTransaction);
        if (!inTransaction)
            QVERIFY(!impact.transactionNote.isEmpty());
    }

    void foreignKeyLocksBothTables()
    {
        const LockImpact impact = classify(QStringLiteral("ALTER TABLE shop.orders ADD FOREIGN KEY (customer_id) REFERENCES shop.customers (id)"));
        QCOMPARE(impact.locks.size(), 2);
        QCOMPARE(impact.locks[0].relation, QStringLiteral("shop.orders"));
        QCOMPARE(impact.locks[1].relation, QStringLiteral("shop.customers"));
        QVERIFY(impact.blocksWrites());
        QVERIFY(!impact.blocksReads());
    }

    void strongestSubcommandWins()
    {
        const LockImpact impact = classify(QStringLiteral(
            "ALTER TABLE t ADD COLUMN a int, ALTER COLUMN b TYPE text, VALIDATE CONSTRAINT c"));
        QCOMPARE(impact.locks.size(), 1);
        QCOMPARE(impact.strongest(), LockMode::AccessExclusive);
        QCOMPARE(impact.effect, Effect::Rewrite);
        QVERIFY(impact.blocksReads());
    }

    void defaultsDependOnServerVersion()
    {
        const QString sql = QStringLiteral("ALTER TABLE t ADD COLUMN c int DEFAULT 0");
        QCOMPARE(classify(sql, 150000).effect, Effect::MetadataOnly);
        QCOMPARE(classify(sql, 100000).effect, Effect::Rewrite);
        QVERIFY(classify(sql).dependsOnVersion);
        const QString addValue = QStringLiteral("ALTER TYPE mood ADD VALUE 'meh'");
        QVERIFY(classify(addValue, 150000).transactionAllowed);
        QVERIFY(!classify(addValue, 110000).transactionAllowed);
    }

    void conflictTableMatchesTheDocumentation()
    {
        QVERIFY(locksConflict(LockMode::Share, LockMode::RowExclusive));
        QVERIFY(!locksConflict(LockMode::Share, LockMode::Share));
        QVERIFY(!locksConflict(LockMode::ShareUpdateExclusive, LockMode::RowExclusive));
        QVERIFY(locksConflict(LockMode::ShareUpdateExclusive, LockMode::ShareUpdateExclusive));
        QVERIFY(locksConflict(LockMode::AccessExclusive, LockMode::AccessShare));
        QVERIFY(!locksConflict(LockMode::Exclusive, LockMode::AccessShare));
        for (int a = 1; a <= 8; ++a)
            for (int b = 1; b <= 8; ++b)
                QCOMPARE(locksConflict(LockMode(a), LockMode(b)), locksConflict(LockMode(b), LockMode(a)));
    }
};

QTEST_GUILESS_MAIN(TestLockClassifier)
#include "tst_lockclassifier.moc"
