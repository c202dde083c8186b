// Live plans know what a step replaces: the column type before ALTER COLUMN
// TYPE, a dropped constraint's and index's definitions. Their rollback SQL,
// run after the migration, brings the schema back (checked in the catalog).
#include "plan/planbuilder.h"
#include "sql/sqlscript.h"
#include "testsandbox.h"

#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using namespace slipway::plan;
using slipway::test::TestSandbox;

class TestPlanRollback : public QObject {
    Q_OBJECT

    static QString scalar(const QString &uri, const char *sql)
    {
        pqxx::connection conn(uri.toStdString());
        const pqxx::result r = pqxx::nontransaction(conn).exec(sql);
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    }

    static QString schemaOf(const QString &uri)
    {
        return scalar(uri, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                           "WHERE attrelid = 'rb_items'::regclass AND attname = 'amount'")
               + u'|'
               + scalar(uri, "SELECT pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint "
                             "WHERE conname = 'rb_code_len'")
               + u'|'
               + scalar(uri, "SELECT pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint "
                             "WHERE conname = 'rb_items_parent_fk'")
               + u'|'
               + scalar(uri, "SELECT pg_get_indexdef(indexrelid) || ' ' || indisvalid FROM pg_index "
                             "WHERE indexrelid = to_regclass('rb_items_code_idx')");
    }

    // Each statement on its own (CONCURRENTLY cannot run in a transaction block).
    static void run(const QString &uri, const QString &sql)
    {
        pqxx::connection conn(uri.toStdString());
        for (const SqlStatement &statement : SqlScript::parse(sql).statements())
            pqxx::nontransaction(conn).exec(statement.text.toStdString());
    }

private slots:
    void rollbackRestoresWhatTheStepsReplaced()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("plan_rollback"));
        TestSandbox::exec(uri, QStringLiteral(
            "CREATE TABLE rb_parent (id int PRIMARY KEY);\n"
            "INSERT INTO rb_parent VALUES (1);\n"
            "CREATE TABLE rb_items (id int PRIMARY KEY, amount numeric(10,2), code text,\n"
            "  parent int CONSTRAINT rb_items_parent_fk REFERENCES rb_parent (id),\n"
            "  CONSTRAINT rb_code_len CHECK (length(code) < 10));\n"
            "CREATE INDEX rb_items_code_idx ON rb_items (lower(code)) WHERE code IS NOT NULL;\n"
            "INSERT INTO rb_items SELECT g, g / 3.0, 'c' || g % 100, 1 FROM generate_series(1, 1000) g;"));
        const QString before = schemaOf(uri);
        const QString migration = QStringLiteral(
            "ALTER TABLE rb_items ALTER COLUMN amount TYPE bigint;\n"
            "ALTER TABLE rb_items DROP CONSTRAINT rb_code_len, DROP CONSTRAINT rb_items_parent_fk;\n"
            "DROP INDEX CONCURRENTLY rb_items_code_idx;\n");

        DbError error;
        const auto plan = PlanBuilder::buildLive(migration, uri, PlanContext{}, false, &error);
        QVERIFY2(plan, qPrintable(error.toText()));
        QCOMPARE(plan->steps.size(), 3);
        QVERIFY2(plan->steps[0].rollbackSql.contains(QStringLiteral("TYPE numeric(10,2) USING amount::numeric(10,2)")),
                 qPrintable(plan->steps[0].rollbackSql));
        QVERIFY2(plan->steps[1].rollbackSql.contains(QStringLiteral("NOT VALID")), qPrintable(plan->steps[1].rollbackSql));
        QVERIFY2(plan->steps[2].rollbackSql.startsWith(QStringLiteral("CREATE INDEX CONCURRENTLY rb_items_code_idx")),
                 qPrintable(plan->steps[2].rollbackSql));
        for (const PlanStep &step : plan->steps)
            QVERIFY2(step.hasDown(), qPrintable(step.sql));

        run(uri, migration);
        QVERIFY(schemaOf(uri) != before);
        for (qsizetype i = plan->steps.size() - 1; i >= 0; --i)
            run(uri, plan->steps[i].rollbackSql);
        QCOMPARE(schemaOf(uri), before);

        // Offline there is nothing to look up: the rollback is a hint again.
        const MigrationPlan offline = PlanBuilder::build(migration, PlanContext{});
        QVERIFY(!offline.steps[0].hasDown());
        QVERIFY(offline.steps[0].rollbackLoss.contains(QStringLiteral("previous type")));
    }
};

QTEST_GUILESS_MAIN(TestPlanRollback)
#include "tst_planrollback.moc"
