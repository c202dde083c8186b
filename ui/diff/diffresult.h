#pragma once

#include "catalog/schemamodel.h"
#include "diff/plan.h"
#include "diff/schemachange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace slipway {

// One top-level object of either side (a table with its columns, indexes,
// constraints, triggers and policies; a view; a function overload; ...).
struct DiffObject {
    Q_DECLARE_TR_FUNCTIONS(DiffObject)

public:
    enum class State { Identical, Different, OnlyInSource, OnlyInTarget };

    diff::ObjectKind kind = diff::ObjectKind::Table; // never a part (column, index, ...)
    QString schema;
    QString name;
    QString arguments;   // functions: identity arguments
    State state = State::Identical;
    QList<int> changes;    // indexes into DiffResult::changes
    QList<int> statements; // indexes into DiffResult::plan.statements

    QString display() const; // "app.orders", "app.total(integer)"
    QString key() const;     // unique within a result

    static QString stateName(State state); // "identical", "only in source", ...
    static QString kindGroupName(diff::ObjectKind kind); // "Tables", "Views", ...
};

// Everything the diff view shows after a comparison, computed on a worker
// thread by build(): the two models, the typed changes (source -> target),
// the up plan (runs on the source), the down plan and verification queries,
// and the objects of both sides with their state.
struct DiffResult {
    catalog::SchemaModel source;
    catalog::SchemaModel target;
    diff::DiffOptions options;
    QList<diff::SchemaChange> changes;
    diff::Plan plan;
    diff::Plan down;
    QList<DiffObject> objects; // by kind group, then display name

    int count(DiffObject::State state) const;

    static DiffResult build(catalog::SchemaModel source, catalog::SchemaModel target,
                            const diff::DiffOptions &options);

    // The object's definition on one side as SQL (what creating it from
    // nothing takes); empty when the side does not have it. Cheap enough to
    // run on selection for one object.
    QString ddl(const DiffObject &object, bool sourceSide) const;
    // The statements of the plan that belong to the object, as a script with
    // hazards and outside-transaction notes as comments.
    QString planText(const DiffObject &object) const;
};

} // namespace slipway
