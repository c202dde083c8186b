#include "backfillworker_p.h"

#include "db/pgconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QThread>

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <cmath>

namespace slipway::run {

namespace {

using Params = std::vector<std::string>;

Params keyParams(const std::optional<QStringList> &key)
{
    Params params;
    if (key) {
        for (const QString &value : *key)
            params.push_back(value.toStdString());
    }
    return params;
}

QStringList rowToKey(const pqxx::row &row)
{
    QStringList key;
    for (const pqxx::field &field : row)
        key << QString::fromUtf8(field.c_str());
    return key;
}

bool lostConnectionState(const std::string &sqlState)
{
    return sqlState.rfind("08", 0) == 0 || sqlState.rfind("57P", 0) == 0;
}

constexpr int kRateWindowMs = 10000;
constexpr int kMaxBackoffMs = 5000;
constexpr int kEstimateTimeoutMs = 1500;

} // namespace

BackfillWorker::BackfillWorker(BackfillRunner *runner, std::shared_ptr<BackfillShared> shared, QString conninfo,
                               BackfillSpec spec, BackfillOptions options)
    : m_runner(runner)
    , d(std::move(shared))
    , m_conninfo(std::move(conninfo))
    , m_spec(std::move(spec))
    , m_options(std::move(options))
{
    m_batchSize = m_spec.initialBatchSize;
}

BackfillWorker::~BackfillWorker() = default;

void BackfillWorker::run()
{
    m_clock.start();
    setState(BackfillState::Starting);
    int attempts = 0;
    bool reconnected = false;
    for (;;) {
        try {
            connect();
            if (!takeLock()) return;
            prepare(reconnected);
            if (reconnected)
                addEvent(BackfillEvent::Kind::Reconnected,
                         tr("Reconnected; going on from the checkpoint after %1 rows.").arg(m_rowsDone));
            attempts = 0;
            const Outcome outcome = loop();
            if (outcome == Outcome::Aborted) {
                QString reason;
                {
                    QMutexLocker lock(&d->mutex);
                    reason = d->abortReason;
                }
                writeFinalState(BackfillCheckpoint::State::Aborted, reason);
                finish(BackfillState::Aborted, reason);
            } else {
                if (outcome == Outcome::Done) {
                    warnLeftBehind();
                    writeFinalState(BackfillCheckpoint::State::Done, {});
                }
                finish(BackfillState::Done, {});
            }
            return;
        } catch (const LostConnection &) {
        } catch (const pqxx::broken_connection &e) {
            if (!m_started && !m_conn) { // could not connect at all
                const DbError error = DbError::fromConnectFailure(QString::fromUtf8(e.what()));
                finish(BackfillState::Failed, error.message, error);
                return;
            }
        } catch (const pqxx::in_doubt_error &) {
        } catch (const pqxx::sql_error &e) {
            if (!lostConnectionState(e.sqlstate()) && m_conn && m_conn->is_open()) {
                const DbError error = DbError::fromException(e);
                writeFinalState(BackfillCheckpoint::State::Failed, error.message);
                finish(BackfillState::Failed, error.message, error);
                return;
            }
        } catch (const std::exception &e) {
            const DbError error = DbError::fromException(e);
            // Before the first batch could run, or with the connection fine, it is a failure, not a retry.
            if (!m_started || (m_conn && PQstatus(m_conn->handle()) == CONNECTION_OK)) {
                writeFinalState(BackfillCheckpoint::State::Failed, error.message);
                finish(BackfillState::Failed, error.message, error);
                return;
            }
        }
        // The connection is gone: whether the last batch committed is in the
        // checkpoint, so reconnect and read it.
        disconnect();
        if (abortRequested()) {
            finish(BackfillState::Aborted, tr("Aborted while the connection was lost."));
            return;
        }
        if (++attempts > m_options.reconnectAttempts) {
            finish(BackfillState::Failed, tr("The connection was lost %1 times in a row; giving up.").arg(attempts - 1));
            return;
        }
        addEvent(BackfillEvent::Kind::Warning, tr("Connection lost; reconnecting (attempt %1 of %2).")
                                                   .arg(attempts)
                                                   .arg(m_options.reconnectAttempts));
        sleepInterruptibly(qMin(kMaxBackoffMs, 500 * attempts));
        reconnected = reconnected || m_started;
    }
}

void BackfillWorker::connect()
{
    m_conn = std::make_unique<PgConnection>(m_conninfo.toStdString());
    const QString application = m_options.applicationName.isEmpty()
        ? QStringLiteral("slipway backfill %1").arg(m_spec.name)
        : m_options.applicationName;
    pqxx::nontransaction(*m_conn, "backfill setup")
        .exec_params("SELECT set_config('application_name', $1, false)", application.left(63).toStdString());
    {
        QMutexLocker lock(&d->mutex);
        d->cancelHandle = PQgetCancel(m_conn->handle());
        d->backendPid = m_conn->backendpid();
    }
    emit m_runner->backendPidChanged(m_conn->backendpid());
}

void BackfillWorker::disconnect()
{
    {
        QMutexLocker lock(&d->mutex);
        if (d->cancelHandle) PQfreeCancel(d->cancelHandle);
        d->cancelHandle = nullptr;
        d->backendPid = 0;
    }
    m_conn.reset();
    m_lockPid = 0;
}

bool BackfillWorker::takeLock()
{
    m_lockKey = RunnerLock::backfillKey(m_spec.name);
    // After a lost connection the old backend may linger a moment with the lock.
    const int waitMs = m_started ? qMax(m_options.lockWaitMs, 10000) : m_options.lockWaitMs;
    if (RunnerLock::acquire(*m_conn, m_lockKey, waitMs, [this] { return abortRequested(); })) {
        m_lockPid = m_conn->backendpid();
        return true;
    }
    const auto holder = RunnerLock::holder(*m_conn, m_lockKey);
    {
        QMutexLocker lock(&d->mutex);
        d->result.holder = holder;
    }
    const QString message = holder
        ? tr("Backfill %1 is already running: %2.").arg(m_spec.name, holder->describe())
        : tr("Backfill %1 is already running in another session.").arg(m_spec.name);
    finish(abortRequested() ? BackfillState::Aborted : BackfillState::LockHeld, message);
    return false;
}

void BackfillWorker::prepare(bool reconnected)
{
    if (!m_options.dryRun) CheckpointStore::ensureTable(*m_conn);
    pqxx::work tx(*m_conn, "backfill prepare");
    m_target = BackfillSql::resolve(tx, m_spec);
    const QString hash = m_spec.compatibilityHash(m_target.key);
    const std::optional<BackfillCheckpoint> checkpoint = CheckpointStore::load(tx, m_spec.name);
    auto refuse = [](const QString &message) { throw std::runtime_error(message.toStdString()); };

    if (reconnected) {
        if (!checkpoint) refuse(tr("The checkpoint of backfill %1 disappeared while reconnecting.").arg(m_spec.name));
    } else if (checkpoint && !m_options.restart && !m_options.dryRun) {
        if (!m_options.resume)
            refuse(tr("Backfill %1 has a checkpoint (%2, %3 rows done, %4 batches): resume it or start over.")
                       .arg(m_spec.name, BackfillCheckpoint::stateName(checkpoint->state))
                       .arg(checkpoint->rowsDone)
                       .arg(checkpoint->batches));
        if (checkpoint->key != m_target.key)
            refuse(tr("Backfill %1 walked the key (%2) and the spec now says (%3): start over to change the key.")
                       .arg(m_spec.name, checkpoint->key.join(QStringLiteral(", ")), m_target.key.join(QStringLiteral(", "))));
        if (checkpoint->specHash != hash) {
            if (!m_options.force)
                refuse(tr("The spec of backfill %1 changed since its checkpoint (table, set/template or predicate); "
                          "force the resume if the change is compatible, or start over.")
                           .arg(m_spec.name));
            CheckpointStore::setSpecHash(tx, m_spec.name, hash);
            addEvent(BackfillEvent::Kind::Warning, tr("The spec changed since the checkpoint; resuming as forced."));
        }
    }

    const bool useCheckpoint = checkpoint && !m_options.restart && (reconnected || m_options.resume);
    if (useCheckpoint) {
        m_lastKey = checkpoint->lastKey;
        m_rowsDone = checkpoint->rowsDone;
        m_batches = checkpoint->batches;
        if (checkpoint->lastKey && checkpoint->lastKey->size() != m_target.key.size())
            refuse(tr("The checkpoint of backfill %1 has a last key that does not fit the key columns.").arg(m_spec.name));
        if (!m_options.dryRun) CheckpointStore::setState(tx, m_spec.name, BackfillCheckpoint::State::Running);
    } else if (!m_options.dryRun) {
        BackfillCheckpoint fresh;
        fresh.name = m_spec.name;
        fresh.tableName = m_spec.table;
        fresh.specHash = hash;
        fresh.key = m_target.key;
        CheckpointStore::begin(tx, fresh);
        m_lastKey.reset();
        m_rowsDone = 0;
        m_batches = 0;
    }
    tx.commit();
    m_started = true; // the checkpoint row is this run's now

    if (!reconnected) {
        if (m_target.keyNullable)
            addEvent(BackfillEvent::Kind::Warning,
                     tr("A key column allows NULL: rows with a NULL key are not visited."));
        if (useCheckpoint)
            addEvent(BackfillEvent::Kind::Resumed,
                     tr("Resuming backfill %1 after %2 rows in %3 batches (last key %4).")
                         .arg(m_spec.name)
                         .arg(m_rowsDone)
                         .arg(m_batches)
                         .arg(m_lastKey ? m_lastKey->join(QStringLiteral(", ")) : tr("none")));
        else
            addEvent(BackfillEvent::Kind::Started,
                     tr("Starting backfill %1 on %2, key (%3)%4.")
                         .arg(m_spec.name, m_target.quotedTable, m_target.key.join(QStringLiteral(", ")),
                              m_options.dryRun ? tr(", dry run") : QString()));
        estimate();
    }
    setState(BackfillState::Running);
    publishProgress();
}

void BackfillWorker::estimate()
{
    const Params params = keyParams(m_lastKey);
    const std::string rows = BackfillSql::remainingCountQuery(m_spec, m_target, m_lastKey.has_value());
    m_rowsAtEstimate = m_rowsDone;
    try {
        pqxx::work tx(*m_conn, "backfill count");
        tx.exec_params("SELECT set_config('statement_timeout', $1, true)", std::to_string(kEstimateTimeoutMs));
        m_remainingAtStart = tx.exec_params1("SELECT count(*) FROM (" + rows + ") AS todo",
                                             pqxx::prepare::make_dynamic_params(params))[0]
                                 .as<long long>();
        tx.commit(); // read only, but a rollback would count in the error rate the monitor watches
        m_exactTotal = true;
        return;
    } catch (const pqxx::sql_error &e) {
        if (e.sqlstate() != "57014") throw;
    }
    pqxx::work tx(*m_conn, "backfill estimate");
    const pqxx::row plan =
        tx.exec_params1("EXPLAIN (FORMAT JSON) " + rows, pqxx::prepare::make_dynamic_params(params));
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(plan[0].c_str()));
    const double planRows =
        document.array().at(0).toObject().value(QLatin1String("Plan")).toObject().value(QLatin1String("Plan Rows")).toDouble(-1);
    tx.commit();
    m_remainingAtStart = planRows < 0 ? -1 : qint64(planRows);
    m_exactTotal = false;
}

