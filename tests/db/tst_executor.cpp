// The migration executor on a real server: folders applied in order and
// journaled, failures rolled back with SQLSTATE and line/column, CONCURRENTLY
// outside a transaction, dry run, rollback, a terminated session, lock
// timeouts that never queue the application for long, one runner at a time
// (also through `slipway-cli migrate`), cancel, stale rows, backups.
#include "db/pgconnection.h"
#include "db/profilestore.h"
#include "db/session.h"
#include "migrations/journal.h"
#include "migrations/migrationsource.h"
#include "run/migrationexecutor.h"
#include "run/pendingmigrations.h"
#include "run/runcontroller.h"
#include "run/runnerlock.h"
#include "run/staleruns.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <algorithm>
#include <thread>

using namespace slipway;
using namespace slipway::run;
using namespace slipway::migrations;
using slipway::test::TestSandbox;
using Kind = ExecutionEvent::Kind;

namespace {

std::unique_ptr<PgConnection> openConnection(const QString &uri)
{
    return std::make_unique<PgConnection>(uri.toStdString());
}

QString scalar(const QString &uri, const QString &sql)
{
    pqxx::connection conn(uri.toStdString());
    pqxx::nontransaction tx(conn);
    const pqxx::field f = tx.exec1(sql.toStdString())[0];
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// A golang-migrate folder: <version>_<name>.up.sql / .down.sql
void writeMigration(const QString &dir, int version, const QString &name, const QString &up,
                    const QString &down = {})
{
    const QString base = QStringLiteral("%1/%2_%3").arg(dir).arg(version, 3, 10, QLatin1Char('0')).arg(name);
    writeFile(base + QStringLiteral(".up.sql"), up);
    if (!down.isEmpty()) writeFile(base + QStringLiteral(".down.sql"), down);
}

struct Recorder {
    QList<ExecutionEvent> events;
    QMutex mutex;
    void attach(MigrationExecutor &executor)
    {
        executor.setEventSink([this](const ExecutionEvent &e) {
            QMutexLocker lock(&mutex);
            events << e;
        });
    }
    int count(Kind kind)
    {
        QMutexLocker lock(&mutex);
        return int(std::count_if(events.cbegin(), events.cend(), [kind](const ExecutionEvent &e) { return e.kind == kind; }));
    }
    ExecutionEvent first(Kind kind)
    {
        QMutexLocker lock(&mutex);
        for (const ExecutionEvent &e : events)
            if (e.kind == kind) return e;
        return {};
    }
    QString log()
    {
        QMutexLocker lock(&mutex);
        QStringList lines;
        for (const ExecutionEvent &e : events) lines << ExecutionEvent::kindName(e.kind) + u' ' + e.toText();
        return lines.join(u'\n');
    }
};

ExecutionOptions fastOptions()
{
    ExecutionOptions o;
    o.lockTimeoutMs = 200;
    o.backoffBaseMs = 100;
    o.backoffMaxMs = 400;
    return o;
}

QList<ExecutionItem> pendingItems(PgConnection &conn, const MigrationSet &set)
{
    QList<ExecutionItem> items;
    for (const Migration &m : AppliedState::read(conn, set).pending(set.migrations)) items << ExecutionItem::up(m);
    return items;
}

} // namespace

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
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('t1')")).isEmpty()); // rolled back

        const QList<JournalEntry> journal = Journal::read(*conn);
        QCOMPARE(journal.size(), 1);
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

