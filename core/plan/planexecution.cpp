#include "planexecution.h"

#include "planjournal.h"
#include "planrunsupport_p.h"

#include "db/pgconnection.h"
#include "run/migrationexecutor.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <pqxx/pqxx>

#include <mutex>

namespace slipway::plan {

using namespace slipway::run;

PlanRunOptions::PlanRunOptions()
{
    backfill.restart = true;
    execution.applicationName = QStringLiteral("slipway plan");
}

QList<int> PlanExecution::order(const MigrationPlan &plan, bool down)
{
    QList<int> out;
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (!down || plan.steps.at(i).hasDown())
            out << i;
    }
    if (down)
        std::reverse(out.begin(), out.end());
    return out;
}

ExecutionItem PlanExecution::item(const MigrationPlan &plan, int step, bool down)
{
    const PlanStep &s = plan.steps.at(step);
    const QString label = s.title.isEmpty() ? tr("step %1").arg(step + 1) : s.title;
    ExecutionItem item;
    item.name = tr("Step %1: %2").arg(step + 1).arg(label);
    if (down) {
        item.sql = s.rollbackSql;
        item.direction = s.rollbackVerificationSql.isEmpty() ? ExecutionItem::Direction::Down
                                                             : ExecutionItem::Direction::Script;
        item.verifySql = s.rollbackVerificationSql.isEmpty() ? s.verificationSql : s.rollbackVerificationSql;
        return item;
    }
    item.direction = ExecutionItem::Direction::Script;
    item.sql = s.sql;
    if (s.backfill) { // the whole backfill as one statement (dry runs only)
        static const QRegularExpression placeholder(QStringLiteral("\\{\\{batch(:[^}]*)?\\}\\}"));
        item.sql.replace(placeholder, QStringLiteral("TRUE"));
    }
    item.verifySql = s.verificationSql;
    item.rollbackAvailable = s.hasDown();
    return item;
}

struct PlanRunner::Private {
    PlanRunOptions options;
    ProgressSink progress;
    std::function<void(const ExecutionEvent &)> events;
    std::function<void(int)> stepStarted;
    std::function<void(const BackfillProgress &)> backfillProgress;
    std::function<void(const BackfillEvent &)> backfillEvent;
    std::mutex mutex;
    std::optional<PolicyDecision> throttle; // a policy Throttle not yet lifted
    // A person's controls given before the backfill step started, for it.
    struct HeldControls {
        bool paused = false;
        std::optional<QString> throttled; // the reason
        std::optional<int> batchSize;
        std::optional<int> targetMs;
    } held;
    MigrationExecutor *executor = nullptr;
    BackfillRunner *backfill = nullptr;
    bool cancelled = false;

    void say(const QString &line) const
    {
        if (progress)
            progress(line);
    }
    bool isCancelled()
    {
        std::lock_guard lock(mutex);
        return cancelled;
    }
    PlanStepOutcome runSql(PgConnection &conn, const MigrationPlan &plan, int step, PlanRunResult &result);
    PlanStepOutcome runBackfill(PgConnection &conn, const QString &conninfo, const MigrationPlan &plan, int index,
                                PlanRunResult &result);
    QString conninfo; // of the run, to record an outcome after the connection was lost
    qint64 journalBegin(PgConnection &conn, const migrations::JournalEntry &entry, int step) const
    {
        QString why;
        const qint64 id = PlanJournal::begin(conn, entry, &why);
        if (!id)
            say(tr("Step %1: could not record it in slipway.journal: %2").arg(step + 1).arg(why));
        return id;
    }
    void journalFinish(PgConnection &conn, qint64 id, const migrations::JournalEntry &outcome, int step) const
    {
        QString why;
        if (!PlanJournal::finish(conn, conninfo, id, outcome, &why))
            say(tr("Step %1: could not record its outcome in slipway.journal (row %2 stays 'running'): %3")
                    .arg(step + 1)
                    .arg(id)
                    .arg(why));
    }
    void dryRun(PgConnection &conn, const MigrationPlan &plan, PlanRunResult &result);
    void applyHeld(BackfillRunner &runner) const // under mutex
    {
        if (held.batchSize)
            runner.setBatchSize(*held.batchSize);
        if (held.targetMs)
            runner.setTargetBatchMs(*held.targetMs);
        if (held.throttled)
            runner.throttle(-1, *held.throttled);
        if (held.paused)
            runner.pause();
    }
    // Runs control on the running backfill, or records it in held; under mutex.
    template<typename Control, typename Hold>
    bool control(Control &&onRunner, Hold &&onHeld)
    {
        std::lock_guard lock(mutex);
        onHeld(held); // the next backfill step starts as this one goes on
        if (!backfill)
            return false;
        onRunner(*backfill);
        return true;
    }
};

