#include "runeventlog.h"

#include "monitor/policydecision.h"
#include "run/backfillprogress.h"
#include "run/executionevent.h"

#include <QDateTime>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>

namespace slipway {

namespace {

enum Column { Time, What, Message };

using Kind = run::ExecutionEvent::Kind;

RunEventLog::Severity severityOf(const run::ExecutionEvent &event)
{
    switch (event.kind) {
    case Kind::Error:
    case Kind::LockHeld: return RunEventLog::Severity::Error;
    case Kind::Retry:
    case Kind::LockWaiting:
    case Kind::StaleRun:
    case Kind::InvalidIndex: return RunEventLog::Severity::Warning;
    case Kind::Verification: return event.passed ? RunEventLog::Severity::Success : RunEventLog::Severity::Error;
    case Kind::ItemFinished:
    case Kind::RunFinished: return event.error.isError() ? RunEventLog::Severity::Error : RunEventLog::Severity::Success;
    default: return RunEventLog::Severity::Info;
    }
}

RunEventLog::Severity severityOf(const run::BackfillEvent &event)
{
    using BKind = run::BackfillEvent::Kind;
    switch (event.kind) {
    case BKind::Failed:
    case BKind::Aborted: return RunEventLog::Severity::Error;
    case BKind::Throttled:
    case BKind::Retry:
    case BKind::Reconnected:
    case BKind::Warning: return RunEventLog::Severity::Warning;
    case BKind::Done: return RunEventLog::Severity::Success;
    default: return RunEventLog::Severity::Info;
    }
}

} // namespace

RunEventLog::RunEventLog(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("runEventLog"));
    setAccessibleName(tr("Run log"));
    setHeaderLabels({tr("Time"), tr("Severity"), tr("What happened")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    header()->setSectionResizeMode(Time, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void RunEventLog::addLine(Severity severity, const QString &what, const QString &message, const QString &detail)
{
    static const QStyle::StandardPixmap icons[] = {QStyle::SP_MessageBoxInformation, QStyle::SP_DialogApplyButton,
                                                   QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxCritical};
    const QString words[] = {tr("info"), tr("ok"), tr("warning"), tr("error")};
    const bool follow = verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 2;
    auto *row = new QTreeWidgetItem(this, {QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                           what.isEmpty() ? words[int(severity)] : what, message});
    row->setIcon(What, style()->standardIcon(icons[int(severity)]));
    row->setToolTip(Message, detail.isEmpty() ? message : message + QStringLiteral("\n\n") + detail);
    row->setData(What, Qt::UserRole, int(severity));
    ++m_counts[int(severity)];
    if (follow)
        scrollToBottom();
    emit lineAdded(severity, what.isEmpty() || what == words[int(severity)] ? message : what + QStringLiteral(": ") + message);
}

void RunEventLog::addExecutionEvent(const run::ExecutionEvent &event)
{
    if (event.kind == Kind::StatementStarted) // the finished line says it all; keep the log readable
        return;
    const QString text = event.toText();
    if (text.trimmed().isEmpty())
        return;
    const Severity severity = severityOf(event);
    QString detail = event.sql;
    if (event.error.isError())
        detail = event.error.toText() + (detail.isEmpty() ? QString() : QStringLiteral("\n\n") + detail);
    if (!event.suggestedSql.isEmpty())
        detail += QStringLiteral("\n\n") + event.suggestedSql;
    const QString words[] = {tr("info"), tr("ok"), tr("warning"), tr("error")};
    addLine(severity, words[int(severity)], text, detail.trimmed());
}

void RunEventLog::addBackfillEvent(const run::BackfillEvent &event)
{
    const Severity severity = severityOf(event);
    const QString source = event.source == run::BackfillEvent::Source::Policy ? tr("policy")
                           : event.source == run::BackfillEvent::Source::User ? tr("you")
                                                                               : tr("backfill");
    addLine(severity, source, event.message);
}

void RunEventLog::addDecision(const PolicyDecision &decision)
{
    const Severity severity = decision.action == PolicyDecision::Action::Abort      ? Severity::Error
                              : decision.action == PolicyDecision::Action::Throttle ? Severity::Warning
                                                                                    : Severity::Info;
    addLine(severity, tr("policy"), decision.reason);
}

int RunEventLog::count(Severity severity) const
{
    return m_counts.value(int(severity));
}

QString RunEventLog::plainText() const
{
    QStringList lines;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = topLevelItem(i);
        lines << QStringLiteral("%1  %2  %3").arg(row->text(Time), row->text(What), row->text(Message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace slipway
