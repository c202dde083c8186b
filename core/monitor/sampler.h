#pragma once

#include "monitorsample.h"

#include "db/dbresult.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace slipway {

class SamplerWorker;

struct SamplerOptions {
    int intervalMs = 1000;          // clamped to >= 250
    int statementTimeoutMs = 2000;  // the sampler's own statement_timeout
    QList<int> watchedPids;         // progress views: only these pids; empty = every session
};

// Samples a server on its own connection and its own thread: lock waits and
// blocking chains, replication per replica (and on the standby itself when a
// replica conninfo is given), progress views, activity. One query (one round
// trip) per tick on the primary, one on the replica. Never uses anybody else's
// session, so it keeps sampling while a migration is blocked; a short
// statement_timeout keeps a stuck sample from piling up.
//
// sampled() arrives on the thread the Sampler lives in (queued), so the owner
// needs an event loop. A failed tick emits a Sample with error set; the
// sampler reconnects by itself.
class Sampler : public QObject {
    Q_OBJECT

public:
    explicit Sampler(QObject *parent = nullptr);
    ~Sampler() override; // cancels a running sample and joins the thread

    // Starts sampling (stops a previous run first). The first sample is taken
    // at once.
    void start(const QString &conninfo, const QString &replicaConninfo = {}, const SamplerOptions &options = {});
    void stop();
    bool isRunning() const { return m_running; }
    QString conninfo() const { return m_conninfo; }
    QString replicaConninfo() const { return m_replicaConninfo; }

    void setInterval(int ms);
    int interval() const { return m_options.intervalMs; }
    void setWatchedPids(const QList<int> &pids);

    // pg_cancel_backend / pg_terminate_backend on the sampler's connection,
    // off the calling thread. The value is what the server returned (false:
    // no such backend, or not allowed).
    QFuture<DbResult<bool>> cancelBackend(int pid);
    QFuture<DbResult<bool>> terminateBackend(int pid);

    static constexpr int kMinimumIntervalMs = 250;

signals:
    void sampled(const slipway::Sample &sample);
    void connectedChanged(bool connected);

private:
    QFuture<DbResult<bool>> signalBackend(int pid, bool terminate);

    std::unique_ptr<class QThread> m_thread;
    QObject *m_context = nullptr;       // lives on m_thread
    SamplerWorker *m_worker = nullptr; // lives on m_thread
    quint64 m_generation = 0;         // samples of an earlier start() are dropped
    QString m_conninfo;
    QString m_replicaConninfo;
    SamplerOptions m_options;
    bool m_running = false;
};

} // namespace slipway
