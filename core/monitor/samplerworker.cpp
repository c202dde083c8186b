#include "samplerworker_p.h"

#include "samplerqueries_p.h"

#include "db/dberror.h"
#include "db/pgconnection.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QTimer>

#include <libpq-fe.h>
#include <pqxx/nontransaction>

#include <algorithm>
#include <cmath>

namespace slipway {

namespace {

constexpr const char *kStatement = "slipway_monitor_sample";
constexpr size_t kWalHistory = 6 * 3600;   // points of pg_current_wal_lsn() kept for lag estimates
constexpr qint64 kTpsWindowMs = 5000;      // TPS averaged over this (stats are flushed about once a second)
constexpr qint64 kReconnectPrimaryMs = 2000;
constexpr qint64 kReconnectReplicaMs = 5000;

// Adds connect_timeout to a libpq URI or key=value conninfo unless it has one.
std::string withConnectTimeout(const QString &conninfo, int seconds)
{
    QString out = conninfo.trimmed();
    if (!out.contains(QLatin1String("connect_timeout"))) {
        const QString setting = QStringLiteral("connect_timeout=%1").arg(seconds);
        if (out.startsWith(QLatin1String("postgres://")) || out.startsWith(QLatin1String("postgresql://")))
            out += (out.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + setting;
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + setting;
    }
    return out.toStdString();
}

std::unique_ptr<PgConnection> openConnection(const QString &conninfo, int statementTimeoutMs)
{
    auto connection = std::make_unique<PgConnection>(withConnectTimeout(conninfo, 3));
    pqxx::nontransaction tx(*connection);
    tx.exec("SET application_name = 'slipway-monitor'; SET statement_timeout = "
            + std::to_string(statementTimeoutMs) + "; SET lock_timeout = 500");
    return connection;
}

bool isBroken(PgConnection *connection)
{
    return !connection || !connection->handle() || PQstatus(connection->handle()) != CONNECTION_OK;
}

QString hostPort(PgConnection *connection)
{
    if (!connection || !connection->handle())
        return {};
    return QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(connection->handle())),
                                       QString::fromUtf8(PQport(connection->handle())));
}

} // namespace

SamplerWorker::SamplerWorker(const QString &conninfo, const QString &replicaConninfo,
                             const SamplerOptions &options)
    : m_conninfo(conninfo)
    , m_replicaConninfo(replicaConninfo)
    , m_options(options)
{
    setWatchedPids(options.watchedPids);
}

SamplerWorker::~SamplerWorker()
{
    finish();
}

void SamplerWorker::begin()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SamplerWorker::tick);
    }
    m_timer->start(m_options.intervalMs);
    tick();
}

void SamplerWorker::finish()
{
    if (m_timer)
        m_timer->stop();
    dropPrimary();
    m_replica.reset();
}

void SamplerWorker::setInterval(int ms)
{
    m_options.intervalMs = ms;
    if (m_timer && m_timer->isActive())
        m_timer->start(ms);
}

void SamplerWorker::setWatchedPids(const QList<int> &pids)
{
    std::string array = "{";
    for (int i = 0; i < pids.size(); ++i)
        array += (i ? "," : "") + std::to_string(pids[i]);
    m_watched = array + "}";
}

void SamplerWorker::cancelRunning()
{
    QMutexLocker lock(&m_cancelMutex);
    if (m_cancel) {
        char message[256] = {};
        PQcancel(m_cancel, message, int(sizeof message));
    }
}

bool SamplerWorker::ensurePrimary(QString *error)
{
    if (m_primary && !isBroken(m_primary.get()))
        return true;
    dropPrimary();
    if (m_sincePrimaryAttempt.isValid() && m_sincePrimaryAttempt.elapsed() < kReconnectPrimaryMs) {
        *error = tr("Not connected; trying again shortly.");
        return false;
    }
    m_sincePrimaryAttempt.start();
    try {
        m_primary = openConnection(m_conninfo, m_options.statementTimeoutMs);
        // The sample query reads pg_locks.waitstart and pg_stat_progress_copy (14+):
        // say so instead of failing each sample on an unknown column.
        if (const int version = m_primary->server_version(); version < monitor_p::kMinServerVersion) {
            m_primary.reset();
            *error = tr("Live monitoring needs PostgreSQL 14 or later; this server runs %1.%2.")
                         .arg(version / 10000)
                         .arg(version % 100);
            return false;
        }
        m_primary->prepare(kStatement, monitor_p::kPrimarySql);
        QMutexLocker lock(&m_cancelMutex);
        m_cancel = PQgetCancel(m_primary->handle());
    } catch (const pqxx::broken_connection &e) {
        m_primary.reset();
        *error = DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText();
        return false;
    } catch (const std::exception &e) {
        m_primary.reset();
        *error = DbError::fromException(e).toText();
        return false;
    }
    return true;
}

