#pragma once

// Typed differences between two schema models, before any SQL is written.
// SchemaDiff::compare() produces them; Planner turns them into statements;
// the diff view shows them as a tree.

#include "catalog/schemamodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace slipway::diff {

enum class ObjectKind {
    Schema,
    Extension,
    Table,
    Column,
    Constraint,
    Index,
    Trigger,
    Policy,
    Sequence,
    View,
    MaterializedView,
    Function,
    Enum,
    Domain,
    CompositeType,
    Comment, // the comment of ChangeObject::target (object.kind says what it is on)
    Grant,   // privileges on ChangeObject::target
    Owner,   // owner of ChangeObject::target
    Aggregate, // `arguments` holds its identity arguments (empty for (*))
};

enum class ChangeAction { Create, Drop, Alter };

// Which object a change is about. For a column, constraint, index, trigger or
// policy, `table` names the table (or view/materialized view) it belongs to.
// For a function, `arguments` holds its identity arguments ("a integer").
// For Comment/Grant/Owner changes, `onKind` says which kind of object the
// comment/grant/owner belongs to (the object itself is named by the rest).
struct ChangeObject {
    ObjectKind kind = ObjectKind::Table;
    ObjectKind onKind = ObjectKind::Table; // Comment, Grant, Owner only
    QString schema;
    QString table;
    QString name;
    QString arguments;

    // "app.orders", "app.orders.total", "app.orders_pkey on app.orders",
    // "app.f(integer)". Quoted only where needed.
    QString display() const;
    // A stable key unique across a change list ("column:app/orders/total").
    QString key() const;
    bool operator==(const ChangeObject &) const = default;
};

// A whole catalog object: what the source/target side of a change holds.
using ObjectValue =
    std::variant<std::monostate, catalog::Schema, catalog::Extension, catalog::Table,
                 catalog::Column, catalog::Constraint, catalog::Index, catalog::Trigger,
                 catalog::Policy, catalog::Sequence, catalog::View, catalog::Function,
                 catalog::EnumType, catalog::Domain, catalog::CompositeType, QString,
                 QList<catalog::Grant>, catalog::Aggregate>;

// One thing that differs inside an altered object.
struct Difference {
    QString property; // "type", "not null", "default", "labels", "definition", ...
    QString from;     // as text, empty when none
    QString to;
    bool operator==(const Difference &) const = default;
};

struct SchemaChange {
    Q_DECLARE_TR_FUNCTIONS(SchemaChange)

public:
    ObjectKind kind = ObjectKind::Table;
    ChangeAction action = ChangeAction::Create;
    ChangeObject object;
    ObjectValue from;          // monostate for Create
    ObjectValue to;            // monostate for Drop
    QList<Difference> differences; // Alter only: what differs, property by property
    // The object exists on both sides but the change is a drop plus a create
    // (e.g. a changed index, a changed constraint, a partition key).
    bool recreate = false;

    // "create table app.orders", "alter column app.orders.total (type)".
    QString summary() const;

    static QString kindName(ObjectKind kind);     // "table", "materialized view", ...
    static QString actionName(ChangeAction action); // "create", "drop", "alter"
};

// What to compare.
struct DiffOptions {
    QStringList includeSchemas; // empty: all
    QStringList excludeSchemas;
    bool ignoreOwners = false;
    bool ignorePrivileges = false;
    bool ignoreComments = false;

    bool schemaIncluded(const QString &schema) const;
};

} // namespace slipway::diff
