#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace slipway {

// What the abort policy decided, and why, in words for the run log.
struct PolicyDecision {
    enum class Action { Throttle, Resume, Abort };

    Action action = Action::Throttle;
    QDateTime at;
    QString metric;        // "replication_lag", "lock_wait" or "error_rate"; empty for Resume
    double value = 0;      // the metric when decided
    double threshold = 0;  // the threshold it crossed
    QString reason;        // "Replication lag 34.2 s is above the abort threshold (30 s)"
    // Taken by the user (Pause = Throttle, Resume, Abort buttons), not by the
    // policy: charts mark it on every chart, drawn apart from the policy's.
    bool byUser = false;

    static QString actionName(Action action); // "throttle", "resume", "abort" (stable, for files)
};

} // namespace slipway

Q_DECLARE_METATYPE(slipway::PolicyDecision)
