// The monitor view fed a recorded series (no server): points, thresholds,
// event markers, the blocking tree, pause, window and exports.

#include "monitor/blockingtree.h"
#include "monitor/monitorchart.h"
#include "monitor/monitorview.h"

#include "monitor/monitor.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QValueAxis>
#include <QtTest>

using namespace slipway;

namespace {

const QDateTime kStart = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);

// Second i of a recorded incident: pid 200 holds ACCESS EXCLUSIVE on orders
// from second 30; pid 300 waits for it (up to 69 s, past both lock-wait
// thresholds); the replica lags a little; an index build runs from 50 to 80.
Sample recorded(int i)
{
    Sample s;
    s.at = kStart.addSecs(i);
    s.sequence = i + 1;
    s.queryMs = 1.5;
    if (i >= 30 && i < 100) {
        LockWait w;
        w.pid = 300;
        w.blockedBy = {200};
        w.lockType = QStringLiteral("relation");
        w.relation = QStringLiteral("orders");
        w.mode = QStringLiteral("RowExclusiveLock");
        w.query = QStringLiteral("UPDATE orders SET status = 'paid' WHERE id = 7");
        w.waitSeconds = i - 30;
        s.lockWaits << w;
        BlockingSession holder;
        holder.pid = 200;
        holder.state = QStringLiteral("idle in transaction");
        holder.query = QStringLiteral("LOCK TABLE orders");
        holder.transactionSeconds = i - 29;
        s.blockingSessions << holder;
    }
    ReplicaLag r;
    r.name = QStringLiteral("walreceiver");
    r.state = QStringLiteral("streaming");
    r.replayLagSeconds = 0.2;
    r.replayBytesBehind = 4096 * (i % 5);
    s.replicas << r;
    if (i >= 50 && i <= 80) {
        Progress p;
        p.pid = 4242;
        p.kind = QStringLiteral("create_index");
        p.command = QStringLiteral("CREATE INDEX CONCURRENTLY");
        p.relation = QStringLiteral("orders");
        p.index = QStringLiteral("orders_status_idx");
        p.phase = QStringLiteral("building index: scanning table");
        p.unit = QStringLiteral("blocks");
        p.total = 3000;
        p.done = (i - 50) * 100;
        p.ratePerSecond = 100;
        p.etaSeconds = (p.total - p.done) / 100.0;
        s.progress << p;
    }
    s.activity.tps = 40 + i % 7;
    s.activity.active = 3;
    s.activity.idleInTransaction = i >= 30 && i < 100 ? 1 : 0;
    s.activity.total = 6;
    return s;
}

int pointsOf(MonitorChart *chart, const char *series)
{
    QLineSeries *line = chart->lineSeries(QLatin1String(series));
    return line ? int(line->count()) : -1;
}

} // namespace

class TestMonitorView : public QObject {
    Q_OBJECT

private slots:
    void drawsRecordedSeries()
    {
        Monitor monitor;
        for (int i = 0; i < 120; ++i)
            monitor.addSample(recorded(i));
        // Lock wait passed 20 s (throttle) and 60 s (abort): two decisions.
        QCOMPARE(monitor.series().events().size(), 2);
        QCOMPARE(monitor.series().events()[0].action, PolicyDecision::Action::Throttle);
        QCOMPARE(monitor.series().events()[1].action, PolicyDecision::Action::Abort);

        MonitorView view(&monitor, MonitorView::Mode::Full);
        view.resize(1400, 900);
        view.show();
        view.renderNow();

        MonitorChart *locks = view.chart(MonitorView::Chart::Locks);
        QCOMPARE(pointsOf(locks, MonitorSeries::kLongestLockWait), 120);
        QCOMPARE(pointsOf(locks, MonitorSeries::kLockWaiting), 120);
        QCOMPARE(locks->thresholdSeries().size(), 2);
        QCOMPARE(locks->thresholdSeries()[0]->at(0).y(), 20.0);
        QCOMPARE(locks->thresholdSeries()[1]->at(0).y(), 60.0);
        QCOMPARE(locks->thresholdSeries()[1]->count(), 2);
        QCOMPARE(locks->eventMarkerCount(), 2);
        QVERIFY(locks->leftAxis()->max() >= 69); // the longest wait and the abort line fit

        MonitorChart *replication = view.chart(MonitorView::Chart::Replication);
        QCOMPARE(pointsOf(replication, "replica.walreceiver.lag_s"), 120);
        QCOMPARE(pointsOf(replication, "replica.walreceiver.bytes"), 120);
        QCOMPARE(replication->thresholdSeries().size(), 2);
        QCOMPARE(replication->eventMarkerCount(), 0); // the events were lock waits, not lag

        MonitorChart *progress = view.chart(MonitorView::Chart::Progress);
        QCOMPARE(pointsOf(progress, "progress.create_index.4242.percent"), 31);
        QCOMPARE(progress->eventMarkerCount(), 0);

        MonitorChart *activity = view.chart(MonitorView::Chart::Activity);
        QCOMPARE(pointsOf(activity, MonitorSeries::kTps), 120);
        QCOMPARE(pointsOf(activity, MonitorSeries::kActive), 120);

        // The time axis ends at the newest sample.
        QCOMPARE(locks->timeAxis()->max(), kStart.addSecs(119).toLocalTime());
        QVERIFY(view.headline().contains(QLatin1String("ABORT")));

        // A one-minute window: 61 points (both ends included), events outside it gone.
        view.setWindowSeconds(60);
        QCOMPARE(pointsOf(locks, MonitorSeries::kLongestLockWait), 61);
        QCOMPARE(locks->eventMarkerCount(), 1); // the abort at 91 s; the throttle at 51 s scrolled out
    }

