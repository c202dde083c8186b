// A plan's backfill step takes a person's controls as a standalone backfill
// does: pause / resume, throttle, batch size and target duration through
// PlanRunner (thread-safe), forwarded to the running BackfillRunner; given
// before the backfill step starts, they are held and the step starts with them.
// The step holds the migration runner lock, so its journal row is never taken
// for one a crashed run left 'running'.
#include "plan/planexecution.h"
#include "run/staleruns.h"
#include "testsandbox.h"

#include <QtTest>

#include <pqxx/pqxx>

#include <atomic>
#include <mutex>
#include <thread>

using namespace slipway;
using namespace slipway::plan;
using slipway::test::TestSandbox;

namespace {

QString scalar(const QString &uri, const char *sql)
{
    pqxx::connection conn(uri.toStdString());
    const pqxx::result r = pqxx::nontransaction(conn).exec(sql);
    return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
}

// Reset the column, then fill it in batches (slowed down by pause_ms).
MigrationPlan fillPlan(const QString &name)
{
    MigrationPlan p;
    p.title = QStringLiteral("Fill score ") + name;
    PlanStep reset;
    reset.title = QStringLiteral("Reset score");
    reset.sql = QStringLiteral("UPDATE pbc_items SET score = NULL");
    PlanStep fill;
    fill.index = 1;
    fill.title = QStringLiteral("Fill score");
    fill.sql = QStringLiteral("UPDATE pbc_items SET score = id % 7 WHERE score IS NULL");
    run::BackfillSpec spec;
    spec.name = QStringLiteral("pbc_items.score.") + name;
    spec.table = QStringLiteral("public.pbc_items");
    spec.set = QStringLiteral("score = id % 7");
    spec.predicate = QStringLiteral("score IS NULL");
    spec.initialBatchSize = 500;
    spec.pauseMs = 40;
    fill.backfill = spec;
    p.steps << reset << fill;
    return p;
}

// Runs a plan on a thread of its own, collecting the backfill's events and progress.
struct Run {
    PlanRunner runner;
    std::mutex mutex;
    QList<run::BackfillEvent> events;
    std::atomic<qint64> rows{0};
    std::atomic<qint64> batches{0};
    PlanRunResult result;
    std::thread thread;

    Run()
    {
        runner.setBackfillSinks(
            [this](const run::BackfillProgress &p) {
                rows = p.rowsThisRun;
                batches = p.batches;
            },
            [this](const run::BackfillEvent &e) {
                std::lock_guard lock(mutex);
                events << e;
            });
    }
    void start(const QString &uri, const MigrationPlan &plan)
    {
        thread = std::thread([this, uri, plan] { result = runner.run(uri, plan); });
    }
    void join()
    {
        if (thread.joinable())
            thread.join();
    }
    ~Run()
    {
        runner.cancel();
        join();
    }
    QStringList kinds()
    {
        std::lock_guard lock(mutex);
        QStringList out;
        for (const run::BackfillEvent &e : std::as_const(events))
            out << run::BackfillEvent::kindName(e.kind);
        return out;
    }
    QString messages()
    {
        std::lock_guard lock(mutex);
        QStringList out;
        for (const run::BackfillEvent &e : std::as_const(events))
            out << e.message;
        return out.join(QLatin1Char('\n'));
    }
};

} // namespace

class TestPlanBackfillControls : public QObject {
    Q_OBJECT

    QString m_uri;

private slots:
    void initTestCase()
    {
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_planbackfillcontrols"));
        TestSandbox::exec(m_uri, QStringLiteral("CREATE TABLE pbc_items (id bigint PRIMARY KEY, score int);\n"
                                                "INSERT INTO pbc_items SELECT g, NULL FROM generate_series(1, 3000) g;"));
    }

    // Given before the backfill step: held, and the step starts paused with them.
    void heldUntilTheStepStarts()
    {
        Run run;
        QVERIFY(!run.runner.pauseBackfill());
        QVERIFY(!run.runner.setBackfillBatchSize(100));
        QVERIFY(!run.runner.setBackfillTargetMs(80));
        run.start(m_uri, fillPlan(QStringLiteral("held")));
        QTRY_VERIFY_WITH_TIMEOUT(run.runner.isBackfillRunning(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(run.kinds().contains(QStringLiteral("paused")), 10000);
        QTest::qWait(600);
        const qint64 whilePaused = run.rows;
        QVERIFY2(whilePaused <= 500, qPrintable(QString::number(whilePaused))); // at most the first batch
        QTest::qWait(400);
        QCOMPARE(qint64(run.rows), whilePaused);
        {
            // The step holds the migration lock: its 'running' journal row is not a crashed run's.
            pqxx::connection other(m_uri.toStdString());
            QVERIFY(run::StaleRuns::find(other).isEmpty());
            QCOMPARE(scalar(m_uri, "SELECT count(*) FROM slipway.journal WHERE status = 'running'"),
                     QStringLiteral("1"));
        }
        QVERIFY(run.runner.resumeBackfill());
        run.join();
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));
        QVERIFY2(run.messages().contains(QStringLiteral("Batch size fixed at 100 keys.")), qPrintable(run.messages()));
        QVERIFY2(run.messages().contains(QStringLiteral("Target batch duration 80 ms.")), qPrintable(run.messages()));
        QVERIFY2(run.batches >= 25, qPrintable(QString::number(run.batches))); // 100 keys a batch
        QCOMPARE(scalar(m_uri, "SELECT count(*) FROM pbc_items WHERE score IS NULL"), QStringLiteral("0"));
    }

    // During the backfill step: throttle holds the batches until lifted.
    void throttleWhileRunning()
    {
        Run run;
        QVERIFY(!run.runner.setBackfillBatchSize(100)); // ~30 batches, 40 ms apart
        run.start(m_uri, fillPlan(QStringLiteral("running")));
        QTRY_VERIFY_WITH_TIMEOUT(run.rows >= 200, 20000);
        QVERIFY(run.runner.isBackfillRunning());
        QVERIFY(run.runner.throttleBackfill(QStringLiteral("held by the test")));
        QTest::qWait(500);
        const qint64 held = run.rows;
        QTest::qWait(500);
        QCOMPARE(qint64(run.rows), held);
        QVERIFY(held < 3000);
        QVERIFY(run.runner.setBackfillBatchSize(0)); // adapts again
        QVERIFY(run.runner.unthrottleBackfill());
        run.join();
        QVERIFY2(run.result.succeeded(), qPrintable(run.result.message));
        QVERIFY2(run.kinds().contains(QStringLiteral("throttled")), qPrintable(run.kinds().join(u',')));
        QVERIFY2(run.messages().contains(QStringLiteral("held by the test")), qPrintable(run.messages()));
        QVERIFY(!run.runner.isBackfillRunning());
        QCOMPARE(scalar(m_uri, "SELECT count(*) FROM pbc_items WHERE score IS NULL"), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestPlanBackfillControls)
#include "tst_planbackfillcontrols.moc"
