// RunView's saved-plan half: load a plan file, show its steps (with the
// deploy notes between them), run it step by step on a worker thread
// (plan::PlanRunner through PlanRunJob), follow it and sum up each step.
#include "runview.h"

#include "activeconnection.h"
#include "planrunjob.h"
#include "runeventlog.h"
#include "runpreview.h"

#include "db/session.h"
#include "run/backfillrunner.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace slipway {

namespace {

constexpr int kStepUnits = 100; // progress bar units per step

QString stepName(const plan::MigrationPlan &plan, int step)
{
    const QString title = plan.steps.at(step).title;
    return title.isEmpty() ? RunView::tr("step %1").arg(step + 1) : RunView::tr("step %1 (%2)").arg(step + 1).arg(title);
}

} // namespace

void RunView::setPlanFile(const QString &path)
{
    m_plan.reset();
    m_planPath.clear();
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(m_source->findData(int(Source::Plan)));
    m_path->setText(path);
    refreshPlan();
}

void RunView::setPlan(const plan::MigrationPlan &plan, const QString &path)
{
    m_plan = plan;
    m_planPath = path;
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(m_source->findData(int(Source::Plan)));
    m_path->setText(path.isEmpty() ? plan.title : path);
    refreshPlan();
}

void RunView::choosePlanFile()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Migration Plan"), m_path->text(),
                                                        tr("Migration plans (*.json)"));
    if (!chosen.isEmpty())
        setPlanFile(chosen);
}

bool RunView::planHasWork() const
{
    return m_plan && !plan::PlanExecution::order(*m_plan, mode() == Mode::Rollback).isEmpty();
}

void RunView::showPlanPreview()
{
    if (mode() == Mode::DryRunEach) { // not for plans (updateControls disables it)
        setMode(Mode::DryRun); // refreshes again
        return;
    }
    const QString text = m_path->text().trimmed();
    const QString label = m_plan ? (m_planPath.isEmpty() ? m_plan->title : m_planPath) : QString();
    if (text.isEmpty() && m_plan) {
        m_path->setText(label);
    } else if (text.isEmpty()) {
        m_preview->setMessage(tr("Choose a saved migration plan (JSON): Migration › New Expand/Contract Plan, or "
                                 "Save Plan in a plan tab."));
        return;
    } else if (QFileInfo(text).isFile() || text != label) {
        QString error;
        m_plan = plan::MigrationPlan::load(text, &error);
        m_planPath = m_plan ? QFileInfo(text).absoluteFilePath() : QString();
        if (!m_plan) {
            const QString why = error.isEmpty() ? tr("%1 is not a migration plan.").arg(text) : error;
            m_preview->setMessage(why);
            setSummary(3, why);
            return;
        }
    }
    m_preview->setPlan(*m_plan, mode() == Mode::Rollback, m_connection->serverInfo().versionNumber);
}

