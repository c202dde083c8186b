#pragma once

#include "appliedmigration.h"

#include <QCoreApplication>
#include <QList>

namespace pqxx {
class connection_base;
}

namespace slipway::migrations {

// Finds and reads other migration tools' history tables. Only reads: never
// creates, locks or writes anything. Throws pqxx exceptions on server errors.
class HistoryReader {
    Q_DECLARE_TR_FUNCTIONS(HistoryReader)

public:
    // Every history table present (there may be several), from pg_catalog.
    static QList<HistoryTable> detect(pqxx::connection_base &conn);
    // The rows of one table, in the order the tool applied them.
    static QList<AppliedMigration> read(pqxx::connection_base &conn, const HistoryTable &table);

    static QString toolName(HistoryTool tool); // "flyway", "golang-migrate", ...
};

} // namespace slipway::migrations