namespace {

PlanRunResult::Status statusOf(ExecutionResult::Status status)
{
    switch (status) {
    case ExecutionResult::Status::Succeeded: return PlanRunResult::Status::Succeeded;
    case ExecutionResult::Status::Failed: return PlanRunResult::Status::Failed;
    case ExecutionResult::Status::Cancelled: return PlanRunResult::Status::Cancelled;
    case ExecutionResult::Status::LockHeld: return PlanRunResult::Status::LockHeld;
    }
    return PlanRunResult::Status::Failed;
}

PlanStepOutcome::Status outcomeStatus(ItemOutcome::Status status)
{
    switch (status) {
    case ItemOutcome::Status::NotRun: return PlanStepOutcome::Status::NotRun;
    case ItemOutcome::Status::Succeeded: return PlanStepOutcome::Status::Succeeded;
    case ItemOutcome::Status::Failed: return PlanStepOutcome::Status::Failed;
    case ItemOutcome::Status::Cancelled: return PlanStepOutcome::Status::Cancelled;
    case ItemOutcome::Status::DryRunOk: return PlanStepOutcome::Status::DryRunOk;
    }
    return PlanStepOutcome::Status::NotRun;
}

// One boolean row: false fails; an error fails; anything else passes.
bool verifyQuery(PgConnection &conn, const QString &sql, QString *why)
{
    try {
        pqxx::nontransaction tx(conn, "slipway plan verify");
        const pqxx::result r = tx.exec(sql.toStdString());
        if (r.size() == 1 && r.columns() >= 1 && !r[0][0].is_null()) {
            const std::string value = r[0][0].c_str();
            if (value == "f" || value == "false") {
                *why = PlanRunner::tr("the verify query returned false");
                return false;
            }
        }
        return true;
    } catch (const std::exception &e) {
        *why = DbError::fromException(e).message;
        return false;
    }
}

} // namespace

