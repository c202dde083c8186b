// Plan runs are journaled: each SQL step (up, and down as rolled_back) and
// each backfill step is a row of slipway.journal keyed "plan:<plan>#<step>",
// with its SQL, rows, duration, error (SQLSTATE, position) and run log; a dry
// run writes nothing. Status on a folder and the same database never shows
// those rows as migrations (no "missing from the folder"), nor do they make a
// pending migration applied.
#include "db/pgconnection.h"
#include "migrations/historyreader.h"
#include "migrations/journal.h"
#include "migrations/journaloverlay.h"
#include "migrations/migrationsource.h"
#include "migrations/migrationstatus.h"
#include "migrations/statusloader.h"
#include "plan/planexecution.h"
#include "plan/planjournal.h"
#include "run/executionitem.h"
#include "run/migrationexecutor.h"
#include "run/pendingmigrations.h"
#include "testsandbox.h"

#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using namespace slipway::plan;
using slipway::migrations::JournalEntry;
using slipway::test::TestSandbox;

namespace {

QString scalar(const QString &uri, const char *sql)
{
    pqxx::connection conn(uri.toStdString());
    const pqxx::result r = pqxx::nontransaction(conn).exec(sql);
    return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
}

QList<JournalEntry> journal(const QString &uri)
{
    pqxx::connection conn(uri.toStdString());
    return migrations::Journal::read(conn);
}

QList<JournalEntry> planRows(const QString &uri)
{
    QList<JournalEntry> out;
    for (const JournalEntry &e : journal(uri))
        if (e.isPlanStep())
            out << e;
    return out;
}

// Add a column, backfill it in batches, make it NOT NULL.
MigrationPlan priorityPlan()
{
    MigrationPlan p;
    p.title = QStringLiteral("Add priority to pj_orders");
    PlanStep add;
    add.index = 0;
    add.title = QStringLiteral("Add column");
    add.sql = QStringLiteral("ALTER TABLE pj_orders ADD COLUMN priority integer");
    add.rollbackSql = QStringLiteral("ALTER TABLE pj_orders DROP COLUMN priority");
    PlanStep fill;
    fill.index = 1;
    fill.title = QStringLiteral("Backfill priority");
    fill.sql = QStringLiteral("UPDATE pj_orders SET priority = 3 WHERE priority IS NULL");
    run::BackfillSpec spec;
    spec.name = QStringLiteral("pj_orders.priority");
    spec.table = QStringLiteral("public.pj_orders");
    spec.set = QStringLiteral("priority = 3");
    spec.predicate = QStringLiteral("priority IS NULL");
    spec.initialBatchSize = 500;
    fill.backfill = spec;
    fill.verificationSql = QStringLiteral("SELECT count(*) = 0 FROM pj_orders WHERE priority IS NULL");
    p.steps << add << fill;
    p.summarize();
    return p;
}

} // namespace

class TestPlanJournal : public QObject {
    Q_OBJECT

    QString m_uri;

private slots:
    void initTestCase()
    {
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_planjournal"));
        TestSandbox::exec(m_uri, QStringLiteral("CREATE TABLE pj_orders (id bigint PRIMARY KEY, note text);\n"
                                                "INSERT INTO pj_orders SELECT g, 'n' || g FROM generate_series(1, 2000) g;"));
    }

    void keyNamesPlanAndStep()
    {
        MigrationPlan p = priorityPlan();
        QCOMPARE(PlanJournal::stepKey(p, 1), QStringLiteral("plan:add-priority-to-pj_orders#2"));
        p.title.clear();
        p.sourceName = QStringLiteral("/tmp/plans/Split Orders.json");
        QCOMPARE(PlanJournal::planSlug(p), QStringLiteral("split-orders"));
        p.sourceName.clear();
        QCOMPARE(PlanJournal::planSlug(p), QStringLiteral("plan"));
        QVERIFY(JournalEntry::isPlanStepKey(QStringLiteral("plan:x#1")));
        QVERIFY(!JournalEntry::isPlanStepKey(QStringLiteral("20240118103000")));
    }

    void dryRunWritesNothing()
    {
        PlanRunOptions options;
        options.dryRun = true;
        PlanRunner runner(options);
        const PlanRunResult r = runner.run(m_uri, priorityPlan());
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QVERIFY(planRows(m_uri).isEmpty());
    }

