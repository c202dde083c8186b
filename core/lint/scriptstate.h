#pragma once

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

    // Identifies the state for the incremental cache.
    QString fingerprint() const;
    // Moves the state past a statement.
    void advance(const struct SqlStatement &statement, const LintOptions &options);
};

} // namespace slipway
