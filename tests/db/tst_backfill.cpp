// Batched backfills on a real server: every row changed exactly once (a
// counter column incremented by the backfill shows double processing) with
// concurrent writers, across SIGKILLs of the CLI and a terminated backend;
// throttled by replication lag on the sandbox replica; one runner per spec.
#include "monitor/monitor.h"
#include "run/backfillrunner.h"
#include "run/checkpoint.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <atomic>
#include <thread>

using namespace slipway;
using namespace slipway::run;
using slipway::test::TestSandbox;

namespace {

long long scalar(const QString &uri, const QString &sql)
{
    pqxx::connection conn(uri.toStdString());
    pqxx::nontransaction tx(conn);
    const pqxx::row row = tx.exec1(sql.toStdString());
    return row[0].is_null() ? -1 : row[0].as<long long>();
}

// 1..rows with a status to copy and a counter the backfill increments.
void createItems(const QString &uri, int rows)
{
    TestSandbox::exec(uri, QStringLiteral(R"SQL(
DROP TABLE IF EXISTS items;
CREATE TABLE items (id bigserial PRIMARY KEY, status text NOT NULL, status_v2 text,
                    bf_count int NOT NULL DEFAULT 0, touched int NOT NULL DEFAULT 0);
INSERT INTO items (status) SELECT (ARRAY['new', 'paid', 'sent'])[1 + i % 3] FROM generate_series(1, %1) i;
ANALYZE items;
DROP TABLE IF EXISTS slipway.backfill_checkpoint;
)SQL").arg(rows));
}

BackfillSpec itemsSpec(const QString &name, bool withPredicate)
{
    BackfillSpec spec;
    spec.name = name;
    spec.table = QStringLiteral("public.items");
    spec.set = QStringLiteral("status_v2 = upper(status), bf_count = bf_count + 1");
    if (withPredicate) spec.predicate = QStringLiteral("status_v2 IS NULL");
    spec.targetBatchMs = 50;
    spec.initialBatchSize = 500;
    spec.maxBatchSize = 5000;
    return spec;
}

// Every row changed once, and the checkpoint agrees with the table.
void verifyExact(const QString &uri, const QString &name, const QString &table = QStringLiteral("items"))
{
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM %1 WHERE bf_count <> 1").arg(table)), 0LL);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM %1 WHERE status_v2 IS DISTINCT FROM upper(status)").arg(table)),
             0LL);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT rows_done FROM slipway.backfill_checkpoint WHERE name = '%1'").arg(name)),
             scalar(uri, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
}

// The checkpoint and the table in one snapshot: rows up to the last key
// changed once, rows after it not at all.
void verifyConsistent(const QString &uri, const QString &name)
{
    if (scalar(uri, QStringLiteral("SELECT (to_regclass('slipway.backfill_checkpoint') IS NULL)::int")) == 1) {
        QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM items WHERE bf_count <> 0")), 0LL);
        return;
    }
    const QString sql = QStringLiteral(R"SQL(
WITH c AS (SELECT coalesce((cp.last_key->>0)::bigint, 0) AS last, coalesce(cp.rows_done, 0) AS rows_done
           FROM (SELECT 1) AS one LEFT JOIN slipway.backfill_checkpoint cp ON cp.name = '%1')
SELECT (SELECT count(*) FROM items, c WHERE (id <= c.last AND bf_count <> 1) OR (id > c.last AND bf_count <> 0))
     + abs((SELECT rows_done FROM c) - (SELECT count(*) FROM items WHERE bf_count = 1)))SQL")
                            .arg(name);
    QCOMPARE(scalar(uri, sql), 0LL);
}

bool hasEvent(const QList<BackfillEvent> &events, BackfillEvent::Kind kind, BackfillEvent::Source source)
{
    return std::any_of(events.begin(), events.end(),
                       [&](const BackfillEvent &e) { return e.kind == kind && e.source == source; });
}

} // namespace

class TestBackfill : public QObject {
    Q_OBJECT

    QString m_uri;
    QTemporaryDir m_dir;

