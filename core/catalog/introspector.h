#pragma once

#include "schemamodel.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pqxx {
class connection_base;
}

namespace slipway::catalog {

// Which part of the database to read.
struct IntrospectOptions {
    QStringList includeSchemas; // empty: every user schema
    QStringList excludeSchemas; // applied after includeSchemas
    // Exact sizes (pg_total_relation_size of every table and materialized
    // view). They open every table, TOAST table and index, which costs about
    // as much as the rest of the read on a big catalog; without them, sizes
    // are estimates from pg_class.relpages (table + TOAST + indexes, as of the
    // last VACUUM/ANALYZE), RelationStats::sizeExact false.
    bool exactSizes = true;
    // Each exact size takes a short ACCESS SHARE lock. Relations another
    // session holds or awaits ACCESS EXCLUSIVE on are skipped; should one be
    // locked anyway for longer than this, all sizes stay estimates.
    int sizeLockTimeoutMs = 500;
    // The catalog functions that deparse expressions (pg_get_expr,
    // pg_get_indexdef, pg_get_viewdef, ...) briefly lock the relation they
    // describe, so a migration holding ACCESS EXCLUSIVE makes them wait. After
    // this long, read() fails with SQLSTATE 55P03 and a message naming the
    // locked relations and the sessions holding them. 0: wait indefinitely.
    int lockTimeoutMs = 10000;
};

// Progress from 0 to 100 and the step under way ("Reading columns").
using ProgressFn = std::function<void(int percent, const QString &step)>;

// Reads a SchemaModel from pg_catalog: a fixed, small number of set-based
// queries (one per object kind, across all schemas), all inside one
// REPEATABLE READ READ ONLY transaction so they see one consistent picture.
//
// Left out: pg_catalog, information_schema, pg_toast*, pg_temp*, temporary
// relations, and every object that belongs to an extension (the extension
// itself is listed instead). Extensions are listed when their schema is read.
class Introspector {
    Q_DECLARE_TR_FUNCTIONS(Introspector)

public:
    // Runs on the caller's thread with the caller's connection, so it fits
    // Session::run:
    //   session.run<SchemaModel>([=](pqxx::connection_base &c) {
    //       return Introspector::read(c, options, progress, &cancelFlag); });
    // Between queries, a set *cancelled throws an SQL error with SQLSTATE
    // 57014 (DbError::Kind::Cancelled); a long query is cancelled with
    // Session::cancel(). libpqxx exceptions pass through.
    static SchemaModel read(pqxx::connection_base &conn, const IntrospectOptions &options = {},
                            const ProgressFn &progress = {},
                            const std::atomic_bool *cancelled = nullptr);

    // How many queries read() sends (for tests and the documentation).
    static int queryCount();
};

} // namespace slipway::catalog
