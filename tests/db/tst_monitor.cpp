// The monitor against the fixture sandbox: each condition is created for real
// and must show up in the samples.

#include "db/localstore.h"
#include "monitor/abortpolicy.h"
#include "monitor/monitor.h"
#include "monitor/samplejson.h"
#include "monitor/timeseries.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <atomic>
#include <functional>
#include <thread>

using namespace slipway;
using test::TestSandbox;

namespace {

// Processes events until pred(newest sample) holds; the matching sample, or
// an empty one after timeoutMs.
Sample waitFor(Monitor &monitor, const std::function<bool(const Sample &)> &pred, int timeoutMs = 20000,
               const std::function<void(const Sample &)> &each = {})
{
    Sample found;
    bool done = false;
    QMetaObject::Connection c = QObject::connect(&monitor, &Monitor::sampleAdded, [&](const Sample &s) {
        if (done)
            return;
        if (each)
            each(s);
        if (s.ok() && pred(s)) {
            found = s;
            done = true;
        }
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QObject::disconnect(c);
    return found;
}

SamplerOptions fast()
{
    SamplerOptions options;
    options.intervalMs = 250;
    return options;
}

template<typename T>
T await(QFuture<T> future, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        qFatal("future did not finish within %d ms", timeoutMs);
    return future.result();
}

} // namespace

class TestMonitor : public QObject {
    Q_OBJECT

    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = TestSandbox::freshDatabase(QStringLiteral("tst_monitor"));
        TestSandbox::exec(m_db, QStringLiteral(
            "CREATE TABLE locked_t (id int);"
            "INSERT INTO locked_t SELECT generate_series(1, 100);"
            "CREATE TABLE lag_t (id int, payload text);"
            "CREATE TABLE cic_t (id int);"
            "INSERT INTO cic_t SELECT generate_series(1, 100000);"
            "CREATE TABLE load_t (id int)"));
    }

    void ringBufferIsBounded()
    {
        TimeSeries series(5);
        for (int i = 0; i < 12; ++i)
            series.append(1000 * i, i);
        QCOMPARE(series.size(), 5);
        QCOMPARE(series.at(0).value, 7.0);
        QCOMPARE(series.last().value, 11.0);
        QCOMPARE(series.range(8000, 10000).size(), 3);
        QCOMPARE(series.maxIn(0, 9000), 9.0);
        // Six hours at 1 Hz stays six hours.
        TimeSeries big;
        for (int i = 0; i < TimeSeries::kDefaultCapacity + 500; ++i)
            big.append(i * 1000, i);
        QCOMPARE(big.size(), TimeSeries::kDefaultCapacity);
        QCOMPARE(big.at(0).value, 500.0);
    }

    void policyHysteresis()
    {
        AbortPolicy policy;
        QSignalSpy spy(&policy, &AbortPolicy::decided);
        const QDateTime t0 = QDateTime::currentDateTime();
        QVERIFY(!policy.evaluate(t0, 5, 5)); // defaults: 10 s lag, 20 s lock wait
        auto d = policy.evaluate(t0.addSecs(1), 12, 0);
        QVERIFY(d && d->action == PolicyDecision::Action::Throttle && d->metric == QLatin1String("replication_lag"));
        QVERIFY(!policy.evaluate(t0.addSecs(2), 7, 0)); // below throttle, above resume (5 s)
        QVERIFY(!policy.evaluate(t0.addSecs(3), 4, 0)); // calm begins
        QVERIFY(!policy.evaluate(t0.addSecs(6), 4, 0)); // not calm long enough
        d = policy.evaluate(t0.addSecs(8), 4, 0);
        QVERIFY(d && d->action == PolicyDecision::Action::Resume);
        d = policy.evaluate(t0.addSecs(9), 0, 61);
        QVERIFY(d && d->action == PolicyDecision::Action::Abort && d->metric == QLatin1String("lock_wait"));
        QVERIFY(d->reason.contains(QLatin1String("60")));
        QVERIFY(!policy.evaluate(t0.addSecs(10), 0, 0)); // abort is final
        QCOMPARE(policy.state(), AbortPolicy::State::Aborted);
        QCOMPARE(spy.count(), 3);
    }

    void policyErrorRateNeedsVolume()
    {
        AbortPolicy policy; // defaults: throttle 2 %, abort 5 %, at least 20 transactions
        const QDateTime t0 = QDateTime::currentDateTime();
        PolicyReadings r;
        r.at = t0;
        r.errorRatePercent = 50; // 1 failure in 2 transactions
        r.transactions = 2;
        QVERIFY(!policy.evaluate(r));
        QCOMPARE(policy.countedErrorRate(50, 2), 0.0);
        r.at = t0.addSecs(1);
        r.errorRatePercent = 3;
        r.transactions = 100;
        auto d = policy.evaluate(r);
        QVERIFY(d && d->action == PolicyDecision::Action::Throttle && d->metric == QLatin1String("error_rate"));
        QVERIFY2(d->reason.contains(QLatin1String("100")), qPrintable(d->reason));
        r.at = t0.addSecs(2);
        r.errorRatePercent = 0.5; // calm: below half the throttle threshold
        QVERIFY(!policy.evaluate(r));
        r.at = t0.addSecs(8);
        d = policy.evaluate(r);
        QVERIFY(d && d->action == PolicyDecision::Action::Resume);
        r.at = t0.addSecs(9);
        r.errorRatePercent = 7;
        r.lagSeconds = 11; // lag is 1.1x its throttle, errors 1.4x their abort: errors speak
        d = policy.evaluate(r);
        QVERIFY(d && d->action == PolicyDecision::Action::Abort && d->metric == QLatin1String("error_rate"));
        QCOMPARE(d->threshold, 5.0);
    }

    // Right after our own rollbacks (a dry run, a retry) the error rate is
    // excused for a while; lag and lock waits still count; then it counts again.
    void ownRollbacksAreExcused()
    {
        AbortPolicy policy;
        PolicyReadings r;
        r.at = QDateTime::currentDateTime();
        r.errorRatePercent = 40;
        r.transactions = 100;
        policy.excuseOwnRollbacks(300);
        QVERIFY(!policy.evaluate(r));
        r.lagSeconds = 40; // above the 30 s abort
        auto d = policy.evaluate(r);
        QVERIFY(d && d->action == PolicyDecision::Action::Abort && d->metric == QLatin1String("replication_lag"));
        policy.reset();
        r.lagSeconds = 0;
        QTest::qWait(400);
        d = policy.evaluate(r);
        QVERIFY(d && d->action == PolicyDecision::Action::Abort && d->metric == QLatin1String("error_rate"));
    }

    // A workload where about one transaction in eight fails (a unique
    // violation rolls it back): the sampler sees rollbacks apart from commits,
    // and the monitor's own policy aborts on the error rate.
    void errorRateFromFailingWorkload()
    {
        TestSandbox::exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS err_t (id int PRIMARY KEY);"
                                               "INSERT INTO err_t VALUES (0) ON CONFLICT DO NOTHING"));
        Monitor monitor;
        QList<PolicyDecision> decisions;
        connect(&monitor, &Monitor::decided, this, [&](const PolicyDecision &d) { decisions << d; });
        monitor.start(m_db, {}, fast());
        std::atomic<bool> stop{false};
        std::thread load([&] {
            pqxx::connection c(m_db.toStdString());
            for (int i = 1; !stop; ++i) {
                try {
                    pqxx::nontransaction tx(c);
                    tx.exec_params("INSERT INTO err_t VALUES ($1)", i % 8 == 0 ? 0 : -i);
                } catch (const pqxx::unique_violation &) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
        });
        auto join = qScopeGuard([&] {
            stop = true;
            load.join();
        });
        const Sample s = waitFor(monitor, [](const Sample &s) {
            return s.activity.windowTransactions >= 100 && s.activity.errorRatePercent > 5;
        });
        QVERIFY2(s.at.isValid(), "no sample saw the failing transactions");
        QVERIFY2(s.activity.errorRatePercent < 25, qPrintable(QString::number(s.activity.errorRatePercent)));
        QVERIFY(s.activity.rollbacksPerSecond > 1);
        QVERIFY(s.activity.tps > s.activity.rollbacksPerSecond);
        QTRY_VERIFY_WITH_TIMEOUT(!decisions.isEmpty() && decisions.last().action == PolicyDecision::Action::Abort,
                                 15000);
        QCOMPARE(decisions.last().metric, QStringLiteral("error_rate"));
        QVERIFY(monitor.series().series(MonitorSeries::kErrorRate)->size() >= 1);
        QVERIFY(monitor.series().series(MonitorSeries::kRollbacks)->size() >= 1);
        const QJsonObject json = sampleToJson(s);
        QVERIFY(json.value(QStringLiteral("activity")).toObject().value(QStringLiteral("error_rate_pct")).toDouble() > 5);
    }

