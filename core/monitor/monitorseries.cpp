#include "monitorseries.h"

#include <QSet>

#include <algorithm>

namespace slipway {

MonitorSeries::MonitorSeries(int capacity)
    : m_capacity(capacity)
{
}

void MonitorSeries::put(QList<Added> *added, const QString &name, qint64 ms, double value)
{
    auto it = m_series.find(name);
    if (it == m_series.end())
        it = m_series.insert(name, TimeSeries(m_capacity));
    it->append(ms, value);
    if (added)
        added->append({name, {ms, value}});
}

void MonitorSeries::addRecorded(const QString &name, qint64 ms, double value)
{
    put(nullptr, name, ms, value);
}

QString MonitorSeries::replicaSeries(const QString &replica, const char *what)
{
    QString name = replica;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("replica.%1.%2").arg(name.isEmpty() ? QStringLiteral("unnamed") : name,
                                               QLatin1String(what));
}

QString MonitorSeries::progressSeries(const Progress &progress, const char *what)
{
    return QStringLiteral("progress.%1.%2.%3").arg(progress.kind).arg(progress.pid).arg(QLatin1String(what));
}

QList<MonitorSeries::Added> MonitorSeries::add(const Sample &sample)
{
    QList<Added> added;
    ++m_samples;
    if (!sample.ok()) {
        ++m_failed;
        m_latest.error = sample.error;
        return added;
    }
    m_latest = sample;
    const qint64 ms = sample.at.toMSecsSinceEpoch();
    put(&added, QLatin1String(kLockWaiting), ms, sample.lockWaitCount());
    put(&added, QLatin1String(kLongestLockWait), ms, sample.longestLockWaitSeconds());
    put(&added, QLatin1String(kMaxLag), ms, sample.maxReplicationLagSeconds());
    put(&added, QLatin1String(kMaxBytes), ms, double(sample.maxReplicationBytes()));
    QSet<QString> seen;
    for (const ReplicaLag &replica : sample.replicas) {
        QString name = replica.name;
        if (seen.contains(name))
            name += QLatin1Char('@') + replica.address;
        seen.insert(name);
        put(&added, replicaSeries(name, "lag_s"), ms, replica.lagSeconds());
        put(&added, replicaSeries(name, "bytes"), ms, double(replica.replayBytesBehind));
    }
    if (sample.replicaSide.available) {
        put(&added, QLatin1String(kStandbyDelay), ms, std::max(0.0, sample.replicaSide.replayDelaySeconds));
        put(&added, QLatin1String(kStandbyBytes), ms, double(sample.replicaSide.receiveReplayBytes));
    }
    if (sample.activity.tps >= 0)
        put(&added, QLatin1String(kTps), ms, sample.activity.tps);
    if (sample.activity.rollbacksPerSecond >= 0)
        put(&added, QLatin1String(kRollbacks), ms, sample.activity.rollbacksPerSecond);
    if (sample.activity.errorRatePercent >= 0) {
        put(&added, QLatin1String(kErrorRate), ms, sample.activity.errorRatePercent);
        put(&added, QLatin1String(kWindowTransactions), ms, double(sample.activity.windowTransactions));
    }
    put(&added, QLatin1String(kActive), ms, sample.activity.active);
    put(&added, QLatin1String(kIdleInTransaction), ms, sample.activity.idleInTransaction);
    put(&added, QLatin1String(kLongestTransaction), ms, sample.activity.longestTransactionSeconds);
    for (const Progress &p : sample.progress) {
        if (p.fraction() >= 0 && p.unit != QLatin1String("lockers"))
            put(&added, progressSeries(p, "percent"), ms, 100.0 * p.fraction());
        put(&added, progressSeries(p, "done"), ms, double(p.done));
    }
    put(&added, QLatin1String(kQueryMs), ms, sample.queryMs);
    return added;
}

void MonitorSeries::addEvent(const PolicyDecision &decision)
{
    m_events << decision;
    while (m_events.size() > kMaxEvents)
        m_events.removeFirst();
}

void MonitorSeries::clear()
{
    m_series.clear();
    m_events.clear();
    m_latest = {};
    m_samples = 0;
    m_failed = 0;
}

const TimeSeries *MonitorSeries::series(const QString &name) const
{
    const auto it = m_series.constFind(name);
    return it == m_series.constEnd() ? nullptr : &*it;
}

QStringList MonitorSeries::names(const QString &prefix) const
{
    QStringList out;
    for (auto it = m_series.constBegin(); it != m_series.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            out << it.key();
    }
    return out;
}

qint64 MonitorSeries::firstMs() const
{
    qint64 first = 0;
    for (const TimeSeries &s : m_series) {
        if (!s.isEmpty() && (first == 0 || s.at(0).ms < first))
            first = s.at(0).ms;
    }
    return first;
}

qint64 MonitorSeries::lastMs() const
{
    qint64 last = 0;
    for (const TimeSeries &s : m_series) {
        if (!s.isEmpty())
            last = std::max(last, s.last().ms);
    }
    return last;
}

QByteArray MonitorSeries::toCsv() const
{
    // Rows by time; a series without a point at that time leaves its cell empty.
    const QStringList columns = m_series.keys();
    QMap<qint64, QList<QByteArray>> rows;
    for (int c = 0; c < columns.size(); ++c) {
        const TimeSeries &s = m_series[columns[c]];
        for (int i = 0; i < s.size(); ++i) {
            const SeriesPoint p = s.at(i);
            auto &row = rows[p.ms];
            if (row.isEmpty())
                row.resize(columns.size());
            row[c] = QByteArray::number(p.value, 'g', 10);
        }
    }
    QByteArray out = "time";
    for (const QString &column : columns)
        out += ',' + column.toUtf8();
    out += '\n';
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        out += QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        for (const QByteArray &cell : it.value())
            out += ',' + cell;
        out += '\n';
    }
    return out;
}

} // namespace slipway
