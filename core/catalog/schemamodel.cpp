#include "schemamodel.h"

#include <algorithm>

namespace slipway::catalog {

namespace {

// Lower-case letters, digits, _ and $, not starting with a digit or $: what
// PostgreSQL prints without quotes (keywords aside; this is for display).
bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty()) return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || c == u'_';
        const bool other = (c >= u'0' && c <= u'9') || c == u'$';
        if (!letter && (i == 0 || !other)) return false;
    }
    return true;
}

QString displayIdentifier(const QString &name)
{
    if (isPlainIdentifier(name)) return name;
    QString quoted = name;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

template<typename T>
const T *findByName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name) return &item;
    }
    return nullptr;
}

template<typename T>
const T *findQualified(const QList<T> &list, const QString &schema, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name && item.schema == schema) return &item;
    }
    return nullptr;
}

template<typename T>
void sortByName(QList<T> &list)
{
    std::sort(list.begin(), list.end(),
              [](const T &a, const T &b) { return QString::compare(a.name, b.name) < 0; });
}

template<typename T>
void sortQualified(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) {
        if (const int bySchema = QString::compare(a.schema, b.schema)) return bySchema < 0;
        return QString::compare(a.name, b.name) < 0;
    });
}

void sortGrants(QList<Grant> &grants)
{
    std::sort(grants.begin(), grants.end(), [](const Grant &a, const Grant &b) {
        if (const int byGrantee = QString::compare(a.grantee, b.grantee)) return byGrantee < 0;
        if (const int byPrivilege = QString::compare(a.privilege, b.privilege))
            return byPrivilege < 0;
        return a.grantable < b.grantable;
    });
}

void sortColumns(QList<Column> &columns)
{
    std::sort(columns.begin(), columns.end(),
              [](const Column &a, const Column &b) { return a.position < b.position; });
    for (Column &column : columns)
        sortGrants(column.grants);
}

} // namespace

QString QualifiedName::display() const
{
    if (schema.isEmpty()) return displayIdentifier(name);
    return displayIdentifier(schema) + u'.' + displayIdentifier(name);
}

bool QualifiedName::operator<(const QualifiedName &other) const
{
    if (const int bySchema = QString::compare(schema, other.schema)) return bySchema < 0;
    return QString::compare(name, other.name) < 0;
}

const Column *Table::column(const QString &name) const { return findByName(columns, name); }
const Constraint *Table::constraint(const QString &name) const
{
    return findByName(constraints, name);
}
const Index *Table::index(const QString &name) const { return findByName(indexes, name); }
const Trigger *Table::trigger(const QString &name) const { return findByName(triggers, name); }
const Policy *Table::policy(const QString &name) const { return findByName(policies, name); }

bool Table::sameDefinition(const Table &other) const
{
    Table withoutStats = other;
    withoutStats.stats = stats;
    return *this == withoutStats;
}

QString Function::signature() const
{
    return QualifiedName{schema, name}.display() + u'(' + identityArguments + u')';
}

QString Aggregate::signature() const
{
    return QualifiedName{schema, name}.display() + u'(' + identityArguments + u')';
}

const Schema *SchemaModel::schema(const QString &name) const { return findByName(schemas, name); }
const Extension *SchemaModel::extension(const QString &name) const
{
    return findByName(extensions, name);
}
const Table *SchemaModel::table(const QString &schema, const QString &name) const
{
    return findQualified(tables, schema, name);
}
const Sequence *SchemaModel::sequence(const QString &schema, const QString &name) const
{
    return findQualified(sequences, schema, name);
}
const View *SchemaModel::view(const QString &schema, const QString &name) const
{
    return findQualified(views, schema, name);
}
QList<const Function *> SchemaModel::functionsNamed(const QString &schema,
                                                    const QString &name) const
{
    QList<const Function *> found;
    for (const Function &function : functions) {
        if (function.name == name && function.schema == schema) found << &function;
    }
    return found;
}
QList<const Aggregate *> SchemaModel::aggregatesNamed(const QString &schema,
                                                      const QString &name) const
{
    QList<const Aggregate *> found;
    for (const Aggregate &aggregate : aggregates) {
        if (aggregate.name == name && aggregate.schema == schema) found << &aggregate;
    }
    return found;
}
const EnumType *SchemaModel::enumType(const QString &schema, const QString &name) const
{
    return findQualified(enums, schema, name);
}
const Domain *SchemaModel::domain(const QString &schema, const QString &name) const
{
    return findQualified(domains, schema, name);
}
const CompositeType *SchemaModel::compositeType(const QString &schema, const QString &name) const
{
    return findQualified(compositeTypes, schema, name);
}

void SchemaModel::sort()
{
    sortByName(schemas);
    for (Schema &schema : schemas)
        sortGrants(schema.grants);
    sortByName(extensions);

    sortQualified(tables);
    for (Table &table : tables) {
        sortColumns(table.columns);
        sortByName(table.constraints);
        sortByName(table.indexes);
        sortByName(table.triggers);
        sortByName(table.policies);
        for (Policy &policy : table.policies)
            std::sort(policy.roles.begin(), policy.roles.end());
        sortGrants(table.grants);
    }
    sortQualified(sequences);
    for (Sequence &sequence : sequences)
        sortGrants(sequence.grants);
    sortQualified(views);
    for (View &view : views) {
        sortColumns(view.columns);
        sortByName(view.indexes);
        sortByName(view.triggers);
        sortGrants(view.grants);
    }
    std::sort(functions.begin(), functions.end(), [](const Function &a, const Function &b) {
        if (const int bySchema = QString::compare(a.schema, b.schema)) return bySchema < 0;
        if (const int byName = QString::compare(a.name, b.name)) return byName < 0;
        return QString::compare(a.identityArguments, b.identityArguments) < 0;
    });
    for (Function &function : functions)
        sortGrants(function.grants);
    std::sort(aggregates.begin(), aggregates.end(), [](const Aggregate &a, const Aggregate &b) {
        if (const int bySchema = QString::compare(a.schema, b.schema)) return bySchema < 0;
        if (const int byName = QString::compare(a.name, b.name)) return byName < 0;
        return QString::compare(a.identityArguments, b.identityArguments) < 0;
    });
    for (Aggregate &aggregate : aggregates)
        sortGrants(aggregate.grants);
    sortQualified(enums);
    sortQualified(domains);
    for (Domain &domain : domains)
        sortByName(domain.constraints);
    sortQualified(compositeTypes);
    for (CompositeType &type : compositeTypes)
        sortColumns(type.attributes);
}

} // namespace slipway::catalog
