#include "schemachange.h"

#include "sqlnames.h"

namespace slipway::diff {

QString ChangeObject::display() const
{
    const ObjectKind what = (kind == ObjectKind::Comment || kind == ObjectKind::Grant ||
                             kind == ObjectKind::Owner)
                                ? onKind
                                : kind;
    switch (what) {
    case ObjectKind::Schema:
    case ObjectKind::Extension:
        return SqlNames::displayName(name);
    case ObjectKind::Column:
        return SqlNames::displayName(schema, table) + u'.' + SqlNames::displayName(name);
    case ObjectKind::Constraint:
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Policy:
        return SqlNames::displayName(name) + QLatin1String(" on ") +
               SqlNames::displayName(schema, table);
    case ObjectKind::Function:
        return SqlNames::displayName(schema, name) + u'(' + arguments + u')';
    case ObjectKind::Aggregate:
        return SqlNames::displayName(schema, name) + u'(' +
               (arguments.isEmpty() ? QStringLiteral("*") : arguments) + u')';
    default:
        return SqlNames::displayName(schema, name);
    }
}

QString ChangeObject::key() const
{
    QString text = QString::number(int(kind)) + u':' + QString::number(int(onKind)) + u':' +
                   schema + u'/' + table + u'/' + name;
    if (!arguments.isEmpty()) text += u'(' + arguments + u')';
    return text;
}

QString SchemaChange::kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return tr("schema");
    case ObjectKind::Extension: return tr("extension");
    case ObjectKind::Table: return tr("table");
    case ObjectKind::Column: return tr("column");
    case ObjectKind::Constraint: return tr("constraint");
    case ObjectKind::Index: return tr("index");
    case ObjectKind::Trigger: return tr("trigger");
    case ObjectKind::Policy: return tr("policy");
    case ObjectKind::Sequence: return tr("sequence");
    case ObjectKind::View: return tr("view");
    case ObjectKind::MaterializedView: return tr("materialized view");
    case ObjectKind::Function: return tr("function");
    case ObjectKind::Enum: return tr("enum");
    case ObjectKind::Domain: return tr("domain");
    case ObjectKind::CompositeType: return tr("composite type");
    case ObjectKind::Comment: return tr("comment");
    case ObjectKind::Grant: return tr("privileges");
    case ObjectKind::Owner: return tr("owner");
    case ObjectKind::Aggregate: return tr("aggregate");
    }
    return QString();
}

QString SchemaChange::actionName(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Create: return tr("create");
    case ChangeAction::Drop: return tr("drop");
    case ChangeAction::Alter: return tr("alter");
    }
    return QString();
}

QString SchemaChange::summary() const
{
    QString text = actionName(action) + u' ' + kindName(kind);
    if (kind == ObjectKind::Comment || kind == ObjectKind::Grant || kind == ObjectKind::Owner)
        text += u' ' + tr("of %1 %2").arg(kindName(object.onKind), object.display());
    else
        text += u' ' + object.display();
    if (!differences.isEmpty()) {
        QStringList properties;
        for (const Difference &difference : differences)
            properties << difference.property;
        text += QLatin1String(" (") + properties.join(QLatin1String(", ")) + u')';
    }
    return text;
}

bool DiffOptions::schemaIncluded(const QString &schema) const
{
    if (!includeSchemas.isEmpty() && !includeSchemas.contains(schema)) return false;
    return !excludeSchemas.contains(schema);
}

} // namespace slipway::diff
