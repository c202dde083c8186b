#pragma once

#include "monitorsample.h"
#include "policydecision.h"
#include "timeseries.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace slipway {

// The monitor's memory: one bounded TimeSeries per metric, fed sample by
// sample, the throttle/abort decisions taken along the way (bounded too), and
// the newest sample (for the blocking tree and the progress details).
//
// Series names (stable; the local store and CSV export use them):
//   locks.waiting, locks.longest_wait_s
//   replication.max_lag_s, replication.max_bytes
//   replica.<name>.lag_s, replica.<name>.bytes   (per pg_stat_replication row)
//   standby.delay_s, standby.bytes               (read on the replica itself)
//   activity.tps, activity.active, activity.idle_in_tx, activity.longest_xact_s
//   activity.rollbacks_per_s, activity.error_rate_pct, activity.window_xacts
//   progress.<kind>.<pid>.percent, progress.<kind>.<pid>.done
//   sampler.query_ms
class MonitorSeries {
    Q_DECLARE_TR_FUNCTIONS(MonitorSeries)

public:
    static constexpr const char *kLockWaiting = "locks.waiting";
    static constexpr const char *kLongestLockWait = "locks.longest_wait_s";
    static constexpr const char *kMaxLag = "replication.max_lag_s";
    static constexpr const char *kMaxBytes = "replication.max_bytes";
    static constexpr const char *kStandbyDelay = "standby.delay_s";
    static constexpr const char *kStandbyBytes = "standby.bytes";
    static constexpr const char *kTps = "activity.tps";
    static constexpr const char *kActive = "activity.active";
    static constexpr const char *kIdleInTransaction = "activity.idle_in_tx";
    static constexpr const char *kLongestTransaction = "activity.longest_xact_s";
    static constexpr const char *kRollbacks = "activity.rollbacks_per_s";
    static constexpr const char *kErrorRate = "activity.error_rate_pct";
    static constexpr const char *kWindowTransactions = "activity.window_xacts";
    static constexpr const char *kQueryMs = "sampler.query_ms";
    static constexpr int kMaxEvents = 1000;

    struct Added {
        QString series;
        SeriesPoint point;
    };

    explicit MonitorSeries(int capacity = TimeSeries::kDefaultCapacity);

    // Appends the sample's metrics; returns what was appended (for the recorder).
    // A failed sample appends nothing but still counts.
    QList<Added> add(const Sample &sample);
    void addEvent(const PolicyDecision &decision);
    // One point read back from the local store (a past run's charts).
    void addRecorded(const QString &name, qint64 ms, double value);
    void clear();

    const TimeSeries *series(const QString &name) const;
    const TimeSeries *series(const char *name) const { return series(QLatin1String(name)); }
    QStringList names() const { return m_series.keys(); }
    QStringList names(const QString &prefix) const;
    const QList<PolicyDecision> &events() const { return m_events; }
    const Sample &latest() const { return m_latest; }
    qint64 sampleCount() const { return m_samples; }
    qint64 failedCount() const { return m_failed; }
    int capacity() const { return m_capacity; }
    // First and last sample times kept, 0 when empty.
    qint64 firstMs() const;
    qint64 lastMs() const;

    static QString replicaSeries(const QString &replica, const char *what); // "replica.<name>.<what>"
    static QString progressSeries(const Progress &progress, const char *what);

    // Every series as CSV: time (ISO 8601, UTC), then one column per series.
    QByteArray toCsv() const;

private:
    void put(QList<Added> *added, const QString &name, qint64 ms, double value);

    QMap<QString, TimeSeries> m_series;
    QList<PolicyDecision> m_events;
    Sample m_latest;
    qint64 m_samples = 0;
    qint64 m_failed = 0;
    int m_capacity;
};

} // namespace slipway
