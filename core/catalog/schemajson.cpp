#include "schemajson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace slipway::catalog {

namespace {

// --- which members each type has, under which key -----------------------------
// describe(v, static_cast<T *>(nullptr)) calls v(key, &T::member) per member;
// the writer and the reader below are the two visitors.

template<typename V> void describe(V &v, QualifiedName *)
{
    v("schema", &QualifiedName::schema);
    v("name", &QualifiedName::name);
}

template<typename V> void describe(V &v, Grant *)
{
    v("grantee", &Grant::grantee);
    v("privilege", &Grant::privilege);
    v("grantable", &Grant::grantable);
}

template<typename V> void describe(V &v, Schema *)
{
    v("name", &Schema::name);
    v("owner", &Schema::owner);
    v("comment", &Schema::comment);
    v("grants", &Schema::grants);
}

template<typename V> void describe(V &v, Extension *)
{
    v("name", &Extension::name);
    v("schema", &Extension::schema);
    v("version", &Extension::version);
    v("comment", &Extension::comment);
}

template<typename V> void describe(V &v, IdentityOptions *)
{
    v("start", &IdentityOptions::start);
    v("increment", &IdentityOptions::increment);
    v("min_value", &IdentityOptions::minValue);
    v("max_value", &IdentityOptions::maxValue);
    v("cache", &IdentityOptions::cache);
    v("cycle", &IdentityOptions::cycle);
}

template<typename V> void describe(V &v, Column *)
{
    v("name", &Column::name);
    v("position", &Column::position);
    v("type", &Column::type);
    v("not_null", &Column::notNull);
    v("default", &Column::defaultValue);
    v("identity", &Column::identity);
    v("identity_options", &Column::identityOptions);
    v("generated", &Column::generatedExpression);
    v("collation", &Column::collation);
    v("inherited", &Column::inherited);
    v("comment", &Column::comment);
    v("grants", &Column::grants);
}

template<typename V> void describe(V &v, Constraint *)
{
    v("name", &Constraint::name);
    v("kind", &Constraint::kind);
    v("columns", &Constraint::columns);
    v("definition", &Constraint::definition);
    v("validated", &Constraint::validated);
    v("deferrable", &Constraint::deferrable);
    v("initially_deferred", &Constraint::initiallyDeferred);
    v("no_inherit", &Constraint::noInherit);
    v("inherited", &Constraint::inherited);
    v("index", &Constraint::index);
    v("referenced_table", &Constraint::referencedTable);
    v("referenced_columns", &Constraint::referencedColumns);
    v("on_update", &Constraint::onUpdate);
    v("on_delete", &Constraint::onDelete);
    v("match", &Constraint::match);
    v("comment", &Constraint::comment);
}

template<typename V> void describe(V &v, Index *)
{
    v("name", &Index::name);
    v("method", &Index::method);
    v("unique", &Index::unique);
    v("primary", &Index::primary);
    v("nulls_not_distinct", &Index::nullsNotDistinct);
    v("valid", &Index::valid);
    v("columns", &Index::columns);
    v("include", &Index::includeColumns);
    v("has_expressions", &Index::hasExpressions);
    v("predicate", &Index::predicate);
    v("definition", &Index::definition);
    v("constraint", &Index::constraint);
    v("inherited", &Index::inherited);
    v("comment", &Index::comment);
}

template<typename V> void describe(V &v, Trigger *)
{
    v("name", &Trigger::name);
    v("definition", &Trigger::definition);
    v("enabled", &Trigger::enabled);
    v("constraint_trigger", &Trigger::constraintTrigger);
    v("inherited", &Trigger::inherited);
    v("comment", &Trigger::comment);
}

template<typename V> void describe(V &v, Policy *)
{
    v("name", &Policy::name);
    v("command", &Policy::command);
    v("permissive", &Policy::permissive);
    v("roles", &Policy::roles);
    v("using", &Policy::usingExpression);
    v("with_check", &Policy::withCheckExpression);
    v("comment", &Policy::comment);
}

template<typename V> void describe(V &v, RelationStats *)
{
    v("estimated_rows", &RelationStats::estimatedRows);
    v("total_bytes", &RelationStats::totalBytes);
    v("size_exact", &RelationStats::sizeExact);
}

template<typename V> void describe(V &v, Table *)
{
    v("schema", &Table::schema);
    v("name", &Table::name);
    v("kind", &Table::kind);
    v("owner", &Table::owner);
    v("unlogged", &Table::unlogged);
    v("row_security", &Table::rowSecurity);
    v("force_row_security", &Table::forceRowSecurity);
    v("partition_key", &Table::partitionKey);
    v("partition_of", &Table::partitionOf);
    v("partition_bound", &Table::partitionBound);
    v("partition_constraint", &Table::partitionConstraint);
    v("inherits", &Table::inherits);
    v("options", &Table::options);
    v("comment", &Table::comment);
    v("columns", &Table::columns);
    v("constraints", &Table::constraints);
    v("indexes", &Table::indexes);
    v("triggers", &Table::triggers);
    v("policies", &Table::policies);
    v("grants", &Table::grants);
    v("stats", &Table::stats);
}

template<typename V> void describe(V &v, Sequence *)
{
    v("schema", &Sequence::schema);
    v("name", &Sequence::name);
    v("owner", &Sequence::owner);
    v("type", &Sequence::type);
    v("start", &Sequence::start);
    v("increment", &Sequence::increment);
    v("min_value", &Sequence::minValue);
    v("max_value", &Sequence::maxValue);
    v("cache", &Sequence::cache);
    v("cycle", &Sequence::cycle);
    v("owned_by_table", &Sequence::ownedByTable);
    v("owned_by_column", &Sequence::ownedByColumn);
    v("comment", &Sequence::comment);
    v("grants", &Sequence::grants);
}

template<typename V> void describe(V &v, View *)
{
    v("schema", &View::schema);
    v("name", &View::name);
    v("materialized", &View::materialized);
    v("owner", &View::owner);
    v("definition", &View::definition);
    v("columns", &View::columns);
    v("options", &View::options);
    v("populated", &View::populated);
    v("indexes", &View::indexes);
    v("triggers", &View::triggers);
    v("comment", &View::comment);
    v("grants", &View::grants);
    v("stats", &View::stats);
}

template<typename V> void describe(V &v, Aggregate *)
{
    v("schema", &Aggregate::schema);
    v("name", &Aggregate::name);
    v("identity_arguments", &Aggregate::identityArguments);
    v("arguments", &Aggregate::arguments);
    v("result", &Aggregate::result);
    v("kind", &Aggregate::kind);
    v("state_function", &Aggregate::stateFunction);
    v("state_type", &Aggregate::stateType);
    v("state_space", &Aggregate::stateSpace);
    v("final_function", &Aggregate::finalFunction);
    v("final_extra", &Aggregate::finalExtra);
    v("final_modify", &Aggregate::finalModify);
    v("combine_function", &Aggregate::combineFunction);
    v("serial_function", &Aggregate::serialFunction);
    v("deserial_function", &Aggregate::deserialFunction);
    v("initial_condition", &Aggregate::initialCondition);
    v("has_initial_condition", &Aggregate::hasInitialCondition);
    v("moving_state_function", &Aggregate::movingStateFunction);
    v("moving_inverse_function", &Aggregate::movingInverseFunction);
    v("moving_state_type", &Aggregate::movingStateType);
    v("moving_final_function", &Aggregate::movingFinalFunction);
    v("moving_initial_condition", &Aggregate::movingInitialCondition);
    v("has_moving_initial_condition", &Aggregate::hasMovingInitialCondition);
    v("sort_operator", &Aggregate::sortOperator);
    v("parallel", &Aggregate::parallel);
    v("owner", &Aggregate::owner);
    v("comment", &Aggregate::comment);
    v("grants", &Aggregate::grants);
}

template<typename V> void describe(V &v, Function *)
{
    v("schema", &Function::schema);
    v("name", &Function::name);
    v("identity_arguments", &Function::identityArguments);
    v("arguments", &Function::arguments);
    v("result", &Function::result);
    v("kind", &Function::kind);
    v("language", &Function::language);
    v("volatility", &Function::volatility);
    v("security_definer", &Function::securityDefiner);
    v("owner", &Function::owner);
    v("definition", &Function::definition);
    v("comment", &Function::comment);
    v("grants", &Function::grants);
}

template<typename V> void describe(V &v, EnumType *)
{
    v("schema", &EnumType::schema);
    v("name", &EnumType::name);
    v("owner", &EnumType::owner);
    v("labels", &EnumType::labels);
    v("comment", &EnumType::comment);
}

template<typename V> void describe(V &v, DomainConstraint *)
{
    v("name", &DomainConstraint::name);
    v("definition", &DomainConstraint::definition);
    v("validated", &DomainConstraint::validated);
    v("comment", &DomainConstraint::comment);
}

template<typename V> void describe(V &v, Domain *)
{
    v("schema", &Domain::schema);
    v("name", &Domain::name);
    v("owner", &Domain::owner);
    v("base_type", &Domain::baseType);
    v("not_null", &Domain::notNull);
    v("default", &Domain::defaultValue);
    v("collation", &Domain::collation);
    v("constraints", &Domain::constraints);
    v("comment", &Domain::comment);
}

template<typename V> void describe(V &v, CompositeType *)
{
    v("schema", &CompositeType::schema);
    v("name", &CompositeType::name);
    v("owner", &CompositeType::owner);
    v("attributes", &CompositeType::attributes);
    v("comment", &CompositeType::comment);
}

// The model's body; database, versions and captured_at are handled apart.
template<typename V> void describe(V &v, SchemaModel *)
{
    v("database", &SchemaModel::database);
    v("server_version", &SchemaModel::serverVersion);
    v("server_version_num", &SchemaModel::serverVersionNumber);
    v("schemas", &SchemaModel::schemas);
    v("extensions", &SchemaModel::extensions);
    v("tables", &SchemaModel::tables);
    v("sequences", &SchemaModel::sequences);
    v("views", &SchemaModel::views);
    v("functions", &SchemaModel::functions);
    v("aggregates", &SchemaModel::aggregates);
    v("enums", &SchemaModel::enums);
    v("domains", &SchemaModel::domains);
    v("composite_types", &SchemaModel::compositeTypes);
}

template<typename T>
concept Described = requires(int &visitor) { describe(visitor, static_cast<T *>(nullptr)); };

// --- enum names (stable: they are the file format) ------------------------------

template<typename E> struct EnumNames;

#define SLIPWAY_ENUM_NAMES(E, ...)                                                               \
    template<> struct EnumNames<E> {                                                             \
        static constexpr std::pair<E, const char *> names[] = {__VA_ARGS__};                     \
    };

SLIPWAY_ENUM_NAMES(Column::Identity, {Column::Identity::None, "none"},
                   {Column::Identity::Always, "always"},
                   {Column::Identity::ByDefault, "by_default"})
SLIPWAY_ENUM_NAMES(Constraint::Kind, {Constraint::Kind::PrimaryKey, "primary_key"},
                   {Constraint::Kind::Unique, "unique"},
                   {Constraint::Kind::ForeignKey, "foreign_key"},
                   {Constraint::Kind::Check, "check"},
                   {Constraint::Kind::Exclusion, "exclusion"},
                   {Constraint::Kind::Trigger, "trigger"})
SLIPWAY_ENUM_NAMES(ForeignKeyAction, {ForeignKeyAction::NoAction, "no_action"},
                   {ForeignKeyAction::Restrict, "restrict"},
                   {ForeignKeyAction::Cascade, "cascade"},
                   {ForeignKeyAction::SetNull, "set_null"},
                   {ForeignKeyAction::SetDefault, "set_default"})
SLIPWAY_ENUM_NAMES(ForeignKeyMatch, {ForeignKeyMatch::Simple, "simple"},
                   {ForeignKeyMatch::Full, "full"}, {ForeignKeyMatch::Partial, "partial"})
SLIPWAY_ENUM_NAMES(Trigger::Enabled, {Trigger::Enabled::Origin, "origin"},
                   {Trigger::Enabled::Always, "always"},
                   {Trigger::Enabled::Replica, "replica"},
                   {Trigger::Enabled::Disabled, "disabled"})
SLIPWAY_ENUM_NAMES(Table::Kind, {Table::Kind::Ordinary, "ordinary"},
                   {Table::Kind::Partitioned, "partitioned"})
SLIPWAY_ENUM_NAMES(Function::Kind, {Function::Kind::Function, "function"},
                   {Function::Kind::Procedure, "procedure"},
                   {Function::Kind::Aggregate, "aggregate"},
                   {Function::Kind::Window, "window"})
SLIPWAY_ENUM_NAMES(Aggregate::Kind, {Aggregate::Kind::Normal, "normal"},
                   {Aggregate::Kind::OrderedSet, "ordered_set"},
                   {Aggregate::Kind::Hypothetical, "hypothetical"})

#undef SLIPWAY_ENUM_NAMES

template<typename E>
concept Named = std::is_enum_v<E> && requires { EnumNames<E>::names; };

// --- writing ------------------------------------------------------------------------

constexpr qint64 kExactInDouble = qint64(1) << 53;

QJsonValue toJson(const QString &value) { return value; }
QJsonValue toJson(bool value) { return value; }
QJsonValue toJson(int value) { return value; }
QJsonValue toJson(qint64 value)
{
    if (value > -kExactInDouble && value < kExactInDouble) return double(value);
    return QString::number(value);
}
QJsonValue toJson(const QStringList &values) { return QJsonArray::fromStringList(values); }

template<Named E> QJsonValue toJson(E value)
{
    for (const auto &[known, name] : EnumNames<E>::names) {
        if (known == value) return QString::fromLatin1(name);
    }
    return QJsonValue();
}

template<Described T> QJsonValue toJson(const T &object);

template<typename T> QJsonValue toJson(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(toJson(value));
    return array;
}

template<typename T> struct Writer {
    explicit Writer(const T &written) : object(written) {}

    const T &object;
    const T defaults{};
    QJsonObject out;

    template<typename M> void operator()(const char *key, M T::*member)
    {
        if (object.*member == defaults.*member) return;
        out.insert(QLatin1String(key), toJson(object.*member));
    }
};

template<Described T> QJsonValue toJson(const T &object)
{
    Writer<T> writer(object);
    describe(writer, static_cast<T *>(nullptr));
    return writer.out;
}

// --- reading ------------------------------------------------------------------------

// Where in the document we are, and the first error found.
struct Context {
    QString *error;
    bool failed = false;

