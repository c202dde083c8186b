#include "abortpolicy.h"

#include "monitorseries.h"

#include <QLocale>

namespace slipway {

namespace {

QString seconds(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}

} // namespace

QString PolicyDecision::actionName(Action action)
{
    switch (action) {
    case Action::Throttle:
        return QStringLiteral("throttle");
    case Action::Resume:
        return QStringLiteral("resume");
    case Action::Abort:
        return QStringLiteral("abort");
    }
    return {};
}

AbortPolicy::AbortPolicy(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<slipway::PolicyDecision>();
}

void AbortPolicy::reset()
{
    m_state = State::Running;
    m_calmSince = {};
}

std::optional<PolicyDecision> AbortPolicy::evaluate(const MonitorSeries &series)
{
    const TimeSeries *lag = series.series(MonitorSeries::kMaxLag);
    const TimeSeries *wait = series.series(MonitorSeries::kLongestLockWait);
    if (!lag && !wait)
        return std::nullopt;
    const qint64 ms = std::max(lag && !lag->isEmpty() ? lag->last().ms : 0,
                               wait && !wait->isEmpty() ? wait->last().ms : 0);
    const double lagValue = lag && !lag->isEmpty() && lag->last().ms == ms ? lag->last().value : 0;
    const double waitValue = wait && !wait->isEmpty() && wait->last().ms == ms ? wait->last().value : 0;
    return evaluate(QDateTime::fromMSecsSinceEpoch(ms), lagValue, waitValue);
}

std::optional<PolicyDecision> AbortPolicy::evaluate(const QDateTime &at, double lagSeconds, double lockWaitSeconds)
{
    if (m_state == State::Aborted)
        return std::nullopt;
    const AbortThresholds &t = m_thresholds;
    PolicyDecision d;
    d.at = at;
    if (lagSeconds > t.lagAbortSeconds || lockWaitSeconds > t.lockWaitAbortSeconds) {
        d.action = PolicyDecision::Action::Abort;
        // The criterion furthest past its threshold speaks.
        if (lagSeconds / t.lagAbortSeconds >= lockWaitSeconds / t.lockWaitAbortSeconds) {
            d.metric = QStringLiteral("replication_lag");
            d.value = lagSeconds;
            d.threshold = t.lagAbortSeconds;
            d.reason = tr("Abort: replication lag %1 s is above the abort threshold (%2 s).")
                           .arg(seconds(lagSeconds), seconds(t.lagAbortSeconds));
        } else {
            d.metric = QStringLiteral("lock_wait");
            d.value = lockWaitSeconds;
            d.threshold = t.lockWaitAbortSeconds;
            d.reason = tr("Abort: a session has waited %1 s for a lock, above the abort threshold (%2 s).")
                           .arg(seconds(lockWaitSeconds), seconds(t.lockWaitAbortSeconds));
        }
        return decide(d, State::Aborted);
    }
    const bool overThrottle = lagSeconds > t.lagThrottleSeconds || lockWaitSeconds > t.lockWaitThrottleSeconds;
    if (m_state == State::Running) {
        if (!overThrottle)
            return std::nullopt;
        d.action = PolicyDecision::Action::Throttle;
        if (lagSeconds / t.lagThrottleSeconds >= lockWaitSeconds / t.lockWaitThrottleSeconds) {
            d.metric = QStringLiteral("replication_lag");
            d.value = lagSeconds;
            d.threshold = t.lagThrottleSeconds;
            d.reason = tr("Throttle: replication lag %1 s is above %2 s.")
                           .arg(seconds(lagSeconds), seconds(t.lagThrottleSeconds));
        } else {
            d.metric = QStringLiteral("lock_wait");
            d.value = lockWaitSeconds;
            d.threshold = t.lockWaitThrottleSeconds;
            d.reason = tr("Throttle: a session has waited %1 s for a lock, above %2 s.")
                           .arg(seconds(lockWaitSeconds), seconds(t.lockWaitThrottleSeconds));
        }
        m_calmSince = {};
        return decide(d, State::Throttled);
    }
    // Throttled: resume after a calm spell below the (lower) resume levels.
    const bool calm = lagSeconds <= t.lagThrottleSeconds * t.resumeFraction
                      && lockWaitSeconds <= t.lockWaitThrottleSeconds * t.resumeFraction;
    if (!calm) {
        m_calmSince = {};
        return std::nullopt;
    }
    if (!m_calmSince.isValid())
        m_calmSince = at;
    if (m_calmSince.msecsTo(at) < qint64(t.resumeHoldSeconds * 1000))
        return std::nullopt;
    d.action = PolicyDecision::Action::Resume;
    d.reason = tr("Resume: replication lag %1 s and lock waits %2 s have stayed below %3 s and %4 s for %5 s.")
                   .arg(seconds(lagSeconds), seconds(lockWaitSeconds),
                        seconds(t.lagThrottleSeconds * t.resumeFraction),
                        seconds(t.lockWaitThrottleSeconds * t.resumeFraction), seconds(t.resumeHoldSeconds));
    m_calmSince = {};
    return decide(d, State::Running);
}

std::optional<PolicyDecision> AbortPolicy::decide(PolicyDecision decision, State next)
{
    m_state = next;
    emit decided(decision);
    return decision;
}

} // namespace slipway
