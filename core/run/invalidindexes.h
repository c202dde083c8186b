#pragma once

#include "executionresult.h"

#include <QList>

namespace pqxx {
class connection_base;
}

namespace slipway::run {

// Indexes a failed CREATE INDEX CONCURRENTLY (or REINDEX CONCURRENTLY) left
// INVALID, with the SQL that removes them without blocking writes.
class InvalidIndexes {
public:
    static QList<InvalidIndex> find(pqxx::connection_base &conn);
    // DROP INDEX CONCURRENTLY IF EXISTS "schema"."name" (quoted by conn).
    static QString cleanupSql(pqxx::connection_base &conn, const QString &schema, const QString &name);
};

} // namespace slipway::run
