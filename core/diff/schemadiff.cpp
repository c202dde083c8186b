#include "schemadiff.h"

#include "differ_p.h"

namespace slipway::diff {

using namespace catalog;

ChangeObject objectOf(ObjectKind kind, const QString &schema, const QString &name)
{
    ChangeObject object;
    object.kind = kind;
    object.onKind = kind;
    object.schema = schema;
    object.name = name;
    return object;
}

ChangeObject partOf(ObjectKind kind, const ChangeObject &table, const QString &name)
{
    ChangeObject object;
    object.kind = kind;
    object.onKind = kind;
    object.schema = table.schema;
    object.table = table.name;
    object.name = name;
    return object;
}

QList<Grant> defaultGrants(ObjectKind kind, const QString &owner, const QList<Grant> &target)
{
    QList<Grant> grants;
    for (const Grant &grant : target) {
        if (grant.grantee == owner && !grant.grantable) grants << grant;
    }
    if (kind == ObjectKind::Function || kind == ObjectKind::Aggregate) {
        Grant execute;
        execute.grantee = QStringLiteral("PUBLIC");
        execute.privilege = QStringLiteral("EXECUTE");
        grants << execute;
    }
    return grants;
}

bool sameGrants(const QList<Grant> &a, const QList<Grant> &b)
{
    if (a == b) return true;
    if (a.size() != b.size()) return false;
    for (const Grant &grant : a) {
        if (!b.contains(grant)) return false;
    }
    return true;
}

void Differ::comment(const ChangeObject &object, const QString &from, const QString &to)
{
    if (m_options.ignoreComments || from == to) return;
    ChangeObject target = object;
    target.onKind = object.kind;
    target.kind = ObjectKind::Comment;
    const ChangeAction action = from.isEmpty() ? ChangeAction::Create
                                : to.isEmpty() ? ChangeAction::Drop
                                               : ChangeAction::Alter;
    SchemaChange change = make(ObjectKind::Comment, action, target);
    change.from = from;
    change.to = to;
    change.differences << Difference{QStringLiteral("comment"), from, to};
    add(change);
}

void Differ::grants(const ChangeObject &object, const QList<Grant> &from, const QList<Grant> &to)
{
    if (m_options.ignorePrivileges || sameGrants(from, to)) return;
    ChangeObject target = object;
    target.onKind = object.kind;
    target.kind = ObjectKind::Grant;
    SchemaChange change = make(ObjectKind::Grant, ChangeAction::Alter, target);
    change.from = from;
    change.to = to;
    add(change);
}

void Differ::owner(const ChangeObject &object, const QString &from, const QString &to)
{
    if (m_options.ignoreOwners || from == to || to.isEmpty()) return;
    ChangeObject target = object;
    target.onKind = object.kind;
    target.kind = ObjectKind::Owner;
    SchemaChange change = make(ObjectKind::Owner, ChangeAction::Alter, target);
    change.from = from;
    change.to = to;
    change.differences << Difference{QStringLiteral("owner"), from, to};
    add(change);
}

void Differ::columnExtras(const ChangeObject &relation, const QList<Column> &from,
                          const QList<Column> &to, bool withGrants)
{
    match(
        from, to, [](const Column &c) { return c.name; }, [](const Column &) {},
        [&](const Column &column) {
            if (column.inherited) return;
            const ChangeObject object = partOf(ObjectKind::Column, relation, column.name);
            comment(object, QString(), column.comment);
            if (withGrants) grants(object, {}, column.grants);
        },
        [&](const Column &a, const Column &b) {
            if (b.inherited) return;
            const ChangeObject object = partOf(ObjectKind::Column, relation, b.name);
            comment(object, a.comment, b.comment);
            if (withGrants) grants(object, a.grants, b.grants);
        });
}

void Differ::schemas(const QList<Schema> &from, const QList<Schema> &to)
{
    auto included = [this](const Schema &s) { return m_options.schemaIncluded(s.name); };
    match(
        from, to, [](const Schema &s) { return s.name; },
        [&](const Schema &s) {
            if (!included(s)) return;
            SchemaChange change = make(ObjectKind::Schema, ChangeAction::Drop,
                                       objectOf(ObjectKind::Schema, QString(), s.name));
            change.from = s;
            add(change);
        },
        [&](const Schema &s) {
            if (!included(s)) return;
            const ChangeObject object = objectOf(ObjectKind::Schema, QString(), s.name);
            SchemaChange change = make(ObjectKind::Schema, ChangeAction::Create, object);
            change.to = s;
            add(change);
            owner(object, QString(), s.owner);
            comment(object, QString(), s.comment);
            grants(object, defaultGrants(ObjectKind::Schema, s.owner, s.grants), s.grants);
        },
        [&](const Schema &a, const Schema &b) {
            if (!included(b)) return;
            const ChangeObject object = objectOf(ObjectKind::Schema, QString(), b.name);
            owner(object, a.owner, b.owner);
            comment(object, a.comment, b.comment);
            grants(object, a.grants, b.grants);
        });
}

void Differ::extensions(const QList<Extension> &from, const QList<Extension> &to)
{
    auto included = [this](const Extension &e) { return m_options.schemaIncluded(e.schema); };
    match(
        from, to, [](const Extension &e) { return e.name; },
        [&](const Extension &e) {
            if (!included(e)) return;
            SchemaChange change = make(ObjectKind::Extension, ChangeAction::Drop,
                                       objectOf(ObjectKind::Extension, QString(), e.name));
            change.from = e;
            add(change);
        },
        [&](const Extension &e) {
            if (!included(e)) return;
            const ChangeObject object = objectOf(ObjectKind::Extension, QString(), e.name);
            SchemaChange change = make(ObjectKind::Extension, ChangeAction::Create, object);
            change.to = e;
            add(change);
            comment(object, QString(), e.comment);
        },
        [&](const Extension &a, const Extension &b) {
            if (!included(b)) return;
            const ChangeObject object = objectOf(ObjectKind::Extension, QString(), b.name);
            if (a.version != b.version || a.schema != b.schema) {
                SchemaChange change = make(ObjectKind::Extension, ChangeAction::Alter, object);
                change.from = a;
                change.to = b;
                if (a.version != b.version)
                    change.differences << Difference{QStringLiteral("version"), a.version,
                                                     b.version};
                if (a.schema != b.schema)
                    change.differences << Difference{QStringLiteral("schema"), a.schema, b.schema};
                add(change);
            }
            comment(object, a.comment, b.comment);
        });
}

QList<SchemaChange> SchemaDiff::compare(const SchemaModel &from, const SchemaModel &to,
                                        const DiffOptions &options)
{
    QList<SchemaChange> changes;
    Differ differ(options, &changes);
    differ.schemas(from.schemas, to.schemas);
    differ.extensions(from.extensions, to.extensions);
    differ.enums(from.enums, to.enums);
    differ.domains(from.domains, to.domains);
    differ.composites(from.compositeTypes, to.compositeTypes);
    differ.sequences(from.sequences, to.sequences);
    differ.functions(from.functions, to.functions);
    differ.aggregates(from.aggregates, to.aggregates);
    differ.tables(from.tables, to.tables);
    differ.views(from.views, to.views);
    return changes;
}

} // namespace slipway::diff
