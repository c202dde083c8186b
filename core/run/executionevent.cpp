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
    case Mode::DryRunEach: return QStringLiteral("dry-run-each");
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

QJsonObject ExecutionEvent::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs));
    auto put = [&o](const char *key, const QJsonValue &value) { o.insert(QLatin1String(key), value); };
    if (item >= 0) put("item", item);
    if (!version.isEmpty()) put("version", version);
    if (!path.isEmpty()) put("path", path);
    if (statement >= 0) put("statement", statement + 1);
    if (range.from.line > 0) put("line", range.from.line);
    if (!sql.isEmpty()) put("sql", sql);
    if (durationMs >= 0) put("duration_ms", durationMs);
    if (rows >= 0) put("rows", rows);
    if (attempt > 0) {
        put("attempt", attempt);
        put("max_attempts", maxAttempts);
        put("delay_ms", delayMs);
    }
    if (kind == Kind::Verification) put("passed", passed);
    if (!message.isEmpty()) put("message", message);
    if (error.isError()) {
        QJsonObject e;
        e.insert(QStringLiteral("message"), error.message);
        e.insert(QStringLiteral("sqlstate"), error.sqlState);
        if (!error.detail.isEmpty()) e.insert(QStringLiteral("detail"), error.detail);
        if (!error.hint.isEmpty()) e.insert(QStringLiteral("hint"), error.hint);
        if (position.line > 0) {
            e.insert(QStringLiteral("line"), position.line);
            e.insert(QStringLiteral("column"), position.column);
        }
        put("error", e);
    }
    if (!suggestedSql.isEmpty()) put("suggested_sql", suggestedSql);
    return o;
}

} // namespace slipway::run
