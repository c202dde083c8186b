#pragma once

#include "dbresult.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace slipway {

class Session;

// One object of the user's schemas, as the object browser lists it.
struct DbObject {
    enum class Kind { Schema, Table, PartitionedTable, ForeignTable, View, MaterializedView, Index, Function, Procedure };

    Kind kind = Kind::Table;
    QString schema;          // for a schema: its own name
    QString name;            // for a function: name(argument types)
    QString parent;          // for an index: the table it belongs to
    qint64 estimatedRows = -1; // pg_class.reltuples; -1 = never analyzed / not applicable
    qint64 totalBytes = -1;    // on-disk size incl. indexes and TOAST; -1 = not applicable
    QString detail;          // index definition, function result type, view owner, ...
};

// Everything outside pg_catalog, information_schema and pg_toast, ordered by
// schema then name: schemas first, then relations, indexes and routines.
struct ObjectList {
    QList<DbObject> objects;
    qint64 elapsedMs = 0;
    // False when some relation was locked (e.g. by a running migration) and the
    // sizes are estimates from pg_class.relpages instead.
    bool sizesExact = false;

    QList<DbObject> ofKind(DbObject::Kind kind) const;
};

// Reads the object list on the session's worker thread in a few set-based
// catalog queries, inside one read-only transaction.
QFuture<DbResult<ObjectList>> listObjects(Session &session);

} // namespace slipway
