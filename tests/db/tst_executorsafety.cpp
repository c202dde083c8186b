// The executor when things go wrong around it: a terminated session, a long
// transaction holding a lock (fail fast at lock_timeout, retry, never queue the
// application for long), two runners at once (also through `slipway-cli
// migrate`), a CONCURRENTLY build timing out, SIGTERM, the production guard.
#include "db/pgconnection.h"
#include "db/profilestore.h"
#include "migrations/journal.h"
#include "migrations/migrationsource.h"
#include "run/migrationexecutor.h"
#include "run/pendingmigrations.h"
#include "run/runnerlock.h"
#include "run/staleruns.h"
#include "executortestsupport.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <thread>

using namespace slipway;
using namespace slipway::run;
using namespace slipway::migrations;
using namespace slipway::test;

class TestExecutorSafety : public QObject {
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(TestExecutorSafety)
#include "tst_executorsafety.moc"
