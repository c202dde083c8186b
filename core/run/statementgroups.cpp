// The groups of an item: one transaction (or, in a dry run, a savepoint in
// the run's transaction) or one statement alone; timeouts, retries, cancel.
#include "executorrun_p.h"
#include "invalidindexes.h"
#include "retrybackoff.h"

#include <QThread>

#include <pqxx/pqxx>

namespace slipway::run::detail {

using Kind = ExecutionEvent::Kind;

namespace {

const QString kSavepoint = QStringLiteral("slipway_attempt");

QStringList indexNames(const QList<InvalidIndex> &indexes)
{
    QStringList out;
    for (const InvalidIndex &i : indexes) out << i.schema + u'.' + i.name;
    return out;
}

bool buildsConcurrently(const PlannedStatement &p)
{
    return !p.transactionAllowed && p.text.contains(QLatin1String("CONCURRENTLY"), Qt::CaseInsensitive);
}

} // namespace

bool GroupOutcome::retryable() const
{
    return !ok && !cancelled && RetryBackoff::isRetryable(error.sqlState);
}

void ExecutorRun::sleepInterruptibly(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!cancelled() && timer.elapsed() < ms)
        QThread::msleep(quint64(qMin<qint64>(20, ms - timer.elapsed())));
}

GroupOutcome ExecutorRun::runGroupWithRetries(int index, const ExecutionPlan &plan,
                                              const StatementGroup &group, ItemOutcome &outcome)
{
    const int maxAttempts = qMax(1, m_state.options.maxAttempts);
    GroupOutcome result;
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        outcome.attempts = attempt;
        result = runGroupOnce(index, plan, group, outcome);
        if (result.ok || !result.retryable() || attempt == maxAttempts || broken() || cancelled())
            break;
        const int delay = RetryBackoff::delayMs(attempt, m_state.options.backoffBaseMs,
                                                m_state.options.backoffMaxMs);
        ExecutionEvent e = event(Kind::Retry, index);
        e.statement = result.statement;
        e.error = result.error;
        e.attempt = attempt + 1;
        e.maxAttempts = maxAttempts;
        e.delayMs = delay;
        e.position = plan.positionOf(result.statement, result.error.position);
        e.message = (group.inTransaction && !dryRun()
                         ? tr("%1 (SQLSTATE %2): the transaction was rolled back; try %3 of %4 in %5 ms.")
                         : tr("%1 (SQLSTATE %2): try %3 of %4 in %5 ms."))
                        .arg(result.error.message, result.error.sqlState)
                        .arg(attempt + 1)
                        .arg(maxAttempts)
                        .arg(delay);
        emitEvent(e);
        sleepInterruptibly(delay);
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
    }
    if (!result.ok && cancelled()) {
        result.cancelled = true;
        if (result.error.kind == DbError::Kind::None) result.error.kind = DbError::Kind::Cancelled;
        if (result.error.message.isEmpty()) result.error.message = tr("Cancelled on request.");
    }
    return result;
}

bool ExecutorRun::applyTimeouts(bool local, GroupOutcome &out)
{
    const QString set = local ? QStringLiteral("SET LOCAL ") : QStringLiteral("SET ");
    QStringList sql;
    if (!m_userLockTimeout)
        sql << set + QStringLiteral("lock_timeout = %1").arg(qMax(0, m_state.options.lockTimeoutMs));
    if (!m_userStatementTimeout)
        sql << set + QStringLiteral("statement_timeout = %1").arg(qMax(0, m_state.options.statementTimeoutMs));
    if (sql.isEmpty()) return true;
    const StatementOutcome s = execute(m_pg, sql.join(QStringLiteral("; ")));
    if (!s.ok) {
        out.ok = false;
        out.error = s.error;
    }
    return s.ok;
}