void SamplerWorker::dropPrimary()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    m_primary.reset();
}

void SamplerWorker::tick()
{
    Sample sample;
    sample.sequence = ++m_sequence;
    QString error;
    QList<qint64> replayPositions;
    if (ensurePrimary(&error)) {
        try {
            QElapsedTimer clock;
            clock.start();
            pqxx::nontransaction tx(*m_primary);
            const pqxx::row row = tx.exec_prepared1(kStatement, m_watched);
            sample.queryMs = double(clock.nsecsElapsed()) / 1e6;
            sample.at = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(row[0].as<double>() * 1000.0)));
            sample.samplerPid = row[1].as<int>();
            sample.walPosition = row[2].is_null() ? -1 : row[2].as<qint64>();
            sample.lockWaits = monitor_p::parseLockWaits(row[3].as<std::string>());
            sample.blockingSessions = monitor_p::parseBlockingSessions(row[4].as<std::string>());
            for (const monitor_p::ReplicaRow &replica : monitor_p::parseReplicas(row[5].as<std::string>())) {
                sample.replicas << replica.lag;
                replayPositions << replica.replayPosition;
            }
            sample.progress = monitor_p::parseProgress(row[6].as<std::string>());
            sample.activity.active = row[7].as<int>();
            sample.activity.idleInTransaction = row[8].as<int>();
            sample.activity.waiting = row[9].as<int>();
            sample.activity.total = row[10].as<int>();
            sample.activity.transactionCounter = row[11].is_null() ? 0 : row[11].as<qint64>();
            if (!row[12].is_null())
                monitor_p::parseOldest(row[12].as<std::string>(), &sample.activity);
            sample.activity.rollbackCounter = row[13].is_null() ? 0 : row[13].as<qint64>();
        } catch (const std::exception &e) {
            error = DbError::fromException(e).toText();
            if (isBroken(m_primary.get()))
                dropPrimary();
        }
    }
    if (!error.isEmpty()) {
        sample = Sample();
        sample.sequence = m_sequence;
        sample.at = QDateTime::currentDateTime();
        sample.error = error;
    } else {
        derive(&sample, replayPositions);
    }
    if (!m_replicaConninfo.isEmpty())
        sampleReplica(&sample);

    const bool connected = m_primary != nullptr;
    if (connected != m_connected) {
        m_connected = connected;
        emit connectedChanged(connected);
    }
    emit sampled(sample);
}

void SamplerWorker::sampleReplica(Sample *sample)
{
    ReplicaSide &side = sample->replicaSide;
    if (m_replica && isBroken(m_replica.get()))
        m_replica.reset();
    if (!m_replica && (!m_sinceReplicaAttempt.isValid() || m_sinceReplicaAttempt.elapsed() >= kReconnectReplicaMs)) {
        m_sinceReplicaAttempt.start();
        try {
            m_replica = openConnection(m_replicaConninfo, m_options.statementTimeoutMs);
            m_replicaError.clear();
        } catch (const pqxx::broken_connection &e) {
            m_replicaError = DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText();
        } catch (const std::exception &e) {
            m_replicaError = DbError::fromException(e).toText();
        }
    }
    if (!m_replica) {
        side.error = m_replicaError.isEmpty() ? tr("Not connected to the replica.") : m_replicaError;
        return;
    }
    side.target = hostPort(m_replica.get());
    try {
        pqxx::nontransaction tx(*m_replica);
        const pqxx::row row = tx.exec1(monitor_p::kReplicaSql);
        side.inRecovery = row[0].as<bool>();
        side.replayPaused = row[1].as<bool>();
        side.replayDelaySeconds = row[2].is_null() ? -1 : std::max(0.0, row[2].as<double>());
        side.receiveReplayBytes = row[3].as<qint64>();
        side.available = true;
        if (!side.inRecovery)
            side.error = tr("The replica connection is not to a standby (it is not in recovery).");
    } catch (const std::exception &e) {
        side.error = DbError::fromException(e).toText();
        if (isBroken(m_replica.get()))
            m_replica.reset();
    }
}

