#pragma once

#include "policydecision.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>

#include <optional>

namespace slipway {

class MonitorSeries;

// Abort criteria of ../shared/reference (database-migration, Phase 4): abort
// when replication lag exceeds 30 s or a lock wait exceeds 60 s. Throttle
// thresholds sit below them so a backfill can slow down before it must stop:
// lag above 10 s or a lock wait above 20 s. Hysteresis: a throttled run
// resumes only once every metric has stayed below half its throttle
// threshold (5 s lag, 10 s lock wait, 1 % errors) for 5 s. Abort is final
// until reset().
//
// The reference's third criterion, "error rate spike > 5%": the share of
// transactions that ended in a rollback over the sampler's window (a few
// seconds), aborting above 5 % and throttling above 2 %. It only counts once
// the window holds at least errorRateMinTransactions transactions, so that 1
// failure in 2 transactions on a quiet server does not stop a migration.
struct AbortThresholds {
    double lagThrottleSeconds = 10;
    double lagAbortSeconds = 30;
    double lockWaitThrottleSeconds = 20;
    double lockWaitAbortSeconds = 60;
    double resumeFraction = 0.5;   // of the throttle thresholds
    double resumeHoldSeconds = 5;  // how long below them before resuming
    double errorRateThrottlePercent = 2;
    double errorRateAbortPercent = 5;
    int errorRateMinTransactions = 20; // in the window, for the error rate to count

    bool operator==(const AbortThresholds &) const = default;
};

// What the policy reads from one sample.
struct PolicyReadings {
    QDateTime at;
    double lagSeconds = 0;
    double lockWaitSeconds = 0;
    double errorRatePercent = -1; // -1: unknown
    qint64 transactions = 0;      // the volume behind errorRatePercent
};

// Reads the monitor's series (the largest replication lag, the longest lock
// wait and the error rate of the newest sample) and decides throttle / resume
// / abort. Only changes are emitted.
class AbortPolicy : public QObject {
    Q_OBJECT

public:
    enum class State { Running, Throttled, Aborted };
    Q_ENUM(State)

    explicit AbortPolicy(QObject *parent = nullptr);

    void setThresholds(const AbortThresholds &thresholds) { m_thresholds = thresholds; }
    const AbortThresholds &thresholds() const { return m_thresholds; }
    State state() const { return m_state; }
    void reset(); // back to Running
    // Our own run just rolled back (a dry run, a failure, an abort): those
    // rollbacks are in the error rate's window for a few seconds. The error
    // rate does not count for that long (local time); other criteria do.
    void excuseOwnRollbacks(int milliseconds);

    // Looks at the newest point of the series (MonitorSeries::kMaxLag,
    // kLongestLockWait, kErrorRate, kWindowTransactions); a decision when the
    // state changes.
    std::optional<PolicyDecision> evaluate(const MonitorSeries &series);
    std::optional<PolicyDecision> evaluate(const PolicyReadings &readings);
    std::optional<PolicyDecision> evaluate(const QDateTime &at, double lagSeconds, double lockWaitSeconds);
    // The error rate the policy counts: the reading, or 0 below the minimum volume.
    double countedErrorRate(double errorRatePercent, qint64 transactions) const;

signals:
    void decided(const slipway::PolicyDecision &decision);

private:
    std::optional<PolicyDecision> decide(PolicyDecision decision, State next);
    static QString reasonFor(const PolicyDecision &decision, qint64 transactions);

    AbortThresholds m_thresholds;
    State m_state = State::Running;
    QDateTime m_calmSince; // throttled and below the resume levels since then
    QDeadlineTimer m_errorRateExcused{0}; // expired: the error rate counts
};

} // namespace slipway
