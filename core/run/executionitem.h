#pragma once

#include "migrations/migration.h"

#include <QString>

namespace slipway::run {

// One unit the executor runs and journals: a migration's up or down script,
// or any SQL text (an editor tab, a generated plan). Plain value type.
struct ExecutionItem {
    enum class Direction { Up, Down, Script };

    Direction direction = Direction::Script;
    QString version;    // a migration's version, a script's label; empty: the item is not journaled
    QString name;
    QString checksum;
    QString sql;        // the text run, split by SqlScript; errors map to lines of it
    QString path;       // the file it came from, for messages ("" for editor text)
    QString verifySql;  // optional; run after the item (see ExecutionOptions::verify)
    bool rollbackAvailable = false;  // a down script exists
    bool outsideTransaction = false; // the folder says: never wrap it in a transaction

    static ExecutionItem up(const migrations::Migration &migration);
    // The down script of migration (empty sql when it has none).
    static ExecutionItem down(const migrations::Migration &migration);
    static ExecutionItem script(const QString &sql, const QString &label = {},
                                const QString &path = {});

    // "V2 add_email", "editor: orders.sql", ...
    QString displayName() const;
    // Its slipway.journal version: the migration's version, or
    // "script:<label>" for a script (never taken for a folder migration).
    QString journalKey() const;
};

} // namespace slipway::run
