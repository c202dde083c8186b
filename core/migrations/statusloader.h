#pragma once

#include "appliedmigration.h"
#include "migration.h"

#include "db/dbresult.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace slipway {
class Session;
}

namespace slipway::migrations {

// What one history read found: every history table present and the rows of
// the one chosen for the folder's tool (none chosen when there is no table).
struct LoadedHistory {
    QList<HistoryTable> tables;
    std::optional<HistoryTable> table;
    QList<AppliedMigration> rows;
};

// Reads a database's migration history through a Session (on its worker
// thread), so a view never waits on the database.
class StatusLoader {
public:
    // Detects the history tables, picks the one that belongs to format (see
    // chooseTable) and reads it.
    // preferred ("schema.table"), when present, wins over that choice: the
    // user picked it among several.
    static QFuture<DbResult<LoadedHistory>> loadHistory(Session &session, MigrationFormat format,
                                                         const QString &preferred = {});
    // The table of the folder's own tool, else dbmate's twin Rails, else
    // Slipway's journal, else the first one found.
    static std::optional<HistoryTable> chooseTable(const QList<HistoryTable> &tables, MigrationFormat format,
                                                   const QString &preferred = {});
    static QString tableKey(const HistoryTable &table); // "schema.table"
};

} // namespace slipway::migrations