    // One failure in two transactions on a quiet database is seen but does not count.
    void errorRateIgnoresLowVolume()
    {
        Monitor monitor;
        monitor.start(m_db, {}, fast());
        QVERIFY(waitFor(monitor, [](const Sample &s) { return s.activity.tps >= 0; }).ok());
        {
            pqxx::connection c(m_db.toStdString()); // closing it flushes its statistics
            pqxx::nontransaction tx(c);
            tx.exec("SELECT 1");
            try {
                tx.exec("SELECT 1/0");
            } catch (const pqxx::sql_error &) {
            }
        }
        const Sample s = waitFor(monitor, [](const Sample &s) { return s.activity.errorRatePercent > 0; });
        QVERIFY2(s.at.isValid(), "the rollback was never seen");
        QVERIFY(s.activity.windowTransactions < 20);
        for (int i = 0; i < 3; ++i)
            waitFor(monitor, [&](const Sample &next) { return next.sequence > s.sequence + i; });
        QCOMPARE(monitor.policy()->state(), AbortPolicy::State::Running);
    }

    void lockWaitShowsBlocker()
    {
        Monitor monitor;
        // Low thresholds: the monitor's own policy aborts; a second one resumes.
        monitor.policy()->setThresholds({100, 1000, 1, 3, 0.5, 1});
        AbortPolicy resumer;
        resumer.setThresholds({100, 1000, 1, 1000, 0.5, 1});
        QList<PolicyDecision> aborts;
        QList<PolicyDecision> resumes;
        connect(monitor.policy(), &AbortPolicy::decided, this, [&](const PolicyDecision &d) { aborts << d; });
        connect(&resumer, &AbortPolicy::decided, this, [&](const PolicyDecision &d) { resumes << d; });
        connect(&monitor, &Monitor::sampleAdded, this, [&] { resumer.evaluate(monitor.series()); });
        monitor.start(m_db, {}, fast());

        pqxx::connection holder(m_db.toStdString());
        const int holderPid = holder.backendpid();
        auto work = std::make_unique<pqxx::work>(holder);
        work->exec("LOCK TABLE locked_t IN ACCESS EXCLUSIVE MODE");
        std::atomic<int> waiterPid{0};
        std::atomic<bool> waiterDone{false};
        std::thread waiter([&] {
            pqxx::connection c(m_db.toStdString());
            waiterPid = c.backendpid();
            pqxx::nontransaction tx(c);
            tx.exec("SELECT count(*) FROM locked_t /* tst_monitor waiter */");
            waiterDone = true;
        });
        auto join = qScopeGuard([&] {
            if (work) {
                work->abort();
                work.reset();
            }
            waiter.join();
        });

        const Sample s = waitFor(monitor, [&](const Sample &s) { return waiterPid && s.lockWaitOf(waiterPid); });
        QVERIFY2(s.ok() && s.lockWaitOf(waiterPid), "the waiting session never showed up");
        const LockWait *w = s.lockWaitOf(waiterPid);
        QCOMPARE(w->blockedBy, QList<int>{holderPid});
        QCOMPARE(w->relation, QStringLiteral("locked_t"));
        QCOMPARE(w->mode, QStringLiteral("AccessShareLock"));
        QCOMPARE(w->lockType, QStringLiteral("relation"));
        QVERIFY(w->query.contains(QLatin1String("tst_monitor waiter")));
        QVERIFY(s.blockingRoots().contains(holderPid));
        QCOMPARE(s.blockedBy(holderPid), QList<int>{waiterPid});
        QVERIFY(s.sessionOf(holderPid));
        QCOMPARE(s.sessionOf(holderPid)->state, QStringLiteral("idle in transaction"));
        QVERIFY(s.activity.waiting >= 1);

        // The wait ages; the policy throttles at 1 s and aborts at 3 s.
        const Sample later = waitFor(monitor, [&](const Sample &s) {
            return s.longestLockWaitSeconds() > 3.2 && !aborts.isEmpty()
                   && aborts.last().action == PolicyDecision::Action::Abort;
        });
        QVERIFY2(later.ok(), "the lock wait did not grow past 3 s or the policy did not abort");
        QCOMPARE(aborts.size(), 2);
        QCOMPARE(aborts[0].action, PolicyDecision::Action::Throttle);
        QCOMPARE(aborts[0].metric, QStringLiteral("lock_wait"));
        QCOMPARE(aborts[1].action, PolicyDecision::Action::Abort);
        QVERIFY(aborts[1].value > 3);
        QCOMPARE(monitor.series().events().size(), 2);
        QVERIFY(monitor.series().series(MonitorSeries::kLongestLockWait)->last().value > 3);
        QVERIFY(!resumes.isEmpty() && resumes.first().action == PolicyDecision::Action::Throttle);
        QVERIFY(sampleToJson(later).value(QLatin1String("locks")).toObject().value(QLatin1String("waiting")).toInt() >= 1);

        work->commit();
        work.reset();
        const Sample after = waitFor(monitor, [&](const Sample &s) {
            return !s.lockWaitOf(waiterPid) && resumes.size() == 2;
        });
        QVERIFY2(after.ok(), "the lock wait did not end, or the policy did not resume");
        QCOMPARE(resumes.last().action, PolicyDecision::Action::Resume);
        QTRY_VERIFY(waiterDone);
    }