    // A backfill reports its progress to the monitor (no pg_stat_progress_*
    // view has it): the Progress chart draws it with the samples, until cleared.
    void drawsTheRunsOwnProgress()
    {
        Monitor monitor;
        MonitorView view(&monitor, MonitorView::Mode::Full);
        view.resize(1400, 900);
        view.show();
        Progress row;
        row.pid = 777;
        row.kind = QStringLiteral("backfill");
        row.command = QStringLiteral("Backfill orders-note");
        row.relation = QStringLiteral("public.orders");
        row.unit = QStringLiteral("rows");
        row.total = 1000;
        monitor.addSample(recorded(0));
        monitor.addSample(recorded(1));
        for (int i = 2; i < 8; ++i) {
            row.done = (i - 1) * 100;
            monitor.setRunProgress(row);
            monitor.addSample(recorded(i));
        }
        view.renderNow();
        QVERIFY2(view.headline().contains(QLatin1String("Backfill orders-note")), qPrintable(view.headline()));
        monitor.setRunProgress(std::nullopt);
        monitor.addSample(recorded(8));
        monitor.addSample(recorded(9));
        view.renderNow();
        MonitorChart *progress = view.chart(MonitorView::Chart::Progress);
        QCOMPARE(pointsOf(progress, "progress.backfill.777.percent"), 6);
        const TimeSeries *percent = monitor.series().series(QStringLiteral("progress.backfill.777.percent"));
        QVERIFY(percent);
        QCOMPARE(percent->last().value, 60.0);
        QVERIFY(!view.headline().contains(QLatin1String("Backfill")));
    }

    // Two replicas, a workload whose error rate crosses the throttle line, and
    // the user's pause/resume: one legend entry per replica, the error rate on
    // its own axis with its thresholds, the user's markers on every chart.
    void twoReplicasErrorRateAndUserMarkers()
    {
        Monitor monitor;
        for (int i = 0; i < 90; ++i) {
            Sample s = recorded(i);
            s.lockWaits.clear();
            s.blockingSessions.clear();
            ReplicaLag second;
            second.name = QStringLiteral("standby_eu_west_2");
            second.state = QStringLiteral("streaming");
            second.replayLagSeconds = i < 40 ? 0.5 : 0.5 + (i - 40) * 0.3;
            second.replayBytesBehind = qint64(i) * 300000;
            s.replicas << second;
            s.activity.windowTransactions = 200;
            s.activity.errorRatePercent = i >= 60 && i < 70 ? 3.5 : 0.5;
            s.activity.rollbacksPerSecond = s.activity.tps * s.activity.errorRatePercent / 100;
            monitor.addSample(s);
            if (i == 20)
                monitor.markUserAction(PolicyDecision::Action::Throttle, QStringLiteral("paused"));
            if (i == 30)
                monitor.markUserAction(PolicyDecision::Action::Resume, QStringLiteral("resumed"));
        }
        QVERIFY(!monitor.series().events().isEmpty());
        bool throttledOnErrors = false;
        for (const PolicyDecision &d : monitor.series().events())
            throttledOnErrors = throttledOnErrors || d.metric == QLatin1String("error_rate");
        QVERIFY(throttledOnErrors);

        MonitorView view(&monitor, MonitorView::Mode::Full);
        view.resize(1500, 950);
        view.show();
        view.renderNow();
        MonitorChart *replication = view.chart(MonitorView::Chart::Replication);
        QCOMPARE(pointsOf(replication, "replica.standby_eu_west_2.lag_s"), 90);
        int legendEntries = 0;
        for (QLegendMarker *marker : replication->chart()->legend()->markers())
            legendEntries += marker->isVisible();
        // 2 replicas + 2 thresholds + the user's pause and resume (lag events: the policy's throttle at ~73 s)
        QVERIFY2(legendEntries <= 7, qPrintable(QString::number(legendEntries)));
        MonitorChart *activity = view.chart(MonitorView::Chart::Activity);
        QCOMPARE(pointsOf(activity, MonitorSeries::kErrorRate), 90);
        QVERIFY(activity->extraAxis());
        QCOMPARE(activity->thresholdSeries().size(), 2);
        QCOMPARE(activity->thresholdSeries()[1]->at(0).y(), 5.0);
        QVERIFY(activity->eventMarkerCount() >= 3); // pause, resume, the error-rate throttle
        QCOMPARE(view.chart(MonitorView::Chart::Progress)->eventMarkerCount(), 2); // only the user's

        // Thresholds follow the policy when the preferences change.
        AbortThresholds t = monitor.policy()->thresholds();
        t.errorRateAbortPercent = 8;
        monitor.policy()->setThresholds(t);
        view.renderNow();
        QCOMPARE(activity->thresholdSeries()[1]->at(0).y(), 8.0);
        QVERIFY(activity->thresholdSeries()[1]->name().contains(QLatin1String("8")));

        if (qEnvironmentVariableIsSet("SLIPWAY_SHOT_DIR")) {
            const QString dir = qEnvironmentVariable("SLIPWAY_SHOT_DIR");
            QTest::qWait(100); // the charts' layout (a legend moved beside the plot)
            view.grab().save(dir + QStringLiteral("/monitor_two_replicas.png"));
        }
    }

