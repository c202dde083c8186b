#pragma once

#include "policydecision.h"

#include <QObject>

#include <optional>

namespace slipway {

class MonitorSeries;

// Abort criteria of ../shared/reference (database-migration, Phase 4): abort
// when replication lag exceeds 30 s or a lock wait exceeds 60 s. Throttle
// thresholds sit below them so a backfill can slow down before it must stop:
// lag above 10 s or a lock wait above 20 s. Hysteresis: a throttled run
// resumes only once both metrics have stayed below half their throttle
// thresholds (5 s lag, 10 s lock wait) for 5 s. Abort is final until reset().
struct AbortThresholds {
    double lagThrottleSeconds = 10;
    double lagAbortSeconds = 30;
    double lockWaitThrottleSeconds = 20;
    double lockWaitAbortSeconds = 60;
    double resumeFraction = 0.5;   // of the throttle thresholds
    double resumeHoldSeconds = 5;  // how long below them before resuming

    bool operator==(const AbortThresholds &) const = default;
};

// Reads the monitor's series (the largest replication lag and the longest lock
// wait of the newest sample) and decides throttle / resume / abort. Only
// changes are emitted.
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

    // Looks at the newest point of the series (MonitorSeries::kMaxLag and
    // kLongestLockWait); a decision when the state changes.
    std::optional<PolicyDecision> evaluate(const MonitorSeries &series);
    std::optional<PolicyDecision> evaluate(const QDateTime &at, double lagSeconds, double lockWaitSeconds);

signals:
    void decided(const slipway::PolicyDecision &decision);

private:
    std::optional<PolicyDecision> decide(PolicyDecision decision, State next);

    AbortThresholds m_thresholds;
    State m_state = State::Running;
    QDateTime m_calmSince; // throttled and below the resume levels since then
};

} // namespace slipway
