#include "tablestatsfetcher.h"

#include "livetablestats.h"

#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

QFuture<TableStatsSnapshot> fetchTableStatsAsync(const QString &conninfo, const QStringList &tables)
{
    return QtConcurrent::run([conninfo, tables] {
        TableStatsSnapshot snapshot;
        LiveTableStats live;
        if (live.fetch(conninfo, tables, &snapshot.error)) {
            snapshot.serverVersion = live.serverVersion();
            snapshot.stats = live.stats();
        }
        return snapshot;
    });
}

} // namespace slipway