    void fail(const QString &path, const QString &message)
    {
        if (failed) return;
        failed = true;
        if (error) *error = path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return SchemaJson::tr("null");
    case QJsonValue::Bool: return SchemaJson::tr("a boolean");
    case QJsonValue::Double: return SchemaJson::tr("a number");
    case QJsonValue::String: return SchemaJson::tr("a string");
    case QJsonValue::Array: return SchemaJson::tr("an array");
    case QJsonValue::Object: return SchemaJson::tr("an object");
    default: return SchemaJson::tr("nothing");
    }
}

void expected(Context &context, const QString &path, const QString &what, const QJsonValue &found)
{
    context.fail(path, SchemaJson::tr("expected %1, found %2").arg(what, typeName(found)));
}

void fromJson(const QJsonValue &value, QString &out, Context &context, const QString &path)
{
    if (!value.isString()) return expected(context, path, SchemaJson::tr("a string"), value);
    out = value.toString();
}

void fromJson(const QJsonValue &value, bool &out, Context &context, const QString &path)
{
    if (!value.isBool()) return expected(context, path, SchemaJson::tr("true or false"), value);
    out = value.toBool();
}

void fromJson(const QJsonValue &value, qint64 &out, Context &context, const QString &path)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < double(kExactInDouble)) {
            out = qint64(number);
            return;
        }
    } else if (value.isString()) {
        bool ok = false;
        out = value.toString().toLongLong(&ok);
        if (ok) return;
    }
    expected(context, path, SchemaJson::tr("an integer"), value);
}

