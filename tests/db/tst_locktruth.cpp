#include "sql/lockimpact.h"
#include "sql/sqlscript.h"
#include "testsandbox.h"

#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using test::TestSandbox;

// The classifier against the server itself: each statement runs in a
// transaction that is rolled back, and pg_locks tells which lock it really
// took on each table; relfilenode tells whether the table was rewritten.
class TestLockTruth : public QObject {
    Q_OBJECT

    QString m_uri;

    static LockMode modeFromServer(const std::string &name)
    {
        static const std::map<std::string, LockMode> modes = {
            {"AccessShareLock", LockMode::AccessShare}, {"RowShareLock", LockMode::RowShare},
            {"RowExclusiveLock", LockMode::RowExclusive}, {"ShareUpdateExclusiveLock", LockMode::ShareUpdateExclusive},
            {"ShareLock", LockMode::Share}, {"ShareRowExclusiveLock", LockMode::ShareRowExclusive},
            {"ExclusiveLock", LockMode::Exclusive}, {"AccessExclusiveLock", LockMode::AccessExclusive}};
        const auto it = modes.find(name);
        return it == modes.end() ? LockMode::None : it->second;
    }

private slots:
    void initTestCase()
    {
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_locktruth"));
        TestSandbox::exec(m_uri, QStringLiteral(
            "CREATE TABLE o (id int PRIMARY KEY);"
            "CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(20), c int, o_id int);"
            "INSERT INTO o SELECT generate_series(1, 100);"
            "INSERT INTO t SELECT g, g, 'x', g, 1 + g % 100 FROM generate_series(1, 1000) g;"
            "CREATE INDEX t_a ON t (a);"
            "ALTER TABLE t ADD CONSTRAINT t_c_positive CHECK (c > 0) NOT VALID;"
            "CREATE MATERIALIZED VIEW m AS SELECT id FROM t; CREATE UNIQUE INDEX m_id ON m (id);"
            "CREATE TABLE p (id int, k int) PARTITION BY RANGE (k);"
            "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);"
            "CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"));
    }

    void serverAgrees_data()
    {
        QTest::addColumn<QString>("sql");
        for (const char *sql : {
                 "ALTER TABLE t ADD COLUMN d int",
                 "ALTER TABLE t ADD COLUMN d int NOT NULL DEFAULT 7",
                 "ALTER TABLE t ADD COLUMN d float8 DEFAULT random()",
                 "ALTER TABLE t ADD COLUMN d timestamptz DEFAULT statement_timestamp()",
                 "ALTER TABLE t ADD COLUMN d bigserial",
                 "ALTER TABLE t ADD COLUMN d int GENERATED ALWAYS AS (a * 2) STORED",
                 "ALTER TABLE t ALTER COLUMN a TYPE bigint",
                 "ALTER TABLE t ALTER COLUMN a SET NOT NULL",
                 "ALTER TABLE t DROP COLUMN b",
                 "ALTER TABLE t RENAME COLUMN b TO bb",
                 "ALTER TABLE t ALTER COLUMN c SET DEFAULT 1",
                 "CREATE INDEX t_c ON t (c)",
                 "ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0)",
                 "ALTER TABLE t VALIDATE CONSTRAINT t_c_positive",
                 "ALTER TABLE t ADD CONSTRAINT t_o FOREIGN KEY (o_id) REFERENCES o (id)",
                 "ALTER TABLE t ADD CONSTRAINT t_o FOREIGN KEY (o_id) REFERENCES o (id) NOT VALID",
                 "ALTER TABLE t ADD CONSTRAINT t_a_unique UNIQUE (a)",
                 "ALTER TABLE t ALTER COLUMN a SET STATISTICS 500",
                 "ALTER TABLE t SET (fillfactor = 80)",
                 "ANALYZE t",
                 "TRUNCATE t CASCADE",
                 "UPDATE t SET a = a + 1 WHERE id < 10",
                 "DELETE FROM t WHERE id = 1",
                 "SELECT * FROM t WHERE id = 1 FOR UPDATE",
                 "LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE",
                 "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION noop()",
                 "REFRESH MATERIALIZED VIEW m",
                 "REFRESH MATERIALIZED VIEW CONCURRENTLY m",
                 "DROP TABLE o CASCADE",
                 "REINDEX TABLE t",
                 "ALTER TABLE t ENABLE ROW LEVEL SECURITY",
                 "ALTER TABLE p DETACH PARTITION p1",
                 "CLUSTER t USING t_pkey",
             })
            QTest::newRow(sql) << QString::fromLatin1(sql);
    }

