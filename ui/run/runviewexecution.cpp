// RunView's migration half: run the items through the executor, follow its
// events, sum up how it ended.
#include "runview.h"

#include "activeconnection.h"
#include "runeventlog.h"
#include "runpreview.h"
#include "sessionreaper.h"

#include "db/session.h"
#include "run/runcontroller.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace slipway {

namespace {

QString duration(qint64 ms)
{
    if (ms < 1000)
        return RunView::tr("%1 ms").arg(ms);
    return RunView::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

} // namespace

void RunView::startItems()
{
    run::ExecutionOptions options;
    options.mode = mode() == Mode::DryRun       ? run::ExecutionOptions::Mode::DryRun
                   : mode() == Mode::DryRunEach ? run::ExecutionOptions::Mode::DryRunEach
                   : mode() == Mode::Rollback   ? run::ExecutionOptions::Mode::Rollback
                                              : run::ExecutionOptions::Mode::Run;
    options.lockTimeoutMs = m_preferences.lockTimeoutMs;
    options.statementTimeoutMs = m_preferences.statementTimeoutMs;
    options.maxAttempts = m_preferences.lockRetries + 1;
    options.applicationName = QStringLiteral("slipway run");
    m_runner = std::make_unique<run::RunController>(*m_session);
    connect(m_runner.get(), &run::RunController::eventOccurred, this, &RunView::onExecutionEvent);
    connect(m_runner.get(), &run::RunController::finished, this, &RunView::onExecutionFinished);
    connect(m_runner.get(), &run::RunController::failed, this, [this](const DbError &error) {
        m_running = false;
        fail(tr("The run could not start"), error);
        emit runningChanged(false);
    });
    m_itemsDone = 0;
    m_statementsDone = 0;
    m_runItems = m_items;
    m_runEvents.clear();
    m_runPlan.reset();
    m_progress->setRange(0, qMax(1, m_preview->statementCount()));
    m_progress->setValue(0);
    m_running = true;
    emit runningChanged(true);
    updateControls();
    emit info(tr("%1 of %n item(s) started on %2.", nullptr, int(m_items.size()))
                  .arg(run::ExecutionOptions::modeName(options.mode), m_connection->target()));
    options.runLog = m_recorder.reference(); // the journal says where this run's log is
    m_runner->start(m_items, options);
}

void RunView::onExecutionEvent(const run::ExecutionEvent &event)
{
    using Kind = run::ExecutionEvent::Kind;
    m_log->addExecutionEvent(event);
    m_runEvents << event;
    if (event.kind == run::ExecutionEvent::Kind::Retry || event.kind == run::ExecutionEvent::Kind::Error)
        excuseOwnRollbacks(); // the failed try rolled back
    switch (event.kind) {
    case Kind::StatementStarted:
        m_preview->markCurrent(event.item, event.statement);
        m_status->setText(tr("%1: statement %2 (line %3)")
                              .arg(event.version.isEmpty() ? tr("script") : event.version)
                              .arg(event.statement + 1)
                              .arg(event.range.from.line));
        break;
    case Kind::StatementFinished:
    case Kind::StatementSkipped: m_progress->setValue(++m_statementsDone); break;
    case Kind::Retry:
        m_status->setText(tr("Lock timeout: try %1 of %2 in %3").arg(event.attempt).arg(event.maxAttempts)
                              .arg(duration(event.delayMs)));
        break;
    case Kind::LockWaiting: m_status->setText(event.message); break;
    case Kind::ItemFinished: ++m_itemsDone; break;
    default: break;
    }
}

void RunView::onExecutionFinished(const run::ExecutionResult &result)
{
    using Status = run::ExecutionResult::Status;
    m_lastResult = result;
    m_running = false;
    const bool dry = mode() == Mode::DryRun || mode() == Mode::DryRunEach;
    qint64 totalMs = 0;
    int done = 0;
    for (const run::ItemOutcome &item : result.items) {
        totalMs += qMax<qint64>(0, item.durationMs);
        done += item.status == run::ItemOutcome::Status::Succeeded || item.status == run::ItemOutcome::Status::DryRunOk;
    }
    switch (result.status) {
    case Status::Succeeded:
        m_progress->setValue(m_progress->maximum());
        setSummary(result.verificationFailed ? 2 : 1,
                   dry ? tr("Dry run passed: %n item(s) in %1, everything rolled back.", nullptr, done)
                             .arg(duration(totalMs))
                       : tr("%n item(s) done in %1.", nullptr, done).arg(duration(totalMs))
                             + (result.verificationFailed ? QLatin1Char(' ') + tr("A verification query failed.")
                                                          : QString()));
        break;
    case Status::Failed: {
        QString where;
        for (const run::ItemOutcome &item : result.items) {
            if (item.status == run::ItemOutcome::Status::Failed) {
                where = tr("%1 failed at line %2, column %3: ")
                            .arg(item.version.isEmpty() ? tr("The script") : item.version)
                            .arg(item.errorPosition.line)
                            .arg(item.errorPosition.column);
                break;
            }
        }
        setSummary(3, where + result.error.toText()
                          + (result.connectionLost ? QLatin1Char('\n') + tr("The connection was lost; it will be "
                                                                             "opened again for the next run.")
                                                   : QString()));
        break;
    }
    case Status::Cancelled: setSummary(2, tr("Stopped: the running transaction was rolled back.")); break;
    case Status::LockHeld:
        setSummary(3, tr("Another runner is migrating this database: %1").arg(result.lockHolder));
        break;
    }
    for (const run::InvalidIndex &index : result.invalidIndexes)
        m_log->addLine(RunEventLog::Severity::Warning, QString(),
                       tr("Index %1.%2 is INVALID (left by a failed CONCURRENTLY build).").arg(index.schema, index.name),
                       index.cleanupSql);
    m_status->setText(run::ExecutionResult::statusName(result.status));
    if (result.connectionLost && m_session) {
        m_runner.reset();
        retireSession(m_session);
        m_session = nullptr;
    }
    emit runningChanged(false);
    emit finished(result.succeeded());
    updateControls();
    if (source() == Source::Folder && !result.connectionLost)
        planFolder(false); // what is pending now
}

} // namespace slipway
