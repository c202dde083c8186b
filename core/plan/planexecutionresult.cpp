// PlanExecution::asExecution: a plan run's result as the executor's, so the
// run log and the runbook with results read it as they read a folder run.
#include "planexecution.h"

namespace slipway::plan {

namespace {

run::ItemOutcome::Status itemStatus(PlanStepOutcome::Status status)
{
    using S = PlanStepOutcome::Status;
    switch (status) {
    case S::Succeeded: return run::ItemOutcome::Status::Succeeded;
    case S::Failed: return run::ItemOutcome::Status::Failed;
    case S::Cancelled: return run::ItemOutcome::Status::Cancelled;
    case S::DryRunOk: return run::ItemOutcome::Status::DryRunOk;
    case S::NotRun:
    case S::Skipped: break;
    }
    return run::ItemOutcome::Status::NotRun;
}

run::ExecutionResult::Status runStatus(PlanRunResult::Status status)
{
    switch (status) {
    case PlanRunResult::Status::Succeeded: return run::ExecutionResult::Status::Succeeded;
    case PlanRunResult::Status::Failed: return run::ExecutionResult::Status::Failed;
    case PlanRunResult::Status::Cancelled: return run::ExecutionResult::Status::Cancelled;
    case PlanRunResult::Status::LockHeld: return run::ExecutionResult::Status::LockHeld;
    }
    return run::ExecutionResult::Status::Failed;
}

} // namespace

run::ExecutionResult PlanExecution::asExecution(const MigrationPlan &plan, const PlanRunResult &result, bool down,
                                                QList<run::ExecutionItem> *items)
{
    run::ExecutionResult out;
    out.status = runStatus(result.status);
    out.error = result.error;
    out.invalidIndexes = result.invalidIndexes;
    out.verificationFailed = result.verificationFailed;
    items->clear();
    for (const PlanStepOutcome &step : result.steps) {
        if (step.step < 0 || step.step >= plan.steps.size())
            continue;
        run::ItemOutcome o;
        o.item = int(items->size());
        o.status = itemStatus(step.status);
        o.durationMs = step.durationMs;
        o.rows = step.rows;
        o.attempts = step.attempts;
        o.journalId = step.journalId;
        o.error = step.error;
        if (!o.error.isError() && o.status == run::ItemOutcome::Status::Failed && !step.message.isEmpty())
            o.error = DbError::internal(step.message); // e.g. a backfill that did not validate
        o.errorPosition = step.errorPosition;
        o.verified = step.verified;
        out.items << o;
        *items << item(plan, step.step, down);
    }
    return out;
}

} // namespace slipway::plan