    void blockingTreeShowsWhoBlocksWhom()
    {
        Monitor monitor;
        for (int i = 0; i < 40; ++i)
            monitor.addSample(recorded(i));
        MonitorView view(&monitor, MonitorView::Mode::Full);
        view.renderNow();
        QTreeWidget *tree = view.blockingTree()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *root = tree->topLevelItem(0);
        QCOMPARE(root->text(0), QStringLiteral("200"));
        QVERIFY(root->text(3).contains(QLatin1String("LOCK TABLE orders")));
        QCOMPARE(root->childCount(), 1);
        QCOMPARE(root->child(0)->text(0), QStringLiteral("300"));
        QVERIFY(root->child(0)->text(1).contains(QLatin1String("ROW EXCLUSIVE on orders")));
        QVERIFY(root->child(0)->text(2).startsWith(QLatin1String("9")));
    }

    void rendersAtMostOncePerSampleAndPauses()
    {
        Monitor monitor;
        for (int i = 0; i < 10; ++i)
            monitor.addSample(recorded(i));
        MonitorView view(&monitor, MonitorView::Mode::Dock);
        view.resize(1200, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        const int before = view.renderCount();
        for (int i = 10; i < 15; ++i)
            monitor.addSample(recorded(i)); // five samples in one go
        QCoreApplication::processEvents();
        QCOMPARE(view.renderCount(), before + 1);
        QCOMPARE(pointsOf(view.chart(MonitorView::Chart::Locks), MonitorSeries::kLockWaiting), 15);

        view.setPaused(true);
        monitor.addSample(recorded(15));
        QCoreApplication::processEvents();
        QCOMPARE(pointsOf(view.chart(MonitorView::Chart::Locks), MonitorSeries::kLockWaiting), 15);
        view.setPaused(false);
        QCOMPARE(pointsOf(view.chart(MonitorView::Chart::Locks), MonitorSeries::kLockWaiting), 16);

        // Hidden: no renders until shown again.
        view.hide();
        const int hidden = view.renderCount();
        monitor.addSample(recorded(16));
        QCoreApplication::processEvents();
        QCOMPARE(view.renderCount(), hidden);
        view.show();
        QCOMPARE(pointsOf(view.chart(MonitorView::Chart::Locks), MonitorSeries::kLockWaiting), 17);
    }

    void exportsPngAndCsv()
    {
        Monitor monitor;
        for (int i = 0; i < 20; ++i)
            monitor.addSample(recorded(i));
        MonitorView view(&monitor, MonitorView::Mode::Full);
        view.resize(1200, 800);
        view.renderNow();
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("locks.png"));
        QVERIFY(view.exportChartPng(MonitorView::Chart::Locks, png));
        QVERIFY(!QImage(png).isNull());
        const QString csv = dir.filePath(QStringLiteral("series.csv"));
        QString error;
        QVERIFY2(view.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 21); // header + one row per sample
        QVERIFY(lines.first().startsWith("time,"));
        QVERIFY(lines.first().contains("locks.longest_wait_s"));
    }
};

QTEST_MAIN(TestMonitorView)
#include "tst_monitorview.moc"
