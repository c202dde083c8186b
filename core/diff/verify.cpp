// Verification queries: one boolean per change, true when the target shape holds.

#include "planner.h"
#include "sqlnames.h"

namespace slipway::diff {

using namespace catalog;

namespace {

QString lit(const QString &text)
{
    return SqlNames::literal(text);
}

// pg_catalog.to_regclass('"s"."t"')
QString regclass(const QString &schema, const QString &name)
{
    return QStringLiteral("pg_catalog.to_regclass(%1)").arg(lit(SqlNames::qualified(schema, name)));
}

QString relationExists(const QString &schema, const QString &name, const QString &kinds)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = %1 AND "
                          "relkind IN (%2))")
        .arg(regclass(schema, name), kinds);
}

QString columnExists(const ChangeObject &o)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = %1"
                          " AND attname = %2 AND NOT attisdropped")
        .arg(regclass(o.schema, o.table), lit(o.name));
}

QString existence(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    switch (change.kind) {
    case ObjectKind::Schema:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %1)")
            .arg(lit(o.name));
    case ObjectKind::Extension:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = %1)")
            .arg(lit(o.name));
    case ObjectKind::Table: return relationExists(o.schema, o.name, QStringLiteral("'r', 'p'"));
    case ObjectKind::View: return relationExists(o.schema, o.name, QStringLiteral("'v'"));
    case ObjectKind::MaterializedView: return relationExists(o.schema, o.name, QStringLiteral("'m'"));
    case ObjectKind::Sequence: return relationExists(o.schema, o.name, QStringLiteral("'S'"));
    case ObjectKind::Index:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_index WHERE indexrelid = "
                              "%1 AND indisvalid)")
            .arg(regclass(o.schema, o.name));
    case ObjectKind::Column: return columnExists(o) + u')';
    case ObjectKind::Constraint:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid "
                              "= %1 AND conname = %2)")
            .arg(regclass(o.schema, o.table), lit(o.name));
    case ObjectKind::Trigger:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = "
                              "%1 AND tgname = %2)")
            .arg(regclass(o.schema, o.table), lit(o.name));
    case ObjectKind::Policy:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_policy WHERE polrelid = "
                              "%1 AND polname = %2)")
            .arg(regclass(o.schema, o.table), lit(o.name));
    case ObjectKind::Function:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN "
                              "pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE "
                              "n.nspname = %1 AND p.proname = %2)")
            .arg(lit(o.schema), lit(o.name));
    case ObjectKind::Aggregate:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_aggregate a JOIN "
                              "pg_catalog.pg_proc p ON p.oid = a.aggfnoid JOIN "
                              "pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE "
                              "n.nspname = %1 AND p.proname = %2 AND "
                              "pg_catalog.pg_get_function_identity_arguments(p.oid) = %3)")
            .arg(lit(o.schema), lit(o.name), lit(o.arguments));
    case ObjectKind::Enum:
    case ObjectKind::Domain:
    case ObjectKind::CompositeType:
        return QStringLiteral("SELECT pg_catalog.to_regtype(%1) IS NOT NULL")
            .arg(lit(SqlNames::qualified(o.schema, o.name)));
    default: return QString();
    }
}

QString columnShape(const SchemaChange &change)
{
    const Column &c = std::get<Column>(change.to);
    return columnExists(change.object) +
           QStringLiteral(" AND atttypid = %1::pg_catalog.regtype AND attnotnull = %2)")
               .arg(lit(c.type), c.notNull ? QStringLiteral("true") : QStringLiteral("false"));
}

QString enumLabels(const EnumType &type)
{
    QStringList labels;
    for (const QString &label : type.labels)
        labels << lit(label);
    return QStringLiteral("SELECT pg_catalog.array_agg(enumlabel::text ORDER BY enumsortorder) = "
                          "ARRAY[%1]::text[] FROM pg_catalog.pg_enum WHERE enumtypid = "
                          "pg_catalog.to_regtype(%2)")
        .arg(labels.join(QLatin1String(", ")), lit(SqlNames::qualified(type.schema, type.name)));
}

} // namespace