    void replicationLagGrowsAndShrinks()
    {
        const QString replicaDb = TestSandbox::replica(QStringLiteral("tst_monitor"));
        // Replay is paused on the shared replica: resume it whatever happens.
        auto resume = qScopeGuard([&] {
            try {
                TestSandbox::exec(replicaDb, QStringLiteral("SELECT pg_wal_replay_resume()"));
            } catch (const std::exception &e) {
                qWarning("could not resume replay: %s", e.what());
            }
        });
        // The replica must have the database before we pause.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                try {
                    pqxx::connection c(replicaDb.toStdString());
                    return true;
                } catch (const std::exception &) {
                    return false;
                }
            }(),
            20000);

        Monitor monitor;
        monitor.policy()->setThresholds({1, 2.5, 100, 1000, 0.5, 1});
        AbortPolicy resumer;
        resumer.setThresholds({1, 1000, 100, 1000, 0.5, 1});
        QList<PolicyDecision> decisions;
        QList<PolicyDecision> resumes;
        connect(monitor.policy(), &AbortPolicy::decided, this, [&](const PolicyDecision &d) { decisions << d; });
        connect(&resumer, &AbortPolicy::decided, this, [&](const PolicyDecision &d) { resumes << d; });
        connect(&monitor, &Monitor::sampleAdded, this, [&] { resumer.evaluate(monitor.series()); });
        monitor.start(m_db, replicaDb, fast());
        const Sample first = waitFor(monitor, [](const Sample &s) { return s.replicaSide.available; });
        QVERIFY2(first.ok(), qPrintable(first.replicaSide.error));
        QVERIFY(!first.replicas.isEmpty());
        QVERIFY(first.replicaSide.inRecovery);

        TestSandbox::exec(replicaDb, QStringLiteral("SELECT pg_wal_replay_pause()"));
        pqxx::connection writer(m_db.toStdString());
        auto write = [&] {
            pqxx::nontransaction tx(writer);
            tx.exec("INSERT INTO lag_t SELECT g, repeat('x', 100) FROM generate_series(1, 5000) g");
        };
        double maxLag = 0;
        qint64 maxBytes = 0;
        double maxDelay = 0;
        const Sample behind = waitFor(
            monitor,
            [&](const Sample &s) {
                return s.replicaSide.replayPaused && !s.replicas.isEmpty() && s.maxReplicationBytes() > 1024 * 1024
                       && s.replicas.first().estimatedLagSeconds > 3 && s.replicaSide.replayDelaySeconds > 3;
            },
            30000, [&](const Sample &s) {
                write();
                maxLag = std::max(maxLag, s.maxReplicationLagSeconds());
                maxBytes = std::max(maxBytes, s.maxReplicationBytes());
                maxDelay = std::max(maxDelay, s.replicaSide.replayDelaySeconds);
            });
        QVERIFY2(behind.ok(), qPrintable(QStringLiteral("lag %1 s, %2 bytes, standby delay %3 s")
                                             .arg(maxLag).arg(maxBytes).arg(maxDelay)));
        const ReplicaLag &r = behind.replicas.first();
        QVERIFY(r.replayBytesBehind > 1024 * 1024);
        QVERIFY(r.lagSeconds() > 3);
        QVERIFY(behind.maxReplicationLagSeconds() > 3);
        QVERIFY(behind.replicaSide.receiveReplayBytes > 0);
        QVERIFY(monitor.series().series(MonitorSeries::kStandbyDelay)->last().value > 3);
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions[0].action, PolicyDecision::Action::Throttle);
        QCOMPARE(decisions[0].metric, QStringLiteral("replication_lag"));
        QCOMPARE(decisions[1].action, PolicyDecision::Action::Abort);
        QCOMPARE(decisions[1].metric, QStringLiteral("replication_lag"));
        QVERIFY(!resumes.isEmpty());

        TestSandbox::exec(replicaDb, QStringLiteral("SELECT pg_wal_replay_resume()"));
        const Sample caughtUp = waitFor(monitor, [&](const Sample &s) {
            return !s.replicaSide.replayPaused && s.maxReplicationBytes() < 64 * 1024
                   && s.maxReplicationLagSeconds() < 1 && resumes.size() == 2;
        });
        QVERIFY2(caughtUp.ok(), "the replica did not catch up after replay resumed, or the policy did not resume");
        QCOMPARE(resumes.last().action, PolicyDecision::Action::Resume);
        QVERIFY(caughtUp.maxReplicationBytes() < behind.maxReplicationBytes());
        QVERIFY(caughtUp.maxReplicationLagSeconds() < behind.maxReplicationLagSeconds());
    }

    void createIndexConcurrentlyInProgress()
    {
        // A writer's open transaction keeps CREATE INDEX CONCURRENTLY in a
        // "waiting for writers" phase until it commits.
        pqxx::connection holder(m_db.toStdString());
        const int holderPid = holder.backendpid();
        auto work = std::make_unique<pqxx::work>(holder);
        work->exec("INSERT INTO cic_t VALUES (0)");
        std::atomic<int> cicPid{0};
        std::atomic<bool> cicDone{false};
        std::thread cic([&] {
            pqxx::connection c(m_db.toStdString());
            cicPid = c.backendpid();
            pqxx::nontransaction tx(c);
            tx.exec("CREATE INDEX CONCURRENTLY cic_t_id_idx ON cic_t (id)");
            cicDone = true;
        });
        auto join = qScopeGuard([&] {
            if (work) {
                work->abort();
                work.reset();
            }
            cic.join();
        });

        Monitor monitor;
        SamplerOptions options = fast();
        options.watchedPids = {holderPid}; // not the index build: nothing to see
        monitor.start(m_db, {}, options);
        const Sample unwatched = waitFor(monitor, [&](const Sample &s) { return cicPid && s.sequence >= 3; });
        QVERIFY(unwatched.ok());
        QVERIFY(unwatched.progress.isEmpty());

        monitor.sampler()->setWatchedPids({int(cicPid)});
        const Sample s = waitFor(monitor, [&](const Sample &s) {
            return !s.progress.isEmpty() && s.progress.first().phase.startsWith(QLatin1String("waiting for writers"));
        });
        QVERIFY2(s.ok(), "CREATE INDEX CONCURRENTLY never showed in pg_stat_progress_create_index");
        const Progress &p = s.progress.first();
        QCOMPARE(p.pid, int(cicPid));
        QCOMPARE(p.kind, QStringLiteral("create_index"));
        QCOMPARE(p.command, QStringLiteral("CREATE INDEX CONCURRENTLY"));
        QCOMPARE(p.relation, QStringLiteral("cic_t"));
        QCOMPARE(p.index, QStringLiteral("cic_t_id_idx"));
        QCOMPARE(p.unit, QStringLiteral("lockers"));
        QCOMPARE(p.currentLockerPid, holderPid);
        // It also waits on the writer's transaction: a lock wait with the right blocker.
        QVERIFY(s.lockWaitOf(cicPid));
        QCOMPARE(s.lockWaitOf(cicPid)->blockedBy, QList<int>{holderPid});
        QVERIFY(!monitor.series().names(QStringLiteral("progress.create_index.")).isEmpty());

        work->commit();
        work.reset();
        QTRY_VERIFY_WITH_TIMEOUT(cicDone, 30000);
        const Sample after = waitFor(monitor, [](const Sample &s) { return s.progress.isEmpty(); });
        QVERIFY(after.ok());
    }

    void tpsUnderLoad()
    {
        Monitor monitor;
        monitor.start(m_db, {}, fast());
        std::atomic<bool> stop{false};
        std::thread load([&] {
            pqxx::connection c(m_db.toStdString());
            while (!stop) {
                pqxx::nontransaction tx(c);
                tx.exec("INSERT INTO load_t VALUES (1)");
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        auto join = qScopeGuard([&] {
            stop = true;
            load.join();
        });
        const Sample s = waitFor(monitor, [](const Sample &s) { return s.activity.tps > 20; });
        QVERIFY2(s.ok(), "TPS never rose above 20 under load");
        QVERIFY(s.activity.total >= 1);
        QVERIFY(monitor.series().series(MonitorSeries::kTps)->size() >= 1);
        QVERIFY(s.queryMs > 0 && s.queryMs < 1000);
    }

    void seriesPersistedInBatches()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("store.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const qint64 run = store.beginRun(QStringLiteral("monitor test"), QStringLiteral("sandbox"));
        QVERIFY(run > 0);
        {
            Monitor monitor;
            monitor.recordTo(&store, run);
            monitor.start(m_db, {}, fast());
            const Sample s = waitFor(monitor, [](const Sample &s) { return s.sequence >= 14; });
            QVERIFY(s.ok());
            monitor.stop(); // flushes
            const int kept = monitor.series().series(MonitorSeries::kLockWaiting)->size();
            const auto stored = store.series(run, QLatin1String(MonitorSeries::kLockWaiting));
            QCOMPARE(int(stored.size()), kept);
            QCOMPARE(stored.last().first.toMSecsSinceEpoch(),
                     monitor.series().series(MonitorSeries::kLockWaiting)->last().ms);
            QVERIFY(!store.series(run, QLatin1String(MonitorSeries::kQueryMs)).isEmpty());
        }
    }

    void cancelAndTerminateBackends()
    {
        Monitor monitor;
        monitor.start(m_db, {}, fast());
        QVERIFY(waitFor(monitor, [](const Sample &) { return true; }).ok());

        std::atomic<int> pid{0};
        std::atomic<bool> cancelled{false};
        std::thread sleeper([&] {
            pqxx::connection c(m_db.toStdString());
            pid = c.backendpid();
            try {
                pqxx::nontransaction tx(c);
                tx.exec("SELECT pg_sleep(60)");
            } catch (const std::exception &e) {
                cancelled = QString::fromUtf8(e.what()).contains(QLatin1String("cancel"));
            }
        });
        auto join = qScopeGuard([&] { sleeper.join(); });
        QTRY_VERIFY(pid != 0);
        waitFor(monitor, [&](const Sample &s) { return s.activity.active >= 1; });
        const auto result = await(monitor.cancelBackend(pid));
        QVERIFY2(result.ok(), qPrintable(result.error.toText()));
        QVERIFY(result.value);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 10000);

        pqxx::connection idle(m_db.toStdString());
        const auto terminated = await(monitor.terminateBackend(idle.backendpid()));
        QVERIFY2(terminated.ok(), qPrintable(terminated.error.toText()));
        QVERIFY(terminated.value);
        const auto none = await(monitor.terminateBackend(1)); // no such backend: a warning, false
        QVERIFY(none.ok() && !none.value);
    }

    void unreachableReplicaDoesNotStopSampling()
    {
        Monitor monitor;
        monitor.start(m_db, QStringLiteral("postgresql://postgres@127.0.0.1:1/postgres"), fast());
        const Sample s = waitFor(monitor, [](const Sample &s) { return s.sequence >= 2; });
        QVERIFY(s.ok());
        QVERIFY(!s.replicaSide.available);
        QVERIFY(!s.replicaSide.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
