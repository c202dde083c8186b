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

void AbortPolicy::excuseOwnRollbacks(int milliseconds)
{
    m_errorRateExcused.setRemainingTime(milliseconds);
}

namespace {

double newest(const TimeSeries *series, qint64 ms, double fallback)
{
    return series && !series->isEmpty() && series->last().ms == ms ? series->last().value : fallback;
}

// One abort criterion at one sample: its reading and thresholds.
struct Criterion {
    const char *metric;
    double value;
    double throttle;
    double abort;
};

} // namespace

std::optional<PolicyDecision> AbortPolicy::evaluate(const MonitorSeries &series)
{
    const TimeSeries *lag = series.series(MonitorSeries::kMaxLag);
    const TimeSeries *wait = series.series(MonitorSeries::kLongestLockWait);
    if (!lag && !wait)
        return std::nullopt;
    const qint64 ms = std::max(lag && !lag->isEmpty() ? lag->last().ms : 0,
                               wait && !wait->isEmpty() ? wait->last().ms : 0);
    PolicyReadings r;
    r.at = QDateTime::fromMSecsSinceEpoch(ms);
    r.lagSeconds = newest(lag, ms, 0);
    r.lockWaitSeconds = newest(wait, ms, 0);
    r.errorRatePercent = newest(series.series(MonitorSeries::kErrorRate), ms, -1);
    r.transactions = qint64(newest(series.series(MonitorSeries::kWindowTransactions), ms, 0));
    return evaluate(r);
}

std::optional<PolicyDecision> AbortPolicy::evaluate(const QDateTime &at, double lagSeconds, double lockWaitSeconds)
{
    PolicyReadings r;
    r.at = at;
    r.lagSeconds = lagSeconds;
    r.lockWaitSeconds = lockWaitSeconds;
    return evaluate(r);
}

double AbortPolicy::countedErrorRate(double errorRatePercent, qint64 transactions) const
{
    if (errorRatePercent < 0 || transactions < m_thresholds.errorRateMinTransactions)
        return 0;
    return errorRatePercent;
}

std::optional<PolicyDecision> AbortPolicy::evaluate(const PolicyReadings &r)
{
    if (m_state == State::Aborted)
        return std::nullopt;
    const AbortThresholds &t = m_thresholds;
    const double errors = m_errorRateExcused.hasExpired() ? countedErrorRate(r.errorRatePercent, r.transactions) : 0;
    const Criterion criteria[] = {
        {"replication_lag", r.lagSeconds, t.lagThrottleSeconds, t.lagAbortSeconds},
        {"lock_wait", r.lockWaitSeconds, t.lockWaitThrottleSeconds, t.lockWaitAbortSeconds},
        {"error_rate", errors, t.errorRateThrottlePercent, t.errorRateAbortPercent},
    };
    // The criterion furthest past its threshold speaks.
    const auto worst = [&](bool abort) -> const Criterion * {
        const Criterion *out = nullptr;
        double share = 1;
        for (const Criterion &c : criteria) {
            const double limit = abort ? c.abort : c.throttle;
            if (limit > 0 && c.value > limit && c.value / limit >= share) {
                share = c.value / limit;
                out = &c;
            }
        }
        return out;
    };
    PolicyDecision d;
    d.at = r.at;
    if (const Criterion *c = worst(true)) {
        d.action = PolicyDecision::Action::Abort;
        d.metric = QLatin1String(c->metric);
        d.value = c->value;
        d.threshold = c->abort;
        d.reason = reasonFor(d, r.transactions);
        return decide(d, State::Aborted);
    }
    if (m_state == State::Running) {
        const Criterion *c = worst(false);
        if (!c)
            return std::nullopt;
        d.action = PolicyDecision::Action::Throttle;
        d.metric = QLatin1String(c->metric);
        d.value = c->value;
        d.threshold = c->throttle;
        d.reason = reasonFor(d, r.transactions);
        m_calmSince = {};
        return decide(d, State::Throttled);
    }
    // Throttled: resume after a calm spell below the (lower) resume levels.
    bool calm = true;
    for (const Criterion &c : criteria)
        calm = calm && c.value <= c.throttle * t.resumeFraction;
    if (!calm) {
        m_calmSince = {};
        return std::nullopt;
    }
    if (!m_calmSince.isValid())
        m_calmSince = r.at;
    if (m_calmSince.msecsTo(r.at) < qint64(t.resumeHoldSeconds * 1000))
        return std::nullopt;
    d.action = PolicyDecision::Action::Resume;
    d.reason = tr("Resume: replication lag %1 s, lock waits %2 s and errors %3 % have stayed below %4 s, %5 s and "
                  "%6 % for %7 s.")
                   .arg(seconds(r.lagSeconds), seconds(r.lockWaitSeconds), seconds(errors),
                        seconds(t.lagThrottleSeconds * t.resumeFraction),
                        seconds(t.lockWaitThrottleSeconds * t.resumeFraction),
                        seconds(t.errorRateThrottlePercent * t.resumeFraction), seconds(t.resumeHoldSeconds));
    m_calmSince = {};
    return decide(d, State::Running);
}

QString AbortPolicy::reasonFor(const PolicyDecision &d, qint64 transactions)
{
    const bool abort = d.action == PolicyDecision::Action::Abort;
    if (d.metric == QLatin1String("replication_lag"))
        return abort ? tr("Abort: replication lag %1 s is above the abort threshold (%2 s).")
                           .arg(seconds(d.value), seconds(d.threshold))
                     : tr("Throttle: replication lag %1 s is above %2 s.").arg(seconds(d.value), seconds(d.threshold));
    if (d.metric == QLatin1String("lock_wait"))
        return abort ? tr("Abort: a session has waited %1 s for a lock, above the abort threshold (%2 s).")
                           .arg(seconds(d.value), seconds(d.threshold))
                     : tr("Throttle: a session has waited %1 s for a lock, above %2 s.")
                           .arg(seconds(d.value), seconds(d.threshold));
    return abort ? tr("Abort: %1 % of the last %2 transactions in the database rolled back (errors), above the abort "
                      "threshold (%3 %).")
                       .arg(seconds(d.value))
                       .arg(transactions)
                       .arg(seconds(d.threshold))
                 : tr("Throttle: %1 % of the last %2 transactions in the database rolled back (errors), above %3 %.")
                       .arg(seconds(d.value))
                       .arg(transactions)
                       .arg(seconds(d.threshold));
}

std::optional<PolicyDecision> AbortPolicy::decide(PolicyDecision decision, State next)
{
    m_state = next;
    emit decided(decision);
    return decision;
}

} // namespace slipway
