#pragma once

#include <QList>
#include <QtGlobal>

namespace slipway {

struct SeriesPoint {
    qint64 ms = 0; // milliseconds since the epoch
    double value = 0;
};

// A bounded time series: a ring buffer that keeps the newest `capacity`
// points and drops the oldest, so hours of 1 Hz samples cost a fixed amount
// of memory (16 bytes a point). Points are expected in time order.
class TimeSeries {
public:
    static constexpr int kDefaultCapacity = 6 * 3600; // six hours at 1 Hz

    explicit TimeSeries(int capacity = kDefaultCapacity);

    void append(qint64 ms, double value);
    void clear();

    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    SeriesPoint at(int i) const; // 0 = oldest kept
    SeriesPoint last() const { return at(m_size - 1); }
    // The points with fromMs <= ms <= toMs, oldest first.
    QList<SeriesPoint> range(qint64 fromMs, qint64 toMs) const;
    QList<SeriesPoint> points() const;
    double maxIn(qint64 fromMs, qint64 toMs, double floor = 0) const;

private:
    int lowerBound(qint64 ms) const; // first index with at(i).ms >= ms

    QList<SeriesPoint> m_points; // grows up to m_capacity, then wraps
    int m_start = 0;
    int m_size = 0;
    int m_capacity;
};

} // namespace slipway