PlanStepOutcome PlanRunner::Private::runSql(PgConnection &conn, const MigrationPlan &plan, int step,
                                            PlanRunResult &result)
{
    ExecutionOptions execution = options.execution;
    execution.mode = ExecutionOptions::Mode::Run;
    execution.journal = false; // journaled here, under the plan's step key
    MigrationExecutor executor(execution);
    const ExecutionItem item = PlanExecution::item(plan, step, options.down);
    qint64 journalId = 0;
    // The row is written once the executor holds the runner lock and starts
    // the step (no transaction is open on conn then).
    executor.setEventSink([&, sink = events](const ExecutionEvent &event) {
        if (event.kind == ExecutionEvent::Kind::ItemStarted)
            journalId = journalBegin(conn, PlanJournal::started(plan, step, item, options.execution.runLog), step);
        if (sink)
            sink(event);
    });
    {
        std::lock_guard lock(mutex);
        if (cancelled) {
            PlanStepOutcome out;
            out.step = step;
            out.status = PlanStepOutcome::Status::Cancelled;
            out.message = tr("Cancelled.");
            return out;
        }
        this->executor = &executor;
    }
    const ExecutionResult r = executor.run(conn, {item});
    {
        std::lock_guard lock(mutex);
        this->executor = nullptr;
    }
    PlanStepOutcome out;
    out.step = step;
    out.journalId = journalId;
    if (!r.items.isEmpty()) {
        const ItemOutcome &o = r.items.constFirst();
        out.status = outcomeStatus(o.status);
        out.verified = o.verified;
        out.durationMs = o.durationMs;
        out.rows = o.rows;
        out.error = o.error;
        out.errorPosition = o.errorPosition;
        out.attempts = o.attempts;
        if (journalId)
            journalFinish(conn, journalId, PlanJournal::outcome(o, item, options.down, r.connectionLost ? 0 : conn.server_version()), step);
    }
    if (!out.error.isError())
        out.error = r.error;
    out.message = r.error.message;
    result.invalidIndexes += r.invalidIndexes;
    if (!r.succeeded()) {
        result.status = statusOf(r.status);
        result.error = r.error;
        result.message = r.status == ExecutionResult::Status::LockHeld
                             ? tr("Another runner holds the migration lock: %1").arg(r.lockHolder)
                             : r.error.message;
        if (out.status == PlanStepOutcome::Status::NotRun)
            out.status = PlanStepOutcome::Status::Failed;
    }
    if (r.verificationFailed)
        result.verificationFailed = true;
    return out;
}

PlanStepOutcome PlanRunner::Private::runBackfill(PgConnection &conn, const QString &conninfo, const MigrationPlan &plan,
                                                 int index, PlanRunResult &result)
{
    const PlanStep &step = plan.steps.at(index);
    PlanStepOutcome out;
    out.step = index;
    BackfillRunner runner;
    if (isCancelled()) {
        out.status = PlanStepOutcome::Status::Cancelled;
        return out;
    }
    if (backfillProgress)
        QObject::connect(&runner, &BackfillRunner::progressed, backfillProgress);
    if (backfillEvent)
        QObject::connect(&runner, &BackfillRunner::eventAdded, backfillEvent);
    QElapsedTimer timer;
    timer.start();
    // A backfill step is part of the migration run: it holds the migration
    // lock as a SQL step does, so no other runner goes in between and no one
    // takes its journal row for one a crashed run left 'running'.
    std::optional<MigrationLockHold> hold;
    if (options.execution.takeRunnerLock) {
        hold.emplace(conn);
        QString why;
        if (!hold->acquire(options.execution.waitForRunnerLockMs, [this] { return isCancelled(); }, &why)) {
            out.status = isCancelled() ? PlanStepOutcome::Status::Cancelled : PlanStepOutcome::Status::Failed;
            result.status = isCancelled() ? PlanRunResult::Status::Cancelled : PlanRunResult::Status::LockHeld;
            result.error = DbError::internal(why);
            result.message = why;
            out.message = why;
            return out;
        }
    }
    ExecutionItem shown; // what the journal shows: the equivalent single statement
    shown.name = PlanExecution::item(plan, index, false).name;
    shown.sql = step.sql;
    out.journalId = journalBegin(conn, PlanJournal::started(plan, index, shown, options.execution.runLog), index);
    const bool started = runner.start(conninfo, *step.backfill, options.backfill);
    if (started) {
        {
            // Controls only reach a started runner (start() begins a fresh state).
            std::lock_guard lock(mutex);
            backfill = &runner;
            if (throttle)
                runner.applyDecision(*throttle);
            applyHeld(runner);
            if (cancelled)
                runner.abort(tr("Cancelled on request."), true);
        }
        runner.wait();
    }
    {
        std::lock_guard lock(mutex);
        backfill = nullptr;
    }
    const BackfillResult r = runner.result();
    out.backfill = r;
    out.durationMs = timer.elapsed();
    out.rows = r.rowsThisRun;
    out.message = r.message;
    out.error = r.error;
    if (out.journalId)
        journalFinish(conn, out.journalId, PlanJournal::outcome(r, started), index);
    if (!started || r.state != BackfillState::Done) {
        out.status = r.state == BackfillState::Aborted ? PlanStepOutcome::Status::Cancelled
                                                       : PlanStepOutcome::Status::Failed;
        result.status = r.state == BackfillState::LockHeld  ? PlanRunResult::Status::LockHeld
                        : r.state == BackfillState::Aborted ? PlanRunResult::Status::Cancelled
                                                            : PlanRunResult::Status::Failed;
        result.error = r.error;
        result.message = r.message.isEmpty() ? tr("The backfill %1 did not finish.").arg(step.backfill->name)
                                             : r.message;
        return out;
    }
    out.status = PlanStepOutcome::Status::Succeeded;
    say(tr("Step %1: backfill %2 done: %n row(s) in %3 batches.", nullptr, int(r.rowsThisRun))
            .arg(index + 1)
            .arg(step.backfill->name)
            .arg(r.batches));
    if (options.execution.verify && !step.verificationSql.trimmed().isEmpty()) {
        QString why;
        out.verified = verifyQuery(conn, step.verificationSql, &why);
        if (!*out.verified) {
            result.verificationFailed = true;
            out.message = why;
        }
        say(*out.verified ? tr("Step %1: verification passed.").arg(index + 1)
                          : tr("Step %1: verification FAILED: %2").arg(index + 1).arg(why));
    }
    return out;
}

