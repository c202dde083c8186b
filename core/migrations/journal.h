#pragma once

#include "appliedmigration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pqxx {
class connection_base;
}

namespace slipway::migrations {

// One migration Slipway ran, as recorded in slipway.journal. Plain value type.
//
// The version column says what ran:
// - a folder migration: its version ("2", "20240118103000"), or for a Flyway
//   repeatable "R__<description>";
// - a step of a saved migration plan (plan::PlanRunner): "plan:<plan>#<step>",
//   <plan> the plan's title as a lower-case slug (its file's base name when it
//   has no title), <step> the 1-based step number, e.g. "plan:add-priority#2".
//   Up and down of a step share the key (a successful down is rolled_back);
//   a backfill step's row holds its equivalent single statement as sql.
// - SQL run from an editor tab: "script:<tab label>", e.g.
//   "script:orders.sql, selection".
//   Plan steps and scripts are history only: they are never a folder's applied
//   migration (toApplied() is not meant for them; isMigration() tells them apart).
struct JournalEntry {
    enum class Status { Running, Succeeded, Failed, RolledBack };

    qint64 id = 0;
    QString version;
    QString name;
    QString checksum;
    QString sql;          // the SQL actually run
    bool rollbackAvailable = false; // a down script exists
    QString runBy;        // current_user
    QString clientHost;   // inet_client_addr(), empty for a Unix socket
    QString clientApp;    // application_name
    QString database;     // current_database(), filled on read
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = -1;
    qint64 rowsAffected = -1;
    Status status = Status::Running;
    QString errorMessage;
    QString errorSqlState;
    int errorPosition = 0;
    QString runLog;       // where the full run log lives (local store id or file)

    static QString statusName(Status status); // "running", "succeeded", "failed", "rolled_back"
    static Status statusFromName(const QString &name);
    // "plan:<plan>#<step>" (see above); stepNumber is 1-based.
    static QString planStepKey(const QString &planSlug, int stepNumber);
    // The row is a plan step's, not a folder migration's.
    bool isPlanStep() const { return isPlanStepKey(version); }
    static bool isPlanStepKey(const QString &version);
    // "script:<label>" (see above).
    static QString scriptKey(const QString &label);
    // The row is a folder migration's: neither a plan step nor a script.
    bool isMigration() const { return !isPlanStep() && !version.startsWith(QLatin1String("script:")); }
    AppliedMigration toApplied() const;
    // The JSON migration log format (migration_id, timestamp, status, duration_ms,
    // database, tables_affected, rows_affected, checksum, applied_by,
    // rollback_available, notes), plus sql, error and run_log.
    QJsonObject toJson() const;
};

// Slipway's own record of the migrations it runs: slipway.journal on the
// target server. The schema and table are created by the first write, never
// by a read. Each call runs in its own short transaction so a "running" row
// survives a failed migration. Throws pqxx exceptions on server errors.
class Journal {
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    // Records the start of a run (status running); returns the entry id.
    static qint64 begin(pqxx::connection_base &conn, const JournalEntry &entry);
    // Records the outcome of entry id: status, rows, error and run log of entry.
    static void finish(pqxx::connection_base &conn, qint64 id, const JournalEntry &outcome);
    // All entries, oldest first; empty (and nothing created) when there is no journal.
    static QList<JournalEntry> read(pqxx::connection_base &conn);
    static bool exists(pqxx::connection_base &conn);

    static QJsonArray toJson(const QList<JournalEntry> &entries);
};

} // namespace slipway::migrations
