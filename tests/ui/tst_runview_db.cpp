// The Run tab against the sandbox: the plan of pending migrations with their
// locks, a dry run that leaves nothing behind, the real run (journaled), an
// error that says where, an abort that rolls back, and a backfill to the end.
#include "activeconnection.h"
#include "db/localstore.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "monitor/monitor.h"
#include "monitor/monitorcontroller.h"
#include "run/runeventlog.h"
#include "run/runpreview.h"
#include "run/runview.h"
#include "testsandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QComboBox>
#include <QLabel>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <algorithm>

using namespace slipway;
using slipway::test::TestSandbox;

class TestRunViewDb : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_folder;
    QString m_uri;
    std::unique_ptr<LocalStore> m_store; // what Migration > Past Runs reads
    std::unique_ptr<MainWindow> m_window;
    RunView *m_view = nullptr;

    void writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    QString scalar(const char *sql)
    {
        pqxx::connection conn(m_uri.toStdString());
        pqxx::nontransaction tx(conn);
        const pqxx::result r = tx.exec(sql);
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    }

    bool runAndWait(int timeoutMs = 60000)
    {
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        if (!done.wait(timeoutMs))
            return false;
        return done.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        writeFile(m_folder.filePath(QStringLiteral("V1__create_items.sql")),
                  "CREATE TABLE rv_items (id bigint PRIMARY KEY, status text);\n"
                  "INSERT INTO rv_items SELECT g, 'new' FROM generate_series(1, 3000) g;\n");
        writeFile(m_folder.filePath(QStringLiteral("V2__index_status.sql")),
                  "CREATE INDEX CONCURRENTLY rv_items_status ON rv_items (status);\n");
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_runview"));
        MainWindow::Options options;
        options.profilesPath = m_home.filePath(QStringLiteral("connections.json"));
        options.useLocalStore = false;
        options.persistLayout = false;
        m_window = std::make_unique<MainWindow>(options);
        QVERIFY(m_window->connectTo(m_uri));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connection()->state(), ActiveConnection::State::Connected, 60000);
        m_view = m_window->showRun(m_folder.path());
        QVERIFY(m_view);
        m_store = std::make_unique<LocalStore>(m_home.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(m_store->open());
        m_view->setLocalStore(m_store.get());
    }

    void previewShowsPendingWithLocks()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_view->preview()->topLevelItemCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->preview()->statementCount(), 3, 30000);
        QTreeWidgetItem *index = m_view->preview()->topLevelItem(1);
        QVERIFY(index->text(0).contains(QStringLiteral("2")));
        QCOMPARE(index->text(2), QStringLiteral("outside a transaction"));
        QVERIFY(index->child(0)->text(1).contains(QStringLiteral("SHARE UPDATE EXCLUSIVE")));
    }

    void dryRunLeavesNothing()
    {
        m_view->setMode(RunView::Mode::DryRun);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->preview()->topLevelItemCount(), 2, 30000);
        QVERIFY2(runAndWait(), qPrintable(m_view->summary()));
        QVERIFY2(m_view->summary().contains(QStringLiteral("Dry run passed")), qPrintable(m_view->summary()));
        QCOMPARE(scalar("SELECT to_regclass('rv_items')::text"), QString());
        QCOMPARE(scalar("SELECT to_regclass('slipway.journal')::text"), QString());
    }

    void runAppliesAndJournals()
    {
        m_view->setMode(RunView::Mode::Run);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->preview()->topLevelItemCount(), 2, 30000);
        QVERIFY2(runAndWait(), qPrintable(m_view->summary()));
        QCOMPARE(scalar("SELECT count(*) FROM rv_items"), QStringLiteral("3000"));
        QCOMPARE(scalar("SELECT string_agg(version || ':' || status, ',' ORDER BY id) FROM slipway.journal"),
                 QStringLiteral("1:succeeded,2:succeeded"));
        QVERIFY(m_view->log()->count(RunEventLog::Severity::Error) == 0);
        // Nothing is pending any more.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->preview()->statementCount() == 0, 30000);
    }

    // After the run: the runbook with what happened (Markdown, HTML) and the
    // JSON run log read back from the journal.
    void exportsRunbookWithResults()
    {
        QTemporaryDir dir;
        QSignalSpy saved(m_view, &RunView::info);
        m_view->exportResultsTo(dir.filePath(QStringLiteral("run.md")));
        QCOMPARE(saved.count(), 1);
        QFile md(dir.filePath(QStringLiteral("run.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("## What happened")), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("| 1 create items | succeeded |")), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("rv_items_status")), qPrintable(markdown));

        m_view->exportResultsTo(dir.filePath(QStringLiteral("run.html")), RunView::ResultsFormat::Markdown);
        QFile html(dir.filePath(QStringLiteral("run.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("<h2>What happened</h2>")); // the suffix wins over the format asked

        m_view->exportResultsTo(dir.filePath(QStringLiteral("run.json")));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 30000);
        QFile json(dir.filePath(QStringLiteral("run.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray log = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("run"));
    }

    void errorSaysWhere()
    {
        m_view->setScript(QStringLiteral("UPDATE rv_items SET status = 'x' WHERE id = 1;\n"
                                         "UPDATE rv_itemz SET status = 'y';\n"),
                          QStringLiteral("broken.sql"));
        QVERIFY(!runAndWait());
        QVERIFY2(m_view->summary().contains(QStringLiteral("line 2")), qPrintable(m_view->summary()));
        QVERIFY2(m_view->summary().contains(QStringLiteral("42P01")), qPrintable(m_view->summary()));
        QCOMPARE(scalar("SELECT status FROM rv_items WHERE id = 1"), QStringLiteral("new")); // rolled back
    }

    void abortRollsBack()
    {
        m_view->setScript(QStringLiteral("UPDATE rv_items SET status = 'aborted';\nSELECT pg_sleep(30);\n"),
                          QStringLiteral("slow.sql"));
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        QTRY_VERIFY_WITH_TIMEOUT(!scalar("SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'")
                                      .isEmpty(),
                                 20000);
        m_view->abort();
        QVERIFY(done.wait(20000));
        QVERIFY2(m_view->summary().contains(QStringLiteral("rolled back")), qPrintable(m_view->summary()));
        QCOMPARE(scalar("SELECT count(*) FROM rv_items WHERE status = 'aborted'"), QStringLiteral("0"));
    }

    void backfillRunsToTheEnd()
    {
        TestSandbox::exec(m_uri, QStringLiteral("ALTER TABLE rv_items ADD COLUMN status_v2 text"));
        const QString spec = m_folder.filePath(QStringLiteral("backfill.json"));
        writeFile(spec, R"JSON({"name": "rv_status_v2", "table": "public.rv_items", "set": "status_v2 = upper(status)",
                            "predicate": "status_v2 IS NULL", "initial_batch_size": 500,
                            "max_batch_size": 500, "pause_ms": 400})JSON"); // six batches over ~2 s: time to look
        m_view->setBackfillSpec(spec);
        m_view->setMode(RunView::Mode::Run);
        // Before: what it runs and what it locks.
        QStringList preview;
        for (int i = 0; i < m_view->preview()->topLevelItemCount(); ++i)
            preview << m_view->preview()->topLevelItem(i)->text(0);
        QVERIFY2(preview.join(u'\n').contains(QStringLiteral("SET status_v2 = upper(status)")), qPrintable(preview.join(u'\n')));
        QVERIFY(preview.join(u'\n').contains(QStringLiteral("ROW EXCLUSIVE on public.rv_items")));
        // During: the monitor's Progress chart has the backfill; after: no more.
        Monitor *monitor = m_window->monitorController()->monitor();
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->runProgress() || !done.isEmpty(), 30000);
        QVERIFY2(monitor->runProgress(), "the backfill finished before it reported progress");
        QCOMPARE(monitor->runProgress()->kind, QStringLiteral("backfill"));
        QCOMPARE(monitor->runProgress()->relation, QStringLiteral("public.rv_items"));
        QCOMPARE(monitor->runProgress()->total, 3000);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(m_view->summary()));
        QVERIFY(!monitor->runProgress());
        QVERIFY2(m_view->summary().contains(QStringLiteral("3,000 rows")), qPrintable(m_view->summary()));
        QCOMPARE(scalar("SELECT count(*) FROM rv_items WHERE status_v2 IS NULL"), QStringLiteral("0"));
    }

    // A backfill's dry run: a few batches, each rolled back; nothing changes.
    void backfillDryRunChangesNothing()
    {
        TestSandbox::exec(m_uri, QStringLiteral("UPDATE rv_items SET status_v2 = NULL"));
        const QString spec = m_folder.filePath(QStringLiteral("dry_backfill.json"));
        writeFile(spec, R"JSON({"name": "rv_dry", "table": "public.rv_items", "set": "status_v2 = upper(status)",
                            "predicate": "status_v2 IS NULL", "initial_batch_size": 100})JSON");
        m_view->setBackfillSpec(spec);
        m_view->setMode(RunView::Mode::Rollback); // not for a backfill: it falls back to the dry run
        QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("runMode"))->currentData().toInt(),
                 int(RunView::Mode::DryRun));
        QVERIFY2(runAndWait(), qPrintable(m_view->summary()));
        QVERIFY2(m_view->summary().contains(QStringLiteral("rolled back")), qPrintable(m_view->summary()));
        QVERIFY2(m_view->summary().contains(QStringLiteral("3 batch")), qPrintable(m_view->summary()));
        // What a dry run tells: the rate, so how long the backfill would take.
        const QString status = m_view->findChild<QLabel *>(QStringLiteral("runStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("the backfill of 3,000 rows would take about")), qPrintable(status));
        QCOMPARE(scalar("SELECT count(*) FROM rv_items WHERE status_v2 IS NOT NULL"), QStringLiteral("0"));
        QCOMPARE(scalar("SELECT count(*) FROM slipway.backfill_checkpoint WHERE name = 'rv_dry'"), QStringLiteral("0"));
    }

    // Closing the window while a backfill runs asks first; Cancel keeps both.
    void closingAsksBeforeStoppingARun()
    {
        TestSandbox::exec(m_uri, QStringLiteral("UPDATE rv_items SET status_v2 = NULL"));
        const QString spec = m_folder.filePath(QStringLiteral("slow_backfill.json"));
        writeFile(spec, R"JSON({"name": "rv_slow", "table": "public.rv_items", "set": "status_v2 = lower(status)",
                            "predicate": "status_v2 IS NULL", "initial_batch_size": 10, "max_batch_size": 10,
                            "pause_ms": 500})JSON");
        m_view->setBackfillSpec(spec);
        m_view->setMode(RunView::Mode::Run);
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->backfillRunner() && m_view->backfillRunner()->progress().batches > 0, 30000);
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY2(asked.contains(QStringLiteral("backfill is running")), qPrintable(asked));
        QVERIFY(m_view->isRunning());
        m_view->abort();
        QVERIFY(done.wait(30000));
    }

    // Every run above is kept with its log and how it ended; the journal's
    // run_log of the real run points at it.
    void runsAreKeptForPastRuns()
    {
        QList<LocalStore::RunLogEntry> runs = m_store->runs();
        std::reverse(runs.begin(), runs.end()); // oldest first
        QStringList outcomes;
        for (const LocalStore::RunLogEntry &run : runs)
            outcomes << run.status;
        QCOMPARE(outcomes, (QStringList{QStringLiteral("succeeded"), QStringLiteral("succeeded"),
                                        QStringLiteral("failed"), QStringLiteral("aborted"), QStringLiteral("succeeded"),
                                        QStringLiteral("succeeded"), // the backfill's dry run
                                        QStringLiteral("aborted")})); // the slow backfill, after closing was cancelled
        QVERIFY2(runs[1].title.startsWith(QStringLiteral("Run: 2 migration")), qPrintable(runs[1].title));
        QVERIFY2(runs[4].title.startsWith(QStringLiteral("Backfill: ")), qPrintable(runs[4].title));
        QCOMPARE(runs[1].target, m_window->connection()->target());
        const QList<LocalStore::RunLogLine> log = m_store->runLog(runs[2].id);
        QVERIFY(!log.isEmpty());
        bool sqlstate = false;
        for (const LocalStore::RunLogLine &line : log)
            sqlstate = sqlstate || (line.level == QLatin1String("error") && line.message.contains(QStringLiteral("42P01")));
        QVERIFY(sqlstate);
        QCOMPARE(scalar("SELECT DISTINCT run_log FROM slipway.journal WHERE version IN ('1', '2')"),
                 QStringLiteral("slipway-local-run:%1").arg(runs[1].id));
    }

    void unfinishedRunIsShownOnConnect()
    {
        // As a crashed app leaves it: 'running', and no runner holds the lock.
        TestSandbox::exec(m_uri, QStringLiteral("INSERT INTO slipway.journal (version, name, status) "
                                                "VALUES ('9', 'crashed_midway', 'running')"));
        m_window->reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->messageBanner()->isHidden()
                                     && m_window->messageBanner()->title().contains(QStringLiteral("did not finish")),
                                 30000);
        QVERIFY(m_window->messageBanner()->body().contains(QStringLiteral("crashed_midway")));
        TestSandbox::exec(m_uri, QStringLiteral("DELETE FROM slipway.journal WHERE version = '9'"));
    }

    // A window closed mid-backfill (without asking: --screenshot) stops the
    // backfill, which logs its end to the window's own local store before
    // that store goes; the checkpoint says aborted.
    void closingTheWindowMidBackfillStopsIt()
    {
        TestSandbox::exec(m_uri, QStringLiteral("UPDATE rv_items SET status_v2 = NULL"));
        MainWindow::Options options;
        options.profilesPath = m_home.filePath(QStringLiteral("connections2.json"));
        options.localStorePath = m_home.filePath(QStringLiteral("store2.sqlite"));
        options.persistLayout = false;
        auto window = std::make_unique<MainWindow>(options);
        QVERIFY(window->connectTo(m_uri));
        QTRY_COMPARE_WITH_TIMEOUT(window->connection()->state(), ActiveConnection::State::Connected, 60000);
        RunView *view = window->showRun();
        view->setBackfillSpec(m_folder.filePath(QStringLiteral("slow_backfill.json")));
        view->setMode(RunView::Mode::Run);
        view->start();
        QTRY_VERIFY_WITH_TIMEOUT(view->backfillRunner() && view->backfillRunner()->progress().batches > 0, 30000);
        window->setAskBeforeStoppingRun(false);
        QVERIFY(window->close());
        window.reset();
        QCOMPARE(scalar("SELECT state FROM slipway.backfill_checkpoint WHERE name = 'rv_slow'"),
                 QStringLiteral("aborted"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestRunViewDb)
#include "tst_runview_db.moc"
