// Planner: schemas, extensions, sequences, views, functions, types,
// comments, grants and owners.

#include "planbuilder_p.h"
#include "sqlnames.h"

namespace slipway::diff {

using namespace catalog;

namespace {

// The SQL keyword for an object kind in COMMENT ON / ALTER ... OWNER / GRANT.
QString keyword(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return QStringLiteral("SCHEMA");
    case ObjectKind::Extension: return QStringLiteral("EXTENSION");
    case ObjectKind::Table: return QStringLiteral("TABLE");
    case ObjectKind::Column: return QStringLiteral("COLUMN");
    case ObjectKind::Constraint: return QStringLiteral("CONSTRAINT");
    case ObjectKind::Index: return QStringLiteral("INDEX");
    case ObjectKind::Trigger: return QStringLiteral("TRIGGER");
    case ObjectKind::Policy: return QStringLiteral("POLICY");
    case ObjectKind::Sequence: return QStringLiteral("SEQUENCE");
    case ObjectKind::View: return QStringLiteral("VIEW");
    case ObjectKind::MaterializedView: return QStringLiteral("MATERIALIZED VIEW");
    case ObjectKind::Function: return QStringLiteral("ROUTINE");
    case ObjectKind::Aggregate: return QStringLiteral("AGGREGATE");
    case ObjectKind::Enum:
    case ObjectKind::CompositeType: return QStringLiteral("TYPE");
    case ObjectKind::Domain: return QStringLiteral("DOMAIN");
    default: return QString();
    }
}

// The object as COMMENT ON / ALTER ... OWNER TO names it.
QString target(const ChangeObject &o)
{
    switch (o.onKind) {
    case ObjectKind::Schema:
    case ObjectKind::Extension: return SqlNames::ident(o.name);
    case ObjectKind::Column:
        return SqlNames::qualified(o.schema, o.table) + u'.' + SqlNames::ident(o.name);
    case ObjectKind::Constraint:
    case ObjectKind::Trigger:
    case ObjectKind::Policy:
        return SqlNames::ident(o.name) + QLatin1String(" ON ") + SqlNames::qualified(o.schema, o.table);
    case ObjectKind::Function:
        return SqlNames::qualified(o.schema, o.name) + u'(' + o.arguments + u')';
    case ObjectKind::Aggregate:
        return SqlNames::qualified(o.schema, o.name) + u'(' +
               (o.arguments.isEmpty() ? QStringLiteral("*") : o.arguments) + u')';
    default: return SqlNames::qualified(o.schema, o.name);
    }
}

QString functionKeyword(const Function &f)
{
    return f.kind == Function::Kind::Procedure ? QStringLiteral("PROCEDURE")
           : f.kind == Function::Kind::Aggregate ? QStringLiteral("AGGREGATE")
                                                  : QStringLiteral("FUNCTION");
}

} // namespace

void PlanBuilder::schema(const SchemaChange &change)
{
    const QString name = SqlNames::ident(change.object.name);
    if (change.action == ChangeAction::Create) {
        put(Phase::CreateSchema, QLatin1String("CREATE SCHEMA ") + name);
    } else if (change.action == ChangeAction::Drop) {
        put(Phase::DropSchemaLate, QLatin1String("DROP SCHEMA ") + name);
        hazard(Hazard::Kind::DataLoss, tr("drops schema %1 (it must be empty)").arg(name));
    }
}