QList<VerifyQuery> Planner::verification(const QList<SchemaChange> &changes)
{
    QList<VerifyQuery> queries;
    for (int i = 0; i < changes.size(); ++i) {
        const SchemaChange &change = changes.at(i);
        const QString what = SchemaChange::kindName(change.kind) + u' ' + change.object.display();
        VerifyQuery query;
        query.change = i;
        if (change.kind == ObjectKind::Comment) {
            const ChangeObject &o = change.object;
            const QString text = std::get<QString>(change.to);
            const QString expected = text.isEmpty() ? QStringLiteral("IS NULL") : QStringLiteral("= ") + lit(text);
            if (o.onKind == ObjectKind::Table || o.onKind == ObjectKind::View ||
                o.onKind == ObjectKind::MaterializedView || o.onKind == ObjectKind::Sequence) {
                query.sql = QStringLiteral("SELECT pg_catalog.obj_description(%1, 'pg_class') %2")
                                .arg(regclass(o.schema, o.name), expected);
            } else if (o.onKind == ObjectKind::Column && !o.table.isEmpty()) {
                query.sql = QStringLiteral("SELECT pg_catalog.col_description(%1, (SELECT attnum FROM "
                                           "pg_catalog.pg_attribute WHERE attrelid = %1 AND attname = %2)) %3")
                                .arg(regclass(o.schema, o.table), lit(o.name), expected);
            }
            query.description = tr("comment on %1 is as in the target").arg(o.display());
        } else if (change.kind == ObjectKind::Owner &&
                   (change.object.onKind == ObjectKind::Table || change.object.onKind == ObjectKind::View)) {
            query.sql = QStringLiteral("SELECT pg_catalog.pg_get_userbyid(relowner) = %1 FROM "
                                       "pg_catalog.pg_class WHERE oid = %2")
                            .arg(lit(std::get<QString>(change.to)),
                                 regclass(change.object.schema, change.object.name));
            query.description = tr("%1 is owned by %2").arg(change.object.display(), std::get<QString>(change.to));
        } else if (change.action == ChangeAction::Drop) {
            const QString exists = existence(change);
            if (exists.isEmpty()) continue;
            if (change.recreate) continue; // created again by another change
            query.sql = QStringLiteral("SELECT NOT (%1)").arg(exists);
            query.description = tr("%1 is gone").arg(what);
        } else if (change.kind == ObjectKind::Table && change.action == ChangeAction::Alter &&
                   std::get<Table>(change.from).partitionBound != std::get<Table>(change.to).partitionBound) {
            const Table &t = std::get<Table>(change.to);
            query.sql = QStringLiteral("SELECT pg_catalog.pg_get_expr(relpartbound, oid) = %1 FROM "
                                       "pg_catalog.pg_class WHERE oid = %2 AND relispartition")
                            .arg(lit(t.partitionBound), regclass(t.schema, t.name));
            query.description = tr("%1 is attached again %2").arg(what, t.partitionBound);
        } else if (change.kind == ObjectKind::Column) {
            query.sql = columnShape(change);
            query.description = tr("%1 exists with its type and nullability").arg(what);
        } else if (change.kind == ObjectKind::Enum) {
            query.sql = enumLabels(std::get<EnumType>(change.to));
            query.description = tr("%1 has its labels in order").arg(what);
        } else if (change.kind == ObjectKind::Constraint) {
            const Constraint &c = std::get<Constraint>(change.to);
            query.sql = existence(change);
            query.sql.insert(query.sql.size() - 1,
                             QStringLiteral(" AND convalidated = %1")
                                 .arg(c.validated ? QStringLiteral("true") : QStringLiteral("false")));
            query.description = tr("%1 exists (%2)").arg(what, c.validated ? tr("validated") : tr("NOT VALID"));
        } else {
            query.sql = existence(change);
            query.description = tr("%1 exists").arg(what);
        }
        if (!query.sql.isEmpty()) queries << query;
    }
    return queries;
}

} // namespace slipway::diff