void PlanRunner::Private::dryRun(PgConnection &conn, const MigrationPlan &plan, PlanRunResult &result)
{
    ExecutionOptions execution = options.execution;
    execution.mode = ExecutionOptions::Mode::DryRun;
    execution.journal = false;
    execution.verify = false; // skipped CONCURRENTLY statements would fail their checks
    QList<int> steps = PlanExecution::order(plan, options.down);
    if (!options.only.isEmpty())
        steps.removeIf([this](int step) { return !options.only.contains(step); });
    QList<ExecutionItem> items;
    for (int step : steps)
        items << PlanExecution::item(plan, step, options.down);
    MigrationExecutor executor(execution);
    executor.setEventSink([this, &steps, sink = events](const ExecutionEvent &event) {
        if (event.kind == ExecutionEvent::Kind::ItemStarted && stepStarted && event.item >= 0
            && event.item < steps.size())
            stepStarted(steps.at(event.item));
        if (sink)
            sink(event);
    });
    {
        std::lock_guard lock(mutex);
        this->executor = &executor;
    }
    const ExecutionResult r = executor.run(conn, items);
    {
        std::lock_guard lock(mutex);
        this->executor = nullptr;
    }
    for (int i = 0; i < steps.size(); ++i) {
        PlanStepOutcome out;
        out.step = steps.at(i);
        if (i < r.items.size()) {
            out.status = outcomeStatus(r.items.at(i).status);
            out.durationMs = r.items.at(i).durationMs;
            out.rows = r.items.at(i).rows;
        }
        result.steps << out;
    }
    if (!r.succeeded()) {
        result.status = statusOf(r.status);
        result.error = r.error;
        result.message = r.error.message;
    }
}

PlanRunner::PlanRunner(const PlanRunOptions &options) : d(std::make_unique<Private>())
{
    d->options = options;
}

PlanRunner::~PlanRunner() = default;

void PlanRunner::setProgressSink(ProgressSink sink) { d->progress = std::move(sink); }

void PlanRunner::setExecutionEventSink(std::function<void(const ExecutionEvent &)> sink)
{
    d->events = std::move(sink);
}

void PlanRunner::setStepSink(std::function<void(int)> sink) { d->stepStarted = std::move(sink); }

void PlanRunner::setBackfillSinks(std::function<void(const BackfillProgress &)> progress,
                                  std::function<void(const BackfillEvent &)> event)
{
    d->backfillProgress = std::move(progress);
    d->backfillEvent = std::move(event);
}