BackfillWorker::Outcome BackfillWorker::loop()
{
    for (;;) {
        if (!holdWhilePausedOrThrottled()) return Outcome::Aborted;
        int size = m_batchSize;
        {
            QMutexLocker lock(&d->mutex);
            if (d->fixedBatchSize > 0) size = d->fixedBatchSize;
        }
        QElapsedTimer timer;
        timer.start();
        bool more = false;
        try {
            more = batch(size);
            m_retries = 0;
        } catch (const pqxx::sql_error &e) {
            if (lostConnectionState(e.sqlstate())) throw;
            if (e.sqlstate() == "57014" && abortRequested()) return Outcome::Aborted; // cancelled by abort()
            if (!retryable(e.sqlstate())) throw;
            if (++m_retries > m_spec.maxRetries) throw;
            m_batchSize = qMax(m_spec.minBatchSize, size / 2);
            const int backoff = qMin(kMaxBackoffMs, 100 << qMin(m_retries, 10));
            addEvent(BackfillEvent::Kind::Retry,
                     tr("Batch of %1 keys failed (%2, SQLSTATE %3); retry %4 of %5 in %6 ms with %7 keys.")
                         .arg(size)
                         .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0).trimmed(),
                              QString::fromStdString(e.sqlstate()))
                         .arg(m_retries)
                         .arg(m_spec.maxRetries)
                         .arg(backoff)
                         .arg(m_batchSize));
            sleepInterruptibly(backoff);
            continue;
        }
        if (!more) return m_options.dryRun ? Outcome::DryRunDone : Outcome::Done;
        adapt(double(timer.nsecsElapsed()) / 1e6, size);
        if (m_options.dryRun && ++m_dryRunBatches >= qMax(1, m_options.dryRunBatches)) return Outcome::DryRunDone;
        if (abortRequested()) return Outcome::Aborted;
        int pause = 0;
        {
            QMutexLocker lock(&d->mutex);
            pause = d->pauseMs;
            if (d->throttled && d->throttlePauseMs > 0) pause = qMax(pause, d->throttlePauseMs);
        }
        sleepInterruptibly(pause);
    }
}