void PlanBuilder::extension(const SchemaChange &change)
{
    const QString name = SqlNames::ident(change.object.name);
    if (change.action == ChangeAction::Create) {
        const Extension &e = std::get<Extension>(change.to);
        put(Phase::CreateExtension, QLatin1String("CREATE EXTENSION ") + name +
                                        QLatin1String(" WITH SCHEMA ") + SqlNames::ident(e.schema) +
                                        QLatin1String(" VERSION ") + SqlNames::literal(e.version));
        hazard(Hazard::Kind::UntrackableDependency,
               tr("installs the extension's objects (not compared one by one)"));
    } else if (change.action == ChangeAction::Drop) {
        put(Phase::DropExtensionLate, QLatin1String("DROP EXTENSION ") + name);
        hazard(Hazard::Kind::DataLoss, tr("drops the extension and every object it installed"));
    } else {
        const Extension &a = std::get<Extension>(change.from);
        const Extension &b = std::get<Extension>(change.to);
        if (a.version != b.version)
            put(Phase::CreateExtension, QLatin1String("ALTER EXTENSION ") + name +
                                            QLatin1String(" UPDATE TO ") + SqlNames::literal(b.version));
        if (a.schema != b.schema)
            put(Phase::CreateExtension, QLatin1String("ALTER EXTENSION ") + name +
                                            QLatin1String(" SET SCHEMA ") + SqlNames::ident(b.schema));
    }
}

