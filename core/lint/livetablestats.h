#pragma once

#include "db/dberror.h"
#include "lintoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace slipway {

// Sizes of tables on a live database, for size-aware findings
// (LintOptions::tableStats), read in one set-based query:
// estimated rows from pg_class.reltuples; for a table never analyzed (-1, or
// 0 with data on disk) an exact count when it is small (<= 8 MB) and a
// page-based estimate otherwise; total size from pg_total_relation_size.
// Partitioned and inherited tables add up their children.
class LiveTableStats {
    Q_DECLARE_TR_FUNCTIONS(LiveTableStats)

public:
    // Connects with `conninfo` (read-only transaction, short lock and statement
    // timeouts), records the server's version and the stats of `tables` (names as
    // touchedTables() gives them; unknown ones are left out).
    bool fetch(const QString &conninfo, const QStringList &tables, DbError *error = nullptr);

    int serverVersion() const { return m_serverVersion; } // server_version_num, 0 before fetch()
    const QHash<QString, TableStats> &stats() const { return m_stats; }
    std::optional<TableStats> lookup(const QString &table) const;
    // A copy of the stats for LintOptions::tableStats.
    std::function<std::optional<TableStats>(const QString &)> provider() const;

private:
    int m_serverVersion = 0;
    QHash<QString, TableStats> m_stats;
};

} // namespace slipway