    QString writeSpec(const BackfillSpec &spec)
    {
        const QString path = m_dir.filePath(spec.name + QStringLiteral(".json"));
        QString error;
        if (!spec.save(path, &error)) qWarning() << error;
        return path;
    }

    // The spec as YAML, as a person would write it: one "name: value" line per field.
    QString writeYamlSpec(const BackfillSpec &spec)
    {
        const auto quoted = [](const QString &text) {
            return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        };
        QString yaml = QStringLiteral("# backfill %1\n").arg(spec.name);
        const QJsonObject json = spec.toJson();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it->isString())
                yaml += it.key() + QStringLiteral(": ") + quoted(it->toString()) + u'\n';
            else if (it->isDouble())
                yaml += it.key() + QStringLiteral(": ") + QString::number(it->toInt()) + u'\n';
            else if (it->isArray() && !it->toArray().isEmpty()) {
                yaml += it.key() + QStringLiteral(":\n");
                for (const QJsonValue &item : it->toArray())
                    yaml += QStringLiteral("  - ") + quoted(item.toString()) + u'\n';
            }
        }
        const QString path = m_dir.filePath(spec.name + QStringLiteral(".yaml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml.toUtf8()) < 0) qWarning() << file.errorString();
        return path;
    }

    BackfillResult runToEnd(const BackfillSpec &spec, const BackfillOptions &options = {}, int timeoutMs = 60000)
    {
        BackfillRunner runner;
        if (!runner.start(m_uri, spec, options)) return runner.result();
        if (!runner.wait(timeoutMs)) {
            runner.abort({}, true);
            runner.wait();
        }
        return runner.result();
    }

private slots:
    void initTestCase() { m_uri = TestSandbox::freshDatabase(QStringLiteral("backfill_runner")); }

    void concurrentWriters()
    {
        createItems(m_uri, 50000);
        const BackfillSpec spec = itemsSpec(QStringLiteral("writers"), true);
        std::atomic<bool> stop{false};
        std::atomic<int> inserted{0};
        std::thread writer([&] {
            pqxx::connection conn(m_uri.toStdString());
            auto *random = QRandomGenerator::global();
            while (!stop) {
                pqxx::work tx(conn);
                tx.exec("INSERT INTO items (status) SELECT 'late' FROM generate_series(1, 10)");
                tx.exec_params("UPDATE items SET touched = touched + 1 WHERE id IN ($1, $2, $3)",
                               random->bounded(1, 50000), random->bounded(1, 50000), random->bounded(1, 50000));
                tx.commit();
                inserted += 10;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        BackfillRunner runner;
        QVERIFY(runner.start(m_uri, spec));
        // Writers run for the first half of the walk (their inserts land ahead of it).
        QTRY_VERIFY_WITH_TIMEOUT(runner.progress().rowsDone > 25000 || isFinished(runner.state()), 60000);
        stop = true;
        writer.join();
        QVERIFY(runner.wait(60000));
        const BackfillResult result = runner.result();
        QVERIFY2(result.state == BackfillState::Done, qPrintable(result.message));
        QVERIFY(inserted > 0);
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM items")), 50000LL + inserted);
        verifyExact(m_uri, spec.name);
        QVERIFY(scalar(m_uri, QStringLiteral("SELECT count(*) FROM items WHERE touched > 0")) > 0);
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM slipway.backfill_checkpoint WHERE name = 'writers' AND state = 'done'")),
                 1LL);
        const BackfillProgress p = runner.progress();
        QCOMPARE(p.rowsDone, 50000LL + inserted);
        QVERIFY(p.estimatedTotal >= 50000);
        QVERIFY(p.batches > 1);
        // The log has a line at each tenth of the way: rising, never 100% (done says that).
        QList<int> tenths;
        for (const BackfillEvent &e : runner.events())
            if (e.kind == BackfillEvent::Kind::Progress)
                tenths << e.message.section(QLatin1Char('%'), 0, 0).toInt();
        QVERIFY2(tenths.size() >= 3, qPrintable(QString::number(tenths.size())));
        for (int i = 1; i < tenths.size(); ++i)
            QVERIFY(tenths[i] > tenths[i - 1]);
        QVERIFY(tenths.first() >= 10 && tenths.last() <= 90);
    }

    void compositeKeyAndTemplate()
    {
        TestSandbox::exec(m_uri, QStringLiteral(R"SQL(
DROP TABLE IF EXISTS accounts, accounts_archive;
CREATE TABLE accounts (tenant int, id int, status text NOT NULL, status_v2 text, bf_count int NOT NULL DEFAULT 0,
                       PRIMARY KEY (tenant, id));
INSERT INTO accounts (tenant, id, status) SELECT t, i, 'x' || i FROM generate_series(1, 20) t, generate_series(1, 1000) i;
CREATE TABLE accounts_archive (tenant int, id int, status text);
)SQL"));
        BackfillSpec spec;
        spec.name = QStringLiteral("composite");
        spec.table = QStringLiteral("public.accounts");
        spec.set = QStringLiteral("status_v2 = upper(status), bf_count = bf_count + 1");
        spec.initialBatchSize = 700; // batches cross tenants
        BackfillResult result = runToEnd(spec);
        QVERIFY2(result.state == BackfillState::Done, qPrintable(result.message + result.error.toText()));
        QCOMPARE(result.rowsDone, 20000LL);
        verifyExact(m_uri, spec.name, QStringLiteral("accounts"));

        BackfillSpec copy;
        copy.name = QStringLiteral("archive");
        copy.table = QStringLiteral("public.accounts");
        copy.key = {QStringLiteral("tenant"), QStringLiteral("id")};
        copy.statementTemplate = QStringLiteral(
            "INSERT INTO accounts_archive SELECT a.tenant, a.id, a.status FROM accounts a WHERE {{batch:a}}");
        copy.initialBatchSize = 333;
        result = runToEnd(copy);
        QVERIFY2(result.state == BackfillState::Done, qPrintable(result.message + result.error.toText()));
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(DISTINCT (tenant, id)) FROM accounts_archive")), 20000LL);
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM accounts_archive")), 20000LL);
    }

    void killedCliResumesExactly()
    {
        createItems(m_uri, 50000);
        BackfillSpec spec = itemsSpec(QStringLiteral("killed"), false); // no predicate: a row done twice would show
        spec.maxBatchSize = 500;
        spec.pauseMs = 40;
        const QString specPath = writeSpec(spec);
        const QStringList args{QStringLiteral("backfill"), m_uri, QStringLiteral("--spec"), specPath,
                               QStringLiteral("--resume"), QStringLiteral("--no-monitor"),
                               QStringLiteral("--wait-lock"), QStringLiteral("15000")};
        int killedMidRun = 0;
        for (int i = 0; i < 15; ++i) {
            QProcess cli;
            cli.start(TestSandbox::cliPath(), args);
            QVERIFY(cli.waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(150, 450)));
            if (cli.state() == QProcess::Running) ++killedMidRun;
            cli.kill(); // SIGKILL
            // waitForFinished() is false when it had already ended on its own: say why.
            QVERIFY2(cli.state() == QProcess::NotRunning || cli.waitForFinished(10000),
                     cli.readAllStandardError().constData());
            verifyConsistent(m_uri, spec.name);
        }
        QVERIFY2(killedMidRun >= 10, qPrintable(QString::number(killedMidRun)));
        QVERIFY(scalar(m_uri, QStringLiteral("SELECT count(*) FROM items WHERE bf_count = 1")) > 0);

        QProcess cli;
        cli.start(TestSandbox::cliPath(), args);
        QVERIFY(cli.waitForFinished(90000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        verifyExact(m_uri, spec.name);
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT (last_key->>0)::bigint FROM slipway.backfill_checkpoint WHERE name = 'killed'")),
                 50000LL);
    }

    void terminatedBackendReconnects()
    {
        createItems(m_uri, 30000);
        BackfillSpec spec = itemsSpec(QStringLiteral("terminated"), false);
        spec.maxBatchSize = 1000;
        spec.pauseMs = 30;
        BackfillRunner runner;
        QVERIFY(runner.start(m_uri, spec));
        for (int i = 0; i < 3; ++i) {
            const qint64 before = runner.progress().rowsDone;
            QTRY_VERIFY_WITH_TIMEOUT(runner.progress().rowsDone > before + 2000 || isFinished(runner.state()), 30000);
            const int pid = runner.backendPid();
            if (pid == 0 || isFinished(runner.state())) break;
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT pg_terminate_backend(%1)::int").arg(pid)), 1LL);
            QTRY_VERIFY_WITH_TIMEOUT(runner.backendPid() != pid || isFinished(runner.state()), 20000);
        }
        QVERIFY(runner.wait(60000));
        QVERIFY2(runner.result().state == BackfillState::Done, qPrintable(runner.result().message));
        QVERIFY(hasEvent(runner.events(), BackfillEvent::Kind::Reconnected, BackfillEvent::Source::Runner));
        verifyExact(m_uri, spec.name);
    }

    void controlsPauseResumeAbort()
    {
        createItems(m_uri, 30000);
        BackfillSpec spec = itemsSpec(QStringLiteral("controls"), false);
        spec.maxBatchSize = 500;
        spec.pauseMs = 20;
        BackfillRunner runner;
        QVERIFY(runner.start(m_uri, spec));
        QTRY_VERIFY_WITH_TIMEOUT(runner.progress().rowsDone > 1000, 20000);
        runner.pause();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), BackfillState::Paused, 5000);
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM slipway.backfill_checkpoint WHERE state = 'paused'")), 1LL);
        const qint64 held = runner.progress().rowsDone;
        QTest::qWait(400);
        QCOMPARE(runner.progress().rowsDone, held);
        runner.setBatchSize(100);
        runner.resume();
        QTRY_VERIFY_WITH_TIMEOUT(runner.progress().rowsDone > held + 300, 10000);
        QCOMPARE(runner.progress().batchSize, 100);
        runner.abort(QStringLiteral("enough for now"));
        QVERIFY(runner.wait(10000));
        QCOMPARE(runner.result().state, BackfillState::Aborted);
        QCOMPARE(runner.result().message, QStringLiteral("enough for now"));
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM slipway.backfill_checkpoint WHERE state = 'aborted' "
                                              "AND message = 'enough for now'")),
                 1LL);
        verifyConsistent(m_uri, spec.name);

        // Without resume the checkpoint is not overwritten; a changed spec needs force.
        BackfillResult result = runToEnd(spec);
        QCOMPARE(result.state, BackfillState::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("checkpoint")), qPrintable(result.message));
        BackfillSpec changed = spec;
        changed.set = QStringLiteral("status_v2 = lower(status), bf_count = bf_count + 1");
        BackfillOptions resume;
        resume.resume = true;
        result = runToEnd(changed, resume);
        QCOMPARE(result.state, BackfillState::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("changed")), qPrintable(result.message));
        verifyConsistent(m_uri, spec.name);

        result = runToEnd(spec, resume);
        QVERIFY2(result.state == BackfillState::Done, qPrintable(result.message));
        verifyExact(m_uri, spec.name);
    }

    void lockTimeoutRetriesSmaller()
    {
        createItems(m_uri, 20000);
        BackfillSpec spec = itemsSpec(QStringLiteral("locked"), true);
        spec.lockTimeoutMs = 200;
        spec.maxRetries = 30;
        pqxx::connection holder(m_uri.toStdString());
        auto tx = std::make_unique<pqxx::work>(holder);
        tx->exec("SELECT * FROM items WHERE id = 5000 FOR UPDATE");
        BackfillRunner runner;
        QVERIFY(runner.start(m_uri, spec));
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(runner.events(), BackfillEvent::Kind::Retry, BackfillEvent::Source::Runner), 20000);
        QTest::qWait(500);
        tx->commit();
        QVERIFY(runner.wait(60000));
        QVERIFY2(runner.result().state == BackfillState::Done, qPrintable(runner.result().message));
        for (const BackfillEvent &e : runner.events()) {
            if (e.kind == BackfillEvent::Kind::Retry)
                QVERIFY2(e.message.contains(QStringLiteral("55P03")), qPrintable(e.message));
        }
        verifyExact(m_uri, spec.name);
    }

    void interruptedCliStopsCleanly()
    {
        createItems(m_uri, 30000);
        BackfillSpec spec = itemsSpec(QStringLiteral("interrupted"), true);
        spec.initialBatchSize = spec.maxBatchSize = 200;
        spec.pauseMs = 50;
        QProcess cli;
        // A YAML spec here, the same fields as the JSON ones elsewhere.
        cli.start(TestSandbox::cliPath(), {QStringLiteral("backfill"), m_uri, QStringLiteral("--spec"),
                                           writeYamlSpec(spec), QStringLiteral("--no-monitor")});
        QTRY_VERIFY_WITH_TIMEOUT(scalar(m_uri, QStringLiteral("SELECT count(*) FROM items WHERE bf_count = 1")) > 1000, 20000);
        cli.terminate(); // SIGTERM, handled like SIGINT
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 3); // ExitAborted
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM slipway.backfill_checkpoint WHERE name = 'interrupted' "
                                              "AND state = 'aborted'")),
                 1LL);
        verifyConsistent(m_uri, spec.name);
    }

    void policyAbortStopsAndWarnsLeftBehind()
    {
        createItems(m_uri, 20000);
        BackfillSpec spec = itemsSpec(QStringLiteral("policy"), true);
        spec.initialBatchSize = spec.maxBatchSize = 500;
        spec.pauseMs = 20;
        BackfillRunner runner;
        QVERIFY(runner.start(m_uri, spec));
        QTRY_VERIFY_WITH_TIMEOUT(runner.progress().rowsDone > 1000, 20000);
        PolicyDecision abort;
        abort.action = PolicyDecision::Action::Abort;
        abort.at = QDateTime::currentDateTimeUtc();
        abort.metric = QStringLiteral("replication_lag");
        abort.value = 34.2;
        abort.threshold = 30;
        abort.reason = QStringLiteral("Replication lag 34.2 s is above the abort threshold (30 s)");
        runner.applyDecision(abort);
        QVERIFY(runner.wait(10000));
        QCOMPARE(runner.result().state, BackfillState::Aborted);
        QCOMPARE(runner.result().message, abort.reason);
        QVERIFY(hasEvent(runner.events(), BackfillEvent::Kind::Aborted, BackfillEvent::Source::Policy));
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM slipway.backfill_checkpoint WHERE state = 'aborted' "
                                              "AND message LIKE 'Replication lag 34.2 s%'")),
                 1LL);
        verifyConsistent(m_uri, spec.name);

        // Rows written behind the walk are named at the end.
        TestSandbox::exec(m_uri, QStringLiteral("UPDATE items SET status_v2 = NULL, bf_count = 0 WHERE id <= 10"));
        BackfillOptions resume;
        resume.resume = true;
        BackfillRunner again;
        QVERIFY(again.start(m_uri, spec, resume));
        QVERIFY(again.wait(60000));
        QCOMPARE(again.result().state, BackfillState::Done);
        const QList<BackfillEvent> events = again.events();
        QVERIFY(std::any_of(events.begin(), events.end(), [](const BackfillEvent &e) {
            return e.kind == BackfillEvent::Kind::Warning && e.message.startsWith(QStringLiteral("10 row"));
        }));
    }

    void dryRunChangesNothing()
    {
        createItems(m_uri, 5000);
        BackfillOptions options;
        options.dryRun = true;
        options.dryRunBatches = 2;
        BackfillSpec spec = itemsSpec(QStringLiteral("dry"), true);
        spec.minBatchSize = spec.maxBatchSize = spec.initialBatchSize; // no adapting between the two batches
        const BackfillResult result = runToEnd(spec, options);
        QVERIFY2(result.state == BackfillState::Done, qPrintable(result.message));
        QVERIFY(result.dryRun);
        QCOMPARE(result.rowsThisRun, 1000LL); // two batches of 500, rolled back
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM items WHERE bf_count > 0")), 0LL);
        QCOMPARE(scalar(m_uri, QStringLiteral("SELECT (to_regclass('slipway.backfill_checkpoint') IS NULL)::int")), 1LL);
    }

    void oneRunnerPerSpec()
    {
        createItems(m_uri, 30000);
        BackfillSpec spec = itemsSpec(QStringLiteral("twice"), true);
        spec.maxBatchSize = 500;
        spec.pauseMs = 30;
        BackfillRunner first;
        QVERIFY(first.start(m_uri, spec));
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), BackfillState::Running, 10000);

        BackfillRunner second;
        BackfillOptions resume;
        resume.resume = true;
        QVERIFY(second.start(m_uri, spec, resume));
        QVERIFY(second.wait(10000));
        QCOMPARE(second.result().state, BackfillState::LockHeld);
        QVERIFY(second.result().holder);
        QCOMPARE(second.result().holder->pid, first.backendPid());

        QProcess cli;
        cli.start(TestSandbox::cliPath(), {QStringLiteral("backfill"), m_uri, QStringLiteral("--spec"), writeSpec(spec),
                                           QStringLiteral("--resume"), QStringLiteral("--no-monitor")});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 4); // ExitLockHeld
        QVERIFY(cli.readAllStandardError().contains("already running"));

        QVERIFY(first.wait(60000));
        QCOMPARE(first.result().state, BackfillState::Done);
        verifyExact(m_uri, spec.name);
    }

    void replicationLagThrottles()
    {
        createItems(m_uri, 60000);
        const QString replica = TestSandbox::replica(QStringLiteral("backfill_runner"));
        BackfillSpec spec = itemsSpec(QStringLiteral("throttled"), true);
        spec.initialBatchSize = spec.maxBatchSize = 400;
        spec.pauseMs = 50;
        auto resumeReplay = [&] {
            try {
                pqxx::connection conn(replica.toStdString());
                pqxx::nontransaction(conn).exec("SELECT pg_wal_replay_resume()");
            } catch (const std::exception &e) {
                qWarning("could not resume replay: %s", e.what());
            }
        };
        struct Guard {
            std::function<void()> f;
            ~Guard() { f(); }
        } guard{resumeReplay};

        Monitor monitor;
        AbortThresholds thresholds;
        thresholds.lagThrottleSeconds = 1;
        thresholds.lagAbortSeconds = 600;
        thresholds.resumeHoldSeconds = 1;
        monitor.policy()->setThresholds(thresholds);
        BackfillRunner runner;
        connect(&monitor, &Monitor::decided, &runner, &BackfillRunner::applyDecision);
        SamplerOptions options;
        options.intervalMs = 250;
        monitor.start(m_uri, replica, options);
        QVERIFY(runner.start(m_uri, spec));
        QTRY_VERIFY_WITH_TIMEOUT(runner.progress().rowsDone > 2000, 20000);

        {
            pqxx::connection conn(replica.toStdString());
            pqxx::nontransaction(conn).exec("SELECT pg_wal_replay_pause()");
        }
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), BackfillState::Throttled, 30000);
        const qint64 held = runner.progress().rowsDone;
        QTest::qWait(1500);
        QCOMPARE(runner.state(), BackfillState::Throttled);
        QVERIFY(runner.progress().rowsDone <= held + 400); // at most the batch in flight
        QVERIFY(held < 60000);

        resumeReplay();
        QTRY_VERIFY_WITH_TIMEOUT(runner.state() == BackfillState::Running || isFinished(runner.state()), 30000);
        QVERIFY(runner.wait(60000));
        monitor.stop();
        QCOMPARE(runner.result().state, BackfillState::Done);
        const QList<BackfillEvent> events = runner.events();
        QVERIFY(hasEvent(events, BackfillEvent::Kind::Throttled, BackfillEvent::Source::Policy));
        QVERIFY(hasEvent(events, BackfillEvent::Kind::Resumed, BackfillEvent::Source::Policy));
        for (const BackfillEvent &e : events) {
            if (e.source == BackfillEvent::Source::Policy && e.kind == BackfillEvent::Kind::Throttled) {
                QVERIFY2(e.metric == QLatin1String("replication_lag"), qPrintable(e.message));
                QVERIFY(e.value >= 1);
                QVERIFY(!e.message.isEmpty());
            }
        }
        verifyExact(m_uri, spec.name);
    }
};

QTEST_GUILESS_MAIN(TestBackfill)
#include "tst_backfill.moc"