void RunView::startPlan()
{
    Session *active = m_connection->session();
    if (!m_plan || !active) {
        setSummary(3, m_plan ? tr("Connect to a database first.") : tr("Choose a saved migration plan first."));
        return;
    }
    plan::PlanRunOptions options;
    options.down = mode() == Mode::Rollback;
    options.dryRun = mode() == Mode::DryRun || mode() == Mode::DryRunEach;
    options.execution.lockTimeoutMs = m_preferences.lockTimeoutMs;
    options.execution.statementTimeoutMs = m_preferences.statementTimeoutMs;
    options.execution.maxAttempts = m_preferences.lockRetries + 1;
    options.backfill.policyThrottlePauseMs = -1;
    const QList<int> chosen = m_preview->checkedSteps();
    m_planOrder = plan::PlanExecution::order(*m_plan, options.down);
    if (chosen.isEmpty()) {
        setSummary(2, tr("Tick the steps to run in the plan below."));
        return;
    }
    if (chosen.size() < m_planOrder.size()) {
        options.only = chosen;
        m_planOrder = chosen;
    }
    m_backfill.reset(); // a finished spec run must not take this run's decisions
    m_preview->setPlan(*m_plan, options.down, m_connection->serverInfo().versionNumber); // no old results
    m_preview->setCheckedSteps(chosen);
    m_planPosition = -1;
    m_planStatements = 0;
    m_planErrorAt = {};
    m_planBackfillPaused = false;
    {
        const QSignalBlocker blocker(m_throttle);
        m_throttle->setChecked(false);
    }
    m_batchSize->setValue(0);
    for (const plan::PlanStep &step : m_plan->steps) {
        if (step.backfill) { // the first backfill step's target
            m_targetMs->setValue(step.backfill->targetBatchMs);
            break;
        }
    }
    m_lastPlanResult = {};
    m_lastResult = {}; // the export follows this run from now on
    m_runItems.clear();
    m_runEvents.clear();
    m_runPlan.reset();
    m_runBackfillEvents.clear();
    m_progress->setRange(0, qMax(1, int(m_planOrder.size()) * kStepUnits));
    m_progress->setValue(0);
    m_planRun = std::make_unique<PlanRunJob>();
    connect(m_planRun.get(), &PlanRunJob::stepStarted, this, &RunView::onPlanStep);
    connect(m_planRun.get(), &PlanRunJob::executionEvent, this, &RunView::onPlanEvent);
    connect(m_planRun.get(), &PlanRunJob::line, this,
            [this](const QString &line) { m_log->addLine(RunEventLog::Severity::Info, tr("plan"), line); });
    connect(m_planRun.get(), &PlanRunJob::backfillEvent, m_log, &RunEventLog::addBackfillEvent);
    connect(m_planRun.get(), &PlanRunJob::backfillEvent, this, [this](const run::BackfillEvent &event) {
        m_runBackfillEvents << event;
        // No progress comes while the batches wait: say so on the status line.
        using Kind = run::BackfillEvent::Kind;
        if ((event.kind == Kind::Paused || event.kind == Kind::Throttled) && m_planPosition >= 0)
            m_status->setText(tr("Step %1 of %2: %3 — %4")
                                  .arg(m_planPosition + 1)
                                  .arg(m_planOrder.size())
                                  .arg(stepName(*m_plan, m_planOrder.at(m_planPosition)),
                                       event.kind == Kind::Paused ? tr("backfill paused; Resume goes on")
                                                                  : tr("backfill throttled: %1").arg(event.message)));
    });
    connect(m_planRun.get(), &PlanRunJob::backfillProgress, this, [this](const run::BackfillProgress &p) {
        run::BackfillProgress shown = p;
        if (m_planBackfillPaused && p.state == run::BackfillState::Running)
            shown.state = run::BackfillState::Paused; // asked for: no batch starts any more
        onBackfillProgress(shown); // the status line; then the bar by step
        m_progress->setRange(0, qMax(1, int(m_planOrder.size()) * kStepUnits));
        m_progress->setValue(qMax(0, m_planPosition) * kStepUnits + int(qMax(0.0, p.fraction()) * (kStepUnits - 1)));
    });
    connect(m_planRun.get(), &PlanRunJob::finished, this, &RunView::onPlanFinished);
    m_running = true;
    emit runningChanged(true);
    updateControls();
    const QString modeText = options.dryRun ? tr("Dry run") : options.down ? tr("Rollback") : tr("Run");
    emit info(tr("%1 of plan \"%2\" (%n step(s)) started on %3.", nullptr, int(m_planOrder.size()))
                  .arg(modeText, m_plan->title, m_connection->target()));
    options.execution.runLog = m_recorder.reference(); // each step's journal row points at this run's log
    m_planRun->start(active->conninfo(), *m_plan, options);
}

void RunView::onPlanStep(int step)
{
    m_planPosition = int(m_planOrder.indexOf(step));
    m_planStatements = 0;
    m_preview->markCurrent(m_planPosition, -1);
    m_progress->setValue(qMax(0, m_planPosition) * kStepUnits);
    m_status->setText(tr("Step %1 of %2: %3")
                          .arg(m_planPosition + 1)
                          .arg(m_planOrder.size())
                          .arg(stepName(*m_plan, step)));
}

void RunView::onPlanEvent(const run::ExecutionEvent &event)
{
    using Kind = run::ExecutionEvent::Kind;
    run::ExecutionEvent e = event;
    e.item = m_planPosition; // the executor runs one step (or, dry, the run order) at a time
    onExecutionEvent(e);     // log, preview marker, status
    if (event.kind == Kind::Error)
        m_planErrorAt = event.position;
    if (event.kind == Kind::StatementStarted && m_planPosition >= 0)
        m_status->setText(tr("Step %1 of %2: statement %3 (line %4)")
                              .arg(m_planPosition + 1)
                              .arg(m_planOrder.size())
                              .arg(event.statement + 1)
                              .arg(event.range.from.line));
    if (event.kind == Kind::StatementFinished || event.kind == Kind::StatementSkipped)
        ++m_planStatements;
    // The bar moves by step; statements fill the step's share.
    int total = 0;
    if (m_planPosition >= 0)
        if (QTreeWidgetItem *row = m_preview->stepRow(m_planOrder.at(m_planPosition)))
            total = row->childCount();
    const int within = total > 0 ? qMin(kStepUnits - 1, m_planStatements * kStepUnits / total) : 0;
    m_progress->setRange(0, qMax(1, int(m_planOrder.size()) * kStepUnits));
    m_progress->setValue(qMax(0, m_planPosition) * kStepUnits + within);
}

