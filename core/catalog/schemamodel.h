#pragma once

// The schema model: what a PostgreSQL database contains, as plain values.
// Introspector reads it from pg_catalog, Snapshot writes it to JSON and back,
// the diff compares two of them. Nothing here talks to a server.
//
// Conventions throughout:
//  - names are as the catalog stores them (unquoted, case preserved);
//  - expressions and definitions are PostgreSQL's own deparsed text
//    (format_type, pg_get_expr, pg_get_constraintdef, pg_get_indexdef, ...);
//  - an empty QString means "none" (no default, no comment, no collation);
//  - lists are in a canonical order (see SchemaModel::sort()), so two models
//    of the same schema compare equal and snapshots diff well.

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::catalog {

// A schema-qualified name, for references between objects.
struct QualifiedName {
    QString schema;
    QString name;

    bool isEmpty() const { return name.isEmpty(); }
    // "schema.name" with each part quoted only when it needs quotes.
    QString display() const;

    bool operator==(const QualifiedName &) const = default;
    bool operator<(const QualifiedName &other) const;
};

inline size_t qHash(const QualifiedName &name, size_t seed = 0)
{
    return qHashMulti(seed, name.schema, name.name);
}

// One privilege granted on an object (one row of aclexplode()). A NULL ACL
// (never granted or revoked) is expanded to its default (acldefault()), so
// the grants listed are always the effective ones.
struct Grant {
    QString grantee;   // role name; "PUBLIC" for the public pseudo-role
    QString privilege; // "SELECT", "INSERT", "USAGE", "EXECUTE", ...
    bool grantable = false;

    bool operator==(const Grant &) const = default;
};

struct Schema {
    QString name;
    QString owner;
    QString comment;
    QList<Grant> grants;

    bool operator==(const Schema &) const = default;
};

struct Extension {
    QString name;
    QString schema;  // where its objects live
    QString version; // installed version (pg_extension.extversion)
    QString comment;

    bool operator==(const Extension &) const = default;
};

// The sequence options of an identity column (pg_sequence of the sequence
// the identity owns). All zero when unknown: not an identity column, or read
// from a snapshot written before they were kept (increment is never 0).
struct IdentityOptions {
    qint64 start = 0;
    qint64 increment = 0;
    qint64 minValue = 0;
    qint64 maxValue = 0;
    qint64 cache = 0;
    bool cycle = false;

    bool isKnown() const { return increment != 0; }
    bool operator==(const IdentityOptions &) const = default;
};

struct Column {
    enum class Identity { None, Always, ByDefault };

    QString name;
    int position = 0;  // 1-based among the live columns (dropped ones do not count)
    QString type;      // format_type(): "character varying(20)", "numeric(10,2)", "integer[]"
    bool notNull = false;
    QString defaultValue;       // pg_get_expr of the default; empty when none or generated
    Identity identity = Identity::None;
    IdentityOptions identityOptions; // identity columns of tables only
    QString generatedExpression; // GENERATED ALWAYS AS (...) STORED; empty when not generated
    QString collation;           // qualified, only when it differs from the type's default
    bool inherited = false;      // comes from a parent or partitioned table (not attislocal)
    QString comment;
    QList<Grant> grants;         // column-level privileges only (attacl)

    bool operator==(const Column &) const = default;
};

enum class ForeignKeyAction { NoAction, Restrict, Cascade, SetNull, SetDefault };
enum class ForeignKeyMatch { Simple, Full, Partial };

struct Constraint {
    enum class Kind { PrimaryKey, Unique, ForeignKey, Check, Exclusion, Trigger };

    QString name;
    Kind kind = Kind::Check;
    QStringList columns;   // conkey, in key order; empty for a table-less check
    QString definition;    // pg_get_constraintdef(): "FOREIGN KEY (a) REFERENCES t(id) ..."
    bool validated = true; // false: NOT VALID
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool noInherit = false; // CHECK ... NO INHERIT
    bool inherited = false; // cloned from a parent/partitioned table's constraint
    QString index;          // backing index of PK/unique/exclusion (same schema as the table)
    // Foreign keys only.
    QualifiedName referencedTable;
    QStringList referencedColumns;
    ForeignKeyAction onUpdate = ForeignKeyAction::NoAction;
    ForeignKeyAction onDelete = ForeignKeyAction::NoAction;
    ForeignKeyMatch match = ForeignKeyMatch::Simple;
    QString comment;

    bool operator==(const Constraint &) const = default;
};

struct Index {
    QString name;
    QString method = QStringLiteral("btree"); // pg_am.amname
    bool unique = false;
    bool primary = false;
    bool nullsNotDistinct = false;   // PostgreSQL 15+
    bool valid = true;               // false: a failed CREATE INDEX CONCURRENTLY left it INVALID
    QStringList columns;             // key columns: a name, or an expression's text
    QStringList includeColumns;      // INCLUDE (...)
    bool hasExpressions = false;
    QString predicate;               // WHERE of a partial index; empty when total
    QString definition;              // pg_get_indexdef(): the full CREATE INDEX statement
    QString constraint;              // the constraint it backs (PK/unique/exclusion); empty when none
    bool inherited = false;          // attached to a partitioned table's index
    QString comment;

    bool operator==(const Index &) const = default;
};

struct Trigger {
    enum class Enabled { Origin, Always, Replica, Disabled }; // tgenabled O, A, R, D

    QString name;
    QString definition; // pg_get_triggerdef(): the full CREATE TRIGGER statement
    Enabled enabled = Enabled::Origin;
    bool constraintTrigger = false; // CREATE CONSTRAINT TRIGGER
    bool inherited = false;         // cloned from a partitioned table's trigger
    QString comment;

    bool operator==(const Trigger &) const = default;
};

struct Policy {
    QString name;
    QString command = QStringLiteral("ALL"); // ALL, SELECT, INSERT, UPDATE, DELETE
    bool permissive = true;
    QStringList roles;  // sorted; "PUBLIC" for the public pseudo-role
    QString usingExpression;
    QString withCheckExpression;
    QString comment;

    bool operator==(const Policy &) const = default;
};

// Sizes and row estimates: not part of the schema (never compared by the
// diff), but what the UI and the planner need to judge a migration.
struct RelationStats {
    qint64 estimatedRows = -1; // pg_class.reltuples; -1 = never vacuumed/analyzed
    qint64 totalBytes = -1;    // pg_total_relation_size(); estimate from relpages when locked
    bool sizeExact = false;    // false when totalBytes is the relpages estimate

    bool operator==(const RelationStats &) const = default;
};

struct Table {
    enum class Kind { Ordinary, Partitioned };

    QString schema;
    QString name;
    Kind kind = Kind::Ordinary;
    QString owner;
    bool unlogged = false;
    bool rowSecurity = false;      // ALTER TABLE ... ENABLE ROW LEVEL SECURITY
    bool forceRowSecurity = false; // ALTER TABLE ... FORCE ROW LEVEL SECURITY
    QString partitionKey;          // pg_get_partkeydef() of a partitioned table: "RANGE (created_at)"
    QualifiedName partitionOf;     // the parent, when this table is a partition
    QString partitionBound;        // "FOR VALUES FROM (...) TO (...)", "DEFAULT"
    // pg_get_partition_constraintdef(): the bound as a boolean expression over
    // the columns (with the ancestors'), for a CHECK that proves it. Derived
    // from the bound: not compared by the diff.
    QString partitionConstraint;
    QList<QualifiedName> inherits; // INHERITS (...) parents in order (not partition parents)
    QStringList options;           // reloptions: "fillfactor=70", ...
    QString comment;
    QList<Column> columns;         // by position
    QList<Constraint> constraints; // by name
    QList<Index> indexes;          // by name
    QList<Trigger> triggers;       // by name
    QList<Policy> policies;        // by name
    QList<Grant> grants;
    RelationStats stats;

    QualifiedName qualifiedName() const { return {schema, name}; }
    bool isPartition() const { return !partitionOf.isEmpty(); }
    const Column *column(const QString &name) const;
    const Constraint *constraint(const QString &name) const;
    const Index *index(const QString &name) const;
    const Trigger *trigger(const QString &name) const;
    const Policy *policy(const QString &name) const;

    bool operator==(const Table &) const = default;
    // Equal apart from stats (what the diff means by "unchanged").
    bool sameDefinition(const Table &other) const;
};

struct Sequence {
    QString schema;
    QString name;
    QString owner;
    QString type = QStringLiteral("bigint");
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minValue = 1;
    qint64 maxValue = 0;
    qint64 cache = 1;
    bool cycle = false;
    // OWNED BY: the sequence is dropped with this column (same schema as the sequence).
    QString ownedByTable;
    QString ownedByColumn;
    QString comment;
    QList<Grant> grants;

    QualifiedName qualifiedName() const { return {schema, name}; }
    bool operator==(const Sequence &) const = default;
};

// A view or a materialized view.
struct View {
    QString schema;
    QString name;
    bool materialized = false;
    QString owner;
    QString definition;      // pg_get_viewdef(): the SELECT, as the server deparses it
    QList<Column> columns;   // name, position, type, comment (and column grants of views)
    QStringList options;     // reloptions: "check_option=local", "security_barrier=true"
    bool populated = true;   // materialized only: false after WITH NO DATA
    QList<Index> indexes;    // materialized only
    QList<Trigger> triggers; // INSTEAD OF triggers and the like
    QString comment;
    QList<Grant> grants;
    RelationStats stats;     // materialized only

    QualifiedName qualifiedName() const { return {schema, name}; }
    bool operator==(const View &) const = default;
};

struct Function {
    enum class Kind { Function, Procedure, Aggregate, Window };

    QString schema;
    QString name;
    QString identityArguments; // pg_get_function_identity_arguments(): "a integer, b text"
    QString arguments;         // pg_get_function_arguments(): with defaults and OUT
    QString result;            // pg_get_function_result(); empty for procedures
    Kind kind = Kind::Function;
    QString language;
    QString volatility = QStringLiteral("VOLATILE"); // IMMUTABLE, STABLE, VOLATILE
    bool securityDefiner = false;
    QString owner;
    QString definition;        // pg_get_functiondef(); empty for aggregates
    QString comment;
    QList<Grant> grants;

    // "schema.name(identity arguments)": the identity of an overload.
    QString signature() const;
    bool operator==(const Function &) const = default;
};

// CREATE AGGREGATE: what pg_aggregate holds (pg_get_functiondef gives nothing
// for aggregates). Functions are schema-qualified names ("pg_catalog.int4pl"),
// empty when not set.
struct Aggregate {
    enum class Kind { Normal, OrderedSet, Hypothetical }; // aggkind n, o, h

    QString schema;
    QString name;
    QString identityArguments; // pg_get_function_identity_arguments(); empty for (*)
    QString arguments;         // pg_get_function_arguments(): "integer", "float8 ORDER BY anyelement"
    QString result;            // pg_get_function_result()
    Kind kind = Kind::Normal;
    QString stateFunction;     // SFUNC; empty: read from an old snapshot (details unknown)
    QString stateType;         // STYPE, format_type()
    int stateSpace = 0;        // SSPACE; 0: default
    QString finalFunction;
    bool finalExtra = false;
    QString finalModify;       // READ_ONLY, SHAREABLE, READ_WRITE (with a final function)
    QString combineFunction;
    QString serialFunction;
    QString deserialFunction;
    QString initialCondition;
    bool hasInitialCondition = false; // INITCOND given (it may be '')
    // Moving-aggregate mode.
    QString movingStateFunction;
    QString movingInverseFunction;
    QString movingStateType;
    QString movingFinalFunction;
    QString movingInitialCondition;
    bool hasMovingInitialCondition = false;
    QString sortOperator;      // "pg_catalog.>"; empty when none
    QString parallel = QStringLiteral("UNSAFE"); // SAFE, RESTRICTED, UNSAFE
    QString owner;
    QString comment;
    QList<Grant> grants;

    bool detailsKnown() const { return !stateFunction.isEmpty(); }
    // "schema.name(identity arguments)": the identity of an overload.
    QString signature() const;
    bool operator==(const Aggregate &) const = default;
};

struct EnumType {
    QString schema;
    QString name;
    QString owner;
    QStringList labels; // in sort order
    QString comment;

    QualifiedName qualifiedName() const { return {schema, name}; }
    bool operator==(const EnumType &) const = default;
};

struct DomainConstraint {
    QString name;
    QString definition; // "CHECK ((VALUE > 0))"
    bool validated = true;
    QString comment;

    bool operator==(const DomainConstraint &) const = default;
};

struct Domain {
    QString schema;
    QString name;
    QString owner;
    QString baseType;   // format_type() of the base type with its modifier
    bool notNull = false;
    QString defaultValue;
    QString collation;  // only when it differs from the base type's default
    QList<DomainConstraint> constraints; // by name
    QString comment;

    QualifiedName qualifiedName() const { return {schema, name}; }
    bool operator==(const Domain &) const = default;
};

struct CompositeType {
    QString schema;
    QString name;
    QString owner;
    QList<Column> attributes; // name, position, type, collation, comment
    QString comment;

    QualifiedName qualifiedName() const { return {schema, name}; }
    bool operator==(const CompositeType &) const = default;
};

// Everything introspected from one database.
struct SchemaModel {
    // Where and when it was read.
    QString database;
    QString serverVersion;   // "15.18"
    int serverVersionNumber = 0;
    QDateTime capturedAt;    // UTC, millisecond precision

    QList<Schema> schemas;
    QList<Extension> extensions;
    QList<Table> tables;
    QList<Sequence> sequences;
    QList<View> views;
    QList<Function> functions;   // functions, procedures, window functions (not aggregates)
    QList<Aggregate> aggregates;
    QList<EnumType> enums;
    QList<Domain> domains;
    QList<CompositeType> compositeTypes;

    // Lookups by name (linear; build a QHash for repeated lookups in big models).
    const Schema *schema(const QString &name) const;
    const Extension *extension(const QString &name) const;
    const Table *table(const QString &schema, const QString &name) const;
    const Sequence *sequence(const QString &schema, const QString &name) const;
    const View *view(const QString &schema, const QString &name) const;
    // By name only: all overloads.
    QList<const Function *> functionsNamed(const QString &schema, const QString &name) const;
    QList<const Aggregate *> aggregatesNamed(const QString &schema, const QString &name) const;
    const EnumType *enumType(const QString &schema, const QString &name) const;
    const Domain *domain(const QString &schema, const QString &name) const;
    const CompositeType *compositeType(const QString &schema, const QString &name) const;

    // Puts every list into its canonical order: objects by (schema, name),
    // functions by signature, columns by position, table parts by name,
    // grants by (grantee, privilege), policy roles alphabetically.
    void sort();

    bool operator==(const SchemaModel &) const = default;
};

} // namespace slipway::catalog
