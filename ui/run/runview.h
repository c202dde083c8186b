#pragma once

#include "run/backfillprogress.h"
#include "run/executionevent.h"
#include "run/executionitem.h"
#include "run/executionresult.h"
#include "monitor/policydecision.h"
#include "plan/migrationplan.h"
#include "plan/planexecution.h"
#include "runrecorder.h"
#include "settings/preferences.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace slipway {

class ActiveConnection;
class LocalStore;
class MonitorController;
class PlanRunJob;
class RunEventLog;
class RunPreview;
class Session;
namespace run {
class BackfillRunner;
class RunController;
} // namespace run
struct DbError;

// Migration > Run: pick what to run (the pending migrations of a folder, an
// editor's script, a backfill spec or a saved migration plan), see the plan (statements, the lock
// each takes, outside-transaction steps), then dry-run, run or roll back with
// the live log and progress on the left and the monitor's charts on the
// right. The run has its own connection (never the window's), the abort
// policy stops it, and Abort / Pause / Resume are always one click away.
class RunView : public QWidget {
    Q_OBJECT

public:
    enum class Source { Folder, Script, Backfill, Plan };
    enum class Mode { DryRun, Run, Rollback, DryRunEach };
    enum class ResultsFormat { Pdf, Html, Markdown, JsonLog };

    RunView(ActiveConnection *connection, MonitorController *monitor, QWidget *parent = nullptr);
    ~RunView() override;

    void setPreferences(const Preferences &preferences) { m_preferences = preferences; }
    // Keeps every run (title, log, outcome) in the store for Migration > Past Runs.
    void setLocalStore(LocalStore *store);
    void setFolder(const QString &folder);
    void setScript(const QString &sql, const QString &label, const QString &path = {});
    QString script() const { return m_scriptSql; }
    void setBackfillSpec(const QString &path);
    // A saved migration plan (.json): its steps run in order (Run), in one
    // rolled-back transaction (Dry run) or its down steps last first (Roll back).
    void setPlanFile(const QString &path);
    void setPlan(const plan::MigrationPlan &plan, const QString &path = {});
    const std::optional<plan::MigrationPlan> &plan() const { return m_plan; }
    void setMode(Mode mode);
    // Reads the plan again (pending migrations need the server).
    void refreshPlan();
    // Starts the chosen run (asks to type the database name on production).
    void start();
    // Starts as soon as the plan is ready on a connection (`slipway --run … --start`).
    void startWhenReady();
    void abort();
    bool isRunning() const;
    bool isPlanning() const { return m_planning; }
    // Set to run a folder's migrations, and no folder chosen yet.
    bool isWaitingForFolder() const;

