// The migration executor on a real server: folders applied in order and
// journaled, failures rolled back with SQLSTATE and line/column, CONCURRENTLY
// outside a transaction, dry run, rollback, cancel, stale rows, backups, the
// run controller. (Safety under contention: tst_executorsafety.)
#include "db/pgconnection.h"
#include "db/session.h"
#include "migrations/journal.h"
#include "migrations/migrationsource.h"
#include "run/migrationexecutor.h"
#include "run/pendingmigrations.h"
#include "run/runcontroller.h"
#include "run/runnerlock.h"
#include "run/staleruns.h"
#include "executortestsupport.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <thread>

using namespace slipway;
using namespace slipway::run;
using namespace slipway::migrations;
using namespace slipway::test;

class TestExecutor : public QObject {
    Q_OBJECT

private slots:
    void appliesAFolderInOrderAndJournalsIt()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_apply"));
        QTemporaryDir dir;
        writeMigration(dir.path(), 1, QStringLiteral("items"),
                       QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text);\n"
                                      "INSERT INTO items SELECT g, 'n' || g FROM generate_series(1, 3) g;\n"),
                       QStringLiteral("DROP TABLE items;\n"));
        writeMigration(dir.path(), 2, QStringLiteral("note"),
                       QStringLiteral("ALTER TABLE items ADD COLUMN note text;\nUPDATE items SET note = 'x';\n"),
                       QStringLiteral("ALTER TABLE items DROP COLUMN note;\n"));
        const MigrationSet set = MigrationSource::load(dir.path(), MigrationFormat::GolangMigrate);
        QVERIFY(set.errors.isEmpty());
        auto conn = openConnection(uri);
        const QList<ExecutionItem> items = pendingItems(*conn, set);
        QCOMPARE(items.size(), 2);

        MigrationExecutor executor(fastOptions());
        Recorder rec;
        rec.attach(executor);
        const ExecutionResult result = executor.run(*conn, items);
        QVERIFY2(result.succeeded(), qPrintable(rec.log()));
        QCOMPARE(result.items[0].rows, qint64(3));
        QCOMPARE(result.items[1].rows, qint64(3));
        QCOMPARE(rec.count(Kind::StatementFinished), 4);
        QCOMPARE(rec.count(Kind::LockAcquired), 1);

        const QList<JournalEntry> journal = Journal::read(*conn);
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal[0].version, QStringLiteral("1"));
        QCOMPARE(journal[1].version, QStringLiteral("2"));
        for (const JournalEntry &e : journal) {
            QCOMPARE(e.status, JournalEntry::Status::Succeeded);
            QCOMPARE(e.rowsAffected, qint64(3));
            QVERIFY(e.durationMs >= 0);
            QVERIFY(e.rollbackAvailable);
            QCOMPARE(e.clientApp, QStringLiteral("slipway migrate"));
        }
        QCOMPARE(journal[1].sql, set.migrations[1].upSql);
        QVERIFY(pendingItems(*conn, set).isEmpty());
        // Settings are back to what they were; the lock is released.
        QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM items WHERE note = 'x'")), QStringLiteral("3"));
        QVERIFY(RunnerLock::tryAcquire(*conn, RunnerLock::migrationsKey()));
        RunnerLock::release(*conn, RunnerLock::migrationsKey());
        pqxx::nontransaction tx(*conn);
        QCOMPARE(QString::fromUtf8(tx.exec1("SHOW lock_timeout")[0].c_str()), QStringLiteral("0"));
    }

    void aFailingMigrationRollsBackAndIsJournaledWithItsPosition()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_fail"));
        const QString sql = QStringLiteral("-- first a table\nCREATE TABLE t1 (id int);\n"
                                           "INSERT INTO t1 VALUES (1);\nSELECT id\n  FROM missing_table;\n");
        ExecutionItem item = ExecutionItem::script(sql, QStringLiteral("7"), QStringLiteral("007_bad.up.sql"));
        auto conn = openConnection(uri);
        MigrationExecutor executor(fastOptions());
        Recorder rec;
        rec.attach(executor);
        const ExecutionResult result = executor.run(*conn, {item});
        QCOMPARE(result.status, ExecutionResult::Status::Failed);
        QCOMPARE(result.error.sqlState, QStringLiteral("42P01"));
        QCOMPARE(result.items[0].errorPosition.line, 5);
        QCOMPARE(result.items[0].errorPosition.column, 8);
        const ExecutionEvent error = rec.first(Kind::Error);
        QCOMPARE(error.position.line, 5);
        QVERIFY(error.toText().contains(QStringLiteral("007_bad.up.sql:5:8")));
        // The end lines carry the error too, so a log shows them as failures, not "ok".
        QCOMPARE(rec.first(Kind::ItemFinished).error.sqlState, QStringLiteral("42P01"));
        QCOMPARE(rec.first(Kind::RunFinished).error.sqlState, QStringLiteral("42P01"));
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('t1')")).isEmpty()); // rolled back

        const QList<JournalEntry> journal = Journal::read(*conn);
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal[0].version, QStringLiteral("script:7")); // never taken for folder migration 7
        QVERIFY(!journal[0].isMigration());
        QCOMPARE(journal[0].status, JournalEntry::Status::Failed);
        QCOMPARE(journal[0].errorSqlState, QStringLiteral("42P01"));
        QVERIFY(journal[0].errorMessage.contains(QStringLiteral("missing_table")));
        const TextPosition at = SourceText(journal[0].sql).position(journal[0].errorPosition - 1);
        QCOMPARE(at.line, 5);
        QCOMPARE(at.column, 8);
    }

    void concurrentlyRunsOutsideATransactionAndInvalidIndexesAreFound()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_concurrently"));
        auto conn = openConnection(uri);
        MigrationExecutor executor(fastOptions());
        Recorder rec;
        rec.attach(executor);
        ExecutionResult result = executor.run(
            *conn, {ExecutionItem::script(QStringLiteral("CREATE TABLE c (id int, v int);\n"
                                                         "INSERT INTO c SELECT g, g % 2 FROM generate_series(1, 10) g;\n"
                                                         "CREATE INDEX CONCURRENTLY c_id ON c (id);\n"),
                                          QStringLiteral("1"))});
        QVERIFY2(result.succeeded(), qPrintable(rec.log()));
        QVERIFY(rec.count(Kind::Note) >= 1);
        QVERIFY(rec.log().contains(QStringLiteral("outside a transaction")));
        QCOMPARE(scalar(uri, QStringLiteral("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'c_id'::regclass")),
                 QStringLiteral("true"));

        MigrationExecutor second(fastOptions());
        Recorder rec2;
        rec2.attach(second);
        result = second.run(*conn, {ExecutionItem::script(
                                       QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY c_v ON c (v);"),
                                       QStringLiteral("2"))});
        QCOMPARE(result.status, ExecutionResult::Status::Failed);
        QCOMPARE(result.error.sqlState, QStringLiteral("23505"));
        QCOMPARE(result.invalidIndexes.size(), 1);
        QCOMPARE(result.invalidIndexes[0].name, QStringLiteral("c_v"));
        QCOMPARE(result.invalidIndexes[0].cleanupSql, QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"c_v\";"));
        QCOMPARE(rec2.count(Kind::InvalidIndex), 1);
        TestSandbox::exec(uri, result.invalidIndexes[0].cleanupSql);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('c_v')")).isEmpty());
    }

    void dryRunLeavesNothingBehind()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_dry"));
        auto conn = openConnection(uri);
        ExecutionOptions options = fastOptions();
        options.mode = ExecutionOptions::Mode::DryRun;
        MigrationExecutor executor(options);
        Recorder rec;
        rec.attach(executor);
        const ExecutionResult result = executor.run(
            *conn, {ExecutionItem::script(QStringLiteral("CREATE TABLE d (id int);\n"
                                                         "INSERT INTO d SELECT generate_series(1, 5);\n"
                                                         "CREATE INDEX CONCURRENTLY d_id ON d (id);\n"),
                                          QStringLiteral("1")),
                    ExecutionItem::script(QStringLiteral("UPDATE d SET id = id + 1;"), QStringLiteral("2"))});
        QVERIFY2(result.succeeded(), qPrintable(rec.log()));
        QCOMPARE(result.items[0].status, ItemOutcome::Status::DryRunOk);
        QCOMPARE(result.items[0].skippedStatements, 1);
        QCOMPARE(result.items[0].rows, qint64(5));
        QCOMPARE(result.items[1].rows, qint64(5)); // sees the first item's table
        QCOMPARE(rec.count(Kind::StatementSkipped), 1);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('d')")).isEmpty());
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('slipway.journal')")).isEmpty());
    }

    // A dry run per migration rolls each one back at its own end: the lock the
    // first one took is gone while the second runs (the application is not
    // kept waiting), and nothing is left behind.
    void dryRunEachReleasesLocksBetweenMigrations()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_dry_each"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE app_t (id int); INSERT INTO app_t VALUES (1)"));
        auto conn = openConnection(uri);
        const QList<ExecutionItem> items{
            ExecutionItem::script(QStringLiteral("ALTER TABLE app_t ADD COLUMN note text;"), QStringLiteral("1")),
            ExecutionItem::script(QStringLiteral("SELECT pg_sleep(2);"), QStringLiteral("2"))};
        for (const auto mode : {ExecutionOptions::Mode::DryRunEach, ExecutionOptions::Mode::DryRun}) {
            ExecutionOptions options = fastOptions();
            options.mode = mode;
            MigrationExecutor executor(options);
            Recorder rec;
            rec.attach(executor);
            ExecutionResult result;
            std::thread worker([&] { result = executor.run(*conn, items); });
            // While the second migration sleeps, can the application read app_t?
            std::this_thread::sleep_for(std::chrono::milliseconds(900));
            bool readable = true;
            try {
                auto app = openConnection(uri);
                pqxx::nontransaction tx(*app);
                tx.exec("SET lock_timeout = '300ms'");
                tx.exec("SELECT count(*) FROM app_t");
            } catch (const pqxx::sql_error &) {
                readable = false;
            }
            worker.join();
            QVERIFY2(result.succeeded(), qPrintable(rec.log()));
            QCOMPARE(result.items[1].status, ItemOutcome::Status::DryRunOk);
            QCOMPARE(readable, mode == ExecutionOptions::Mode::DryRunEach);
            QVERIFY(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'app_t'::regclass "
                                               "AND attname = 'note'"))
                    == QLatin1String("0"));
        }
    }

    void rollbackRunsTheDownScriptAndVerifies()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_rollback"));
        QTemporaryDir dir;
        writeMigration(dir.path(), 1, QStringLiteral("r"), QStringLiteral("CREATE TABLE r (id int);\n"),
                       QStringLiteral("DROP TABLE r;\n"));
        const MigrationSet set = MigrationSource::load(dir.path(), MigrationFormat::GolangMigrate);
        auto conn = openConnection(uri);
        ExecutionItem up = ExecutionItem::up(set.migrations[0]);
        up.verifySql = QStringLiteral("SELECT to_regclass('r') IS NOT NULL;");
        MigrationExecutor run(fastOptions());
        Recorder rec;
        rec.attach(run);
        ExecutionResult result = run.run(*conn, {up});
        QVERIFY2(result.succeeded(), qPrintable(rec.log()));
        QCOMPARE(result.items[0].verified, std::optional<bool>(true));

        ExecutionOptions options = fastOptions();
        options.mode = ExecutionOptions::Mode::Rollback;
        QString why;
        const auto chain = AppliedState::read(*conn, set).rollbackChain(set.migrations, QStringLiteral("1"), &why);
        QCOMPARE(chain.size(), 1);
        ExecutionItem down = ExecutionItem::down(chain[0]);
        down.verifySql = up.verifySql;
        MigrationExecutor rollback(options);
        Recorder rec2;
        rec2.attach(rollback);
        result = rollback.run(*conn, {down});
        QVERIFY2(result.succeeded(), qPrintable(rec2.log()));
        QCOMPARE(result.items[0].verified, std::optional<bool>(true)); // the change is gone
        QVERIFY(!result.verificationFailed);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('r')")).isEmpty());
        const QList<JournalEntry> journal = Journal::read(*conn);
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal[1].status, JournalEntry::Status::RolledBack);
        QCOMPARE(journal[1].sql, set.migrations[0].downSql);
        QCOMPARE(pendingItems(*conn, set).size(), 1);
    }

    void cancelStopsTheRunningStatement()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_cancel"));
        auto conn = openConnection(uri);
        MigrationExecutor executor(fastOptions());
        ExecutionResult result;
        std::thread worker([&] {
            result = executor.run(*conn, {ExecutionItem::script(
                                             QStringLiteral("CREATE TABLE k (id int); SELECT pg_sleep(10);"),
                                             QStringLiteral("1"))});
        });
        QThread::msleep(400);
        QElapsedTimer timer;
        timer.start();
        executor.cancel();
        worker.join();
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(result.status, ExecutionResult::Status::Cancelled);
        QCOMPARE(result.items[0].status, ItemOutcome::Status::Cancelled);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('k')")).isEmpty());
        const QList<JournalEntry> journal = Journal::read(*conn);
        QCOMPARE(journal[0].status, JournalEntry::Status::Failed);
        QVERIFY(journal[0].errorMessage.startsWith(QStringLiteral("cancelled")));
    }

    void aRunningRowWithoutARunnerIsStale()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_stale"));
        auto conn = openConnection(uri);
        JournalEntry crashed;
        crashed.version = QStringLiteral("9");
        crashed.name = QStringLiteral("crashed");
        const qint64 id = Journal::begin(*conn, crashed);
        QCOMPARE(StaleRuns::find(*conn).size(), 1);

        auto runner = openConnection(uri);
        QVERIFY(RunnerLock::tryAcquire(*runner, RunnerLock::migrationsKey()));
        QVERIFY(StaleRuns::find(*conn).isEmpty()); // a live runner: not stale
        RunnerLock::release(*runner, RunnerLock::migrationsKey());

        MigrationExecutor executor(fastOptions());
        Recorder rec;
        rec.attach(executor);
        const ExecutionResult result =
            executor.run(*conn, {ExecutionItem::script(QStringLiteral("SELECT 1;"), QStringLiteral("10"))});
        QVERIFY(result.succeeded());
        QCOMPARE(result.staleRuns.size(), 1);
        QCOMPARE(result.staleRuns[0].id, id);
        QVERIFY(rec.first(Kind::StaleRun).message.contains(QStringLiteral("crashed")));

        StaleRuns::markAbandoned(*conn, result.staleRuns[0]);
        QVERIFY(StaleRuns::find(*conn).isEmpty());
    }

    void destructiveStepsAreBackedUpFirst()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_backup"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE victim (id int, note text); "
                                              "INSERT INTO victim SELECT g, 'n' FROM generate_series(1, 50) g; "
                                              "CREATE TABLE big (id int); INSERT INTO big SELECT generate_series(1, 10);"));
        auto conn = openConnection(uri);
        ExecutionOptions options = fastOptions();
        options.backupBeforeDestructive = true;
        MigrationExecutor executor(options);
        Recorder rec;
        rec.attach(executor);
        ExecutionResult result = executor.run(
            *conn, {ExecutionItem::script(QStringLiteral("ALTER TABLE victim DROP COLUMN note;"), QStringLiteral("1"))});
        QVERIFY2(result.succeeded(), qPrintable(rec.log()));
        const QString backup = scalar(uri, QStringLiteral("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                          "WHERE nspname = 'slipway_backup' AND relname LIKE 'victim_%'"));
        QVERIFY(!backup.isEmpty());
        QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM slipway_backup.%1 WHERE note = 'n'").arg(backup)),
                 QStringLiteral("50"));

        options.backupMaxBytes = 0; // everything is "large": a pg_dump command instead
        MigrationExecutor second(options);
        Recorder rec2;
        rec2.attach(second);
        result = second.run(*conn, {ExecutionItem::script(QStringLiteral("DROP TABLE big;"), QStringLiteral("2"))});
        QVERIFY(result.succeeded());
        const ExecutionEvent b = rec2.first(Kind::Backup);
        QVERIFY2(b.suggestedSql.startsWith(QStringLiteral("pg_dump --dbname='exec_backup' --table='\"public\".\"big\"'")),
                 qPrintable(b.suggestedSql));
    }

    void theRunControllerRunsOnASessionAndSignalsEvents()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_controller"));
        Session session;
        auto opened = session.open(uri);
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        RunController controller(session);
        QSignalSpy events(&controller, &RunController::eventOccurred);
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start({ExecutionItem::script(QStringLiteral("CREATE TABLE rc (id int); INSERT INTO rc VALUES (1), (2);"),
                                                QStringLiteral("1"))},
                         fastOptions());
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ExecutionResult>();
        QVERIFY(result.succeeded());
        QCOMPARE(result.items[0].rows, qint64(2));
        QVERIFY(events.size() >= 6);
        QCOMPARE(events.first().first().value<ExecutionEvent>().kind, Kind::RunStarted);
        QCOMPARE(events.last().first().value<ExecutionEvent>().kind, Kind::RunFinished);
        // The session goes on working after the run.
        auto after = session.execute(QStringLiteral("SELECT count(*) FROM rc"));
        after.waitForFinished();
        QCOMPARE(after.result().value.rows.value(0).value(0).toString(), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
