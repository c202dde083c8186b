#include "timeseries.h"

#include <algorithm>

namespace slipway {

TimeSeries::TimeSeries(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

void TimeSeries::append(qint64 ms, double value)
{
    if (m_size < m_capacity) {
        m_points.append({ms, value});
        ++m_size;
        return;
    }
    m_points[m_start] = {ms, value};
    m_start = (m_start + 1) % m_capacity;
}

void TimeSeries::clear()
{
    m_points.clear();
    m_start = 0;
    m_size = 0;
}

SeriesPoint TimeSeries::at(int i) const
{
    if (i < 0 || i >= m_size)
        return {};
    return m_points.at((m_start + i) % m_capacity);
}

int TimeSeries::lowerBound(qint64 ms) const
{
    int lo = 0;
    int hi = m_size;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (at(mid).ms < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

QList<SeriesPoint> TimeSeries::range(qint64 fromMs, qint64 toMs) const
{
    QList<SeriesPoint> out;
    for (int i = lowerBound(fromMs); i < m_size; ++i) {
        const SeriesPoint p = at(i);
        if (p.ms > toMs)
            break;
        out << p;
    }
    return out;
}

QList<SeriesPoint> TimeSeries::points() const
{
    QList<SeriesPoint> out;
    out.reserve(m_size);
    for (int i = 0; i < m_size; ++i)
        out << at(i);
    return out;
}

double TimeSeries::maxIn(qint64 fromMs, qint64 toMs, double floor) const
{
    double out = floor;
    for (int i = lowerBound(fromMs); i < m_size; ++i) {
        const SeriesPoint p = at(i);
        if (p.ms > toMs)
            break;
        out = std::max(out, p.value);
    }
    return out;
}

} // namespace slipway
