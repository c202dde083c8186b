#pragma once

// Private to core/monitor: the part of the Sampler that lives on its thread.

#include "sampler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <deque>
#include <memory>

class QTimer;
struct pg_cancel;

namespace slipway {

class PgConnection;
struct DbError;

class SamplerWorker : public QObject {
    Q_OBJECT

public:
    SamplerWorker(const QString &conninfo, const QString &replicaConninfo, const SamplerOptions &options);
    ~SamplerWorker() override;

    // Worker thread only.
    void begin();
    void finish();
    void setInterval(int ms);
    void setWatchedPids(const QList<int> &pids);
    bool signalBackend(int pid, bool terminate, bool *value, DbError *error);

    // Any thread: asks the server to cancel the sample now running.
    void cancelRunning();

signals:
    void sampled(const slipway::Sample &sample);
    void connectedChanged(bool connected);

private:
    struct ProgressState {
        qint64 ms = 0;
        qint64 done = 0;
        QString unit;
        double rate = -1;
    };
    struct CounterPoint {
        qint64 ms = 0;
        qint64 counter = 0;   // commits + rollbacks
        qint64 rollbacks = 0;
        qint64 sequence = 0;
    };
    struct WalPoint {
        qint64 ms = 0;
        qint64 position = 0;
    };

    void tick();
    bool ensurePrimary(QString *error);
    void dropPrimary();
    void sampleReplica(Sample *sample);
    void derive(Sample *sample, const QList<qint64> &replayPositions);
    double estimateLag(qint64 nowMs, qint64 replayPosition) const;

    QString m_conninfo;
    QString m_replicaConninfo;
    SamplerOptions m_options;
    QTimer *m_timer = nullptr;
    std::unique_ptr<PgConnection> m_primary;
    std::unique_ptr<PgConnection> m_replica;
    QElapsedTimer m_sincePrimaryAttempt;
    QElapsedTimer m_sinceReplicaAttempt;
    QString m_replicaError;
    std::string m_watched = "{}";
    qint64 m_sequence = 0;
    bool m_connected = false;
    std::deque<WalPoint> m_wal;          // bounded: kWalHistory points
    std::deque<CounterPoint> m_counters; // the last few seconds
    QHash<QString, ProgressState> m_progress;

    QMutex m_cancelMutex;
    pg_cancel *m_cancel = nullptr;
};

} // namespace slipway
