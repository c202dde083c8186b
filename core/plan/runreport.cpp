#include "runreport.h"

#include "planexecution.h"

#include "monitor/monitorseries.h"
#include "monitor/policydecision.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace slipway::plan {

namespace {

QString itemStatus(run::ItemOutcome::Status status)
{
    using S = run::ItemOutcome::Status;
    switch (status) {
    case S::NotRun: return QStringLiteral("not run");
    case S::Succeeded: return QStringLiteral("succeeded");
    case S::Failed: return QStringLiteral("failed");
    case S::Cancelled: return QStringLiteral("cancelled");
    case S::DryRunOk: return QStringLiteral("dry run ok");
    }
    return QString();
}

QString errorText(const DbError &error)
{
    QString text = error.message;
    if (!error.detail.isEmpty())
        text += QStringLiteral(" — ") + error.detail;
    if (!error.hint.isEmpty())
        text += QStringLiteral(" (") + RunReport::tr("hint: %1").arg(error.hint) + QLatin1Char(')');
    return text;
}

// The largest value of a series inside [from, to] and when it was reached.
RunReport::Peak peakOf(const TimeSeries *series, qint64 fromMs, qint64 toMs)
{
    RunReport::Peak peak;
    if (!series)
        return peak;
    for (const SeriesPoint &p : series->range(fromMs, toMs)) {
        if (p.value > peak.value) {
            peak.value = p.value;
            peak.at = QDateTime::fromMSecsSinceEpoch(p.ms, Qt::UTC);
        }
    }
    return peak;
}

RunReport::Statement &statementFor(QList<RunReport::Statement> &list, int item, int statement)
{
    for (RunReport::Statement &s : list) {
        if (s.item == item && s.statement == statement)
            return s;
    }
    RunReport::Statement s;
    s.item = item;
    s.statement = statement;
    list << s;
    return list.last();
}

} // namespace

void RunReport::addExecution(const run::ExecutionResult &result, const QList<run::ExecutionItem> &runItems,
                             const QList<run::ExecutionEvent> &runEvents)
{
    using Kind = run::ExecutionEvent::Kind;
    status = run::ExecutionResult::statusName(result.status);
    if (result.error.isError()) {
        error = errorText(result.error);
        errorSqlState = result.error.sqlState;
    }
    for (const run::ItemOutcome &o : result.items) {
        Item item;
        if (o.item >= 0 && o.item < runItems.size())
            item.label = runItems.at(o.item).displayName();
        item.version = o.version;
        item.status = itemStatus(o.status);
        item.durationMs = o.durationMs;
        item.rows = o.rows;
        item.attempts = o.attempts;
        item.verified = o.verified;
        if (o.error.isError()) {
            item.sqlState = o.error.sqlState;
            item.error = errorText(o.error);
            item.errorLine = o.errorPosition.line;
        }
        items << item;
    }
    for (const run::ExecutionEvent &e : runEvents) {
        switch (e.kind) {
        case Kind::RunStarted:
            if (!startedAt.isValid())
                startedAt = e.at;
            break;
        case Kind::RunFinished: finishedAt = e.at; break;
        case Kind::StatementStarted: statementFor(statements, e.item, e.statement).line = e.range.from.line; break;
        case Kind::StatementFinished: {
            Statement &s = statementFor(statements, e.item, e.statement);
            s.durationMs = e.durationMs;
            s.rows = e.rows;
            s.attempts = qMax(s.attempts, e.attempt);
            break;
        }
        case Kind::StatementSkipped: statementFor(statements, e.item, e.statement).skipped = true; break;
        case Kind::Retry:
            if (e.statement >= 0)
                statementFor(statements, e.item, e.statement).attempts = qMax(1, e.attempt);
            break;
        case Kind::Error:
            if (e.statement >= 0) {
                Statement &s = statementFor(statements, e.item, e.statement);
                s.failed = true;
                s.sqlState = e.error.sqlState;
                s.error = errorText(e.error);
                if (e.position.line > 0 && s.line == 0)
                    s.line = e.position.line;
            }
            break;
        default: break;
        }
    }
}

void RunReport::addBackfill(const run::BackfillResult &result, const QList<run::BackfillEvent> &backfillEvents)
{
    using K = run::BackfillEvent::Kind;
    Backfill b;
    b.state = run::backfillStateName(result.state);
    b.rowsThisRun = result.rowsThisRun;
    b.rowsDone = result.rowsDone;
    b.batches = result.batches;
    b.seconds = result.seconds;
    b.message = result.message;
    b.sqlState = result.error.sqlState;
    b.dryRun = result.dryRun;
    backfill = b;
    if (status.isEmpty())
        status = b.state;
    if (result.error.isError() && error.isEmpty()) {
        error = errorText(result.error);
        errorSqlState = result.error.sqlState;
    }
    for (const run::BackfillEvent &e : backfillEvents) {
        if (e.kind == K::Started || e.kind == K::Resumed) {
            if (!startedAt.isValid())
                startedAt = e.at;
        }
        if (e.kind == K::Done || e.kind == K::Aborted || e.kind == K::Failed)
            finishedAt = e.at;
        const bool control = e.kind == K::Throttled || e.kind == K::Paused || e.kind == K::Aborted
                             || (e.kind == K::Resumed && e.source != run::BackfillEvent::Source::Runner);
        if (!control)
            continue;
        Event ev;
        ev.at = e.at;
        ev.action = run::BackfillEvent::kindName(e.kind);
        ev.source = run::BackfillEvent::sourceName(e.source);
        ev.reason = e.message;
        ev.metric = e.metric;
        ev.value = e.value;
        ev.threshold = e.threshold;
        events << ev;
    }
}

