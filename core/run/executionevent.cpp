#include "executionevent.h"

#include "executionoptions.h"
#include "executionresult.h"

namespace slipway::run {

QString ExecutionOptions::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Run: return QStringLiteral("run");
    case Mode::DryRun: return QStringLiteral("dry-run");
    case Mode::Rollback: return QStringLiteral("rollback");
    }
    return {};
}

QString ExecutionResult::statusName(Status status)
{
    switch (status) {
    case Status::Succeeded: return QStringLiteral("succeeded");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    case Status::LockHeld: return QStringLiteral("lock-held");
    }
    return {};
}

QString ExecutionEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RunStarted: return QStringLiteral("run-started");
    case Kind::LockWaiting: return QStringLiteral("lock-waiting");
    case Kind::LockAcquired: return QStringLiteral("lock-acquired");
    case Kind::LockHeld: return QStringLiteral("lock-held");
    case Kind::StaleRun: return QStringLiteral("stale-run");
    case Kind::ItemStarted: return QStringLiteral("item-started");
    case Kind::Note: return QStringLiteral("note");
    case Kind::StatementStarted: return QStringLiteral("statement-started");
    case Kind::StatementFinished: return QStringLiteral("statement-finished");
    case Kind::StatementSkipped: return QStringLiteral("statement-skipped");
    case Kind::Retry: return QStringLiteral("retry");
    case Kind::Error: return QStringLiteral("error");
    case Kind::Backup: return QStringLiteral("backup");
    case Kind::Verification: return QStringLiteral("verification");
    case Kind::InvalidIndex: return QStringLiteral("invalid-index");
    case Kind::ItemFinished: return QStringLiteral("item-finished");
    case Kind::RunFinished: return QStringLiteral("run-finished");
    }
    return {};
}

QString ExecutionEvent::toText() const
{
    const QString prefix = version.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(version);
    const QString where = range.from.line > 0 ? tr("statement %1 (line %2)").arg(statement + 1).arg(range.from.line)
                                              : tr("statement %1").arg(statement + 1);
    QString text;
    switch (kind) {
    case Kind::StatementStarted:
        text = tr("%1: %2").arg(where, sql.simplified().left(100));
        break;
    case Kind::StatementFinished:
        text = rows >= 0 ? tr("%1 done in %2 ms, %3 rows (%4)").arg(where).arg(durationMs).arg(rows).arg(message)
                         : tr("%1 done in %2 ms (%3)").arg(where).arg(durationMs).arg(message);
        break;
    case Kind::Error: {
        QStringList parts;
        const QString file = path.isEmpty() ? tr("line") : path + u':';
        parts << (position.line > 0
                      ? tr("ERROR %1 at %2%3:%4: %5")
                            .arg(error.sqlState, path.isEmpty() ? QStringLiteral("line ") : file)
                            .arg(position.line)
                            .arg(position.column)
                            .arg(message)
                      : tr("ERROR %1: %2").arg(error.sqlState, message));
        if (!error.detail.isEmpty()) parts << tr("DETAIL: %1").arg(error.detail);
        if (!error.hint.isEmpty()) parts << tr("HINT: %1").arg(error.hint);
        text = parts.join(QStringLiteral("\n    "));
        break;
    }
    case Kind::Retry:
        text = tr("retry: %1").arg(message);
        break;
    case Kind::Verification:
        text = message;
        break;
    default:
        text = message;
        break;
    }
    return prefix + text;
}

} // namespace slipway::run
