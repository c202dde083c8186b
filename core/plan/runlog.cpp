#include "runlog.h"

#include "planbuilder.h"
#include "runbookexport.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <pqxx/pqxx>

namespace slipway::plan {

namespace {

QString outcomeStatus(run::ItemOutcome::Status status)
{
    using S = run::ItemOutcome::Status;
    switch (status) {
    case S::Succeeded: return QStringLiteral("success");
    case S::Failed: return QStringLiteral("failed");
    case S::Cancelled: return QStringLiteral("cancelled");
    case S::DryRunOk: return QStringLiteral("dry_run");
    case S::NotRun: return QStringLiteral("not_run");
    }
    return QString();
}

migrations::JournalEntry fromOutcome(const run::ItemOutcome &o, const run::ExecutionItem &item,
                                     const RunLog::Context &context)
{
    migrations::JournalEntry e;
    e.version = item.version;
    e.name = item.name.isEmpty() && item.version.isEmpty() ? item.displayName() : item.name;
    e.checksum = item.checksum;
    e.sql = item.sql;
    e.rollbackAvailable = item.rollbackAvailable;
    e.runBy = context.appliedBy;
    e.database = context.database;
    e.startedAt = context.startedAt;
    e.durationMs = o.durationMs;
    e.rowsAffected = o.rows;
    e.errorMessage = o.error.message;
    e.errorSqlState = o.error.sqlState;
    e.errorPosition = o.errorPosition.line;
    return e;
}

} // namespace

QStringList RunLog::tablesOf(const QString &sql)
{
    return RunbookExport::touchedTables(PlanBuilder::build(sql, PlanContext{}));
}

QJsonArray RunLog::build(const run::ExecutionResult &result, const QList<run::ExecutionItem> &items,
                         const Context &context)
{
    QJsonArray log;
    for (const run::ItemOutcome &o : result.items) {
        const run::ExecutionItem item = o.item >= 0 && o.item < items.size() ? items.at(o.item) : run::ExecutionItem{};
        std::optional<migrations::JournalEntry> journaled;
        for (const migrations::JournalEntry &j : context.journal) {
            if (o.journalId != 0 && j.id == o.journalId)
                journaled = j;
        }
        migrations::JournalEntry entry = journaled.value_or(fromOutcome(o, item, context));
        if (entry.database.isEmpty())
            entry.database = context.database;
        QJsonObject json = entry.toJson();
        if (!journaled)
            json.insert(QStringLiteral("status"), outcomeStatus(o.status));
        QJsonArray tables;
        for (const QString &t : tablesOf(entry.sql.isEmpty() ? item.sql : entry.sql))
            tables.append(t);
        json.insert(QStringLiteral("tables_affected"), tables);
        json.insert(QStringLiteral("mode"), context.mode);
        if (json.value(QStringLiteral("notes")).toString().isEmpty()) {
            QStringList notes;
            if (o.attempts > 1)
                notes << tr("succeeded on try %1 after lock timeouts").arg(o.attempts);
            if (o.verified)
                notes << (*o.verified ? tr("verification query passed") : tr("verification query failed"));
            if (o.status == run::ItemOutcome::Status::DryRunOk)
                notes << tr("dry run: rolled back");
            json.insert(QStringLiteral("notes"), notes.join(QStringLiteral("; ")));
        }
        log.append(json);
    }
    return log;
}

QJsonArray RunLog::collect(pqxx::connection_base &conn, const run::ExecutionResult &result,
                           const QList<run::ExecutionItem> &items, const QString &mode, const QDateTime &startedAt)
{
    Context context;
    context.mode = mode;
    context.startedAt = startedAt;
    try {
        pqxx::nontransaction tx(conn, "slipway run log");
        const pqxx::row who = tx.exec1("SELECT current_database(), current_user");
        context.database = QString::fromUtf8(who[0].c_str());
        context.appliedBy = QString::fromUtf8(who[1].c_str());
        tx.commit();
        context.journal = migrations::Journal::read(conn);
    } catch (const std::exception &) {
        // The connection is gone: the log still says what the executor saw.
    }
    return build(result, items, context);
}

QByteArray RunLog::toBytes(const QJsonArray &log)
{
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

bool RunLog::save(const QString &path, const QJsonArray &log, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toBytes(log)) >= 0 && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace slipway::plan
