#pragma once

#include "db/dberror.h"
#include "lintoptions.h"

#include <QFuture>
#include <QHash>
#include <QStringList>

namespace slipway {

// Live table sizes for size-aware lint, read off the calling thread.
struct TableStatsSnapshot {
    int serverVersion = 0;             // server_version_num, 0 when the fetch failed
    QHash<QString, TableStats> stats;  // by table name as asked (unknown tables left out)
    DbError error;

    bool ok() const { return !error.isError(); }
};

// Reads the server version and the sizes of `tables` (names as touchedTables()
// gives them) with LiveTableStats on a worker thread: its own short-lived,
// read-only connection with lock and statement timeouts. The future never
// blocks the caller; attach a continuation with a context object.
QFuture<TableStatsSnapshot> fetchTableStatsAsync(const QString &conninfo, const QStringList &tables);

} // namespace slipway
