// RunView's record of each run in the local store (Migration > Past Runs): a
// title saying what ran where, every line of the run's log, how it ended; the
// journal's run_log of the migrations it runs points at it.
#include "runview.h"

#include "activeconnection.h"
#include "run/runeventlog.h"

#include "run/backfillrunner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimer>

namespace slipway {

void RunView::setLocalStore(LocalStore *store)
{
    m_recorder.setStore(store);
}

void RunView::setUpRecording()
{
    connect(m_log, &RunEventLog::lineAdded, this, [this](RunEventLog::Severity severity, const QString &message) {
        static const QString levels[] = {QStringLiteral("info"), QStringLiteral("ok"), QStringLiteral("warning"),
                                         QStringLiteral("error")};
        m_recorder.line(levels[int(severity)], message);
    });
    connect(this, &RunView::runningChanged, this, [this](bool running) {
        if (running) {
            m_recorder.begin(runTitle(), m_connection->target());
            return;
        }
        // finished() follows at once with the outcome; without it the run never started.
        QTimer::singleShot(0, this, [this, run = m_recorder.runId()] {
            if (run > 0 && m_recorder.runId() == run)
                m_recorder.finish(QStringLiteral("failed"));
        });
    });
    connect(this, &RunView::finished, this, [this](bool succeeded) {
        const bool aborted = source() == Source::Backfill
                                 ? m_backfill && m_backfill->result().state == run::BackfillState::Aborted
                             : source() == Source::Plan
                                 ? m_lastPlanResult.status == plan::PlanRunResult::Status::Cancelled
                                 : m_lastResult.status == run::ExecutionResult::Status::Cancelled
                                       || m_lastResult.error.sqlState == QLatin1String("57014"); // query_canceled
        m_recorder.finish(succeeded ? QStringLiteral("succeeded")
                          : aborted ? QStringLiteral("aborted")
                                    : QStringLiteral("failed"));
    });
}

QString RunView::runTitle() const
{
    const QString what = m_mode->currentText().remove(QLatin1Char('&'));
    switch (source()) {
    case Source::Folder:
        return tr("%1: %n migration(s)", nullptr, int(m_items.size())).arg(what);
    case Source::Script:
        return tr("%1: %2").arg(what, m_scriptLabel.isEmpty() ? tr("editor script") : m_scriptLabel);
    case Source::Backfill:
        return tr("Backfill: %1").arg(m_path->text());
    case Source::Plan:
        return tr("%1: plan %2").arg(what, m_plan ? m_plan->title : m_planPath);
    }
    return what;
}

} // namespace slipway
