// RunView's backfill half: start a spec, show its progress, say how it ended.
#include "runview.h"

#include "activeconnection.h"
#include "planrunjob.h"
#include "runeventlog.h"

#include "db/session.h"
#include "monitor/monitor.h"
#include "monitor/monitorcontroller.h"
#include "run/backfillrunner.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace slipway {

namespace {

constexpr int kDryRunBatches = 3; // enough to see the batch size adapt to its target

QString eta(double seconds)
{
    if (seconds < 0)
        return RunView::tr("unknown");
    if (seconds < 90)
        return RunView::tr("%1 s").arg(qRound(seconds));
    if (seconds < 5400)
        return RunView::tr("%1 min").arg(qRound(seconds / 60));
    return RunView::tr("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
}

} // namespace

QWidget *RunView::buildBackfillControls()
{
    auto *box = new QWidget(this);
    m_throttle = new QPushButton(tr("Thrott&le"), box);
    m_throttle->setObjectName(QStringLiteral("runThrottle"));
    m_throttle->setCheckable(true);
    m_throttle->setToolTip(tr("Hold the batches (the current one finishes) until unchecked"));
    m_batchSize = new QSpinBox(box);
    m_batchSize->setObjectName(QStringLiteral("runBatchSize"));
    m_batchSize->setRange(0, 1000000);
    m_batchSize->setSingleStep(500);
    m_batchSize->setSpecialValueText(tr("adaptive"));
    m_batchSize->setPrefix(tr("batch "));
    m_batchSize->setAccessibleName(tr("Batch size (0 adapts to the target duration)"));
    m_batchSize->setToolTip(m_batchSize->accessibleName());
    m_targetMs = new QSpinBox(box);
    m_targetMs->setObjectName(QStringLiteral("runTargetMs"));
    m_targetMs->setRange(10, 60000);
    m_targetMs->setSingleStep(50);
    m_targetMs->setValue(m_preferences.backfillBatchTargetMs);
    m_targetMs->setPrefix(tr("target "));
    m_targetMs->setSuffix(tr(" ms"));
    m_targetMs->setAccessibleName(tr("Target duration of a batch"));
    m_targetMs->setToolTip(m_targetMs->accessibleName());
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_throttle);
    layout->addWidget(m_batchSize);
    layout->addWidget(m_targetMs);
    connect(m_throttle, &QPushButton::toggled, this, [this](bool on) {
        if (on ? controlPlanBackfill([this](plan::PlanRunner &r) { return r.throttleBackfill(tr("throttled from the Run view")); },
                                     tr("Throttle: the plan's backfill step will hold its batches until Throttle is off."))
               : controlPlanBackfill([](plan::PlanRunner &r) { return r.unthrottleBackfill(); },
                                     tr("Throttle off: the plan's backfill step will run its batches.")))
            return markOnCharts(on ? PolicyDecision::Action::Throttle : PolicyDecision::Action::Resume,
                                on ? tr("Plan backfill held (Throttle) from the Run view.")
                                   : tr("Plan backfill released (Throttle off) from the Run view."));
        if (!m_backfill)
            return;
        if (on) {
            m_backfill->throttle(-1, tr("throttled from the Run view"));
            markOnCharts(PolicyDecision::Action::Throttle, tr("Backfill held (Throttle) from the Run view."));
        } else {
            m_backfill->unthrottle();
            markOnCharts(PolicyDecision::Action::Resume, tr("Backfill released (Throttle off) from the Run view."));
        }
    });
    connect(m_batchSize, &QSpinBox::editingFinished, this, [this] {
        const int rows = m_batchSize->value();
        if (controlPlanBackfill([rows](plan::PlanRunner &r) { return r.setBackfillBatchSize(rows); },
                                rows == 0 ? tr("The plan's backfill step will adapt its batch size.")
                                          : tr("The plan's backfill step will run batches of %1 keys.").arg(rows)))
            return;
        if (m_backfill)
            m_backfill->setBatchSize(rows);
    });
    connect(m_targetMs, &QSpinBox::editingFinished, this, [this] {
        const int ms = m_targetMs->value();
        if (controlPlanBackfill([ms](plan::PlanRunner &r) { return r.setBackfillTargetMs(ms); },
                                tr("The plan's backfill step will aim at %1 ms a batch.").arg(ms)))
            return;
        if (m_backfill)
            m_backfill->setTargetBatchMs(ms);
    });
    return box;
}