double SamplerWorker::estimateLag(qint64 nowMs, qint64 replayPosition) const
{
    if (replayPosition < 0 || m_wal.empty())
        return -1;
    if (replayPosition >= m_wal.back().position)
        return 0;
    // The first point the replica has not replayed up to.
    const auto after = std::upper_bound(m_wal.begin(), m_wal.end(), replayPosition,
                                        [](qint64 position, const WalPoint &p) { return position < p.position; });
    if (after == m_wal.begin())
        return double(nowMs - after->ms) / 1000.0; // behind all the history we have
    const WalPoint &hi = *after;
    const WalPoint &lo = *(after - 1);
    // When the primary was at replayPosition, assuming it wrote evenly in between.
    const double share = double(replayPosition - lo.position) / double(std::max<qint64>(1, hi.position - lo.position));
    const double atMs = double(lo.ms) + share * double(hi.ms - lo.ms);
    return std::max(0.0, (double(nowMs) - atMs) / 1000.0);
}

void SamplerWorker::derive(Sample *sample, const QList<qint64> &replayPositions)
{
    const qint64 now = sample->at.toMSecsSinceEpoch();

    // Replication: lag from the history of the primary's WAL position.
    if (sample->walPosition >= 0) {
        if (m_wal.empty() || sample->walPosition > m_wal.back().position)
            m_wal.push_back({now, sample->walPosition});
        while (m_wal.size() > kWalHistory)
            m_wal.pop_front();
    }
    for (int i = 0; i < sample->replicas.size(); ++i)
        sample->replicas[i].estimatedLagSeconds = estimateLag(now, replayPositions.value(i, -1));

    // Activity: TPS over the last few seconds, our own sampling transactions taken out.
    m_counters.push_back({now, sample->activity.transactionCounter, sample->activity.rollbackCounter, sample->sequence});
    while (m_counters.size() > 2 && now - m_counters[1].ms >= kTpsWindowMs)
        m_counters.pop_front();
    const CounterPoint &first = m_counters.front();
    if (m_counters.size() >= 2 && now > first.ms && sample->activity.transactionCounter >= first.counter) {
        const qint64 ours = sample->sequence - first.sequence;
        const qint64 delta = std::max<qint64>(0, sample->activity.transactionCounter - first.counter - ours);
        sample->activity.tps = double(delta) * 1000.0 / double(now - first.ms);
        // Errors: rollbacks over the same window (the sampler only commits).
        if (sample->activity.rollbackCounter >= first.rollbacks) {
            const qint64 rollbacks = std::min(delta, sample->activity.rollbackCounter - first.rollbacks);
            sample->activity.rollbacksPerSecond = double(rollbacks) * 1000.0 / double(now - first.ms);
            sample->activity.windowTransactions = delta;
            sample->activity.errorRatePercent = delta > 0 ? 100.0 * double(rollbacks) / double(delta) : -1;
        }
    }

    // Progress: rate and ETA from the previous sample of the same operation.
    QHash<QString, ProgressState> seen;
    for (Progress &p : sample->progress) {
        const QString key = p.kind + QLatin1Char(':') + QString::number(p.pid);
        ProgressState state{now, p.done, p.unit, -1};
        const auto previous = m_progress.constFind(key);
        if (previous != m_progress.constEnd() && previous->unit == p.unit && p.done >= previous->done
            && now > previous->ms) {
            const double instant = double(p.done - previous->done) * 1000.0 / double(now - previous->ms);
            state.rate = previous->rate < 0 ? instant : 0.5 * instant + 0.5 * previous->rate;
        }
        p.ratePerSecond = state.rate;
        if (p.total > p.done && state.rate > 0)
            p.etaSeconds = double(p.total - p.done) / state.rate;
        seen.insert(key, state);
    }
    m_progress = seen;
}

bool SamplerWorker::signalBackend(int pid, bool terminate, bool *value, DbError *error)
{
    QString why;
    if (!ensurePrimary(&why)) {
        error->kind = DbError::Kind::NotConnected;
        error->message = why;
        return false;
    }
    try {
        pqxx::nontransaction tx(*m_primary);
        const pqxx::row row = tx.exec_params1(terminate ? "SELECT pg_terminate_backend($1)" : "SELECT pg_cancel_backend($1)",
                                              pid);
        *value = row[0].as<bool>();
        return true;
    } catch (const std::exception &e) {
        *error = DbError::fromException(e);
        if (isBroken(m_primary.get()))
            dropPrimary();
        return false;
    }
}

} // namespace slipway
