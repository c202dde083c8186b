#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace slipway {

class SqlScript;
struct LintOptions;

// What the statements before one statement established: the transaction it
// runs in, the timeouts already set, the tables created in this file.
struct ScriptState {
    bool inTransaction = false;       // explicit BEGIN open, or assumed by the runner
    bool explicitTransaction = false; // a BEGIN/START TRANSACTION in this file is open
    bool lockTimeoutSet = false;
    bool statementTimeoutSet = false;
    QSet<QString> createdTables;      // lower-case, both "schema.table" and "table"
    QSet<QString> createdTablesInTransaction; // the same, for tables created in the open transaction
    bool slowStatementSeen = false;   // a DDL-like statement (see possiblySlow) ran before
    QSet<QString> droppedConstraints; // names from ALTER TABLE ... DROP CONSTRAINT
    QSet<QString> notValidInTransaction; // constraints added NOT VALID in the open transaction
    QHash<QString, QString> notNullChecks; // constraint name -> column of its CHECK (column IS NOT NULL)
    QSet<QString> validated;          // "table\x1fcolumn" (or "table\x1f*") covered by a VALIDATE CONSTRAINT

    // Statements that take locks other sessions may queue behind (DDL and
    // maintenance, not DML): the ones squawk wants a lock_timeout before.
    static bool possiblySlow(const struct SqlStatement &statement);
    // In the open transaction block (empty outside one): the first existing table
    // whose schema it changed, and the first table it backfilled.
    QString schemaChangedTable;
    QString backfilledTable;

    // Identifies the state for the incremental cache.
    QString fingerprint() const;
    // Moves the state past a statement.
    void advance(const struct SqlStatement &statement, const LintOptions &options);

    // The table whose schema a statement changes under a lock that blocks writes
    // (ALTER TABLE, CREATE INDEX without CONCURRENTLY, RENAME, CREATE TRIGGER); empty otherwise.
    static QString schemaChangeTarget(const struct SqlStatement &statement);
    // The table a statement backfills (UPDATE, INSERT ... SELECT ... FROM); empty otherwise.
    static QString backfillTarget(const struct SqlStatement &statement);
    // Moves schemaChangedTable and backfilledTable past a statement (scriptstatechanges.cpp).
    void trackSchemaAndDataChanges(const struct SqlStatement &statement);
};

} // namespace slipway
