// Past Runs: the local store's runs listed newest first with status words and
// icons; a run's log, and the monitor's points recorded for the same target
// around its time (not another database's, not long before) on the charts.
#include "monitor/monitorchart.h"
#include "monitor/monitorseries.h"
#include "monitor/monitorview.h"
#include "pastrunsdialog.h"

#include "db/localstore.h"

#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace slipway;

class TestPastRunsDialog : public QObject {
    Q_OBJECT

    static int pointsOf(MonitorView *view, MonitorView::Chart chart, const char *series)
    {
        QLineSeries *line = view->chart(chart)->lineSeries(QLatin1String(series));
        return line ? int(line->count()) : -1;
    }

private slots:
    void showsARunWithItsLogAndCharts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const QString shop = QStringLiteral("postgres@db1:5432/shop");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qint64 run = 0;
        {
            LocalStore store(path);
            QVERIFY(store.open());
            const qint64 monitor = store.beginRun(QStringLiteral("Monitor ") + shop, shop);
            const qint64 other = store.beginRun(QStringLiteral("Monitor elsewhere"), QStringLiteral("postgres@db2/crm"));
            QList<LocalStore::SeriesPointRow> points;
            QList<LocalStore::SeriesPointRow> elsewhere;
            for (int i = -40; i <= 40; ++i) // a point a second around the run
                points << LocalStore::SeriesPointRow{QLatin1String(MonitorSeries::kLongestLockWait), now.addSecs(i), i > 0 ? i * 0.5 : 0};
            points << LocalStore::SeriesPointRow{QLatin1String(MonitorSeries::kLongestLockWait), now.addSecs(-900), 99};
            for (int i = -10; i <= 10; ++i)
                elsewhere << LocalStore::SeriesPointRow{QLatin1String(MonitorSeries::kLongestLockWait), now.addSecs(i), 7};
            QVERIFY(store.appendSeriesPoints(monitor, points));
            QVERIFY(store.appendSeriesPoints(other, elsewhere));
            run = store.beginRun(QStringLiteral("Run: 2 migrations"), shop);
            QVERIFY(store.appendRunLog(run, QStringLiteral("info"), QStringLiteral("V1 create items: started")));
            QVERIFY(store.appendRunLog(run, QStringLiteral("warning"), QStringLiteral("lock timeout, retrying")));
            QVERIFY(store.appendRunLog(run, QStringLiteral("error"), QStringLiteral("V2 failed: 42P01 at line 2")));
            QVERIFY(store.finishRun(run, QStringLiteral("failed")));
            QVERIFY(store.finishRun(monitor, QStringLiteral("monitored")));
        }

        PastRunsDialog dialog(path);
        dialog.show();
        QSignalSpy loaded(&dialog, &PastRunsDialog::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runList()->topLevelItemCount() == 3, 10000);
        QTreeWidgetItem *newest = dialog.runList()->topLevelItem(0);
        QCOMPARE(newest->text(1), QStringLiteral("Run: 2 migrations"));
        QCOMPARE(newest->text(2), QStringLiteral("failed")); // a word, and an icon
        QVERIFY(!newest->icon(2).isNull());
        QCOMPARE(dialog.runList()->topLevelItem(2)->text(2), QStringLiteral("monitored"));

        loaded.clear();
        dialog.selectRun(run);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !dialog.isLoading(), 10000);
        QCOMPARE(dialog.logList()->topLevelItemCount(), 3);
        QCOMPARE(dialog.logList()->topLevelItem(2)->text(1), QStringLiteral("error"));
        QVERIFY(dialog.logList()->topLevelItem(2)->text(2).contains(QStringLiteral("42P01")));
        // 81 points of shop around the run; not the one 15 minutes before, not db2's.
        QCOMPARE(pointsOf(dialog.charts(), MonitorView::Chart::Locks, MonitorSeries::kLongestLockWait), 81);
        QVERIFY(dialog.charts()->headline().contains(QStringLiteral("81")));

        const QString shot = qEnvironmentVariable("SLIPWAY_SHOT_DIR");
        if (!shot.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(shot + QStringLiteral("/past_runs.png")));
        }
    }

    void emptyStoreSaysSo()
    {
        QTemporaryDir dir;
        PastRunsDialog dialog(dir.filePath(QStringLiteral("store.sqlite")));
        QSignalSpy loaded(&dialog, &PastRunsDialog::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog.runList()->topLevelItemCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pastRunHeading"))->text().contains(QStringLiteral("No runs")));
    }
};

QTEST_MAIN(TestPastRunsDialog)
#include "tst_pastrunsdialog.moc"
