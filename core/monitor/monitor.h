#pragma once

#include "abortpolicy.h"
#include "monitorseries.h"
#include "sampler.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

namespace slipway {

class LocalStore;
class SeriesRecorder;

// What a view or the runner talks to: a Sampler feeding a MonitorSeries, the
// AbortPolicy reading it after every sample, and (optionally) a recorder
// writing the series to the local store. Lives on the owner's thread; the
// sampling itself runs on the sampler's thread.
class Monitor : public QObject {
    Q_OBJECT

public:
    explicit Monitor(QObject *parent = nullptr);
    ~Monitor() override;

    void start(const QString &conninfo, const QString &replicaConninfo = {}, const SamplerOptions &options = {});
    void stop();
    bool isRunning() const { return m_sampler->isRunning(); }

    // Feeds a sample as if sampled now (the sampler's path; also for replaying
    // a recorded series, and tests).
    void addSample(const Sample &sample);
    // The progress of work the owner runs that no pg_stat_progress_* view
    // reports (a backfill: kind "backfill", unit "rows"): added to every
    // sample, so the Progress chart and details show it, until cleared.
    void setRunProgress(const std::optional<Progress> &progress) { m_runProgress = progress; }
    const std::optional<Progress> &runProgress() const { return m_runProgress; }
    // A point of a recorded series read back from the local store (a past run).
    void addRecorded(const QString &series, qint64 ms, double value) { m_series.addRecorded(series, ms, value); }

    // Records the user's own pause (Action::Throttle), resume or abort of a run
    // as an event of the series, at the server's time (the newest sample's
    // time plus what has elapsed since it arrived), so charts mark it too.
    PolicyDecision markUserAction(PolicyDecision::Action action, const QString &reason);

    Sampler *sampler() const { return m_sampler; }
    AbortPolicy *policy() const { return m_policy; }
    const MonitorSeries &series() const { return m_series; }
    void clear();

    // Writes the series under runId from now on (flushed every 10 samples and
    // on stop). Pass nullptr to stop recording.
    void recordTo(LocalStore *store, qint64 runId);
    qint64 recordingRunId() const;

    QFuture<DbResult<bool>> cancelBackend(int pid) { return m_sampler->cancelBackend(pid); }
    QFuture<DbResult<bool>> terminateBackend(int pid) { return m_sampler->terminateBackend(pid); }

signals:
    void sampleAdded(const slipway::Sample &sample);
    void decided(const slipway::PolicyDecision &decision);
    void runningChanged(bool running);
    void recordingFailed(const QString &message);

private:
    Sampler *m_sampler;
    AbortPolicy *m_policy;
    MonitorSeries m_series;
    std::unique_ptr<SeriesRecorder> m_recorder;
    QElapsedTimer m_sinceSample; // since the newest good sample arrived
    std::optional<Progress> m_runProgress;
};

} // namespace slipway