void RunView::onPlanFinished(const plan::PlanRunResult &result)
{
    using Status = plan::PlanRunResult::Status;
    using Step = plan::PlanStepOutcome::Status;
    m_lastPlanResult = result;
    m_running = false;
    clearBackfillFromCharts();
    m_planBackfillPaused = false;
    const bool dry = mode() == Mode::DryRun || mode() == Mode::DryRunEach;
    const bool down = mode() == Mode::Rollback;
    // "Export Runbook with Results": the plan itself, each step's outcome (and journal row).
    m_runPlan = *m_plan;
    m_runPlanMode = dry ? QStringLiteral("dry-run") : down ? QStringLiteral("rollback") : QStringLiteral("run");
    m_lastResult = plan::PlanExecution::asExecution(*m_plan, result, down, &m_runItems);
    int done = 0;
    int verified = 0;
    qint64 totalMs = 0;
    QString failedStep;
    for (const plan::PlanStepOutcome &outcome : result.steps) {
        m_preview->setStepResult(outcome);
        done += outcome.status == Step::Succeeded || outcome.status == Step::DryRunOk;
        verified += outcome.verified.value_or(false);
        totalMs += qMax<qint64>(0, outcome.durationMs);
        if ((outcome.status == Step::Failed || (outcome.verified && !*outcome.verified)) && failedStep.isEmpty())
            failedStep = stepName(*m_plan, outcome.step);
        if (outcome.verified && !*outcome.verified)
            m_log->addLine(RunEventLog::Severity::Error, tr("verify"),
                           tr("The verification of %1 failed: %2").arg(stepName(*m_plan, outcome.step),
                                                                       outcome.message));
    }
    const QString seconds = QLocale().toString(totalMs / 1000.0, 'f', 1);
    switch (result.status) {
    case Status::Succeeded:
        if (result.verificationFailed) {
            setSummary(2, tr("Stopped: a verification query failed after %1 — the step ran, but the database is "
                             "not as the plan expects.").arg(failedStep.isEmpty() ? tr("a step") : failedStep));
            break;
        }
        m_progress->setValue(m_progress->maximum());
        setSummary(1, dry    ? tr("Dry run of the plan passed: %n step(s) in %1 s, everything rolled back.", nullptr,
                                  done).arg(seconds)
                      : down ? tr("Plan rolled back: %n step(s) in %1 s, %2 verified.", nullptr, done)
                                   .arg(seconds).arg(verified)
                             : tr("Plan done: %n step(s) in %1 s, %2 verified.", nullptr, done)
                                   .arg(seconds).arg(verified));
        break;
    case Status::Failed: {
        QString where = failedStep.isEmpty() ? tr("The plan failed") : tr("%1 failed").arg(failedStep);
        where[0] = where.at(0).toUpper(); // "Step 2 (…) failed"
        if (m_planErrorAt.line > 0)
            where += tr(" at line %1, column %2").arg(m_planErrorAt.line).arg(m_planErrorAt.column);
        setSummary(3, where + QStringLiteral(": ")
                          + (result.error.isError() ? result.error.toText() : result.message)
                          + (dry ? QString() : QLatin1Char('\n') + tr("Steps before it stay applied; its own "
                                                                     "transaction was rolled back.")));
        break;
    }
    case Status::Cancelled:
        setSummary(2, tr("Stopped after %n step(s): the running step was rolled back (a backfill keeps its "
                         "committed batches).", nullptr, done));
        break;
    case Status::LockHeld: setSummary(3, result.message); break;
    }
    for (const run::InvalidIndex &index : result.invalidIndexes)
        m_log->addLine(RunEventLog::Severity::Warning, QString(),
                       tr("Index %1.%2 is INVALID (left by a failed CONCURRENTLY build).").arg(index.schema, index.name),
                       index.cleanupSql);
    m_status->setText(result.succeeded() ? tr("Finished") : tr("Stopped"));
    m_planRun.release()->deleteLater(); // we are in its signal
    emit runningChanged(false);
    emit finished(result.succeeded());
    updateControls();
}

bool RunView::onPlanDecision(const PolicyDecision &decision)
{
    if (!m_planRun || !m_planRun->isRunning())
        return false;
    if (m_planRun->applyDecision(decision)) // a backfill step took it and logs it as its event
        return true;
    m_log->addDecision(decision);
    if (decision.action == PolicyDecision::Action::Abort)
        emit warning(tr("Plan run aborted by the monitor: %1").arg(decision.reason));
    return true;
}

bool RunView::planRunsBackfill() const
{
    if (source() != Source::Plan || !m_plan || mode() != Mode::Run)
        return false;
    return std::any_of(m_plan->steps.cbegin(), m_plan->steps.cend(),
                       [](const plan::PlanStep &step) { return step.backfill.has_value(); });
}

bool RunView::controlPlanBackfill(const std::function<bool(plan::PlanRunner &)> &control, const QString &heldText)
{
    plan::PlanRunner *runner = m_planRun ? m_planRun->runner() : nullptr;
    if (!runner)
        return false;
    if (!control(*runner)) // the running backfill logs it as its own event
        m_log->addLine(RunEventLog::Severity::Info, tr("you"), heldText);
    return true;
}

bool RunView::abortPlan()
{
    if (!m_planRun || !m_planRun->isRunning())
        return false;
    m_log->addLine(RunEventLog::Severity::Warning, QString(), tr("Abort requested: cancelling the running step."));
    m_planRun->cancel();
    markOnCharts(PolicyDecision::Action::Abort, tr("Plan run aborted from the Run view."));
    return true;
}

} // namespace slipway
