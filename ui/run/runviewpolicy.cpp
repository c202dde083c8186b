// RunView and the monitor's abort policy: a fresh policy for every run, its
// decisions applied to what runs (the executor, a backfill, a plan), the
// user's own actions marked on the charts, and the error rate excused for a
// few seconds after our own rollbacks (a dry run, a failure, a retry).
#include "runview.h"

#include "monitor/monitor.h"
#include "monitor/monitorcontroller.h"
#include "run/runcontroller.h"
#include "run/runeventlog.h"

#include "run/backfillrunner.h"

namespace slipway {

namespace {

// The sampler's error-rate window (5 s) plus the statistics' flush (about 1 s).
constexpr int kOwnRollbacksMs = 7000;

} // namespace

void RunView::setUpPolicy()
{
    connect(this, &RunView::runningChanged, this, [this](bool running) {
        if (running && m_monitor)
            m_monitor->monitor()->policy()->reset(); // an abort of before must not stay in force, nor silence this run
    });
    connect(this, &RunView::finished, this, [this] { excuseOwnRollbacks(); });
}

void RunView::excuseOwnRollbacks()
{
    if (m_monitor)
        m_monitor->monitor()->policy()->excuseOwnRollbacks(kOwnRollbacksMs);
}

void RunView::onDecision(const PolicyDecision &decision)
{
    if (!m_running)
        return;
    if (m_backfill) {
        m_backfill->applyDecision(decision); // it logs the decision as a backfill event
        return;
    }
    const bool dry = mode() == Mode::DryRun || mode() == Mode::DryRunEach;
    if (dry && decision.metric == QLatin1String("error_rate")) {
        // A dry run rolls back by design; its own rollbacks are in the rate.
        m_log->addLine(RunEventLog::Severity::Info, QString(),
                       tr("Not acted on during a dry run, whose own rollbacks count in the error rate: %1")
                           .arg(decision.reason));
        return;
    }
    if (onPlanDecision(decision))
        return;
    m_log->addDecision(decision);
    if (decision.action == PolicyDecision::Action::Abort && m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        emit warning(tr("Run aborted by the monitor: %1").arg(decision.reason));
    }
}

void RunView::markOnCharts(PolicyDecision::Action action, const QString &reason)
{
    if (m_monitor)
        m_monitor->monitor()->markUserAction(action, reason);
}

} // namespace slipway