bool PlanRunner::applyDecision(const PolicyDecision &decision)
{
    {
        std::lock_guard lock(d->mutex);
        if (decision.action == PolicyDecision::Action::Throttle)
            d->throttle = decision;
        else
            d->throttle.reset();
        if (d->backfill) {
            d->backfill->applyDecision(decision);
            if (decision.action == PolicyDecision::Action::Abort)
                d->cancelled = true;
            return true;
        }
    }
    if (decision.action == PolicyDecision::Action::Abort)
        cancel();
    return false;
}

bool PlanRunner::pauseBackfill()
{
    return d->control([](BackfillRunner &r) { r.pause(); }, [](Private::HeldControls &h) { h.paused = true; });
}

bool PlanRunner::resumeBackfill()
{
    return d->control([](BackfillRunner &r) { r.resume(); }, [](Private::HeldControls &h) {
        h.paused = false;
        h.throttled.reset();
    });
}

bool PlanRunner::throttleBackfill(const QString &reason)
{
    return d->control([&reason](BackfillRunner &r) { r.throttle(-1, reason); },
                      [&reason](Private::HeldControls &h) { h.throttled = reason; });
}

bool PlanRunner::unthrottleBackfill()
{
    return d->control([](BackfillRunner &r) { r.unthrottle(); },
                      [](Private::HeldControls &h) { h.throttled.reset(); });
}

bool PlanRunner::setBackfillBatchSize(int rows)
{
    return d->control([rows](BackfillRunner &r) { r.setBatchSize(rows); },
                      [rows](Private::HeldControls &h) { h.batchSize = rows; });
}

bool PlanRunner::setBackfillTargetMs(int ms)
{
    return d->control([ms](BackfillRunner &r) { r.setTargetBatchMs(ms); },
                      [ms](Private::HeldControls &h) { h.targetMs = ms; });
}

bool PlanRunner::isBackfillRunning() const
{
    std::lock_guard lock(d->mutex);
    return d->backfill != nullptr;
}

void PlanRunner::cancel()
{
    std::lock_guard lock(d->mutex);
    d->cancelled = true;
    if (d->executor)
        d->executor->cancel();
    if (d->backfill)
        d->backfill->abort(tr("Cancelled on request."), true);
}

PlanRunResult PlanRunner::run(const QString &conninfo, const MigrationPlan &plan)
{
    PlanRunResult result;
    std::unique_ptr<PgConnection> conn;
    try {
        conn = std::make_unique<PgConnection>(conninfo.toStdString());
    } catch (const std::exception &e) {
        result.status = PlanRunResult::Status::Failed;
        result.error = DbError::fromConnectFailure(QString::fromUtf8(e.what()));
        result.message = result.error.message;
        return result;
    }
    d->conninfo = conninfo;
    if (d->options.dryRun) {
        d->dryRun(*conn, plan, result);
        return result;
    }
    for (int step : PlanExecution::order(plan, d->options.down)) {
        if (!d->options.only.isEmpty() && !d->options.only.contains(step))
            continue;
        const PlanStep &s = plan.steps.at(step);
        d->say(tr("Step %1 %2: %3").arg(step + 1).arg(d->options.down ? tr("down") : tr("up"), s.title));
        if (d->stepStarted)
            d->stepStarted(step);
        const PlanStepOutcome out = PlanExecution::runsBackfill(s, d->options.down)
                                        ? d->runBackfill(*conn, conninfo, plan, step, result)
                                        : d->runSql(*conn, plan, step, result);
        result.steps << out;
        if (out.status == PlanStepOutcome::Status::Cancelled && result.status == PlanRunResult::Status::Succeeded)
            result.status = PlanRunResult::Status::Cancelled;
        if (result.status != PlanRunResult::Status::Succeeded || result.verificationFailed)
            break;
    }
    return result;
}

} // namespace slipway::plan