    void serverAgrees()
    {
        QFETCH(QString, sql);
        const SqlStatement statement = SqlScript::parseStatement(sql);
        QVERIFY(!statement.error);
        const LockImpact impact = LockClassifier::classify(statement, 150000);
        QVERIFY(impact.transactionAllowed);

        pqxx::connection conn(m_uri.toStdString());
        pqxx::work tx(conn);
        // name -> (oid, relfilenode) before the statement; a dropped table leaves pg_class.
        std::map<std::string, std::pair<std::string, std::string>> before;
        std::map<std::string, std::string> nameOfOid;
        for (const auto &row : tx.exec("SELECT relname, oid::text, relfilenode::text FROM pg_class"
                                       " WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'm', 'p')")) {
            before[row[0].as<std::string>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
            nameOfOid[row[1].as<std::string>()] = row[0].as<std::string>();
        }
        tx.exec(sql.toStdString());
        std::map<std::string, LockMode> held;
        for (const auto &row : tx.exec("SELECT relation::oid::text, mode FROM pg_locks"
                                       " WHERE pid = pg_backend_pid() AND locktype = 'relation'")) {
            const auto name = nameOfOid.find(row[0].as<std::string>());
            if (name == nameOfOid.end())
                continue; // indexes, catalogs, new relations
            LockMode &mode = held[name->second];
            const LockMode m = modeFromServer(row[1].as<std::string>());
            if (int(m) > int(mode))
                mode = m;
        }
        bool rewritten = false;
        for (const auto &row : tx.exec("SELECT relname, relfilenode::text FROM pg_class"
                                       " WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'm')")) {
            const auto it = before.find(row[0].as<std::string>());
            if (it != before.end() && it->second.second != row[1].as<std::string>())
                rewritten = true;
        }
        tx.abort();

        for (const auto &lock : impact.locks) {
            const auto it = held.find(lock.relation.toStdString());
            QVERIFY2(it != held.end(), qPrintable(QStringLiteral("no lock on %1 on the server").arg(lock.relation)));
            QVERIFY2(it->second == lock.mode,
                     qPrintable(QStringLiteral("%1: classified %2, server holds %3")
                                    .arg(lock.relation, lockModeName(lock.mode), lockModeName(it->second))));
        }
        // Every table the server locked beyond ACCESS SHARE is one we named.
        for (const auto &[relation, mode] : held) {
            if (int(mode) <= int(LockMode::AccessShare))
                continue;
            const bool named = std::any_of(impact.locks.begin(), impact.locks.end(),
                                           [&](const auto &l) { return l.relation.toStdString() == relation; });
            const bool cascaded = sql.contains(QLatin1String("CASCADE")) || sql.startsWith(QLatin1String("TRUNCATE"));
            QVERIFY2(named || cascaded, qPrintable(QStringLiteral("server also locked %1 (%2)")
                                                       .arg(QString::fromStdString(relation), lockModeName(mode))));
        }
        const bool saysRewrite = impact.effect == LockImpact::Effect::Rewrite;
        QVERIFY2(saysRewrite == rewritten, qPrintable(QStringLiteral("classified %1, server rewrote: %2")
                                                          .arg(LockImpact::effectName(impact.effect))
                                                          .arg(rewritten)));
    }
};

QTEST_GUILESS_MAIN(TestLockTruth)
#include "tst_locktruth.moc"
