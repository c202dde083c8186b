#include "monitor.h"

#include "seriesrecorder.h"

namespace slipway {

Monitor::Monitor(QObject *parent)
    : QObject(parent)
    , m_sampler(new Sampler(this))
    , m_policy(new AbortPolicy(this))
{
    connect(m_sampler, &Sampler::sampled, this, &Monitor::addSample);
}

Monitor::~Monitor()
{
    if (m_recorder)
        m_recorder->flush();
}

void Monitor::start(const QString &conninfo, const QString &replicaConninfo, const SamplerOptions &options)
{
    m_policy->reset();
    m_sampler->start(conninfo, replicaConninfo, options);
    emit runningChanged(true);
}

void Monitor::stop()
{
    if (!m_sampler->isRunning())
        return;
    m_sampler->stop();
    if (m_recorder) {
        QString error;
        if (!m_recorder->flush(&error))
            emit recordingFailed(error);
    }
    emit runningChanged(false);
}

void Monitor::clear()
{
    m_series.clear();
    m_policy->reset();
}

void Monitor::addSample(const Sample &sampled)
{
    Sample sample = sampled;
    if (m_runProgress && sample.ok())
        sample.progress.prepend(*m_runProgress);
    const QList<MonitorSeries::Added> added = m_series.add(sample);
    if (m_recorder && !added.isEmpty()) {
        QString error;
        if (!m_recorder->record(added, &error))
            emit recordingFailed(error);
    }
    if (sample.ok()) {
        m_sinceSample.start();
        if (const auto decision = m_policy->evaluate(m_series)) {
            m_series.addEvent(*decision);
            emit decided(*decision);
        }
    }
    emit sampleAdded(sample);
}

PolicyDecision Monitor::markUserAction(PolicyDecision::Action action, const QString &reason)
{
    PolicyDecision d;
    d.action = action;
    d.byUser = true;
    d.reason = reason;
    const qint64 last = m_series.lastMs();
    d.at = last > 0 && m_sinceSample.isValid() ? QDateTime::fromMSecsSinceEpoch(last + m_sinceSample.elapsed())
                                              : QDateTime::currentDateTime();
    m_series.addEvent(d);
    return d;
}

void Monitor::recordTo(LocalStore *store, qint64 runId)
{
    m_recorder.reset();
    if (store)
        m_recorder = std::make_unique<SeriesRecorder>(store, runId);
}

qint64 Monitor::recordingRunId() const
{
    return m_recorder ? m_recorder->runId() : 0;
}

} // namespace slipway