    RunPreview *preview() const { return m_preview; }
    RunEventLog *log() const { return m_log; }
    QString summary() const;
    // The last run's runbook with what happened, or its JSON run log (which
    // reads the journal on the session: saved a moment later). The file's
    // suffix, when it has a known one, chooses the format.
    void exportResultsTo(const QString &path, ResultsFormat format = ResultsFormat::Pdf);
    const run::ExecutionResult &lastResult() const { return m_lastResult; }
    const plan::PlanRunResult &lastPlanResult() const { return m_lastPlanResult; }
    run::BackfillRunner *backfillRunner() const { return m_backfill.get(); }

signals:
    void runningChanged(bool running);
    void finished(bool succeeded);
    void info(const QString &message);
    void warning(const QString &message);

private:
    Source source() const;
    Mode mode() const;
    void setUpRecording();
    void setUpPolicy();
    void excuseOwnRollbacks(); // our own rollbacks are in the error rate for a few seconds
    QString runTitle() const; // e.g. 'Run: 2 migrations', 'Backfill: orders_note.json'
    void updateControls();
    void setSummary(int severity, const QString &text);
    // Opens the run's own session (once per connection), then calls next.
    void withSession(std::function<void()> next);
    void planFolder(bool thenStart);
    void showItems(const QList<run::ExecutionItem> &items, const QStringList &appliedVersions);
    void startItems();
    void startBackfill();
    QWidget *buildBackfillControls();
    void onExecutionEvent(const run::ExecutionEvent &event);
    void onExecutionFinished(const run::ExecutionResult &result);
    void onBackfillProgress(const run::BackfillProgress &progress);
    void showBackfillOnCharts(const run::BackfillProgress &progress);
    void clearBackfillFromCharts();
    void onBackfillFinished(const run::BackfillResult &result);
    void onDecision(const PolicyDecision &decision);
    // The saved plan's half (runviewplan.cpp).
    void showPlanPreview();
    void startPlan();
    void choosePlanFile();
    bool planHasWork() const;
    void onPlanStep(int step);
    void onPlanEvent(const run::ExecutionEvent &event);
    void onPlanFinished(const plan::PlanRunResult &result);
    // A decision during a plan run; true when it was handled.
    bool onPlanDecision(const PolicyDecision &decision);
    bool abortPlan();
    // The plan about to run (Run mode) has a backfill step: the backfill controls show.
    bool planRunsBackfill() const;
    // A backfill control during a plan run: control(runner) is true when a
    // backfill step took it, false when held for the next one (heldText is
    // logged then). False when no plan runs.
    bool controlPlanBackfill(const std::function<bool(plan::PlanRunner &)> &control, const QString &heldText);
    // The user's pause/resume/abort as a marker on the monitor's charts.
    void markOnCharts(PolicyDecision::Action action, const QString &reason);
    void fail(const QString &what, const DbError &error);
    bool confirmProduction();
    // Runbook (PDF, HTML, Markdown) with what happened, or the JSON run log.
    void exportRunbookWithResults();

    ActiveConnection *m_connection = nullptr;
    MonitorController *m_monitor = nullptr;
    Preferences m_preferences;
    Session *m_session = nullptr; // the run's own connection
    QString m_sessionConninfo;
    std::unique_ptr<run::RunController> m_runner;
    std::unique_ptr<run::BackfillRunner> m_backfill;
    QList<run::ExecutionItem> m_items;
    QString m_scriptSql;
    QString m_scriptLabel;
    QString m_scriptPath;
    run::ExecutionResult m_lastResult;
    int m_itemsDone = 0;
    int m_statementsDone = 0;
    bool m_running = false;
    bool m_planning = false;
    bool m_autoStart = false;

    QComboBox *m_source = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_rollbackTo = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_throttle = nullptr; // checkable: hold batches until unchecked
    QSpinBox *m_batchSize = nullptr;   // 0: adaptive
    QSpinBox *m_targetMs = nullptr;
    QPushButton *m_abort = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_dryRunNote = nullptr; // what a single-transaction dry run does to the locks
    QLabel *m_summaryIcon = nullptr;
    QLabel *m_summary = nullptr;
    RunPreview *m_preview = nullptr;
    RunEventLog *m_log = nullptr;
    QPushButton *m_exportResults = nullptr;
    RunRecorder m_recorder;
    QList<run::ExecutionItem> m_runItems;   // what the last run ran
    QList<run::ExecutionEvent> m_runEvents; // and what it reported
    std::optional<plan::MigrationPlan> m_plan; // Source::Plan
    QString m_planPath;
    std::unique_ptr<PlanRunJob> m_planRun;
    plan::PlanRunResult m_lastPlanResult;
    std::optional<plan::MigrationPlan> m_runPlan; // the plan the last run ran (for its runbook with results)
    QString m_runPlanMode;                        // "run", "dry-run" or "rollback"
    QList<run::BackfillEvent> m_runBackfillEvents; // of the last plan run's backfill steps
    QList<int> m_planOrder;   // the steps of the running plan, in run order
    int m_planPosition = -1;  // where in m_planOrder the run is
    int m_planStatements = 0; // of the current step, done
    TextPosition m_planErrorAt; // of the last error event
    bool m_planBackfillPaused = false; // Pause pressed during this plan run (and not resumed)
};

} // namespace slipway
