#pragma once

#include "db/dberror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pqxx {
class connection_base;
}

namespace slipway::run {

// What backing up one table before a destructive statement did.
struct BackupOutcome {
    enum class Kind {
        Missing,  // the table does not exist (yet): nothing to keep
        Snapshot, // CREATE TABLE slipway_backup.<table>_<stamp> AS TABLE ..., row counts equal
        PgDump,   // too large to copy inside the database: run pgDumpCommand instead
        Failed,
    };
    Kind kind = Kind::Missing;
    QString table;         // schema-qualified, as resolved
    QString backupTable;   // slipway_backup.<table>_<stamp>
    qint64 rows = -1;
    qint64 bytes = -1;
    QString pgDumpCommand;
    QString message;       // translated, one line for the log
    DbError error;
};

// Keeps a copy of a table before a step destroys its data (DROP TABLE / DROP
// COLUMN / TRUNCATE / DELETE without WHERE), as the rollback guide advises.
class TableBackup {
    Q_DECLARE_TR_FUNCTIONS(TableBackup)

public:
    // tableName as written in the statement (resolved with the search_path).
    // Runs in its own REPEATABLE READ transaction (so the row count check
    // compares one snapshot); never throws.
    static BackupOutcome backUp(pqxx::connection_base &conn, const QString &tableName,
                                qint64 maxBytes, const QDateTime &now);
    // "<relname>_<yyyyMMdd_HHmmss>", at most 63 bytes.
    static QString backupName(const QString &relname, const QDateTime &now);
    static QString pgDumpCommand(const QString &database, const QString &qualifiedQuoted,
                                 const QString &file);
};

} // namespace slipway::run