void RunView::startBackfill()
{
    QString error;
    const auto spec = run::BackfillSpec::load(m_path->text(), &error);
    Session *active = m_connection->session();
    if (!spec || !active) {
        setSummary(3, spec ? tr("Connect to a database first.") : error);
        return;
    }
    m_backfill = std::make_unique<run::BackfillRunner>();
    connect(m_backfill.get(), &run::BackfillRunner::progressed, this, &RunView::onBackfillProgress);
    connect(m_backfill.get(), &run::BackfillRunner::eventAdded, m_log, &RunEventLog::addBackfillEvent);
    connect(m_backfill.get(), &run::BackfillRunner::stateChanged, this, &RunView::updateControls);
    connect(m_backfill.get(), &run::BackfillRunner::finished, this, &RunView::onBackfillFinished);
    run::BackfillOptions options;
    options.resume = true; // from the checkpoint when there is one
    options.dryRun = mode() == Mode::DryRun; // a few batches from there, each rolled back
    options.dryRunBatches = kDryRunBatches;
    if (!m_backfill->start(active->conninfo(), *spec, options)) {
        setSummary(3, m_backfill->result().message);
        m_backfill.reset();
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    {
        const QSignalBlocker blocker(m_throttle);
        m_throttle->setChecked(false);
    }
    m_targetMs->setValue(spec->targetBatchMs);
    m_batchSize->setValue(0);
    m_running = true;
    emit runningChanged(true);
    emit info(options.dryRun ? tr("Dry run of backfill \"%1\" started on %2.").arg(spec->name, m_connection->target())
                             : tr("Backfill \"%1\" started on %2.").arg(spec->name, m_connection->target()));
    updateControls();
}

// The running backfill as a row of the monitor's progress, so the Progress
// chart and details draw it next to index builds and vacuums.
void RunView::showBackfillOnCharts(const run::BackfillProgress &p)
{
    if (!m_monitor)
        return;
    std::optional<run::BackfillSpec> spec;
    int pid = 0;
    if (m_backfill) {
        spec = m_backfill->spec();
        pid = m_backfill->backendPid();
    } else if (m_plan && m_planPosition >= 0 && m_planPosition < m_planOrder.size()) {
        spec = m_plan->steps.value(m_planOrder.at(m_planPosition)).backfill;
    }
    if (!spec)
        return;
    Progress row;
    row.pid = pid;
    row.kind = QStringLiteral("backfill");
    row.command = tr("Backfill %1").arg(spec->name);
    row.relation = spec->table;
    row.phase = run::backfillStateName(p.state);
    row.done = p.rowsDone;
    row.total = qMax<qint64>(0, p.estimatedTotal);
    row.unit = QStringLiteral("rows");
    row.ratePerSecond = p.rowsPerSecond > 0 ? p.rowsPerSecond : -1;
    row.etaSeconds = p.etaSeconds;
    m_monitor->monitor()->setRunProgress(row);
}

void RunView::clearBackfillFromCharts()
{
    if (m_monitor)
        m_monitor->monitor()->setRunProgress(std::nullopt);
}

void RunView::onBackfillProgress(const run::BackfillProgress &p)
{
    showBackfillOnCharts(p);
    const QLocale locale;
    const double fraction = p.fraction();
    if (fraction >= 0)
        m_progress->setValue(qRound(fraction * 1000));
    else
        m_progress->setRange(0, 0);
    const QString total = p.estimatedTotal < 0 ? tr("?")
                          : p.totalIsExact     ? locale.toString(p.estimatedTotal)
                                               : QStringLiteral("~") + locale.toString(p.estimatedTotal);
    m_status->setText(tr("%1 of %2 rows · %3 rows/s · ETA %4 · batch %5 (%6 ms) · %7")
                          .arg(locale.toString(p.rowsDone), total, locale.toString(qRound(p.rowsPerSecond)),
                               eta(p.etaSeconds), locale.toString(p.batchSize),
                               locale.toString(qRound(p.lastBatchMs)), run::backfillStateName(p.state)));
}

void RunView::onBackfillFinished(const run::BackfillResult &result)
{
    m_running = false;
    clearBackfillFromCharts();
    const QLocale locale;
    switch (result.state) {
    case run::BackfillState::Done:
        m_progress->setRange(0, 1000);
        m_progress->setValue(result.dryRun ? 0 : 1000);
        if (result.dryRun) {
            // Its rows were rolled back: what it tells is the rate, and so the time the backfill would take.
            const run::BackfillProgress p = m_backfill ? m_backfill->progress() : run::BackfillProgress();
            const double rows = double(qMax<qint64>(0, p.estimatedTotal - (p.rowsDone - p.rowsThisRun)));
            m_status->setText(p.rowsPerSecond > 0 && p.estimatedTotal >= 0
                                  ? tr("Dry run: %1 rows/s with batches of %2 keys (%3 ms); the backfill of %4 rows "
                                       "would take about %5.")
                                        .arg(locale.toString(qRound(p.rowsPerSecond)), locale.toString(p.batchSize),
                                             locale.toString(qRound(p.lastBatchMs)), locale.toString(qint64(rows)),
                                             eta(rows / p.rowsPerSecond))
                                  : tr("Dry run: every batch rolled back."));
            setSummary(1, tr("Dry run passed: %n batch(es) updated %1 rows in %2 s, each rolled back. Nothing "
                             "changed and no checkpoint was written.",
                             nullptr, int(result.batches))
                              .arg(locale.toString(result.rowsThisRun),
                                   locale.toString(result.seconds, 'f', result.seconds < 1 ? 2 : 1)));
            break;
        }
        setSummary(1, tr("Backfill done: %1 rows in %2 batches (%3 rows this run, %4 s).")
                          .arg(locale.toString(result.rowsDone), locale.toString(result.batches),
                               locale.toString(result.rowsThisRun), locale.toString(result.seconds, 'f', 1)));
        break;
    case run::BackfillState::Aborted:
        setSummary(2, tr("Backfill aborted after %1 rows: %2. Start again to resume from the checkpoint.")
                          .arg(locale.toString(result.rowsDone), result.message));
        break;
    case run::BackfillState::LockHeld:
        setSummary(3, tr("This backfill is already running: %1")
                          .arg(result.holder ? result.holder->describe() : result.message));
        break;
    default:
        setSummary(3, tr("Backfill failed after %1 rows: %2")
                          .arg(locale.toString(result.rowsDone),
                               result.error.isError() ? result.error.toText() : result.message));
        break;
    }
    emit runningChanged(false);
    emit finished(result.state == run::BackfillState::Done);
    updateControls();
}

} // namespace slipway