void fromJson(const QJsonValue &value, int &out, Context &context, const QString &path)
{
    qint64 wide = 0;
    fromJson(value, wide, context, path);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        return context.fail(path, SchemaJson::tr("%1 is out of range").arg(wide));
    out = int(wide);
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void fromJson(const QJsonValue &value, QStringList &out, Context &context, const QString &path)
{
    if (!value.isArray()) return expected(context, path, SchemaJson::tr("an array"), value);
    const QJsonArray array = value.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString item;
        fromJson(array.at(i), item, context, itemPath(path, i));
        out << item;
    }
}

template<Named E>
void fromJson(const QJsonValue &value, E &out, Context &context, const QString &path)
{
    QStringList known;
    if (value.isString()) {
        for (const auto &[candidate, name] : EnumNames<E>::names) {
            if (value.toString() == QLatin1String(name)) {
                out = candidate;
                return;
            }
            known << QString::fromLatin1(name);
        }
        return context.fail(path, SchemaJson::tr("unknown value \"%1\" (expected one of: %2)")
                                      .arg(value.toString(), known.join(QLatin1String(", "))));
    }
    expected(context, path, SchemaJson::tr("a string"), value);
}

template<Described T>
void fromJson(const QJsonValue &value, T &out, Context &context, const QString &path);

