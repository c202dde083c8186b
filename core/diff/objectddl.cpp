#include "objectddl.h"

#include "planbuilder_p.h"
#include "sqlnames.h"

namespace slipway::diff {

using namespace catalog;

namespace {

QString statement(const QString &sql)
{
    return sql.trimmed().endsWith(u';') ? sql.trimmed() + u'\n' : sql.trimmed() + QLatin1String(";\n");
}

QString grants(const QList<Grant> &list, const ChangeObject &object)
{
    QString on;
    switch (object.onKind) {
    case ObjectKind::Schema: on = QLatin1String("SCHEMA ") + SqlNames::ident(object.name); break;
    case ObjectKind::Sequence: on = QLatin1String("SEQUENCE ") + SqlNames::qualified(object.schema, object.name); break;
    case ObjectKind::Function:
        on = QLatin1String("ROUTINE ") + SqlNames::qualified(object.schema, object.name) + u'(' +
             object.arguments + u')';
        break;
    case ObjectKind::Aggregate:
        on = QLatin1String("FUNCTION ") + SqlNames::qualified(object.schema, object.name) + u'(' +
             (object.arguments.isEmpty() ? QStringLiteral("*") : object.arguments) + u')';
        break;
    case ObjectKind::Column:
        on = QLatin1String("TABLE ") + SqlNames::qualified(object.schema, object.table);
        break;
    default: on = QLatin1String("TABLE ") + SqlNames::qualified(object.schema, object.name); break;
    }
    const QString columns = object.onKind == ObjectKind::Column
                                ? QLatin1String(" (") + SqlNames::ident(object.name) + u')'
                                : QString();
    QString text;
    for (const Grant &grant : list)
        text += QLatin1String("GRANT ") + grant.privilege + columns + QLatin1String(" ON ") + on +
                QLatin1String(" TO ") + ddl::role(grant.grantee) +
                (grant.grantable ? QLatin1String(" WITH GRANT OPTION;\n") : QLatin1String(";\n"));
    return text;
}

} // namespace

QString ObjectDdl::of(const Table &table)
{
    const QString name = SqlNames::qualified(table.schema, table.name);
    QString text = statement(ddl::createTable(table));
    for (const Constraint &c : table.constraints) {
        if (c.kind == Constraint::Kind::ForeignKey && !c.inherited)
            text += statement(QLatin1String("ALTER TABLE ") + name + QLatin1String(" ADD CONSTRAINT ") +
                              SqlNames::ident(c.name) + u' ' + c.definition);
    }
    for (const Index &index : table.indexes) {
        if (index.constraint.isEmpty() && !index.inherited) text += statement(index.definition);
    }
    for (const Trigger &trigger : table.triggers) {
        if (!trigger.inherited) text += statement(trigger.definition);
    }
    if (table.rowSecurity)
        text += statement(QLatin1String("ALTER TABLE ") + name + QLatin1String(" ENABLE ROW LEVEL SECURITY"));
    for (const Policy &policy : table.policies)
        text += statement(ddl::createPolicy(table.schema, table.name, policy));
    if (!table.comment.isEmpty())
        text += statement(QLatin1String("COMMENT ON TABLE ") + name + QLatin1String(" IS ") +
                          SqlNames::literal(table.comment));
    for (const Column &column : table.columns) {
        if (!column.comment.isEmpty())
            text += statement(QLatin1String("COMMENT ON COLUMN ") + name + u'.' +
                              SqlNames::ident(column.name) + QLatin1String(" IS ") +
                              SqlNames::literal(column.comment));
    }
    return text;
}

QString ObjectDdl::of(const ObjectValue &value, const ChangeObject &object)
{
    const QString table = SqlNames::qualified(object.schema, object.table);
    if (const auto *v = std::get_if<Schema>(&value))
        return statement(QLatin1String("CREATE SCHEMA ") + SqlNames::ident(v->name));
    if (const auto *v = std::get_if<Extension>(&value))
        return statement(QLatin1String("CREATE EXTENSION ") + SqlNames::ident(v->name) +
                         QLatin1String(" WITH SCHEMA ") + SqlNames::ident(v->schema) +
                         QLatin1String(" VERSION ") + SqlNames::literal(v->version));
    if (const auto *v = std::get_if<Table>(&value)) return of(*v);
    if (const auto *v = std::get_if<Column>(&value))
        return statement(QLatin1String("ALTER TABLE ") + table + QLatin1String(" ADD COLUMN ") +
                         ddl::columnDefinition(*v));
    if (const auto *v = std::get_if<Constraint>(&value))
        return statement(QLatin1String("ALTER TABLE ") + table + QLatin1String(" ADD CONSTRAINT ") +
                         SqlNames::ident(v->name) + u' ' + v->definition);
    if (const auto *v = std::get_if<Index>(&value)) return statement(v->definition);
    if (const auto *v = std::get_if<Trigger>(&value)) return statement(v->definition);
    if (const auto *v = std::get_if<Policy>(&value))
        return statement(ddl::createPolicy(object.schema, object.table, *v));
    if (const auto *v = std::get_if<Sequence>(&value)) return statement(ddl::createSequence(*v));
    if (const auto *v = std::get_if<View>(&value)) {
        QString text = statement(ddl::createView(*v));
        for (const Index &index : v->indexes)
            text += statement(index.definition);
        return text;
    }
    if (const auto *v = std::get_if<Function>(&value))
        return v->definition.isEmpty() ? QString() : statement(v->definition);
    if (const auto *v = std::get_if<Aggregate>(&value))
        return v->detailsKnown() ? statement(ddl::createAggregate(*v)) : QString();
    if (const auto *v = std::get_if<EnumType>(&value)) return statement(ddl::createEnum(*v));
    if (const auto *v = std::get_if<Domain>(&value)) return statement(ddl::createDomain(*v));
    if (const auto *v = std::get_if<CompositeType>(&value)) return statement(ddl::createComposite(*v));
    if (const auto *v = std::get_if<QString>(&value)) return *v;
    if (const auto *v = std::get_if<QList<Grant>>(&value)) return grants(*v, object);
    return QString();
}

} // namespace slipway::diff
