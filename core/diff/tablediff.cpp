// Differ: tables and their parts.

#include "differ_p.h"

namespace slipway::diff {

using namespace catalog;

namespace {

QString identityText(Column::Identity identity)
{
    switch (identity) {
    case Column::Identity::None: return QString();
    case Column::Identity::Always: return QStringLiteral("ALWAYS");
    case Column::Identity::ByDefault: return QStringLiteral("BY DEFAULT");
    }
    return QString();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString inheritsText(const QList<QualifiedName> &names)
{
    QStringList parts;
    for (const QualifiedName &name : names)
        parts << name.display();
    return parts.join(QLatin1String(", "));
}

QString withoutNotValid(const QString &definition)
{
    return definition.endsWith(QLatin1String(" NOT VALID")) ? definition.chopped(10) : definition;
}

bool sameConstraintShape(const Constraint &a, const Constraint &b)
{
    return a.kind == b.kind && withoutNotValid(a.definition) == withoutNotValid(b.definition) && a.deferrable == b.deferrable &&
           a.initiallyDeferred == b.initiallyDeferred && a.noInherit == b.noInherit;
}

} // namespace

void Differ::tables(const QList<Table> &from, const QList<Table> &to)
{
    auto included = [this](const Table &t) { return m_options.schemaIncluded(t.schema); };
    match(
        from, to, [](const Table &t) { return t.qualifiedName(); },
        [&](const Table &t) {
            if (!included(t)) return;
            SchemaChange change = make(ObjectKind::Table, ChangeAction::Drop,
                                       objectOf(ObjectKind::Table, t.schema, t.name));
            change.from = t;
            add(change);
        },
        [&](const Table &t) {
            if (included(t)) tableCreated(t);
        },
        [&](const Table &a, const Table &b) {
            if (included(b) && !a.sameDefinition(b)) tableChanged(a, b);
        });
}

void Differ::tableCreated(const Table &table)
{
    const ChangeObject object = objectOf(ObjectKind::Table, table.schema, table.name);
    SchemaChange change = make(ObjectKind::Table, ChangeAction::Create, object);
    change.to = table;
    add(change);
    // Parts that are not part of CREATE TABLE: as if added to an empty table.
    Table empty;
    empty.schema = table.schema;
    empty.name = table.name;
    empty.columns = table.columns;
    for (const Constraint &constraint : table.constraints) {
        if (constraint.kind != Constraint::Kind::ForeignKey) empty.constraints << constraint;
    }
    constraints(empty, table);
    indexes(object, {}, table.indexes, true);
    triggers(object, {}, table.triggers);
    policies(empty, table);
    owner(object, QString(), table.owner);
    comment(object, QString(), table.comment);
    grants(object, defaultGrants(ObjectKind::Table, table.owner, table.grants), table.grants);
    columnExtras(object, {}, table.columns, true);
    for (const Constraint &constraint : table.constraints) {
        if (!constraint.inherited && constraint.kind != Constraint::Kind::ForeignKey)
            comment(partOf(ObjectKind::Constraint, object, constraint.name), QString(),
                    constraint.comment);
    }
}

void Differ::tableChanged(const Table &a, const Table &b)
{
    const ChangeObject object = objectOf(ObjectKind::Table, b.schema, b.name);
    SchemaChange change = make(ObjectKind::Table, ChangeAction::Alter, object);
    change.from = a;
    change.to = b;
    auto differ = [&](const char *property, const QString &x, const QString &y) {
        if (x != y) change.differences << Difference{QLatin1String(property), x, y};
    };
    differ("kind", a.kind == Table::Kind::Partitioned ? QStringLiteral("partitioned")
                                                       : QStringLiteral("ordinary"),
           b.kind == Table::Kind::Partitioned ? QStringLiteral("partitioned")
                                              : QStringLiteral("ordinary"));
    differ("partition key", a.partitionKey, b.partitionKey);
    differ("partition of", a.partitionOf.display(), b.partitionOf.display());
    change.recreate = !change.differences.isEmpty();
    // A new bound alone: detached and attached again (the planner), rows kept.
    if (!change.recreate) differ("partition bound", a.partitionBound, b.partitionBound);
    differ("unlogged", boolText(a.unlogged), boolText(b.unlogged));
    differ("row security", boolText(a.rowSecurity), boolText(b.rowSecurity));
    differ("force row security", boolText(a.forceRowSecurity), boolText(b.forceRowSecurity));
    differ("options", a.options.join(u','), b.options.join(u','));
    differ("inherits", inheritsText(a.inherits), inheritsText(b.inherits));
    if (change.recreate) {
        // Drop and create: every part comes with the new table.
        SchemaChange drop = make(ObjectKind::Table, ChangeAction::Drop, object);
        drop.from = a;
        drop.recreate = true;
        add(drop);
        tableCreated(b);
        return;
    }
    if (!change.differences.isEmpty()) add(change);
    columns(a, b);
    constraints(a, b);
    indexes(object, a.indexes, b.indexes, false);
    triggers(object, a.triggers, b.triggers);
    policies(a, b);
    owner(object, a.owner, b.owner);
    comment(object, a.comment, b.comment);
    grants(object, a.grants, b.grants);
    columnExtras(object, a.columns, b.columns, true);
}

void Differ::columns(const Table &from, const Table &to)
{
    const ChangeObject table = objectOf(ObjectKind::Table, to.schema, to.name);
    auto dropped = [&](const Column &c) {
        if (c.inherited) return;
        SchemaChange change =
            make(ObjectKind::Column, ChangeAction::Drop, partOf(ObjectKind::Column, table, c.name));
        change.from = c;
        add(change);
    };
    auto created = [&](const Column &c) {
        if (c.inherited) return;
        SchemaChange change = make(ObjectKind::Column, ChangeAction::Create,
                                   partOf(ObjectKind::Column, table, c.name));
        change.to = c;
        add(change);
    };
    match(
        from.columns, to.columns, [](const Column &c) { return c.name; }, dropped, created,
        [&](const Column &a, const Column &b) {
            if (a.inherited || b.inherited) return;
            if (a.generatedExpression != b.generatedExpression) {
                // A generation expression cannot be altered: drop and add.
                dropped(a);
                created(b);
                m_out->last().recreate = true;
                (*m_out)[m_out->size() - 2].recreate = true;
                return;
            }
            SchemaChange change = make(ObjectKind::Column, ChangeAction::Alter,
                                       partOf(ObjectKind::Column, table, b.name));
            auto differ = [&](const char *property, const QString &x, const QString &y) {
                if (x != y) change.differences << Difference{QLatin1String(property), x, y};
            };
            differ("type", a.type, b.type);
            differ("collation", a.collation, b.collation);
            differ("identity", identityText(a.identity), identityText(b.identity));
            // Sequence options: only when both sides know them (old snapshots do not).
            if (a.identity != Column::Identity::None && b.identity != Column::Identity::None &&
                a.identityOptions.isKnown() && b.identityOptions.isKnown()) {
                const IdentityOptions &x = a.identityOptions;
                const IdentityOptions &y = b.identityOptions;
                auto number = [](qint64 n) { return QString::number(n); };
                differ("identity start", number(x.start), number(y.start));
                differ("identity increment", number(x.increment), number(y.increment));
                differ("identity min value", number(x.minValue), number(y.minValue));
                differ("identity max value", number(x.maxValue), number(y.maxValue));
                differ("identity cache", number(x.cache), number(y.cache));
                differ("identity cycle", boolText(x.cycle), boolText(y.cycle));
            }
            differ("default", a.defaultValue, b.defaultValue);
            differ("not null", boolText(a.notNull), boolText(b.notNull));
            if (change.differences.isEmpty()) return;
            change.from = a;
            change.to = b;
            add(change);
        });
}

void Differ::constraints(const Table &from, const Table &to)
{
    const ChangeObject table = objectOf(ObjectKind::Table, to.schema, to.name);
    auto skip = [](const Constraint &c) {
        return c.inherited || c.kind == Constraint::Kind::Trigger;
    };
    auto dropped = [&](const Constraint &c) {
        if (skip(c)) return;
        SchemaChange change = make(ObjectKind::Constraint, ChangeAction::Drop,
                                   partOf(ObjectKind::Constraint, table, c.name));
        change.from = c;
        add(change);
    };
    auto created = [&](const Constraint &c) {
        if (skip(c)) return;
        const ChangeObject object = partOf(ObjectKind::Constraint, table, c.name);
        SchemaChange change = make(ObjectKind::Constraint, ChangeAction::Create, object);
        change.to = c;
        add(change);
        comment(object, QString(), c.comment);
    };
    match(
        from.constraints, to.constraints, [](const Constraint &c) { return c.name; }, dropped,
        created, [&](const Constraint &a, const Constraint &b) {
            if (skip(a) || skip(b)) return;
            const ChangeObject object = partOf(ObjectKind::Constraint, table, b.name);
            if (!sameConstraintShape(a, b)) {
                SchemaChange change = make(ObjectKind::Constraint, ChangeAction::Alter, object);
                change.from = a;
                change.to = b;
                change.recreate = true;
                change.differences << Difference{QStringLiteral("definition"), a.definition,
                                                 b.definition};
                add(change);
            } else if (a.validated != b.validated) {
                SchemaChange change = make(ObjectKind::Constraint, ChangeAction::Alter, object);
                change.from = a;
                change.to = b;
                change.recreate = !b.validated; // back to NOT VALID: drop and add
                change.differences << Difference{QStringLiteral("validated"),
                                                 boolText(a.validated), boolText(b.validated)};
                add(change);
            }
            comment(object, a.comment, b.comment);
        });
}

void Differ::indexes(const ChangeObject &owner, const QList<Index> &from, const QList<Index> &to,
                     bool ownerCreated)
{
    auto skip = [](const Index &i) { return i.inherited || !i.constraint.isEmpty(); };
    match(
        from, to, [](const Index &i) { return i.name; },
        [&](const Index &i) {
            if (skip(i)) return;
            SchemaChange change = make(ObjectKind::Index, ChangeAction::Drop,
                                       partOf(ObjectKind::Index, owner, i.name));
            change.from = i;
            add(change);
        },
        [&](const Index &i) {
            if (skip(i)) return;
            const ChangeObject object = partOf(ObjectKind::Index, owner, i.name);
            SchemaChange change = make(ObjectKind::Index, ChangeAction::Create, object);
            change.to = i;
            // On a table created by the same plan there is nothing to wait for.
            change.recreate = ownerCreated;
            add(change);
            comment(object, QString(), i.comment);
        },
        [&](const Index &a, const Index &b) {
            if (skip(a) || skip(b)) return;
            const ChangeObject object = partOf(ObjectKind::Index, owner, b.name);
            if (a.definition != b.definition || a.valid != b.valid) {
                SchemaChange change = make(ObjectKind::Index, ChangeAction::Alter, object);
                change.from = a;
                change.to = b;
                change.recreate = true;
                if (a.definition != b.definition)
                    change.differences << Difference{QStringLiteral("definition"), a.definition,
                                                     b.definition};
                if (a.valid != b.valid)
                    change.differences << Difference{QStringLiteral("valid"), boolText(a.valid),
                                                     boolText(b.valid)};
                add(change);
            }
            comment(object, a.comment, b.comment);
        });
}

void Differ::triggers(const ChangeObject &owner, const QList<Trigger> &from,
                      const QList<Trigger> &to)
{
    auto enabledText = [](Trigger::Enabled e) { return QString::number(int(e)); };
    match(
        from, to, [](const Trigger &t) { return t.name; },
        [&](const Trigger &t) {
            if (t.inherited) return;
            SchemaChange change = make(ObjectKind::Trigger, ChangeAction::Drop,
                                       partOf(ObjectKind::Trigger, owner, t.name));
            change.from = t;
            add(change);
        },
        [&](const Trigger &t) {
            if (t.inherited) return;
            const ChangeObject object = partOf(ObjectKind::Trigger, owner, t.name);
            SchemaChange change = make(ObjectKind::Trigger, ChangeAction::Create, object);
            change.to = t;
            add(change);
            comment(object, QString(), t.comment);
        },
        [&](const Trigger &a, const Trigger &b) {
            if (a.inherited || b.inherited) return;
            const ChangeObject object = partOf(ObjectKind::Trigger, owner, b.name);
            SchemaChange change = make(ObjectKind::Trigger, ChangeAction::Alter, object);
            change.from = a;
            change.to = b;
            if (a.definition != b.definition) {
                change.recreate = true;
                change.differences << Difference{QStringLiteral("definition"), a.definition,
                                                 b.definition};
            }
            if (a.enabled != b.enabled)
                change.differences << Difference{QStringLiteral("enabled"), enabledText(a.enabled),
                                                 enabledText(b.enabled)};
            if (!change.differences.isEmpty()) add(change);
            comment(object, a.comment, b.comment);
        });
}

void Differ::policies(const Table &from, const Table &to)
{
    const ChangeObject table = objectOf(ObjectKind::Table, to.schema, to.name);
    match(
        from.policies, to.policies, [](const Policy &p) { return p.name; },
        [&](const Policy &p) {
            SchemaChange change = make(ObjectKind::Policy, ChangeAction::Drop,
                                       partOf(ObjectKind::Policy, table, p.name));
            change.from = p;
            add(change);
        },
        [&](const Policy &p) {
            const ChangeObject object = partOf(ObjectKind::Policy, table, p.name);
            SchemaChange change = make(ObjectKind::Policy, ChangeAction::Create, object);
            change.to = p;
            add(change);
            comment(object, QString(), p.comment);
        },
        [&](const Policy &a, const Policy &b) {
            const ChangeObject object = partOf(ObjectKind::Policy, table, b.name);
            SchemaChange change = make(ObjectKind::Policy, ChangeAction::Alter, object);
            change.from = a;
            change.to = b;
            auto differ = [&](const char *property, const QString &x, const QString &y) {
                if (x != y) change.differences << Difference{QLatin1String(property), x, y};
            };
            differ("command", a.command, b.command);
            differ("permissive", boolText(a.permissive), boolText(b.permissive));
            change.recreate = !change.differences.isEmpty();
            differ("roles", a.roles.join(QLatin1String(", ")), b.roles.join(QLatin1String(", ")));
            differ("using", a.usingExpression, b.usingExpression);
            differ("with check", a.withCheckExpression, b.withCheckExpression);
            if (!change.differences.isEmpty()) add(change);
            comment(object, a.comment, b.comment);
        });
}

} // namespace slipway::diff