template<typename T>
void fromJson(const QJsonValue &value, QList<T> &out, Context &context, const QString &path)
{
    if (!value.isArray()) return expected(context, path, SchemaJson::tr("an array"), value);
    const QJsonArray array = value.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !context.failed; ++i) {
        T item;
        fromJson(array.at(i), item, context, itemPath(path, i));
        out << std::move(item);
    }
}

template<typename T> struct Reader {
    const QJsonObject &in;
    T &object;
    Context &context;
    const QString &path;

    template<typename M> void operator()(const char *key, M T::*member)
    {
        if (context.failed) return;
        const auto found = in.constFind(QLatin1String(key));
        if (found == in.constEnd()) return; // the default
        const QString keyPath =
            path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
        fromJson(*found, object.*member, context, keyPath);
    }
};

template<Described T>
void fromJson(const QJsonValue &value, T &out, Context &context, const QString &path)
{
    if (!value.isObject()) return expected(context, path, SchemaJson::tr("an object"), value);
    const QJsonObject object = value.toObject();
    Reader<T> reader{object, out, context, path};
    describe(reader, static_cast<T *>(nullptr));
}

const QLatin1String kCapturedAt("captured_at");

} // namespace

QJsonObject SchemaJson::toJson(const SchemaModel &model)
{
    QJsonObject json = catalog::toJson(model).toObject();
    if (model.capturedAt.isValid())
        json.insert(kCapturedAt, model.capturedAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

std::optional<SchemaModel> SchemaJson::fromJson(const QJsonObject &json, QString *error)
{
    SchemaModel model;
    Context context{error};
    catalog::fromJson(QJsonValue(json), model, context, QString());
    if (!context.failed && json.contains(kCapturedAt)) {
        const QJsonValue value = json.value(kCapturedAt);
        model.capturedAt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !model.capturedAt.isValid())
            context.fail(kCapturedAt, tr("expected a date and time (ISO 8601), found %1")
                                          .arg(value.isString() ? value.toString()
                                                                : typeName(value)));
    }
    if (context.failed) return std::nullopt;
    // Snapshots written before aggregates had their own list kept them among
    // the functions (no definition): moved, their details unknown.
    for (qsizetype i = model.functions.size() - 1; i >= 0; --i) {
        const Function &function = model.functions.at(i);
        if (function.kind != Function::Kind::Aggregate) continue;
        Aggregate aggregate;
        aggregate.schema = function.schema;
        aggregate.name = function.name;
        aggregate.identityArguments = function.identityArguments;
        aggregate.arguments = function.arguments;
        aggregate.result = function.result;
        aggregate.owner = function.owner;
        aggregate.comment = function.comment;
        aggregate.grants = function.grants;
        model.aggregates.prepend(aggregate);
        model.functions.removeAt(i);
    }
    return model;
}

} // namespace slipway::catalog
