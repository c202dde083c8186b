#pragma once

#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace slipway {

// Size of a table on the connected database (estimates from pg_class).
struct TableStats {
    qint64 estimatedRows = 0;
    qint64 totalBytes = 0;
};

struct LintOptions {
    int serverVersion = 150000;          // server_version_num the migration will run on
    bool assumeInTransaction = false;    // the runner wraps the file in a transaction (squawk's option)
    QSet<QString> excludedRules;         // rule ids switched off
    QSet<QString> includedRules;         // opt-in rules switched on
    // Live catalog: stats of a table ("schema.name" or "name"), when connected.
    std::function<std::optional<TableStats>(const QString &table)> tableStats;
};

} // namespace slipway