    void runRecordsSqlAndBackfillSteps()
    {
        PlanRunOptions options;
        options.execution.runLog = QStringLiteral("store:run/41");
        PlanRunner runner(options);
        const PlanRunResult r = runner.run(m_uri, priorityPlan());
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QCOMPARE(r.steps.size(), 2);
        const QList<JournalEntry> rows = planRows(m_uri);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].version, QStringLiteral("plan:add-priority-to-pj_orders#1"));
        QCOMPARE(rows[0].status, JournalEntry::Status::Succeeded);
        QCOMPARE(rows[0].sql, QStringLiteral("ALTER TABLE pj_orders ADD COLUMN priority integer"));
        QVERIFY2(rows[0].name.contains(QStringLiteral("Add column")), qPrintable(rows[0].name));
        QVERIFY(rows[0].rollbackAvailable);
        QCOMPARE(rows[0].runLog, QStringLiteral("store:run/41"));
        QVERIFY(rows[0].durationMs >= 0);
        QCOMPARE(rows[0].id, r.steps[0].journalId);
        QCOMPARE(rows[1].version, QStringLiteral("plan:add-priority-to-pj_orders#2"));
        QCOMPARE(rows[1].status, JournalEntry::Status::Succeeded);
        QCOMPARE(rows[1].rowsAffected, 2000);
        QVERIFY2(rows[1].sql.startsWith(QStringLiteral("UPDATE pj_orders SET priority = 3")), qPrintable(rows[1].sql));
        QCOMPARE(rows[1].runLog, QStringLiteral("store:run/41"));
        QCOMPARE(rows[1].clientApp, QStringLiteral("slipway plan"));
        QCOMPARE(rows[1].id, r.steps[1].journalId);
        QCOMPARE(scalar(m_uri, "SELECT count(*) FROM pj_orders WHERE priority = 3"), QStringLiteral("2000"));
    }

    void downIsRolledBack()
    {
        PlanRunOptions options;
        options.down = true;
        PlanRunner runner(options);
        const PlanRunResult r = runner.run(m_uri, priorityPlan());
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        const QList<JournalEntry> rows = planRows(m_uri);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2].version, QStringLiteral("plan:add-priority-to-pj_orders#1"));
        QCOMPARE(rows[2].status, JournalEntry::Status::RolledBack);
        QCOMPARE(rows[2].sql, QStringLiteral("ALTER TABLE pj_orders DROP COLUMN priority"));
    }

    void failureKeepsSqlStateAndPosition()
    {
        MigrationPlan p;
        p.title = QStringLiteral("Broken");
        PlanStep step;
        step.sql = QStringLiteral("ALTER TABLE pj_orders ADD COLUMN note text");
        p.steps << step;
        PlanRunner runner;
        const PlanRunResult r = runner.run(m_uri, p);
        QCOMPARE(r.status, PlanRunResult::Status::Failed);
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps[0].error.sqlState, QStringLiteral("42701"));
        const QList<JournalEntry> rows = planRows(m_uri);
        const JournalEntry &last = rows.last();
        QCOMPARE(last.version, QStringLiteral("plan:broken#1"));
        QCOMPARE(last.status, JournalEntry::Status::Failed);
        QCOMPARE(last.errorSqlState, QStringLiteral("42701"));
        QVERIFY2(last.errorMessage.contains(QStringLiteral("note")), qPrintable(last.errorMessage));
        QVERIFY(last.errorPosition > 0);
    }

    // A folder next to the plan runs: status and pending never see the plan's rows.
    void statusIgnoresPlanRows()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const char *name, const char *sql) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sql);
        };
        write("001_create_pj_notes.sql", "CREATE TABLE pj_notes (id int PRIMARY KEY);\n");
        write("002_add_body.sql", "ALTER TABLE pj_notes ADD COLUMN body text;\n");
        const migrations::MigrationSet set = migrations::MigrationSource::load(dir.path());
        QCOMPARE(set.migrations.size(), 2);
        {
            PgConnection conn(m_uri.toStdString());
            run::MigrationExecutor executor;
            const run::ExecutionResult r = executor.run(conn, {run::ExecutionItem::up(set.migrations.first())});
            QVERIFY2(r.succeeded(), qPrintable(r.error.toText()));
        }

        pqxx::connection conn(m_uri.toStdString());
        const auto table = migrations::StatusLoader::chooseTable(migrations::HistoryReader::detect(conn), set.format);
        QVERIFY(table);
        QCOMPARE(table->tool, migrations::HistoryTool::Slipway);
        const QList<migrations::AppliedMigration> history = migrations::HistoryReader::read(conn, *table);
        QCOMPARE(history.size(), 1);
        QStringList states;
        for (const migrations::MigrationStatus &s : migrations::MigrationStatus::join(set.migrations, history))
            states << s.version + u'=' + migrations::MigrationStatus::stateName(s.state);
        QCOMPARE(states, (QStringList{QStringLiteral("1=applied"), QStringLiteral("2=pending")}));

        // Another tool's folder: the overlay adds the journal's folder rows only.
        const QList<JournalEntry> all = migrations::Journal::read(conn);
        QVERIFY(all.size() > 4);
        const QList<migrations::AppliedMigration> overlaid = migrations::overlayJournal({}, all);
        QCOMPARE(overlaid.size(), 1);
        QCOMPARE(overlaid.first().version, QStringLiteral("1"));

        const run::AppliedState state = run::AppliedState::read(conn, set);
        const QList<migrations::Migration> pending = state.pending(set.migrations);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().version, QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestPlanJournal)
#include "tst_planjournal.moc"