    void aTerminatedSessionIsJournaledAsFailedAndARetrySucceeds()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_terminate"));
        const ExecutionItem item = ExecutionItem::script(
            QStringLiteral("CREATE TABLE term (id int);\nSELECT pg_sleep(1.5);\nINSERT INTO term VALUES (1);\n"),
            QStringLiteral("1"));
        auto conn = openConnection(uri);
        ExecutionOptions options = fastOptions();
        options.applicationName = QStringLiteral("slipway migrate terminate-me");
        MigrationExecutor executor(options);
        ExecutionResult result;
        std::thread worker([&] { result = executor.run(*conn, {item}); });
        pqxx::connection killer(uri.toStdString());
        bool killed = false;
        QElapsedTimer timer;
        timer.start();
        while (!killed && timer.elapsed() < 5000) {
            pqxx::nontransaction tx(killer);
            killed = tx.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE application_name = 'slipway migrate terminate-me' "
                             "AND query LIKE 'SELECT pg_sleep%' AND state = 'active'").size() == 1;
            if (!killed) QThread::msleep(20);
        }
        worker.join();
        QVERIFY(killed);
        QCOMPARE(result.status, ExecutionResult::Status::Failed);
        QVERIFY(result.connectionLost);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('term')")).isEmpty()); // rolled back
        auto fresh = openConnection(uri);
        QList<JournalEntry> journal = Journal::read(*fresh);
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal[0].status, JournalEntry::Status::Failed);
        QVERIFY(StaleRuns::find(*fresh).isEmpty());

        MigrationExecutor retry(fastOptions());
        result = retry.run(*fresh, {item});
        QVERIFY(result.succeeded());
        QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM term")), QStringLiteral("1"));
        journal = Journal::read(*fresh);
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal[1].status, JournalEntry::Status::Succeeded);
    }

    void aLongTransactionMakesItRetryWithoutQueueingTheApplication()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_locktimeout"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE hot (id int); INSERT INTO hot SELECT generate_series(1, 100);"));
        pqxx::connection holder(uri.toStdString());
        pqxx::work longTx(holder);
        longTx.exec("SELECT count(*) FROM hot"); // ACCESS SHARE until commit

        auto conn = openConnection(uri);
        ExecutionOptions options = fastOptions();
        options.maxAttempts = 10;
        MigrationExecutor executor(options);
        Recorder rec;
        rec.attach(executor);
        ExecutionResult result;
        std::atomic<bool> done{false};
        std::thread worker([&] {
            result = executor.run(*conn, {ExecutionItem::script(
                                             QStringLiteral("ALTER TABLE hot ADD COLUMN extra int;"),
                                             QStringLiteral("1"))});
            done = true;
        });
        // The application: short reads on a third connection, timed one by one.
        pqxx::connection app(uri.toStdString());
        qint64 worst = 0;
        int queries = 0;
        QElapsedTimer clock;
        clock.start();
        bool released = false;
        while (!done && clock.elapsed() < 15000) {
            if (!released && clock.elapsed() > 1200) {
                longTx.commit();
                released = true;
            }
            QElapsedTimer one;
            one.start();
            pqxx::nontransaction(app).exec("SELECT count(*) FROM hot");
            worst = qMax(worst, one.elapsed());
            ++queries;
            QThread::msleep(10);
        }
        worker.join();
        QVERIFY2(result.succeeded(), qPrintable(rec.log()));
        QVERIFY(rec.count(Kind::Retry) >= 2);
        const ExecutionEvent retry = rec.first(Kind::Retry);
        QCOMPARE(retry.error.sqlState, QStringLiteral("55P03"));
        QCOMPARE(retry.attempt, 2);
        QVERIFY(retry.delayMs >= 50 && retry.delayMs <= 100);
        QVERIFY(queries > 20);
        qInfo("application queries: %d, worst wait %lld ms (lock_timeout 200 ms)", queries, worst);
        QVERIFY2(worst < 200 + 150, qPrintable(QString::number(worst)));
        QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'hot'::regclass AND attname = 'extra'")),
                 QStringLiteral("1"));
    }

    void onlyOneRunnerRuns()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_tworunners"));
        const ExecutionItem slow = ExecutionItem::script(QStringLiteral("SELECT pg_sleep(0.6);"), QStringLiteral("1"));
        auto a = openConnection(uri);
        auto b = openConnection(uri);
        MigrationExecutor first(fastOptions());
        MigrationExecutor second(fastOptions());
        ExecutionResult ra, rb;
        std::thread ta([&] { ra = first.run(*a, {slow}); });
        std::thread tb([&] { rb = second.run(*b, {slow}); });
        ta.join();
        tb.join();
        const int succeeded = int(ra.succeeded()) + int(rb.succeeded());
        QCOMPARE(succeeded, 1);
        const ExecutionResult &loser = ra.succeeded() ? rb : ra;
        QCOMPARE(loser.status, ExecutionResult::Status::LockHeld);
        QVERIFY(loser.lockHolder.contains(QStringLiteral("slipway migrate")));
        QCOMPARE(Journal::read(*a).size(), 1);
    }

    void theCliMigratesAndReportsTheLockHolder()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_cli"));
        QTemporaryDir dir;
        writeMigration(dir.path(), 1, QStringLiteral("a"), QStringLiteral("CREATE TABLE a (id int);\n"),
                       QStringLiteral("DROP TABLE a;\n"));
        writeMigration(dir.path(), 2, QStringLiteral("b"), QStringLiteral("CREATE TABLE b (id int);\n"),
                       QStringLiteral("DROP TABLE b;\n"));
        auto cli = [&](const QStringList &extra, QString *err = nullptr) {
            QProcess p;
            p.start(TestSandbox::cliPath(),
                    QStringList{QStringLiteral("migrate"), uri, QStringLiteral("--dir"), dir.path(),
                                QStringLiteral("--format"), QStringLiteral("golang-migrate")} + extra);
            if (!p.waitForFinished(30000)) return -1;
            if (err) *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        };

        // Another runner holds the lock: exit 4 naming it.
        pqxx::connection other(uri.toStdString());
        pqxx::nontransaction(other).exec("SET application_name = 'other runner'");
        QVERIFY(RunnerLock::tryAcquire(other, RunnerLock::migrationsKey()));
        QString err;
        QCOMPARE(cli({}, &err), 4);
        QVERIFY2(err.contains(QString::number(other.backendpid())) && err.contains(QStringLiteral("other runner")),
                 qPrintable(err));
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('a')")).isEmpty());

        // Waiting for it: runs once it is released.
        QProcess waiting;
        waiting.start(TestSandbox::cliPath(),
                      {QStringLiteral("migrate"), uri, QStringLiteral("--dir"), dir.path(),
                       QStringLiteral("--format"), QStringLiteral("golang-migrate"),
                       QStringLiteral("--wait-for-lock"), QStringLiteral("10"), QStringLiteral("--to"),
                       QStringLiteral("1")});
        QVERIFY(waiting.waitForStarted());
        QThread::msleep(700);
        QCOMPARE(waiting.state(), QProcess::Running);
        RunnerLock::release(other, RunnerLock::migrationsKey());
        QVERIFY(waiting.waitForFinished(15000));
        QCOMPARE(waiting.exitCode(), 0);
        QVERIFY(!scalar(uri, QStringLiteral("SELECT to_regclass('a')")).isEmpty());
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('b')")).isEmpty()); // --to 1

        QCOMPARE(cli({QStringLiteral("--dry-run")}, &err), 0);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('b')")).isEmpty());
        QCOMPARE(cli({}, &err), 0);
        QVERIFY(!scalar(uri, QStringLiteral("SELECT to_regclass('b')")).isEmpty());
        QCOMPARE(cli({QStringLiteral("--rollback"), QStringLiteral("2")}, &err), 0);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('b')")).isEmpty());
        QCOMPARE(cli({QStringLiteral("--lock-timeout"), QStringLiteral("soon")}, &err), 64);

        writeMigration(dir.path(), 3, QStringLiteral("bad"), QStringLiteral("SELECT 1/0;\n"));
        QCOMPARE(cli({}, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("22012")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("--json")}, &err), 1);
        bool sawError = false;
        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("error")) continue;
            const QJsonObject e = o.value(QStringLiteral("error")).toObject();
            QCOMPARE(e.value(QStringLiteral("sqlstate")).toString(), QStringLiteral("22012"));
            QCOMPARE(e.value(QStringLiteral("line")).toInt(), 1);
            QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("3"));
            sawError = true;
        }
        QVERIFY2(sawError, qPrintable(err));
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

    void aConcurrentBuildThatTimesOutIsCleanedUpAndRetried()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_cic_retry"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE ci (id int); INSERT INTO ci SELECT generate_series(1, 100);"
                                              "CREATE TABLE other (id int);"));
        // An old snapshot: CREATE INDEX CONCURRENTLY waits for it after creating
        // the (invalid) index, and lock_timeout ends that wait.
        pqxx::connection holder(uri.toStdString());
        pqxx::transaction<pqxx::isolation_level::repeatable_read> snapshot(holder);
        snapshot.exec("SELECT count(*) FROM other");

        auto conn = openConnection(uri);
        ExecutionOptions options = fastOptions();
        options.maxAttempts = 10;
        MigrationExecutor executor(options);
        Recorder rec;
        rec.attach(executor);
        ExecutionResult result;
        std::thread worker([&] {
            result = executor.run(*conn, {ExecutionItem::script(
                                             QStringLiteral("CREATE INDEX CONCURRENTLY ci_id ON ci (id);"),
                                             QStringLiteral("1"))});
        });
        QThread::msleep(900);
        snapshot.commit();
        worker.join();
        QVERIFY2(result.succeeded(), qPrintable(rec.log()));
        QVERIFY(rec.count(Kind::Retry) >= 1);
        QVERIFY2(rec.count(Kind::InvalidIndex) >= 1, qPrintable(rec.log()));
        QVERIFY(result.invalidIndexes.isEmpty()); // dropped before each retry
        QCOMPARE(scalar(uri, QStringLiteral("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ci_id'::regclass")),
                 QStringLiteral("true"));
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

    void sigtermStopsTheCliWithExitAborted()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_cli_sigterm"));
        QTemporaryDir dir;
        writeMigration(dir.path(), 1, QStringLiteral("slow"),
                       QStringLiteral("CREATE TABLE s (id int);\nSELECT pg_sleep(20);\n"));
        QProcess cli;
        cli.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), uri, QStringLiteral("--dir"), dir.path(),
                                           QStringLiteral("--format"), QStringLiteral("golang-migrate")});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000
               && scalar(uri, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(20)%'")) != QLatin1String("1"))
            QThread::msleep(50);
        cli.terminate(); // SIGTERM
        QVERIFY(cli.waitForFinished(10000));
        QVERIFY(timer.elapsed() < 15000);
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('s')")).isEmpty());
        QCOMPARE(scalar(uri, QStringLiteral("SELECT status FROM slipway.journal")), QStringLiteral("failed"));
    }

    void aProductionProfileNeedsTheDatabaseNameTyped()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("exec_prod"));
        QTemporaryDir config;
        ProfileStore store(config.filePath(QStringLiteral("slipway/connections.json")));
        ConnectionProfile profile = ConnectionProfile::fromConnectionString(uri);
        const ConnectionProfile fresh = ConnectionProfile::create(QStringLiteral("prod-sandbox"), Environment::Production);
        profile.id = fresh.id;
        profile.name = fresh.name;
        profile.environment = Environment::Production;
        profile.readOnly = false;
        store.upsert(profile);
        QVERIFY(store.save());
        QTemporaryDir dir;
        writeMigration(dir.path(), 1, QStringLiteral("p"), QStringLiteral("CREATE TABLE p (id int);\n"));

        auto cli = [&](const QStringList &extra, QString *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            p.setProcessEnvironment(env);
            p.start(TestSandbox::cliPath(), QStringList{QStringLiteral("migrate"), QStringLiteral("prod-sandbox"),
                                                        QStringLiteral("--dir"), dir.path()} + extra);
            if (!p.waitForFinished(30000)) return -1;
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString err;
        QCOMPARE(cli({}, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("--yes-production exec_prod")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("--yes-production"), QStringLiteral("postgres")}, &err), 1);
        QVERIFY(scalar(uri, QStringLiteral("SELECT to_regclass('p')")).isEmpty());
        QCOMPARE(cli({QStringLiteral("--yes-production"), QStringLiteral("exec_prod")}, &err), 0);
        QVERIFY(!scalar(uri, QStringLiteral("SELECT to_regclass('p')")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
