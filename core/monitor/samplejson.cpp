#include "samplejson.h"

#include <QJsonArray>

namespace slipway {

namespace {

QJsonValue seconds(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonArray pids(const QList<int> &list)
{
    QJsonArray out;
    for (int pid : list)
        out << pid;
    return out;
}

} // namespace

QJsonObject sampleToJson(const Sample &sample)
{
    QJsonObject o;
    o[QLatin1String("at")] = sample.at.toUTC().toString(Qt::ISODateWithMs);
    o[QLatin1String("sequence")] = sample.sequence;
    if (!sample.ok()) {
        o[QLatin1String("error")] = sample.error;
        return o;
    }
    o[QLatin1String("query_ms")] = sample.queryMs;
    o[QLatin1String("sampler_pid")] = sample.samplerPid;

    QJsonArray waits;
    for (const LockWait &w : sample.lockWaits) {
        waits << QJsonObject{{QLatin1String("pid"), w.pid},
                             {QLatin1String("blocked_by"), pids(w.blockedBy)},
                             {QLatin1String("lock_type"), w.lockType},
                             {QLatin1String("relation"), w.relation},
                             {QLatin1String("mode"), w.mode},
                             {QLatin1String("wait_s"), w.waitSeconds},
                             {QLatin1String("user"), w.user},
                             {QLatin1String("application"), w.application},
                             {QLatin1String("query"), w.query}};
    }
    QJsonArray blockers;
    for (int pid : sample.blockingRoots()) {
        const BlockingSession *s = sample.sessionOf(pid);
        QJsonObject b{{QLatin1String("pid"), pid}, {QLatin1String("blocks"), pids(sample.blockedBy(pid))}};
        if (s) {
            b[QLatin1String("state")] = s->state;
            b[QLatin1String("transaction_s")] = seconds(s->transactionSeconds);
            b[QLatin1String("query")] = s->query;
        }
        blockers << b;
    }
    o[QLatin1String("locks")] = QJsonObject{{QLatin1String("waiting"), sample.lockWaitCount()},
                                            {QLatin1String("longest_wait_s"), sample.longestLockWaitSeconds()},
                                            {QLatin1String("waits"), waits},
                                            {QLatin1String("blockers"), blockers}};

    QJsonArray replicas;
    for (const ReplicaLag &r : sample.replicas) {
        replicas << QJsonObject{{QLatin1String("name"), r.name},
                                {QLatin1String("address"), r.address},
                                {QLatin1String("state"), r.state},
                                {QLatin1String("sync_state"), r.syncState},
                                {QLatin1String("write_lag_s"), seconds(r.writeLagSeconds)},
                                {QLatin1String("flush_lag_s"), seconds(r.flushLagSeconds)},
                                {QLatin1String("replay_lag_s"), seconds(r.replayLagSeconds)},
                                {QLatin1String("lag_s"), r.lagSeconds()},
                                {QLatin1String("sent_bytes_behind"), r.sentBytesBehind},
                                {QLatin1String("replay_bytes_behind"), r.replayBytesBehind}};
    }
    o[QLatin1String("replicas")] = replicas;
    const ReplicaSide &side = sample.replicaSide;
    if (side.available || !side.error.isEmpty()) {
        QJsonObject standby{{QLatin1String("target"), side.target}};
        if (side.available) {
            standby[QLatin1String("replay_paused")] = side.replayPaused;
            standby[QLatin1String("replay_delay_s")] = seconds(side.replayDelaySeconds);
            standby[QLatin1String("receive_replay_bytes")] = side.receiveReplayBytes;
        }
        if (!side.error.isEmpty())
            standby[QLatin1String("error")] = side.error;
        o[QLatin1String("standby")] = standby;
    }

    QJsonArray progress;
    for (const Progress &p : sample.progress) {
        progress << QJsonObject{{QLatin1String("pid"), p.pid},
                                {QLatin1String("kind"), p.kind},
                                {QLatin1String("command"), p.command},
                                {QLatin1String("relation"), p.relation},
                                {QLatin1String("index"), p.index},
                                {QLatin1String("phase"), p.phase},
                                {QLatin1String("done"), p.done},
                                {QLatin1String("total"), p.total},
                                {QLatin1String("unit"), p.unit},
                                {QLatin1String("rate_per_s"), seconds(p.ratePerSecond)},
                                {QLatin1String("eta_s"), seconds(p.etaSeconds)}};
    }
    o[QLatin1String("progress")] = progress;

    const Activity &a = sample.activity;
    o[QLatin1String("activity")] = QJsonObject{{QLatin1String("active"), a.active},
                                               {QLatin1String("idle_in_transaction"), a.idleInTransaction},
                                               {QLatin1String("waiting"), a.waiting},
                                               {QLatin1String("sessions"), a.total},
                                               {QLatin1String("tps"), seconds(a.tps)},
                                               {QLatin1String("rollbacks_per_s"), seconds(a.rollbacksPerSecond)},
                                               {QLatin1String("error_rate_pct"), seconds(a.errorRatePercent)},
                                               {QLatin1String("window_transactions"), a.windowTransactions},
                                               {QLatin1String("longest_transaction_s"), a.longestTransactionSeconds},
                                               {QLatin1String("longest_transaction_pid"), a.longestTransactionPid}};
    return o;
}

} // namespace slipway