GroupOutcome ExecutorRun::runGroupOnce(int index, const ExecutionPlan &plan,
                                       const StatementGroup &group, ItemOutcome &outcome)
{
    GroupOutcome out;
    const bool savepoint = dryRun();
    const bool transaction = group.inTransaction && !savepoint;
    if (transaction || savepoint) {
        const StatementOutcome begin = execute(
            m_pg, transaction ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT ") + kSavepoint);
        if (!begin.ok) {
            out.ok = false;
            out.error = begin.error;
            return out;
        }
    }
    auto undo = [&] {
        if (broken()) return;
        if (transaction) execute(m_pg, QStringLiteral("ROLLBACK"));
        else if (savepoint) execute(m_pg, QStringLiteral("ROLLBACK TO SAVEPOINT ") + kSavepoint);
    };
    qint64 rows = -1;
    int skipped = 0;
    for (int statementIndex : group.statements) {
        const PlannedStatement &p = plan.statements.at(statementIndex);
        if (cancelled()) {
            undo();
            out.ok = false;
            out.cancelled = true;
            out.statement = p.index;
            out.error.kind = DbError::Kind::Cancelled;
            out.error.message = tr("Cancelled on request.");
            return out;
        }
        if (savepoint && (!p.transactionAllowed || p.transactionControl)) {
            ExecutionEvent e = event(Kind::StatementSkipped, index);
            e.statement = p.index;
            e.range = p.range;
            e.sql = p.text;
            e.message = p.transactionControl
                ? tr("Skipped in the dry run: transaction control.")
                : tr("Skipped in the dry run: %1.").arg(p.transactionNote);
            emitEvent(e);
            ++skipped;
            continue;
        }
        if (!applyTimeouts(transaction || savepoint, out)) {
            out.statement = p.index;
            undo();
            return out;
        }
        const QStringList invalidBefore =
            buildsConcurrently(p) ? indexNames(InvalidIndexes::find(m_conn)) : QStringList();
        ExecutionEvent started = event(Kind::StatementStarted, index);
        started.statement = p.index;
        started.range = p.range;
        started.sql = p.text;
        emitEvent(started);
        const StatementOutcome s = execute(m_pg, p.text);
        if (!s.ok) {
            out.ok = false;
            out.error = s.error;
            out.statement = p.index;
            out.cancelled = cancelled();
            undo();
            if (buildsConcurrently(p) && !broken())
                reportInvalidIndexes(index, invalidBefore, out.retryable());
            return out;
        }
        if (p.setsLockTimeout) m_userLockTimeout = true;
        if (p.setsStatementTimeout) m_userStatementTimeout = true;
        if (s.rows >= 0) rows = qMax<qint64>(0, rows) + s.rows;
        ExecutionEvent finished = event(Kind::StatementFinished, index);
        finished.statement = p.index;
        finished.range = p.range;
        finished.durationMs = s.elapsedMs;
        finished.rows = s.rows;
        finished.message = s.commandTag;
        emitEvent(finished);
    }
    if (transaction) {
        const StatementOutcome commit = execute(m_pg, QStringLiteral("COMMIT"));
        if (!commit.ok) {
            out.ok = false;
            out.error = commit.error;
            out.statement = group.statements.last();
            undo();
            return out;
        }
    }
    if (rows >= 0) outcome.rows = qMax<qint64>(0, outcome.rows) + rows;
    outcome.skippedStatements += skipped;
    return out;
}

void ExecutorRun::reportInvalidIndexes(int index, const QStringList &before, bool dropForRetry)
{
    QList<InvalidIndex> found;
    try {
        found = InvalidIndexes::find(m_conn);
    } catch (const std::exception &) {
        return;
    }
    for (const InvalidIndex &i : std::as_const(found)) {
        if (before.contains(i.schema + u'.' + i.name)) continue;
        ExecutionEvent e = event(Kind::InvalidIndex, index);
        e.suggestedSql = i.cleanupSql;
        e.sql = i.definition;
        if (dropForRetry && execute(m_pg, i.cleanupSql).ok) {
            e.message = tr("The failed build left index %1.%2 INVALID; dropped it before the next try.")
                            .arg(i.schema, i.name);
        } else {
            e.message = tr("The failed build left index %1.%2 INVALID (it slows writes and is never "
                           "used). Drop it with: %3")
                            .arg(i.schema, i.name, i.cleanupSql);
            m_result.invalidIndexes << i;
        }
        emitEvent(e);
    }
}

} // namespace slipway::run::detail
