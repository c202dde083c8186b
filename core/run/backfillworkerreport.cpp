// BackfillWorker: what it tells the owner (state, events, progress, result).
#include "backfillworker_p.h"

#include "db/pgconnection.h"

#include <QLocale>

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <cmath>

namespace slipway::run {

void BackfillWorker::setState(BackfillState state)
{
    {
        QMutexLocker lock(&d->mutex);
        if (d->state == state) return;
        if (d->abortRequested && !isFinished(state)) return; // stays Stopping until it ends
        d->state = state;
        d->progress.state = state;
    }
    emit m_runner->stateChanged(state);
}

void BackfillWorker::addEvent(BackfillEvent::Kind kind, const QString &message, BackfillEvent::Source source)
{
    BackfillEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.source = source;
    event.message = message;
    {
        QMutexLocker lock(&d->mutex);
        d->events << event;
    }
    emit m_runner->eventAdded(event);
}

bool BackfillWorker::abortRequested() const
{
    QMutexLocker lock(&d->mutex);
    return d->abortRequested;
}

BackfillProgress BackfillWorker::publishProgress()
{
    BackfillProgress p;
    p.rowsDone = m_rowsDone;
    p.rowsThisRun = m_rowsThisRun;
    p.batches = m_batches;
    p.lastKey = m_lastKey;
    p.lastBatchMs = m_lastBatchMs;
    p.elapsedSeconds = double(m_clock.elapsed()) / 1000.0;
    if (m_remainingAtStart >= 0) {
        p.estimatedTotal = m_rowsAtEstimate + m_remainingAtStart;
        p.totalIsExact = m_exactTotal;
        if (p.estimatedTotal < m_rowsDone) p.estimatedTotal = m_rowsDone; // rows inserted since, or a low estimate
    }
    if (m_window.size() >= 2) {
        const auto &first = m_window.front();
        const auto &last = m_window.back();
        const double seconds = double(last.first - first.first) / 1000.0;
        if (seconds > 0) p.rowsPerSecond = double(last.second - first.second) / seconds;
    } else if (p.elapsedSeconds > 0) {
        p.rowsPerSecond = double(m_rowsThisRun) / p.elapsedSeconds;
    }
    if (p.estimatedTotal >= 0 && p.rowsPerSecond > 0)
        p.etaSeconds = double(p.estimatedTotal - p.rowsDone) / p.rowsPerSecond;
    {
        QMutexLocker lock(&d->mutex);
        p.state = d->state;
        p.batchSize = d->fixedBatchSize > 0 ? d->fixedBatchSize : m_batchSize;
        p.targetBatchMs = d->targetBatchMs;
        p.pauseMs = d->throttled && d->throttlePauseMs > d->pauseMs ? d->throttlePauseMs : d->pauseMs;
        d->progress = p;
    }
    emit m_runner->progressed(p);
    return p;
}

void BackfillWorker::reportMilestone(const BackfillProgress &p)
{
    const double fraction = p.fraction();
    const qint64 now = m_clock.elapsed();
    if (fraction >= 0) {
        const int tenth = int(std::floor(qMin(fraction, 1.0) * 10));
        if (m_lastTenth < 0) m_lastTenth = tenth; // a resumed run starts from where it is
        if (tenth <= m_lastTenth || tenth >= 10) return; // "done" says 100%
        m_lastTenth = tenth;
    } else if (now - m_lastMilestoneMs < 60000) {
        return;
    }
    m_lastMilestoneMs = now;
    const QLocale locale;
    const QString done = fraction >= 0
        ? tr("%1% done: %2 of %3 rows").arg(m_lastTenth * 10).arg(locale.toString(p.rowsDone), locale.toString(p.estimatedTotal))
        : tr("%1 rows done").arg(locale.toString(p.rowsDone));
    QString text = tr("%1, %2 rows/s, batch of %3 keys (%4 ms)")
                       .arg(done, locale.toString(qRound64(p.rowsPerSecond)), locale.toString(p.batchSize),
                            locale.toString(qRound(p.lastBatchMs)));
    if (p.etaSeconds >= 0) {
        const double s = p.etaSeconds;
        text += s < 90      ? tr(", about %1 s to go").arg(qRound(s))
                : s < 5400  ? tr(", about %1 min to go").arg(qRound(s / 60))
                            : tr(", about %1 h to go").arg(s / 3600, 0, 'f', 1);
    }
    addEvent(BackfillEvent::Kind::Progress, text);
}

void BackfillWorker::warnLeftBehind()
{
    if (m_spec.predicate.trimmed().isEmpty() || m_spec.usesTemplate()) return;
    try {
        pqxx::work tx(*m_conn, "backfill left behind");
        tx.exec("SELECT set_config('statement_timeout', '1500', true)");
        const long long left =
            tx.exec1("SELECT count(*) FROM (" + BackfillSql::remainingCountQuery(m_spec, m_target, false) + ") AS todo")[0]
                .as<long long>();
        tx.commit(); // read only: no rollback for the monitor's error rate
        if (left > 0)
            addEvent(BackfillEvent::Kind::Warning,
                     tr("%n row(s) still match the predicate: written behind the walk while it ran. Run the "
                        "backfill again from the start to do them.",
                        nullptr, int(qMin<long long>(left, 2147483647LL))));
    } catch (const pqxx::sql_error &) {
        // Too slow to count (statement_timeout) or otherwise unknown: say nothing.
    }
}

void BackfillWorker::writeFinalState(BackfillCheckpoint::State state, const QString &message)
{
    if (m_options.dryRun || !m_started || !m_conn || PQstatus(m_conn->handle()) != CONNECTION_OK || m_lockPid == 0) return;
    try {
        pqxx::work tx(*m_conn, "backfill state");
        CheckpointStore::setState(tx, m_spec.name, state, message);
        tx.commit();
    } catch (const std::exception &e) {
        addEvent(BackfillEvent::Kind::Warning,
                 tr("Could not write the final state to the checkpoint: %1").arg(QString::fromUtf8(e.what()).trimmed()));
    }
}

void BackfillWorker::finish(BackfillState state, const QString &message, const DbError &error)
{
    if (m_conn && m_lockPid != 0 && PQstatus(m_conn->handle()) == CONNECTION_OK) {
        try {
            RunnerLock::release(*m_conn, m_lockKey);
        } catch (const std::exception &) {
            // Closing the connection frees it anyway.
        }
    }
    disconnect();

    switch (state) {
    case BackfillState::Done:
        addEvent(BackfillEvent::Kind::Done,
                 m_options.dryRun ? tr("Dry run: %1 rows in %2 batches, rolled back.").arg(m_rowsThisRun).arg(m_dryRunBatches)
                                  : tr("Done: %1 rows in %2 batches.").arg(m_rowsDone).arg(m_batches));
        break;
    case BackfillState::Aborted:
        addEvent(BackfillEvent::Kind::Aborted, message.isEmpty() ? tr("Aborted.") : message);
        break;
    case BackfillState::Failed:
    case BackfillState::LockHeld:
        addEvent(BackfillEvent::Kind::Failed, message);
        break;
    default:
        break;
    }

    BackfillResult result;
    {
        QMutexLocker lock(&d->mutex);
        result.holder = d->result.holder;
    }
    result.state = state;
    result.rowsDone = m_rowsDone;
    result.rowsThisRun = m_rowsThisRun;
    result.batches = m_batches;
    result.seconds = double(m_clock.elapsed()) / 1000.0;
    result.message = message;
    result.error = error;
    result.dryRun = m_options.dryRun;
    {
        QMutexLocker lock(&d->mutex);
        d->result = result;
    }
    setState(state);
    publishProgress();
    emit m_runner->finished(result);
}

} // namespace slipway::run
