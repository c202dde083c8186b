#pragma once

#include "monitor/monitor.h"
#include "monitor/policydecision.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace slipway::cli {

// `slipway-cli migrate`'s abort policy: the monitor samples the database (and a
// standby with --replica) on connections of its own and stops the run at the
// abort thresholds: replication lag, a session of the application waiting
// behind a lock, the error rate (not counted in a dry run, nor for a few
// seconds after the run's own rolled-back tries). With throttling on (a plan
// run) it also throttles at --max-lag / --max-lock-wait and resumes when they
// fall, for the plan's backfill steps to hold their batches.
class AbortWatch {
    Q_DECLARE_TR_FUNCTIONS(AbortWatch)

public:
    static QList<QCommandLineOption> options();
    static QString optionsHelp();

    using DecisionSink = std::function<void(const PolicyDecision &)>;

    // Reads --abort-lag, --abort-lock-wait, --abort-error-rate, --max-lag,
    // --max-lock-wait, --no-monitor; false with *error.
    bool configure(const QCommandLineParser &parser, QString *error);
    // Whether --max-lag or --max-lock-wait was given (they need throttling).
    bool throttleThresholdsGiven(const QCommandLineParser &parser) const;
    void setThrottling(bool on) { m_throttling = on; }
    bool enabled() const { return m_enabled; }
    QString replicaName(const QCommandLineParser &parser) const; // --replica, empty without

    // Starts sampling; decide() is called (on this thread) with each decision,
    // printed on stderr first: the first abort, and with throttling the
    // throttles and resumes.
    void start(const QString &conninfo, const QString &replicaConninfo, bool dryRun, DecisionSink decide);
    void stop();
    // From any thread: the run rolled a try back (retry, failure).
    void excuseOwnRollbacks();
    const std::optional<PolicyDecision> &abortDecision() const { return m_abort; }

private:
    Monitor m_monitor;
    AbortThresholds m_thresholds;
    bool m_enabled = true;
    bool m_throttling = false;
    std::optional<PolicyDecision> m_abort;
};

} // namespace slipway::cli