void RunReport::addPlanRun(const PlanRunResult &result, const QList<run::BackfillEvent> &backfillEvents)
{
    itemSteps.clear();
    const QDateTime started = startedAt; // of the SQL steps' executors
    const QDateTime finished = finishedAt;
    startedAt = {};
    for (const PlanStepOutcome &step : result.steps) {
        const int item = int(itemSteps.size());
        itemSteps << step.step;
        if (!step.backfill)
            continue;
        Statement &s = statementFor(statements, item, 0);
        s.line = 1;
        s.durationMs = step.durationMs;
        s.rows = step.rows;
        s.failed = step.status == PlanStepOutcome::Status::Failed || step.status == PlanStepOutcome::Status::Cancelled;
        s.sqlState = step.error.sqlState;
        if (s.failed)
            s.error = step.error.isError() ? errorText(step.error) : step.message;
        addBackfill(*step.backfill, backfillEvents);
    }
    // The whole run: from the first step's start to the last one's end.
    if (started.isValid() && (!startedAt.isValid() || started < startedAt))
        startedAt = started;
    if (finished.isValid() && (!finishedAt.isValid() || finished > finishedAt))
        finishedAt = finished;
    std::sort(statements.begin(), statements.end(), [](const Statement &a, const Statement &b) {
        return a.item != b.item ? a.item < b.item : a.statement < b.statement;
    });
}

void RunReport::addDecision(const PolicyDecision &decision)
{
    for (const Event &e : std::as_const(events)) {
        if (e.source == QLatin1String("policy") && e.at == decision.at && e.reason == decision.reason)
            return; // the backfill logged it already
    }
    Event ev;
    ev.at = decision.at;
    ev.action = PolicyDecision::actionName(decision.action);
    ev.source = QStringLiteral("policy");
    ev.reason = decision.reason;
    ev.metric = decision.metric;
    ev.value = decision.value;
    ev.threshold = decision.threshold;
    events << ev;
}

void RunReport::addMonitor(const MonitorSeries &series)
{
    const qint64 from = startedAt.isValid() ? startedAt.toMSecsSinceEpoch() - 1000 : 0;
    const qint64 to = finishedAt.isValid() ? finishedAt.toMSecsSinceEpoch() + 1000
                                           : std::numeric_limits<qint64>::max();
    lagSeconds = peakOf(series.series(MonitorSeries::kMaxLag), from, to);
    const Peak standby = peakOf(series.series(MonitorSeries::kStandbyDelay), from, to);
    if (standby.value > lagSeconds.value)
        lagSeconds = standby;
    lagBytes = peakOf(series.series(MonitorSeries::kMaxBytes), from, to);
    lockWaitSeconds = peakOf(series.series(MonitorSeries::kLongestLockWait), from, to);
    lockWaiters = peakOf(series.series(MonitorSeries::kLockWaiting), from, to);
    errorRatePercent = peakOf(series.series(MonitorSeries::kErrorRate), from, to);
    if (const TimeSeries *s = series.series(MonitorSeries::kQueryMs))
        samples = s->range(from, to).size();
    for (const PolicyDecision &d : series.events()) {
        const qint64 ms = d.at.toMSecsSinceEpoch();
        if (ms >= from && ms <= to)
            addDecision(d);
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
}

qint64 RunReport::durationMs() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return -1;
    return startedAt.msecsTo(finishedAt);
}

QList<RunReport::Statement> RunReport::statementsForStep(int step) const
{
    QList<Statement> out;
    if (!itemSteps.isEmpty()) {
        for (const Statement &s : statements)
            if (itemSteps.value(s.item, -1) == step)
                out << s;
        return out;
    }
    if (items.size() != 1)
        return out;
    for (const Statement &s : statements) {
        if (s.item == 0 && s.statement == step)
            out << s;
    }
    return out;
}

int RunReport::throttleCount() const
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [](const Event &e) { return e.action == QLatin1String("throttle")
                                                         || e.action == QLatin1String("throttled"); }));
}

bool RunReport::aborted() const
{
    return std::any_of(events.cbegin(), events.cend(),
                       [](const Event &e) { return e.action.startsWith(QLatin1String("abort")); });
}

QString RunReport::durationText(qint64 ms)
{
    if (ms < 0)
        return tr("unknown");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale::c().toString(ms / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString RunReport::statementStatus(const Statement &s)
{
    if (s.failed)
        return s.sqlState.isEmpty() ? tr("failed") : tr("failed (%1)").arg(s.sqlState);
    if (s.skipped)
        return tr("skipped");
    if (s.durationMs >= 0)
        return s.attempts > 1 ? tr("ok after %1 tries").arg(s.attempts) : tr("ok");
    return tr("not run");
}

} // namespace slipway::plan