void PlanBuilder::sequence(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString name = SqlNames::qualified(o.schema, o.name);
    auto ownedBy = [&](const Sequence &s) {
        const QString owner = s.ownedByTable.isEmpty()
                                  ? QStringLiteral("NONE")
                                  : SqlNames::qualified(s.schema, s.ownedByTable) + u'.' +
                                        SqlNames::ident(s.ownedByColumn);
        put(Phase::SequenceOwnedBy, QLatin1String("ALTER SEQUENCE ") + name +
                                        QLatin1String(" OWNED BY ") + owner);
    };
    if (change.action == ChangeAction::Create) {
        const Sequence &s = std::get<Sequence>(change.to);
        put(Phase::CreateSequence, ddl::createSequence(s));
        if (!s.ownedByTable.isEmpty()) ownedBy(s);
        return;
    }
    if (change.action == ChangeAction::Drop) {
        // Owned sequences go with their column or table; IF EXISTS covers that.
        put(Phase::DropSequenceLate, QLatin1String("DROP SEQUENCE IF EXISTS ") + name);
        hazard(Hazard::Kind::DataLoss, tr("drops the sequence and its current value"));
        return;
    }
    const Sequence &a = std::get<Sequence>(change.from);
    const Sequence &b = std::get<Sequence>(change.to);
    QStringList parts;
    if (a.type != b.type) parts << QLatin1String("AS ") + b.type;
    if (a.increment != b.increment) parts << QLatin1String("INCREMENT BY ") + QString::number(b.increment);
    if (a.minValue != b.minValue) parts << QLatin1String("MINVALUE ") + QString::number(b.minValue);
    if (a.maxValue != b.maxValue) parts << QLatin1String("MAXVALUE ") + QString::number(b.maxValue);
    if (a.start != b.start) parts << QLatin1String("START WITH ") + QString::number(b.start);
    if (a.cache != b.cache) parts << QLatin1String("CACHE ") + QString::number(b.cache);
    if (a.cycle != b.cycle) parts << (b.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
    if (!parts.isEmpty())
        put(Phase::AlterSequence, QLatin1String("ALTER SEQUENCE ") + name + u' ' + parts.join(u' '));
    if (a.ownedByTable != b.ownedByTable || a.ownedByColumn != b.ownedByColumn) ownedBy(b);
}

void PlanBuilder::view(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QualifiedName name{o.schema, o.name};
    const bool materialized = change.kind == ObjectKind::MaterializedView;
    if (change.action == ChangeAction::Drop) {
        const View &v = std::get<View>(change.from);
        put(Phase::DropView, (v.materialized ? QLatin1String("DROP MATERIALIZED VIEW ")
                                             : QLatin1String("DROP VIEW ")) +
                                 SqlNames::qualified(o.schema, o.name),
            -viewRank(name, false));
        anchor();
        if (change.recreate)
            hazard(Hazard::Kind::Lock, tr("dropped and created again around the change: it is "
                                          "missing in between"));
        return;
    }
    if (change.action == ChangeAction::Create) {
        const View &v = std::get<View>(change.to);
        put(Phase::CreateView, ddl::createView(v), viewRank(name, true));
        if (materialized && v.populated)
            hazard(Hazard::Kind::Scan, tr("runs the view's query to fill it"));
        return;
    }
    if (m_rebuiltViews.contains(name) || viewNeedsRebuild(change)) return; // extra changes do it
    const View &v = std::get<View>(change.to);
    QString sql = ddl::createView(v);
    sql.replace(0, 11, QStringLiteral("CREATE OR REPLACE VIEW")); // "CREATE VIEW"
    put(Phase::CreateView, sql, viewRank(name, true));
}

void PlanBuilder::function(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    auto drop = [&](const Function &f) {
        put(change.action == ChangeAction::Drop ? Phase::DropFunctionLate : Phase::DropFunction, QLatin1String("DROP ") + functionKeyword(f) + u' ' + SqlNames::qualified(o.schema, o.name) +
                                     u'(' + f.identityArguments + u')');
    };
    auto create = [&](const Function &f) {
        if (f.definition.isEmpty()) {
            put(Phase::CreateFunction, QStringLiteral("SELECT 1 /* %1 */").arg(tr("aggregate %1: write its CREATE AGGREGATE by hand").arg(o.display())));
            hazard(Hazard::Kind::UntrackableDependency,
                   tr("aggregates are not generated: write CREATE AGGREGATE by hand"));
            return;
        }
        PlanStatement &statement = put(Phase::CreateFunction, f.definition.trimmed());
        statement.settings << QStringLiteral("SET check_function_bodies = off");
        hazard(Hazard::Kind::UntrackableDependency,
               tr("the function body's uses of tables, columns and other functions are not "
                  "tracked: check them"));
    };
    if (change.action == ChangeAction::Drop) {
        drop(std::get<Function>(change.from));
        hazard(Hazard::Kind::UntrackableDependency,
               tr("callers of the function (application, other function bodies) are not tracked"));
        return;
    }
    if (change.action == ChangeAction::Alter && change.recreate) drop(std::get<Function>(change.from));
    create(std::get<Function>(change.to));
}

void PlanBuilder::enumType(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString name = SqlNames::qualified(o.schema, o.name);
    if (change.action == ChangeAction::Create) {
        put(Phase::CreateEnum, ddl::createEnum(std::get<EnumType>(change.to)));
        return;
    }
    if (change.action == ChangeAction::Drop) {
        put(Phase::DropTypeLate, QLatin1String("DROP TYPE ") + name);
        return;
    }
    const EnumType &a = std::get<EnumType>(change.from);
    const EnumType &b = std::get<EnumType>(change.to);
    if (change.recreate) return rebuildEnum(a, b);
    for (qsizetype i = 0; i < b.labels.size(); ++i) {
        const QString &label = b.labels.at(i);
        if (a.labels.contains(label)) continue;
        QString sql = QLatin1String("ALTER TYPE ") + name + QLatin1String(" ADD VALUE ") +
                      SqlNames::literal(label);
        if (i > 0) sql += QLatin1String(" AFTER ") + SqlNames::literal(b.labels.at(i - 1));
        else if (b.labels.size() > 1) sql += QLatin1String(" BEFORE ") + SqlNames::literal(b.labels.at(1));
        PlanStatement &statement = put(Phase::AlterEnum, sql);
        if (m_options.serverVersion < 120000) statement.outsideTransaction = true;
    }
}

// Labels removed or moved: a new type, every column converted, the old type dropped.
void PlanBuilder::rebuildEnum(const EnumType &a, const EnumType &b)
{
    const QString name = SqlNames::qualified(b.schema, b.name);
    const QString oldName = ddl::temporaryName(b.name, QStringLiteral("_slipway_old"));
    put(Phase::AlterEnum, QLatin1String("ALTER TYPE ") + name + QLatin1String(" RENAME TO ") +
                              SqlNames::ident(oldName));
    put(Phase::AlterEnum, ddl::createEnum(b));
    hazard(Hazard::Kind::DataLoss,
           tr("labels removed or moved (%1 -> %2): the type is rebuilt; rows holding a removed "
              "label make the conversion fail")
               .arg(a.labels.join(QLatin1String(", ")), b.labels.join(QLatin1String(", "))));
    for (const Table &table : m_from.tables) {
        bool uses = false;
        for (const Column &column : table.columns)
            uses = uses || (column.type == name && !column.inherited);
        if (!uses) continue;
        // Index predicates/expressions and checks comparing with the enum's
        // literals would compare new with old: out first, back after.
        const QString qualifiedTable = SqlNames::qualified(table.schema, table.name);
        QStringList recreate;
        for (const Index &index : table.indexes) {
            if (index.inherited || !index.constraint.isEmpty() || !index.definition.contains(name)) continue;
            put(Phase::AlterEnum, QLatin1String("DROP INDEX ") + SqlNames::qualified(table.schema, index.name));
            const Table *target = toTable(table.schema, table.name);
            const Index *after = target ? target->index(index.name) : nullptr;
            if (after) recreate << after->definition;
        }
        for (const Constraint &check : table.constraints) {
            if (check.inherited || check.kind != Constraint::Kind::Check || !check.definition.contains(name)) continue;
            put(Phase::AlterEnum, QLatin1String("ALTER TABLE ") + qualifiedTable +
                                      QLatin1String(" DROP CONSTRAINT ") + SqlNames::ident(check.name));
            const Table *target = toTable(table.schema, table.name);
            const Constraint *after = target ? target->constraint(check.name) : nullptr;
            if (after)
                recreate << QLatin1String("ALTER TABLE ") + qualifiedTable + QLatin1String(" ADD CONSTRAINT ") +
                                SqlNames::ident(after->name) + u' ' + after->definition;
        }
        for (const Column &column : table.columns) {
            if (column.type != name || column.inherited) continue;
            const QString head = QLatin1String("ALTER TABLE ") +
                                 SqlNames::qualified(table.schema, table.name) +
                                 QLatin1String(" ALTER COLUMN ") + SqlNames::ident(column.name);
            if (!column.defaultValue.isEmpty())
                put(Phase::AlterEnum, head + QLatin1String(" DROP DEFAULT"));
            put(Phase::AlterEnum, head + QLatin1String(" TYPE ") + name + QLatin1String(" USING ") +
                                      SqlNames::ident(column.name) + QLatin1String("::text::") + name);
            hazard(Hazard::Kind::Rewrite, tr("rewrites %1%2")
                                              .arg(SqlNames::qualified(table.schema, table.name),
                                                   sizeNote(table.schema, table.name)));
            const Table *target = toTable(table.schema, table.name);
            const Column *after = target ? target->column(column.name) : nullptr;
            if (after && !after->defaultValue.isEmpty())
                put(Phase::AlterEnum, head + QLatin1String(" SET DEFAULT ") + after->defaultValue);
        }
        for (const QString &sql : std::as_const(recreate))
            put(Phase::AlterEnum, sql);
    }
    put(Phase::AlterEnum, QLatin1String("DROP TYPE ") + SqlNames::qualified(b.schema, oldName));
}

void PlanBuilder::domain(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString name = SqlNames::qualified(o.schema, o.name);
    if (change.action == ChangeAction::Drop || change.recreate) {
        if (change.recreate) put(Phase::DropType, QLatin1String("DROP DOMAIN ") + name);
        else put(Phase::DropTypeLate, QLatin1String("DROP DOMAIN ") + name, -1);
        if (change.recreate)
            hazard(Hazard::Kind::DataLoss, tr("base type changes: the domain is dropped and created "
                                              "again (fails while columns use it)"));
    }
    if (change.action == ChangeAction::Drop) return;
    const Domain &b = std::get<Domain>(change.to);
    if (change.action == ChangeAction::Create || change.recreate) {
        put(Phase::CreateDomain, ddl::createDomain(b));
        return;
    }
    const Domain &a = std::get<Domain>(change.from);
    const QString head = QLatin1String("ALTER DOMAIN ") + name;
    if (a.defaultValue != b.defaultValue)
        put(Phase::AlterDomain, b.defaultValue.isEmpty() ? head + QLatin1String(" DROP DEFAULT")
                                                         : head + QLatin1String(" SET DEFAULT ") + b.defaultValue);
    if (a.notNull != b.notNull) {
        put(Phase::AlterDomain, head + (b.notNull ? QLatin1String(" SET NOT NULL") : QLatin1String(" DROP NOT NULL")));
        if (b.notNull) hazard(Hazard::Kind::Scan, tr("checks every column of this domain"));
    }
    for (const DomainConstraint &c : a.constraints) {
        const auto kept = std::find(b.constraints.cbegin(), b.constraints.cend(), c);
        if (kept == b.constraints.cend())
            put(Phase::DropConstraint, head + QLatin1String(" DROP CONSTRAINT ") + SqlNames::ident(c.name));
    }
    for (const DomainConstraint &c : b.constraints) {
        if (std::find(a.constraints.cbegin(), a.constraints.cend(), c) != a.constraints.cend()) continue;
        put(Phase::AlterDomain, head + QLatin1String(" ADD CONSTRAINT ") + SqlNames::ident(c.name) +
                                    u' ' + ddl::stripNotValid(c.definition) + QLatin1String(" NOT VALID"));
        if (c.validated) {
            put(Phase::ValidateConstraint, head + QLatin1String(" VALIDATE CONSTRAINT ") + SqlNames::ident(c.name));
            hazard(Hazard::Kind::Scan, tr("checks every column of this domain"));
        }
    }
}

void PlanBuilder::composite(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString name = SqlNames::qualified(o.schema, o.name);
    if (change.action == ChangeAction::Create) {
        put(Phase::CreateComposite, ddl::createComposite(std::get<CompositeType>(change.to)));
        return;
    }
    if (change.action == ChangeAction::Drop) {
        put(Phase::DropTypeLate, QLatin1String("DROP TYPE ") + name, -2);
        return;
    }
    const CompositeType &a = std::get<CompositeType>(change.from);
    const CompositeType &b = std::get<CompositeType>(change.to);
    QStringList actions;
    auto find = [](const QList<Column> &list, const QString &attribute) -> const Column * {
        for (const Column &c : list) {
            if (c.name == attribute) return &c;
        }
        return nullptr;
    };
    for (const Column &c : a.attributes) {
        if (!find(b.attributes, c.name)) actions << QLatin1String("DROP ATTRIBUTE ") + SqlNames::ident(c.name);
    }
    for (const Column &c : b.attributes) {
        const Column *old = find(a.attributes, c.name);
        QString type = c.type;
        if (!c.collation.isEmpty()) type += QLatin1String(" COLLATE ") + c.collation;
        if (!old) actions << QLatin1String("ADD ATTRIBUTE ") + SqlNames::ident(c.name) + u' ' + type;
        else if (old->type != c.type || old->collation != c.collation)
            actions << QLatin1String("ALTER ATTRIBUTE ") + SqlNames::ident(c.name) + QLatin1String(" TYPE ") + type;
    }
    if (actions.isEmpty()) return;
    put(Phase::AlterComposite, QLatin1String("ALTER TYPE ") + name + u' ' + actions.join(QLatin1String(", ")));
    hazard(Hazard::Kind::DataLoss, tr("dropped or retyped attributes change data in columns of this type"));
}

void PlanBuilder::comment(const SchemaChange &change)
{
    const QString text = std::get<QString>(change.to);
    put(Phase::Comment, QLatin1String("COMMENT ON ") + keyword(change.object.onKind) + u' ' +
                            target(change.object) + QLatin1String(" IS ") +
                            (text.isEmpty() ? QStringLiteral("NULL") : SqlNames::literal(text)));
}

void PlanBuilder::owner(const SchemaChange &change)
{
    const ObjectKind kind = change.object.onKind;
    const QString what = kind == ObjectKind::Enum || kind == ObjectKind::CompositeType
                             ? QStringLiteral("TYPE")
                             : keyword(kind);
    put(Phase::Owner, QLatin1String("ALTER ") + what + u' ' + target(change.object) +
                          QLatin1String(" OWNER TO ") + SqlNames::ident(std::get<QString>(change.to)));
    const QString from = std::get<QString>(change.from);
    hazard(Hazard::Kind::Authorization,
           from.isEmpty() ? tr("owned by %1").arg(std::get<QString>(change.to))
                          : tr("owner %1 -> %2").arg(from, std::get<QString>(change.to)));
}

void PlanBuilder::grant(const SchemaChange &change)
{
    const auto &from = std::get<QList<Grant>>(change.from);
    const auto &to = std::get<QList<Grant>>(change.to);
    const ChangeObject &o = change.object;
    QString on;
    QString columns;
    switch (o.onKind) {
    case ObjectKind::Schema: on = QLatin1String("SCHEMA ") + SqlNames::ident(o.name); break;
    case ObjectKind::Sequence: on = QLatin1String("SEQUENCE ") + target(o); break;
    case ObjectKind::Function: on = QLatin1String("ROUTINE ") + target(o); break;
    case ObjectKind::Aggregate: on = QLatin1String("FUNCTION ") + target(o); break;
    case ObjectKind::Column:
        on = QLatin1String("TABLE ") + SqlNames::qualified(o.schema, o.table);
        columns = QLatin1String(" (") + SqlNames::ident(o.name) + u')';
        break;
    case ObjectKind::Domain:
    case ObjectKind::Enum:
    case ObjectKind::CompositeType: on = QLatin1String("TYPE ") + target(o); break;
    default: on = QLatin1String("TABLE ") + SqlNames::qualified(o.schema, o.name); break;
    }
    auto sameRight = [](const Grant &x, const Grant &y) {
        return x.grantee == y.grantee && x.privilege == y.privilege;
    };
    for (const Grant &g : from) {
        const auto kept = std::find_if(to.cbegin(), to.cend(), [&](const Grant &t) { return sameRight(g, t); });
        if (kept == to.cend())
            put(Phase::Grant, QLatin1String("REVOKE ") + g.privilege + columns + QLatin1String(" ON ") +
                                  on + QLatin1String(" FROM ") + ddl::role(g.grantee));
        else if (g.grantable && !kept->grantable)
            put(Phase::Grant, QLatin1String("REVOKE GRANT OPTION FOR ") + g.privilege + columns +
                                  QLatin1String(" ON ") + on + QLatin1String(" FROM ") + ddl::role(g.grantee));
        else
            continue;
        hazard(Hazard::Kind::Authorization, tr("%1 loses %2").arg(g.grantee, g.privilege));
    }
    for (const Grant &g : to) {
        const auto had = std::find_if(from.cbegin(), from.cend(), [&](const Grant &f) { return sameRight(g, f); });
        if (had != from.cend() && (had->grantable || !g.grantable)) continue;
        put(Phase::Grant, QLatin1String("GRANT ") + g.privilege + columns + QLatin1String(" ON ") + on +
                              QLatin1String(" TO ") + ddl::role(g.grantee) +
                              (g.grantable ? QLatin1String(" WITH GRANT OPTION") : QLatin1String()));
        hazard(Hazard::Kind::Authorization, tr("%1 gains %2").arg(g.grantee, g.privilege));
    }
}

} // namespace slipway::diff