bool BackfillWorker::batch(int size)
{
    if (m_conn->backendpid() != m_lockPid) throw LostConnection(); // libpq reconnected behind our back
    QElapsedTimer timer;
    timer.start();
    pqxx::work tx(*m_conn, "backfill batch");
    tx.exec_params("SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $2, true)",
                   std::to_string(m_spec.lockTimeoutMs), std::to_string(m_spec.statementTimeoutMs));
    Params params = keyParams(m_lastKey);
    params.push_back(std::to_string(size));
    const pqxx::result upper = tx.exec_params(BackfillSql::upperBoundQuery(m_target, m_lastKey.has_value()),
                                              pqxx::prepare::make_dynamic_params(params));
    if (upper.empty()) return false;
    const QStringList upperKey = rowToKey(upper[0]);
    params = keyParams(m_lastKey);
    for (const QString &value : upperKey)
        params.push_back(value.toStdString());
    const pqxx::result changed = tx.exec_params(BackfillSql::batchStatement(m_spec, m_target, m_lastKey.has_value()),
                                                pqxx::prepare::make_dynamic_params(params));
    const qint64 rows = changed.affected_rows();
    if (m_options.dryRun) {
        tx.abort();
    } else {
        CheckpointStore::advance(tx, m_spec.name, m_lastKey, upperKey, rows);
        tx.commit();
    }
    m_lastKey = upperKey;
    afterBatch(rows, double(timer.nsecsElapsed()) / 1e6, size);
    return true;
}

