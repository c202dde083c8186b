#pragma once

#include "monitorseries.h"

#include "db/localstore.h"

namespace slipway {

// Writes a run's monitor series to the local store so a finished run can be
// reviewed later. Points are buffered and written in one transaction every
// `flushEvery` samples (and by flush()), not one transaction per point. Must be
// used on the thread that opened the store (Qt Sql connections are per thread).
class SeriesRecorder {
    Q_DECLARE_TR_FUNCTIONS(SeriesRecorder)

public:
    SeriesRecorder(LocalStore *store, qint64 runId, int flushEvery = 10);
    ~SeriesRecorder(); // flushes

    qint64 runId() const { return m_runId; }
    // Buffers what MonitorSeries::add() appended; writes every flushEvery calls.
    bool record(const QList<MonitorSeries::Added> &added, QString *error = nullptr);
    bool flush(QString *error = nullptr);
    int pending() const { return int(m_buffer.size()); }
    qint64 written() const { return m_written; }

private:
    LocalStore *m_store;
    qint64 m_runId;
    int m_flushEvery;
    int m_samples = 0;
    qint64 m_written = 0;
    QList<LocalStore::SeriesPointRow> m_buffer;
};

} // namespace slipway
