// The Run tab with a saved migration plan against the sandbox: a wizard's
// plan (add a NOT NULL column with a default: expand, batched backfill,
// NOT NULL in steps) saved to a file and loaded by path; the preview lists
// the steps and deploy notes; a dry run leaves nothing; the run applies
// every step (checked with SQL); rolling back restores the table; a failing
// step says which step, the SQLSTATE and where; Abort and the monitor's
// abort stop the run; the plan tab's Run… reaches the Run tab.
#include "activeconnection.h"
#include "mainwindow.h"
#include "monitor/abortpolicy.h"
#include "monitor/monitor.h"
#include "plan/planview.h"
#include "plan/wizards/addnotnullcolumnwizard.h"
#include "run/runeventlog.h"
#include "run/runpreview.h"
#include "run/runview.h"
#include "testsandbox.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using slipway::test::TestSandbox;

class TestRunViewPlanDb : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_uri;
    QString m_planPath;
    plan::MigrationPlan m_plan;
    std::unique_ptr<MainWindow> m_window;
    RunView *m_view = nullptr;

    QString scalar(const char *sql)
    {
        pqxx::connection conn(m_uri.toStdString());
        pqxx::nontransaction tx(conn);
        const pqxx::result r = tx.exec(sql);
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    }

    QString column() { return scalar("SELECT is_nullable FROM information_schema.columns WHERE table_name = "
                                     "'rvp_orders' AND column_name = 'priority'"); }

    bool runAndWait(int timeoutMs = 90000)
    {
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        if (!done.wait(timeoutMs))
            return false;
        return done.first().first().toBool();
    }

    QString previewText() const
    {
        QStringList lines;
        for (QTreeWidgetItemIterator it(m_view->preview()); *it; ++it) {
            QStringList cells;
            for (int c = 0; c < (*it)->columnCount(); ++c)
                cells << (*it)->text(c);
            lines << cells.join(QLatin1Char('|'));
        }
        return lines.join(QLatin1Char('\n'));
    }

    // With SLIPWAY_TEST_SCREENSHOTS=dir: the main window as the user sees it.
    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SLIPWAY_TEST_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        m_window->resize(1600, 1000);
        m_window->show();
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    // A one-step plan that holds its step for a while (for Abort).
    static plan::MigrationPlan slowPlan()
    {
        plan::MigrationPlan p;
        p.title = QStringLiteral("Slow plan");
        plan::PlanStep step;
        step.index = 0;
        step.title = QStringLiteral("Mark and wait");
        step.sql = QStringLiteral("UPDATE rvp_orders SET note = 'aborted';\nSELECT pg_sleep(30)");
        p.steps << step;
        p.summarize();
        return p;
    }

    void waitForSleep()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!scalar("SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'")
                                      .isEmpty(),
                                 20000);
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_runview_plan"));
        TestSandbox::exec(m_uri, QStringLiteral("CREATE TABLE rvp_orders (id bigint PRIMARY KEY, note text);\n"
                                                "INSERT INTO rvp_orders SELECT g, 'n' || g FROM generate_series(1, 4000) g;"));
        plan::wizards::AddNotNullColumnInputs in;
        in.table = QStringLiteral("rvp_orders");
        in.column = QStringLiteral("priority");
        in.type = QStringLiteral("integer");
        in.defaultExpression = QStringLiteral("3");
        QStringList errors;
        const auto generated = plan::wizards::AddNotNullColumnWizard::generate(in, {}, &errors);
        QVERIFY2(generated, qPrintable(errors.join(QLatin1Char('\n'))));
        m_plan = *generated;
        QVERIFY(m_plan.steps.size() >= 4);
        m_planPath = m_dir.filePath(QStringLiteral("add-priority.json"));
        QString error;
        QVERIFY2(m_plan.save(m_planPath, &error), qPrintable(error));

        MainWindow::Options options;
        options.profilesPath = m_home.filePath(QStringLiteral("connections.json"));
        options.useLocalStore = false;
        options.persistLayout = false;
        m_window = std::make_unique<MainWindow>(options);
        QVERIFY(m_window->connectTo(m_uri));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connection()->state(), ActiveConnection::State::Connected, 60000);
        // The test database is quiet: a dry run's own rollbacks would be most of
        // its transactions, and the error-rate policy would abort the next run
        // (monitorAbortStops sends its abort itself).
        if (auto *monitor = m_window->findChild<Monitor *>()) {
            AbortThresholds thresholds = monitor->policy()->thresholds();
            thresholds.errorRateThrottlePercent = 100;
            thresholds.errorRateAbortPercent = 100;
            monitor->policy()->setThresholds(thresholds);
        }
        m_view = m_window->showRun();
        QVERIFY(m_view);
        m_view->setPlanFile(m_planPath);
    }

    void previewListsStepsAndDeployNotes()
    {
        QVERIFY(m_view->plan());
        QCOMPARE(m_view->plan()->steps.size(), m_plan.steps.size());
        for (int i = 0; i < m_plan.steps.size(); ++i)
            QVERIFY2(m_view->preview()->stepRow(i), qPrintable(QString::number(i)));
        const QString text = previewText();
        QVERIFY2(text.contains(QStringLiteral("1. expand · Add column priority")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Backfill ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ACCESS EXCLUSIVE on ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Application deploy: After this step, deploy the version that relies "
                                              "on priority being set.")),
                 qPrintable(text));
        QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("runStart"))->isEnabled());
        shoot(QStringLiteral("runview_plan_loaded"));
    }

    void dryRunLeavesNothing()
    {
        m_view->setMode(RunView::Mode::DryRun);
        QVERIFY2(runAndWait(), qPrintable(m_view->summary()));
        QVERIFY2(m_view->summary().contains(QStringLiteral("Dry run of the plan passed")), qPrintable(m_view->summary()));
        QCOMPARE(column(), QString());
        QCOMPARE(m_view->lastPlanResult().steps.size(), m_plan.steps.size());
    }

    // Unticked steps wait for a later run (e.g. after an application deploy).
    void runsOnlyTickedSteps()
    {
        m_view->setMode(RunView::Mode::Run);
        for (int i = 1; i < m_plan.steps.size(); ++i)
            m_view->preview()->stepRow(i)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(m_view->preview()->checkedSteps(), QList<int>{0});
        QVERIFY2(runAndWait(), qPrintable(m_view->summary()));
        QCOMPARE(column(), QStringLiteral("YES"));
        QCOMPARE(m_view->lastPlanResult().steps.size(), 1);
        QVERIFY2(m_view->summary().contains(QStringLiteral("Plan done: 1 step(s)")), qPrintable(m_view->summary()));
        QCOMPARE(m_view->preview()->checkedSteps(), QList<int>{0}); // still as ticked
        TestSandbox::exec(m_uri, QStringLiteral("ALTER TABLE rvp_orders DROP COLUMN priority"));
        m_view->refreshPlan(); // every step ticked again
        QCOMPARE(m_view->preview()->checkedSteps().size(), m_plan.steps.size());
    }

    void runAppliesEveryStep()
    {
        m_view->setMode(RunView::Mode::Run);
        QVERIFY2(runAndWait(), qPrintable(m_view->summary()));
        QCOMPARE(column(), QStringLiteral("NO"));
        QCOMPARE(scalar("SELECT count(*) FROM rvp_orders WHERE priority = 3"), QStringLiteral("4000"));
        QCOMPARE(m_view->lastPlanResult().steps.size(), m_plan.steps.size());
        for (const plan::PlanStepOutcome &o : m_view->lastPlanResult().steps)
            QCOMPARE(o.status, plan::PlanStepOutcome::Status::Succeeded);
        QVERIFY2(m_view->summary().contains(QStringLiteral("Plan done")), qPrintable(m_view->summary()));
        QVERIFY(m_view->preview()->stepRow(1)->text(4).contains(QStringLiteral("done, verified")));
        QCOMPARE(m_view->log()->count(RunEventLog::Severity::Error), 0);
        shoot(QStringLiteral("runview_plan_done"));
    }

    // The runbook with results after a plan run: the plan's steps with what
    // happened, and the JSON run log from the steps' journal rows.
    void exportAfterPlanRun()
    {
        auto *button = m_view->findChild<QPushButton *>(QStringLiteral("runExportResults"));
        QVERIFY(button->isEnabled());
        QTemporaryDir dir;
        QSignalSpy saved(m_view, &RunView::info);
        m_view->exportResultsTo(dir.filePath(QStringLiteral("plan.md")));
        QCOMPARE(saved.count(), 1);
        QFile md(dir.filePath(QStringLiteral("plan.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("## What happened")), qPrintable(markdown));
        QVERIFY2(markdown.contains(m_plan.title), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("| Step 1: Add column priority")), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("| succeeded |")), qPrintable(markdown));
        QVERIFY2(!markdown.contains(QStringLiteral("| failed |")), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("4000")), qPrintable(markdown)); // the backfill's rows
        if (const QString shots = qEnvironmentVariable("SLIPWAY_TEST_SCREENSHOTS"); !shots.isEmpty())
            QFile::copy(md.fileName(), shots + QStringLiteral("/runview_plan_results.md"));

        m_view->exportResultsTo(dir.filePath(QStringLiteral("plan.json")));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 30000);
        QFile json(dir.filePath(QStringLiteral("plan.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray log = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(log.size(), m_plan.steps.size());
        for (int i = 0; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            QVERIFY2(entry.value(QStringLiteral("version")).toString().startsWith(QStringLiteral("plan:")),
                     qPrintable(entry.value(QStringLiteral("version")).toString()));
            QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
            QCOMPARE(entry.value(QStringLiteral("mode")).toString(), QStringLiteral("run"));
            if (m_plan.steps.at(i).backfill)
                QCOMPARE(entry.value(QStringLiteral("rows_affected")).toInt(), 4000);
        }
    }

    void rollBackRestores()
    {
        m_view->setMode(RunView::Mode::Rollback);
        QVERIFY2(previewText().contains(QStringLiteral("(roll back)")), qPrintable(previewText()));
        QVERIFY2(runAndWait(), qPrintable(m_view->summary() + QLatin1Char('\n') + m_view->log()->plainText().right(2500)));
        QVERIFY2(m_view->summary().contains(QStringLiteral("Plan rolled back")), qPrintable(m_view->summary()));
        QCOMPARE(column(), QString());
    }

    // The plan's backfill step takes Pause / Resume, Throttle, batch size and
    // target as a standalone backfill does; pressed before the step starts,
    // it starts paused.
    void backfillControlsDuringPlan()
    {
        m_view->setMode(RunView::Mode::Run);
        auto *pause = m_view->findChild<QPushButton *>(QStringLiteral("runPause"));
        auto *throttle = m_view->findChild<QPushButton *>(QStringLiteral("runThrottle"));
        auto *batch = m_view->findChild<QSpinBox *>(QStringLiteral("runBatchSize"));
        auto *sourceCombo = m_view->findChild<QComboBox *>(QStringLiteral("runSource"));
        QVERIFY(sourceCombo->width() >= sourceCombo->sizeHint().width()); // "Saved migration plan" in full
        QVERIFY(pause->isVisibleTo(m_view));
        QVERIFY(throttle->isVisibleTo(m_view));
        QVERIFY(batch->isVisibleTo(m_view));
        QVERIFY(!pause->isEnabled()); // until the plan runs
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        QVERIFY(pause->isEnabled());
        pause->click(); // before the backfill step: held for it
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        const auto filled = [this] { return scalar("SELECT count(*) FROM rvp_orders WHERE priority = 3").toInt(); };
        QTRY_VERIFY_WITH_TIMEOUT(m_view->log()->plainText().contains(QStringLiteral("Paused.")), 30000);
        QTest::qWait(800);
        const int whilePaused = filled();
        QVERIFY2(whilePaused < 4000, qPrintable(QString::number(whilePaused)));
        QVERIFY(done.isEmpty());
        shoot(QStringLiteral("runview_plan_backfill_paused"));
        batch->setValue(500);
        emit batch->editingFinished();
        QTest::qWait(400);
        QCOMPARE(filled(), whilePaused);
        pause->click(); // Resume
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(m_view->summary()));
        QCOMPARE(filled(), 4000);
        const QString log = m_view->log()->plainText();
        QVERIFY2(log.contains(QStringLiteral("Batch size fixed at 500 keys.")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("Resumed.")), qPrintable(log));
        QVERIFY(!pause->isEnabled());
        QCOMPARE(pause->text(), QStringLiteral("&Pause"));
        TestSandbox::exec(m_uri, QStringLiteral("ALTER TABLE rvp_orders DROP COLUMN priority"));
    }

    void errorSaysWhichStepAndWhere()
    {
        TestSandbox::exec(m_uri, QStringLiteral("ALTER TABLE rvp_orders ADD COLUMN IF NOT EXISTS priority text"));
        m_view->setMode(RunView::Mode::Run);
        QVERIFY(!runAndWait());
        const QString summary = m_view->summary() + QLatin1Char('\n') + m_view->log()->plainText();
        QVERIFY2(summary.contains(QStringLiteral("Step 1 (Add column priority")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("42701")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral(" at line 3, column ")), qPrintable(summary));
        QVERIFY(m_view->preview()->stepRow(0)->text(4).contains(QStringLiteral("FAILED")));
        QCOMPARE(m_view->lastPlanResult().steps.size(), 1);
        // The step's end line and the run's read as errors, not as "ok".
        int endLines = 0;
        for (int i = 0; i < m_view->log()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = m_view->log()->topLevelItem(i);
            if (row->text(2).contains(QStringLiteral("failed; its transaction was rolled back"))
                || row->text(2) == QStringLiteral("Run failed.")) {
                ++endLines;
                QCOMPARE(row->data(1, Qt::UserRole).toInt(), int(RunEventLog::Severity::Error));
            }
        }
        QCOMPARE(endLines, 2);
        shoot(QStringLiteral("runview_plan_failed"));
        TestSandbox::exec(m_uri, QStringLiteral("ALTER TABLE rvp_orders DROP COLUMN IF EXISTS priority"));
    }

    void abortStops()
    {
        m_view->setPlan(slowPlan());
        m_view->setMode(RunView::Mode::Run);
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        waitForSleep();
        m_view->abort();
        QVERIFY(done.wait(20000));
        QVERIFY(!done.first().first().toBool());
        QVERIFY2(m_view->summary().contains(QStringLiteral("Stopped")), qPrintable(m_view->summary()));
        QCOMPARE(scalar("SELECT count(*) FROM rvp_orders WHERE note = 'aborted'"), QStringLiteral("0"));
    }

    void monitorAbortStops()
    {
        auto *monitor = m_window->findChild<Monitor *>();
        QVERIFY(monitor);
        m_view->setPlan(slowPlan());
        QSignalSpy done(m_view, &RunView::finished);
        m_view->start();
        waitForSleep();
        PolicyDecision decision;
        decision.action = PolicyDecision::Action::Abort;
        decision.metric = QStringLiteral("replication_lag");
        decision.reason = QStringLiteral("Replication lag 40 s is above the abort threshold (30 s)");
        emit monitor->decided(decision);
        QVERIFY(done.wait(20000));
        QCOMPARE(m_view->lastPlanResult().status, plan::PlanRunResult::Status::Cancelled);
        QCOMPARE(scalar("SELECT count(*) FROM rvp_orders WHERE note = 'aborted'"), QStringLiteral("0"));
    }

    void planViewRunReachesRunTab()
    {
        m_view->setFolder(QString()); // away from the plan
        PlanView *planView = m_window->openPlanFile(m_planPath);
        QVERIFY(planView);
        QVERIFY(planView->runButton());
        planView->runButton()->click();
        QTabWidget *tabs = nullptr;
        for (QTabWidget *candidate : m_window->findChildren<QTabWidget *>())
            if (candidate->indexOf(m_view) >= 0)
                tabs = candidate;
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget(), m_view);
        QVERIFY(m_view->plan());
        QCOMPARE(m_view->plan()->title, m_plan.title);
        QVERIFY2(previewText().contains(QStringLiteral("Application deploy")), qPrintable(previewText()));
        QVERIFY(m_view->findChild<QLineEdit *>(QStringLiteral("runPath"))->text().endsWith(
            QStringLiteral("add-priority.json")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestRunViewPlanDb)
#include "tst_runview_plan_db.moc"