bool BackfillWorker::retryable(const std::string &sqlState) const
{
    return sqlState == "55P03"    // lock_not_available (lock_timeout)
           || sqlState == "57014" // query_canceled (statement_timeout)
           || sqlState == "40P01" // deadlock_detected
           || sqlState == "40001"; // serialization_failure
}

void BackfillWorker::afterBatch(qint64 rows, double ms, int size)
{
    m_rowsDone += rows;
    m_rowsThisRun += rows;
    ++m_batches;
    m_lastBatchMs = ms;
    const qint64 now = m_clock.elapsed();
    m_window.emplace_back(now, m_rowsThisRun);
    while (m_window.size() > 2 && m_window.front().first < now - kRateWindowMs)
        m_window.pop_front();
    Q_UNUSED(size);
    reportMilestone(publishProgress());
}

void BackfillWorker::adapt(double ms, int size)
{
    int target = 0;
    {
        QMutexLocker lock(&d->mutex);
        target = d->targetBatchMs;
        if (d->fixedBatchSize > 0) return;
    }
    const double factor = ms < 1 ? 2.0 : qBound(0.5, double(target) / ms, 2.0);
    m_batchSize = qBound(m_spec.minBatchSize, int(std::lround(size * factor)), m_spec.maxBatchSize);
}

bool BackfillWorker::holdWhilePausedOrThrottled()
{
    bool held = false;
    QMutexLocker lock(&d->mutex);
    for (;;) {
        if (d->abortRequested) return false;
        const bool hold = d->paused || (d->throttled && d->throttlePauseMs < 0);
        if (!hold) break;
        if (!held) {
            held = true;
            const BackfillState s = d->paused ? BackfillState::Paused : BackfillState::Throttled;
            lock.unlock();
            if (s == BackfillState::Paused && !m_options.dryRun) {
                pqxx::work tx(*m_conn, "backfill pause");
                CheckpointStore::setState(tx, m_spec.name, BackfillCheckpoint::State::Paused);
                tx.commit();
            }
            setState(s);
            lock.relock();
            continue;
        }
        d->changed.wait(&d->mutex, 250);
        lock.unlock();
        // Keep the session alive and notice a lost connection while held.
        pqxx::nontransaction(*m_conn, "backfill keepalive").exec("SELECT 1");
        lock.relock();
    }
    const BackfillState running = d->throttled ? BackfillState::Throttled : BackfillState::Running;
    lock.unlock();
    if (held && !m_options.dryRun) {
        pqxx::work tx(*m_conn, "backfill resume");
        CheckpointStore::setState(tx, m_spec.name, BackfillCheckpoint::State::Running);
        tx.commit();
    }
    setState(running);
    return true;
}

void BackfillWorker::sleepInterruptibly(int ms)
{
    if (ms <= 0) return;
    QDeadlineTimer deadline(ms);
    QMutexLocker lock(&d->mutex);
    while (!d->abortRequested && !deadline.hasExpired()) {
        const int before = d->pauseMs;
        const bool throttledBefore = d->throttled;
        d->changed.wait(&d->mutex, deadline);
        if (d->pauseMs < before || (throttledBefore && !d->throttled) || d->paused) break; // a control shortened it
    }
}

} // namespace slipway::run
