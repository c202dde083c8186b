#include "seriesrecorder.h"

#include <algorithm>

namespace slipway {

SeriesRecorder::SeriesRecorder(LocalStore *store, qint64 runId, int flushEvery)
    : m_store(store)
    , m_runId(runId)
    , m_flushEvery(std::max(1, flushEvery))
{
}

SeriesRecorder::~SeriesRecorder()
{
    flush();
}

bool SeriesRecorder::record(const QList<MonitorSeries::Added> &added, QString *error)
{
    for (const MonitorSeries::Added &a : added)
        m_buffer << LocalStore::SeriesPointRow{a.series, QDateTime::fromMSecsSinceEpoch(a.point.ms), a.point.value};
    if (++m_samples % m_flushEvery == 0)
        return flush(error);
    return true;
}

bool SeriesRecorder::flush(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (!m_store || !m_store->isOpen()) {
        if (error)
            *error = tr("The local store is not open.");
        m_buffer.clear();
        return false;
    }
    if (!m_store->appendSeriesPoints(m_runId, m_buffer, error))
        return false; // kept; the next flush tries again
    m_written += m_buffer.size();
    m_buffer.clear();
    return true;
}

} // namespace slipway
