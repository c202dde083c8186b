#pragma once

#include "migrations/journal.h"
#include "run/executionitem.h"
#include "run/executionresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace pqxx {
class connection_base;
}

namespace slipway::plan {

// The JSON run log of ../shared/reference (database migration, "Migration Log
// Format"): one object per migration of a run, as JournalEntry::toJson writes
// it (migration_id, timestamp, status, duration_ms, database, tables_affected,
// rows_affected, checksum, applied_by, rollback_available, notes, plus sql,
// error and run_log), with tables_affected filled from the item's SQL and
// "mode" added. Journaled items come from their journal rows (what the server
// recorded); items that were not journaled (dry run, editor scripts, not run)
// from the executor's outcome.
class RunLog {
    Q_DECLARE_TR_FUNCTIONS(RunLog)

public:
    struct Context {
        QString mode;           // ExecutionOptions::modeName
        QString database;       // current_database()
        QString appliedBy;      // current_user, for items not journaled
        QDateTime startedAt;    // the run's start, for items not journaled
        QList<migrations::JournalEntry> journal; // may hold more rows than this run's
    };

    static QJsonArray build(const run::ExecutionResult &result, const QList<run::ExecutionItem> &items,
                            const Context &context);
    // build() after a run on conn: reads the journal, current_database() and
    // current_user there (without them when the connection is gone).
    static QJsonArray collect(pqxx::connection_base &conn, const run::ExecutionResult &result,
                              const QList<run::ExecutionItem> &items, const QString &mode, const QDateTime &startedAt);
    // Indented JSON with a trailing newline.
    static QByteArray toBytes(const QJsonArray &log);
    static bool save(const QString &path, const QJsonArray &log, QString *error = nullptr);
    // Tables the SQL touches (parsed, not run), each once.
    static QStringList tablesOf(const QString &sql);
};

} // namespace slipway::plan
