#pragma once

#include "schemachange.h"

#include "catalog/schemamodel.h"

#include <QCoreApplication>
#include <QList>

namespace slipway::diff {

// One top-level object of either model and how it compares: what the diff
// view's object tree lists (identical / different / only in source / only in
// target) and what a drift check counts.
struct DiffEntry {
    enum class Status { Identical, Different, OnlyInSource, OnlyInTarget };

    // kind: Schema, Extension, Table, View, MaterializedView, Sequence,
    // Function, Enum, Domain or CompositeType.
    ChangeObject object;
    Status status = Status::Identical;
    ObjectValue from; // the whole object; monostate when only in the target
    ObjectValue to;   // monostate when only in the source
    // Indexes into the change list of every change about it, its parts
    // (columns, constraints, indexes, triggers, policies) and its comments,
    // grants and owner.
    QList<int> changes;
};

class DiffEntries {
    Q_DECLARE_TR_FUNCTIONS(DiffEntries)

public:
    // Every object of both models (those DiffOptions include), in the models'
    // canonical order grouped by kind; `changes` is SchemaDiff::compare(from,
    // to, options) (or a Plan's changes, whose extra entries join their view).
    static QList<DiffEntry> build(const catalog::SchemaModel &from, const catalog::SchemaModel &to,
                                  const QList<SchemaChange> &changes,
                                  const DiffOptions &options = {});

    static QString statusName(DiffEntry::Status status); // "identical", "only in source", ...
};

} // namespace slipway::diff
