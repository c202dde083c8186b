#pragma once

#include "migrationplan.h"

#include "db/dberror.h"
#include "run/backfillprogress.h"
#include "run/backfillrunner.h"
#include "run/executionevent.h"
#include "run/executionitem.h"
#include "run/executionoptions.h"
#include "run/executionresult.h"
#include "monitor/policydecision.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace slipway::plan {

struct PlanRunOptions {
    bool down = false;   // run the steps' rollback SQL, last step first
    bool dryRun = false; // SQL steps in one rolled-back transaction; backfills are only listed
    QList<int> only;     // not empty: just these steps (e.g. up to an application deploy), in plan order
    run::ExecutionOptions execution;  // timeouts, retries, runner lock (mode is set from down/dryRun)
    run::BackfillOptions backfill;    // for backfill steps (restart defaults to true: the predicate picks the rows)
    PlanRunOptions();
};

// How one step of the plan went.
struct PlanStepOutcome {
    enum class Status { NotRun, Succeeded, Failed, Cancelled, Skipped, DryRunOk };

    int step = -1;                     // index into MigrationPlan::steps
    Status status = Status::NotRun;
    std::optional<bool> verified;      // the step's verify query ran: passed or not
    qint64 durationMs = -1;
    qint64 rows = -1;
    QString message;                   // why it failed or was skipped
    std::optional<run::BackfillResult> backfill;
    qint64 journalId = 0;              // its slipway.journal row (0: none, e.g. a dry run)
    DbError error;                     // SQLSTATE, detail, hint of a failed step
    TextPosition errorPosition;        // line/column in the step's SQL
    int attempts = 0;                  // tries of a SQL step (2+: lock-timeout retries)
};

struct PlanRunResult {
    enum class Status { Succeeded, Failed, Cancelled, LockHeld };

    Status status = Status::Succeeded;
    QList<PlanStepOutcome> steps;      // in the order run
    DbError error;
    QString message;
    bool verificationFailed = false;
    QList<run::InvalidIndex> invalidIndexes;

    bool succeeded() const { return status == Status::Succeeded && !verificationFailed; }
};

// What a plan becomes for the runner: which steps run in which order, and
// the executor item of a SQL step. Pure.
class PlanExecution {
    Q_DECLARE_TR_FUNCTIONS(PlanExecution)

public:
    // Up: every step in order. Down: the steps with rollback SQL, last first.
    static QList<int> order(const MigrationPlan &plan, bool down);
    // The item the executor runs for a SQL step (not for a backfill step going up).
    static run::ExecutionItem item(const MigrationPlan &plan, int step, bool down);
    static bool runsBackfill(const PlanStep &step, bool down) { return !down && step.backfill.has_value(); }
    // A finished plan run in the executor's shapes, for the JSON run log and
    // the runbook with results: one item per step that ran, in run order (a
    // backfill step as its equivalent single statement), each outcome with
    // its journal row's id. (planexecutionresult.cpp)
    static run::ExecutionResult asExecution(const MigrationPlan &plan, const PlanRunResult &result, bool down,
                                            QList<run::ExecutionItem> *items);
};

// Runs a plan on a database, blocking the calling thread: SQL steps through
// run::MigrationExecutor on one connection (timeouts, retries, runner lock,
// verify after each step), backfill steps through run::BackfillRunner on its
// own connection, then the step's verify query. Stops at the first failure.
// Each step that runs (not in a dry run) is a row of slipway.journal (see
// PlanJournal), with options.execution.runLog as its run log.
class PlanRunner {
    Q_DECLARE_TR_FUNCTIONS(PlanRunner)

public:
    using ProgressSink = std::function<void(const QString &line)>; // one translated line per step event

    explicit PlanRunner(const PlanRunOptions &options = {});
    ~PlanRunner();
    PlanRunner(const PlanRunner &) = delete;
    PlanRunner &operator=(const PlanRunner &) = delete;

    void setProgressSink(ProgressSink sink);
    void setExecutionEventSink(std::function<void(const run::ExecutionEvent &)> sink);
    // Called (on the running thread) as each step starts: its index into
    // MigrationPlan::steps. In a dry run, as the executor starts its item.
    void setStepSink(std::function<void(int step)> sink);
    // A backfill step's progress and events, from the backfill's own thread.
    void setBackfillSinks(std::function<void(const run::BackfillProgress &)> progress,
                          std::function<void(const run::BackfillEvent &)> event);

    PlanRunResult run(const QString &conninfo, const MigrationPlan &plan);
    // Thread-safe: cancels the running statement or backfill batch.
    void cancel();
    // Thread-safe: the abort policy's decision. Abort cancels the run; during
    // a backfill step the backfill takes Throttle/Resume/Abort (and logs it as
    // its event: true is returned); a Throttle outside a backfill holds the
    // next backfill step until a Resume.
    bool applyDecision(const PolicyDecision &decision);

    // Thread-safe: a person's controls of a backfill step, as the Run tab
    // gives them for a standalone backfill (run::BackfillRunner's pause,
    // resume, throttle, batch size and target; they take effect between
    // batches and are logged as the backfill's events). True when a backfill
    // step is running and took it; false when it is held for the next
    // backfill step of this run, which then starts with it.
    bool pauseBackfill();
    bool resumeBackfill(); // from a pause; also lifts a throttle
    bool throttleBackfill(const QString &reason = {}); // holds the batches until unthrottled
    bool unthrottleBackfill();
    bool setBackfillBatchSize(int rows); // 0: adapts to the target duration again
    bool setBackfillTargetMs(int ms);
    bool isBackfillRunning() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace slipway::plan
