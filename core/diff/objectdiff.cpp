// Differ: sequences, views, functions and types.

#include "differ_p.h"

namespace slipway::diff {

using namespace catalog;

namespace {

QString columnsText(const QList<Column> &columns)
{
    QStringList parts;
    for (const Column &column : columns) {
        QString text = column.name + u' ' + column.type;
        if (!column.collation.isEmpty()) text += QLatin1String(" COLLATE ") + column.collation;
        parts << text;
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

void Differ::sequences(const QList<Sequence> &from, const QList<Sequence> &to)
{
    auto included = [this](const Sequence &s) { return m_options.schemaIncluded(s.schema); };
    match(
        from, to, [](const Sequence &s) { return s.qualifiedName(); },
        [&](const Sequence &s) {
            if (!included(s)) return;
            SchemaChange change = make(ObjectKind::Sequence, ChangeAction::Drop,
                                       objectOf(ObjectKind::Sequence, s.schema, s.name));
            change.from = s;
            add(change);
        },
        [&](const Sequence &s) {
            if (!included(s)) return;
            const ChangeObject object = objectOf(ObjectKind::Sequence, s.schema, s.name);
            SchemaChange change = make(ObjectKind::Sequence, ChangeAction::Create, object);
            change.to = s;
            add(change);
            owner(object, QString(), s.owner);
            comment(object, QString(), s.comment);
            grants(object, defaultGrants(ObjectKind::Sequence, s.owner, s.grants), s.grants);
        },
        [&](const Sequence &a, const Sequence &b) {
            if (!included(b)) return;
            const ChangeObject object = objectOf(ObjectKind::Sequence, b.schema, b.name);
            SchemaChange change = make(ObjectKind::Sequence, ChangeAction::Alter, object);
            change.from = a;
            change.to = b;
            auto differ = [&](const char *property, const QString &x, const QString &y) {
                if (x != y) change.differences << Difference{QLatin1String(property), x, y};
            };
            differ("type", a.type, b.type);
            differ("start", QString::number(a.start), QString::number(b.start));
            differ("increment", QString::number(a.increment), QString::number(b.increment));
            differ("min value", QString::number(a.minValue), QString::number(b.minValue));
            differ("max value", QString::number(a.maxValue), QString::number(b.maxValue));
            differ("cache", QString::number(a.cache), QString::number(b.cache));
            differ("cycle", a.cycle ? QStringLiteral("true") : QStringLiteral("false"),
                   b.cycle ? QStringLiteral("true") : QStringLiteral("false"));
            differ("owned by", a.ownedByTable + u'.' + a.ownedByColumn,
                   b.ownedByTable + u'.' + b.ownedByColumn);
            if (!change.differences.isEmpty()) add(change);
            owner(object, a.owner, b.owner);
            comment(object, a.comment, b.comment);
            grants(object, a.grants, b.grants);
        });
}

void Differ::viewCreated(const View &view)
{
    const ObjectKind kind = view.materialized ? ObjectKind::MaterializedView : ObjectKind::View;
    const ChangeObject object = objectOf(kind, view.schema, view.name);
    SchemaChange change = make(kind, ChangeAction::Create, object);
    change.to = view;
    add(change);
    indexes(object, {}, view.indexes, true);
    triggers(object, {}, view.triggers);
    owner(object, QString(), view.owner);
    comment(object, QString(), view.comment);
    grants(object, defaultGrants(kind, view.owner, view.grants), view.grants);
    columnExtras(object, {}, view.columns, !view.materialized);
}

void Differ::viewChanged(const View &a, const View &b)
{
    const ObjectKind kind = b.materialized ? ObjectKind::MaterializedView : ObjectKind::View;
    const ChangeObject object = objectOf(kind, b.schema, b.name);
    SchemaChange change = make(kind, ChangeAction::Alter, object);
    change.from = a;
    change.to = b;
    auto differ = [&](const char *property, const QString &x, const QString &y) {
        if (x != y) change.differences << Difference{QLatin1String(property), x, y};
    };
    differ("definition", a.definition, b.definition);
    differ("columns", columnsText(a.columns), columnsText(b.columns));
    differ("options", a.options.join(u','), b.options.join(u','));
    if (a.materialized != b.materialized || (b.materialized && !change.differences.isEmpty())) {
        // A materialized view is rebuilt; so is a view that becomes one.
        SchemaChange drop = make(a.materialized ? ObjectKind::MaterializedView : ObjectKind::View,
                                 ChangeAction::Drop,
                                 objectOf(a.materialized ? ObjectKind::MaterializedView
                                                         : ObjectKind::View,
                                          a.schema, a.name));
        drop.from = a;
        drop.recreate = true;
        add(drop);
        viewCreated(b);
        return;
    }
    if (!change.differences.isEmpty()) add(change);
    indexes(object, a.indexes, b.indexes, false);
    triggers(object, a.triggers, b.triggers);
    owner(object, a.owner, b.owner);
    comment(object, a.comment, b.comment);
    grants(object, a.grants, b.grants);
    columnExtras(object, a.columns, b.columns, !b.materialized);
}

void Differ::views(const QList<View> &from, const QList<View> &to)
{
    auto included = [this](const View &v) { return m_options.schemaIncluded(v.schema); };
    match(
        from, to, [](const View &v) { return v.qualifiedName(); },
        [&](const View &v) {
            if (!included(v)) return;
            const ObjectKind kind = v.materialized ? ObjectKind::MaterializedView : ObjectKind::View;
            SchemaChange change =
                make(kind, ChangeAction::Drop, objectOf(kind, v.schema, v.name));
            change.from = v;
            add(change);
        },
        [&](const View &v) {
            if (included(v)) viewCreated(v);
        },
        [&](const View &a, const View &b) {
            if (included(b)) viewChanged(a, b);
        });
}

void Differ::functions(const QList<Function> &from, const QList<Function> &to)
{
    auto included = [this](const Function &f) { return m_options.schemaIncluded(f.schema); };
    auto objectFor = [](const Function &f) {
        ChangeObject object = objectOf(ObjectKind::Function, f.schema, f.name);
        object.arguments = f.identityArguments;
        return object;
    };
    match(
        from, to, [](const Function &f) { return f.signature(); },
        [&](const Function &f) {
            if (!included(f)) return;
            SchemaChange change = make(ObjectKind::Function, ChangeAction::Drop, objectFor(f));
            change.from = f;
            add(change);
        },
        [&](const Function &f) {
            if (!included(f)) return;
            const ChangeObject object = objectFor(f);
            SchemaChange change = make(ObjectKind::Function, ChangeAction::Create, object);
            change.to = f;
            add(change);
            owner(object, QString(), f.owner);
            comment(object, QString(), f.comment);
            grants(object, defaultGrants(ObjectKind::Function, f.owner, f.grants), f.grants);
        },
        [&](const Function &a, const Function &b) {
            if (!included(b)) return;
            const ChangeObject object = objectFor(b);
            if (a.definition != b.definition || a.result != b.result || a.kind != b.kind) {
                SchemaChange change = make(ObjectKind::Function, ChangeAction::Alter, object);
                change.from = a;
                change.to = b;
                // CREATE OR REPLACE cannot change the result type or the kind.
                change.recreate = a.result != b.result || a.kind != b.kind ||
                                  a.arguments != b.arguments;
                change.differences << Difference{QStringLiteral("definition"), a.definition,
                                                 b.definition};
                add(change);
            }
            owner(object, a.owner, b.owner);
            comment(object, a.comment, b.comment);
            grants(object, a.grants, b.grants);
        });
}

void Differ::enums(const QList<EnumType> &from, const QList<EnumType> &to)
{
    auto included = [this](const EnumType &e) { return m_options.schemaIncluded(e.schema); };
    match(
        from, to, [](const EnumType &e) { return e.qualifiedName(); },
        [&](const EnumType &e) {
            if (!included(e)) return;
            SchemaChange change = make(ObjectKind::Enum, ChangeAction::Drop,
                                       objectOf(ObjectKind::Enum, e.schema, e.name));
            change.from = e;
            add(change);
        },
        [&](const EnumType &e) {
            if (!included(e)) return;
            const ChangeObject object = objectOf(ObjectKind::Enum, e.schema, e.name);
            SchemaChange change = make(ObjectKind::Enum, ChangeAction::Create, object);
            change.to = e;
            add(change);
            owner(object, QString(), e.owner);
            comment(object, QString(), e.comment);
        },
        [&](const EnumType &a, const EnumType &b) {
            if (!included(b)) return;
            const ChangeObject object = objectOf(ObjectKind::Enum, b.schema, b.name);
            if (a.labels != b.labels) {
                SchemaChange change = make(ObjectKind::Enum, ChangeAction::Alter, object);
                change.from = a;
                change.to = b;
                // Labels can only be added (in place); a removed or moved label
                // means a new type and every column converted to it.
                qsizetype next = 0;
                for (const QString &label : a.labels) {
                    next = b.labels.indexOf(label, next);
                    if (next < 0) break;
                    ++next;
                }
                change.recreate = next < 0;
                change.differences << Difference{QStringLiteral("labels"),
                                                 a.labels.join(QLatin1String(", ")),
                                                 b.labels.join(QLatin1String(", "))};
                add(change);
            }
            owner(object, a.owner, b.owner);
            comment(object, a.comment, b.comment);
        });
}

void Differ::domains(const QList<Domain> &from, const QList<Domain> &to)
{
    auto included = [this](const Domain &d) { return m_options.schemaIncluded(d.schema); };
    match(
        from, to, [](const Domain &d) { return d.qualifiedName(); },
        [&](const Domain &d) {
            if (!included(d)) return;
            SchemaChange change = make(ObjectKind::Domain, ChangeAction::Drop,
                                       objectOf(ObjectKind::Domain, d.schema, d.name));
            change.from = d;
            add(change);
        },
        [&](const Domain &d) {
            if (!included(d)) return;
            const ChangeObject object = objectOf(ObjectKind::Domain, d.schema, d.name);
            SchemaChange change = make(ObjectKind::Domain, ChangeAction::Create, object);
            change.to = d;
            add(change);
            owner(object, QString(), d.owner);
            comment(object, QString(), d.comment);
        },
        [&](const Domain &a, const Domain &b) {
            if (!included(b)) return;
            const ChangeObject object = objectOf(ObjectKind::Domain, b.schema, b.name);
            SchemaChange change = make(ObjectKind::Domain, ChangeAction::Alter, object);
            change.from = a;
            change.to = b;
            auto differ = [&](const char *property, const QString &x, const QString &y) {
                if (x != y) change.differences << Difference{QLatin1String(property), x, y};
            };
            differ("base type", a.baseType, b.baseType);
            differ("collation", a.collation, b.collation);
            change.recreate = !change.differences.isEmpty();
            differ("default", a.defaultValue, b.defaultValue);
            differ("not null", a.notNull ? QStringLiteral("true") : QStringLiteral("false"),
                   b.notNull ? QStringLiteral("true") : QStringLiteral("false"));
            QStringList x, y;
            for (const DomainConstraint &c : a.constraints)
                x << c.name + u' ' + c.definition + (c.validated ? QString() : QStringLiteral(" NOT VALID"));
            for (const DomainConstraint &c : b.constraints)
                y << c.name + u' ' + c.definition + (c.validated ? QString() : QStringLiteral(" NOT VALID"));
            differ("constraints", x.join(QLatin1String("; ")), y.join(QLatin1String("; ")));
            if (!change.differences.isEmpty()) add(change);
            owner(object, a.owner, b.owner);
            comment(object, a.comment, b.comment);
        });
}

void Differ::composites(const QList<CompositeType> &from, const QList<CompositeType> &to)
{
    auto included = [this](const CompositeType &c) { return m_options.schemaIncluded(c.schema); };
    match(
        from, to, [](const CompositeType &c) { return c.qualifiedName(); },
        [&](const CompositeType &c) {
            if (!included(c)) return;
            SchemaChange change = make(ObjectKind::CompositeType, ChangeAction::Drop,
                                       objectOf(ObjectKind::CompositeType, c.schema, c.name));
            change.from = c;
            add(change);
        },
        [&](const CompositeType &c) {
            if (!included(c)) return;
            const ChangeObject object = objectOf(ObjectKind::CompositeType, c.schema, c.name);
            SchemaChange change = make(ObjectKind::CompositeType, ChangeAction::Create, object);
            change.to = c;
            add(change);
            owner(object, QString(), c.owner);
            comment(object, QString(), c.comment);
            columnExtras(object, {}, c.attributes, false);
        },
        [&](const CompositeType &a, const CompositeType &b) {
            if (!included(b)) return;
            const ChangeObject object = objectOf(ObjectKind::CompositeType, b.schema, b.name);
            const QString x = columnsText(a.attributes), y = columnsText(b.attributes);
            if (x != y) {
                SchemaChange change = make(ObjectKind::CompositeType, ChangeAction::Alter, object);
                change.from = a;
                change.to = b;
                change.differences << Difference{QStringLiteral("attributes"), x, y};
                add(change);
            }
            owner(object, a.owner, b.owner);
            comment(object, a.comment, b.comment);
            columnExtras(object, a.attributes, b.attributes, false);
        });
}

} // namespace slipway::diff
