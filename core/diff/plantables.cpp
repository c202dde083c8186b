// Planner: tables, columns, constraints, indexes, triggers, policies.

#include "planbuilder_p.h"
#include "sqlnames.h"

namespace slipway::diff {

using namespace catalog;

namespace {

QString alterTable(const ChangeObject &object)
{
    return QLatin1String("ALTER TABLE ") + SqlNames::qualified(object.schema, object.table);
}

bool hasDifference(const SchemaChange &change, const char *property)
{
    for (const Difference &difference : change.differences) {
        if (difference.property == QLatin1String(property)) return true;
    }
    return false;
}

// "CREATE [UNIQUE] INDEX name ON [ONLY] t ..." with CONCURRENTLY and another name.
QString indexStatement(const Index &index, const QString &schema, bool concurrently,
                       const QString &newName = QString())
{
    QString text = index.definition;
    const QString head = index.unique ? QStringLiteral("CREATE UNIQUE INDEX ")
                                      : QStringLiteral("CREATE INDEX ");
    if (text.startsWith(head)) {
        QString rest = text.mid(head.size());
        const QString oldName = SqlNames::ident(index.name);
        if (!newName.isEmpty() && rest.startsWith(oldName + QLatin1String(" ON ")))
            rest = SqlNames::ident(newName) + rest.mid(oldName.size());
        text = head + (concurrently ? QLatin1String("CONCURRENTLY ") : QLatin1String()) + rest;
    }
    text.replace(QLatin1String(" ON ONLY "), QLatin1String(" ON "));
    Q_UNUSED(schema);
    return text;
}

} // namespace

void PlanBuilder::table(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString name = SqlNames::qualified(o.schema, o.name);
    if (change.action == ChangeAction::Create) {
        const Table &t = std::get<Table>(change.to);
        const int rank = (t.isPartition() || !t.inherits.isEmpty()) ? 1 : 0;
        put(Phase::CreateTable, ddl::createTable(t), rank);
        for (const Constraint &c : t.constraints) {
            // A partition takes its columns from the parent: local constraints come after.
            if (t.isPartition() && !c.inherited && c.kind != Constraint::Kind::ForeignKey &&
                c.kind != Constraint::Kind::Trigger)
                put(Phase::AddConstraint, QStringLiteral("%1 ADD CONSTRAINT %2 %3")
                                               .arg(QLatin1String("ALTER TABLE ") + name,
                                                    SqlNames::ident(c.name),
                                                    ddl::stripNotValid(c.definition)));
        }
        if (t.rowSecurity) {
            put(Phase::AlterTable, QLatin1String("ALTER TABLE ") + name +
                                        QLatin1String(" ENABLE ROW LEVEL SECURITY"));
            hazard(Hazard::Kind::Authorization, tr("row level security: rows are visible only through policies"));
        }
        if (t.forceRowSecurity)
            put(Phase::AlterTable,
                 QLatin1String("ALTER TABLE ") + name + QLatin1String(" FORCE ROW LEVEL SECURITY"));
        return;
    }
    if (change.action == ChangeAction::Drop) {
        const Table &t = std::get<Table>(change.from);
        // Foreign keys between dropped tables go first, so the tables can go in
        // any order; so do those to a partitioned table (they depend on each of
        // its partitions, which may be dropped too).
        for (const Constraint &c : t.constraints) {
            const Table *referenced = fromTable(c.referencedTable.schema, c.referencedTable.name);
            const bool toPartitioned = referenced && referenced->kind == Table::Kind::Partitioned;
            if (c.kind == Constraint::Kind::ForeignKey && !c.inherited &&
                (m_droppedTables.contains(c.referencedTable) || toPartitioned) &&
                c.referencedTable != t.qualifiedName())
                put(Phase::DropForeignKey, QLatin1String("ALTER TABLE ") + name +
                                               QLatin1String(" DROP CONSTRAINT ") + SqlNames::ident(c.name));
        }
        put(Phase::DropTable, QLatin1String("DROP TABLE ") + name,
             (t.isPartition() || !t.inherits.isEmpty()) ? -1 : 0);
        anchor();
        hazard(Hazard::Kind::DataLoss, tr("drops table %1 and all its rows%2")
                                           .arg(o.display(), sizeNote(o.schema, o.name)));
        if (change.recreate) {
            const Table *target = toTable(o.schema, o.name);
            const QString key = target ? target->partitionKey : QString();
            hazard(Hazard::Kind::DataLoss,
                   t.partitionKey != key && !t.partitionKey.isEmpty() && !key.isEmpty()
                       ? tr("the partition key changes (%1 -> %2): PostgreSQL cannot change it in "
                            "place, so the table and all its partitions are dropped and created "
                            "again EMPTY; copy the rows out first (or create the new table beside "
                            "it, copy, and swap the names)").arg(t.partitionKey, key)
                       : tr("its partitioning changes: the table is dropped and created again "
                            "empty; copy the rows out first"));
        }
        // A created table with the same column types: probably a rename.
        QStringList types;
        for (const Column &c : t.columns)
            types << c.type;
        for (const int created : m_createdTablesBySchema.value(o.schema)) {
            const SchemaChange &other = m_changes->at(created);
            if (other.object.name == o.name) continue;
            QStringList otherTypes;
            for (const Column &c : std::get<Table>(other.to).columns)
                otherTypes << c.type;
            if (otherTypes == types)
                hazard(Hazard::Kind::PossibleRename,
                       tr("possible rename to %1: a drop and a create lose the data; rename with "
                          "ALTER TABLE ... RENAME TO instead")
                           .arg(other.object.display()));
        }
        return;
    }
    tableAlter(change);
}

void PlanBuilder::tableAlter(const SchemaChange &change)
{
    const Table &a = std::get<Table>(change.from);
    const Table &b = std::get<Table>(change.to);
    const QString head = QLatin1String("ALTER TABLE ") + SqlNames::qualified(b.schema, b.name);
    if (a.partitionBound != b.partitionBound && a.isPartition() && a.partitionOf == b.partitionOf)
        partitionBound(a, b);
    if (a.unlogged != b.unlogged) {
        put(Phase::AlterTable, head + (b.unlogged ? QLatin1String(" SET UNLOGGED")
                                                   : QLatin1String(" SET LOGGED")));
        hazard(Hazard::Kind::Rewrite, tr("rewrites the table%1").arg(sizeNote(b.schema, b.name)));
    }
    if (a.rowSecurity != b.rowSecurity) {
        put(Phase::AlterTable, head + (b.rowSecurity ? QLatin1String(" ENABLE ROW LEVEL SECURITY")
                                                      : QLatin1String(" DISABLE ROW LEVEL SECURITY")));
        hazard(Hazard::Kind::Authorization, b.rowSecurity
                                                ? tr("enables row level security: rows are visible only through policies")
                                                : tr("disables row level security: policies stop applying"));
    }
    if (a.forceRowSecurity != b.forceRowSecurity) {
        put(Phase::AlterTable, head + (b.forceRowSecurity ? QLatin1String(" FORCE ROW LEVEL SECURITY")
                                                           : QLatin1String(" NO FORCE ROW LEVEL SECURITY")));
        hazard(Hazard::Kind::Authorization, tr("changes whether the owner is subject to policies"));
    }
    if (a.options != b.options) {
        QStringList reset;
        for (const QString &option : a.options) {
            const QString key = option.section(u'=', 0, 0);
            bool kept = false;
            for (const QString &other : b.options)
                kept = kept || other.section(u'=', 0, 0) == key;
            if (!kept) reset << key;
        }
        if (!reset.isEmpty())
            put(Phase::AlterTable, head + QLatin1String(" RESET (") + reset.join(QLatin1String(", ")) + u')');
        if (!b.options.isEmpty())
            put(Phase::AlterTable, head + QLatin1String(" SET (") + b.options.join(QLatin1String(", ")) + u')');
    }
    for (const QualifiedName &parent : a.inherits) {
        if (!b.inherits.contains(parent))
            put(Phase::AlterTable, head + QLatin1String(" NO INHERIT ") +
                                        SqlNames::qualified(parent.schema, parent.name));
    }
    for (const QualifiedName &parent : b.inherits) {
        if (!a.inherits.contains(parent))
            put(Phase::AlterTable, head + QLatin1String(" INHERIT ") +
                                        SqlNames::qualified(parent.schema, parent.name));
    }
}

void PlanBuilder::column(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString head = alterTable(o);
    if (change.action == ChangeAction::Create) {
        const Column &c = std::get<Column>(change.to);
        const bool needsBackfill = c.notNull && c.defaultValue.isEmpty() &&
                                   c.identity == Column::Identity::None &&
                                   c.generatedExpression.isEmpty() && !createdTable(o.schema, o.table);
        if (needsBackfill) {
            // Expand: add it nullable, fill it, then NOT NULL without a long lock.
            Column nullable = c;
            nullable.notNull = false;
            put(Phase::AddColumn, head + QLatin1String(" ADD COLUMN ") + ddl::columnDefinition(nullable));
            hazard(Hazard::Kind::Backfill,
                   tr("NOT NULL without a default: fill %1 in the existing rows (e.g. slipway-cli "
                      "backfill) before the NOT NULL steps below").arg(o.display()));
            setNotNull(o, c.name, Phase::AddColumn);
            return;
        }
        put(Phase::AddColumn, head + QLatin1String(" ADD COLUMN ") + ddl::columnDefinition(c));
        if (!c.generatedExpression.isEmpty() || c.identity != Column::Identity::None)
            hazard(Hazard::Kind::Rewrite, tr("fills the new column in every row: rewrites the table%1")
                                              .arg(sizeNote(o.schema, o.table)));
        return;
    }
    if (change.action == ChangeAction::Drop) {
        const Column &c = std::get<Column>(change.from);
        put(Phase::DropColumn, head + QLatin1String(" DROP COLUMN ") + SqlNames::ident(c.name));
        anchor();
        hazard(Hazard::Kind::DataLoss, tr("drops column %1 and its data%2")
                                           .arg(o.display(), sizeNote(o.schema, o.table)));
        for (const int created : m_createdColumns.value({o.schema, o.table})) {
            const SchemaChange &other = m_changes->at(created);
            if (std::get<Column>(other.to).type == c.type)
                hazard(Hazard::Kind::PossibleRename,
                       tr("possible rename to %1: a drop and an add lose the data; use ALTER TABLE "
                          "... RENAME COLUMN instead")
                           .arg(SqlNames::ident(other.object.name)));
        }
        return;
    }
    columnAlter(change);
}

void PlanBuilder::columnAlter(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const Column &a = std::get<Column>(change.from);
    const Column &b = std::get<Column>(change.to);
    const QString column = alterTable(o) + QLatin1String(" ALTER COLUMN ") + SqlNames::ident(b.name);
    const bool typeChanges = hasDifference(change, "type") || hasDifference(change, "collation");
    const bool defaultChanges = hasDifference(change, "default");
    if (a.identity != Column::Identity::None && b.identity == Column::Identity::None)
        put(Phase::AlterColumn, column + QLatin1String(" DROP IDENTITY"));
    // A changed default is simply set; it is dropped first only when it goes
    // away or the type changes under it.
    if (!a.defaultValue.isEmpty() && ((defaultChanges && b.defaultValue.isEmpty()) || typeChanges)) {
        put(Phase::AlterColumn, column + QLatin1String(" DROP DEFAULT"));
        if (typeChanges) anchor();
    }
    if (typeChanges) {
        QString sql = column + QLatin1String(" TYPE ") + b.type;
        if (!b.collation.isEmpty()) sql += QLatin1String(" COLLATE ") + b.collation;
        sql += QLatin1String(" USING ") + SqlNames::ident(b.name) + QLatin1String("::") + b.type;
        put(Phase::AlterColumn, sql);
        anchor();
        hazard(Hazard::Kind::Rewrite,
               tr("type %1 -> %2: rewrites the table and its indexes unless the types are "
                  "binary compatible%3")
                   .arg(a.type, b.type, sizeNote(o.schema, o.table)));
    }
    if (!b.defaultValue.isEmpty() && (defaultChanges || typeChanges)) {
        put(Phase::AlterColumn, column + QLatin1String(" SET DEFAULT ") + b.defaultValue);
        if (typeChanges) anchor();
    }
    if (a.notNull && !b.notNull) {
        put(Phase::AlterColumn, column + QLatin1String(" DROP NOT NULL"));
    } else if (!a.notNull && b.notNull) {
        setNotNull(o, b.name, Phase::AlterColumn);
    }
    if (a.identity == Column::Identity::None && b.identity != Column::Identity::None) {
        put(Phase::AlterColumn, column + QLatin1String(" ADD ") + ddl::identityClause(b));
        if (typeChanges) anchor(); // stays after the type change when views are rebuilt around it
        return;
    }
    if (a.identity == Column::Identity::None || b.identity == Column::Identity::None) return;
    // Both identity: ALWAYS <-> BY DEFAULT and the sequence options in one statement.
    QStringList sets;
    if (a.identity != b.identity)
        sets << (b.identity == Column::Identity::Always ? QStringLiteral("SET GENERATED ALWAYS")
                                                        : QStringLiteral("SET GENERATED BY DEFAULT"));
    if (a.identityOptions.isKnown() && b.identityOptions.isKnown()) {
        for (const QString &clause : ddl::identityOptionClauses(a.identityOptions, b.identityOptions))
            sets << QLatin1String("SET ") + clause;
    }
    if (sets.isEmpty()) return;
    // A sequence turning round starts over at its new START (its current value
    // lies outside the new range).
    const bool turns = a.identityOptions.isKnown() && b.identityOptions.isKnown() &&
                       (a.identityOptions.increment > 0) != (b.identityOptions.increment > 0);
    if (turns) sets << QStringLiteral("RESTART");
    put(Phase::AlterColumn, column + u' ' + sets.join(u' '));
    if (typeChanges) anchor(); // MAXVALUE of a wider type only after the type change
    if (turns)
        hazard(Hazard::Kind::UntrackableDependency,
               tr("the identity changes direction and restarts at %1: the values it gives may "
                  "repeat values already in the table").arg(b.identityOptions.start));
    if (a.identity != b.identity && b.identity == Column::Identity::Always)
        hazard(Hazard::Kind::UntrackableDependency,
               tr("GENERATED ALWAYS: inserts that give %1 a value fail from now on (unless they "
                  "say OVERRIDING SYSTEM VALUE)").arg(SqlNames::ident(b.name)));
    if (b.identityOptions.isKnown() && a.identityOptions.isKnown() &&
        (b.identityOptions.maxValue < a.identityOptions.maxValue ||
         b.identityOptions.minValue > a.identityOptions.minValue))
        hazard(Hazard::Kind::UntrackableDependency,
               tr("the identity's range narrows: fails when the sequence's current value is "
                  "outside it, and inserts fail once it is exhausted%1")
                   .arg(b.identityOptions.cycle ? tr(" (CYCLE: it wraps around and may repeat values)")
                                                : QString()));
}

void PlanBuilder::setNotNull(const ChangeObject &o, const QString &name, Phase phase)
{
    const QString column = alterTable(o) + QLatin1String(" ALTER COLUMN ") + SqlNames::ident(name);
    if (m_options.serverVersion < 120000 || createdTable(o.schema, o.table)) {
        put(phase, column + QLatin1String(" SET NOT NULL"));
        if (!createdTable(o.schema, o.table))
            hazard(Hazard::Kind::Scan, tr("scans the whole table under ACCESS EXCLUSIVE%1")
                                           .arg(sizeNote(o.schema, o.table)));
        return;
    }
    const QString check = ddl::temporaryName(name, QStringLiteral("_not_null_slipway"));
    put(phase, alterTable(o) + QLatin1String(" ADD CONSTRAINT ") + SqlNames::ident(check) +
                   QLatin1String(" CHECK (") + SqlNames::ident(name) +
                   QLatin1String(" IS NOT NULL) NOT VALID"));
    put(phase, alterTable(o) + QLatin1String(" VALIDATE CONSTRAINT ") + SqlNames::ident(check));
    hazard(Hazard::Kind::Scan, tr("scans the table to prove no NULLs, without blocking "
                                  "reads or writes%1").arg(sizeNote(o.schema, o.table)));
    put(phase, column + QLatin1String(" SET NOT NULL"));
    hazard(Hazard::Kind::Scan, tr("no scan: the validated CHECK (%1 IS NOT NULL) proves "
                                  "it, so the lock is held for an instant")
                                   .arg(SqlNames::ident(name)));
    put(phase, alterTable(o) + QLatin1String(" DROP CONSTRAINT ") + SqlNames::ident(check));
}

void PlanBuilder::constraint(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const bool isDrop = change.action == ChangeAction::Drop ||
                        (change.action == ChangeAction::Alter && change.recreate);
    if (isDrop) {
        const Constraint &c = std::get<Constraint>(change.from);
        put(c.kind == Constraint::Kind::ForeignKey ? Phase::DropForeignKey : Phase::DropConstraint,
             alterTable(o) + QLatin1String(" DROP CONSTRAINT ") + SqlNames::ident(c.name));
        if (c.kind == Constraint::Kind::PrimaryKey || c.kind == Constraint::Kind::Unique ||
            c.kind == Constraint::Kind::Exclusion)
            hazard(Hazard::Kind::DataLoss, tr("drops the index behind %1").arg(SqlNames::ident(c.name)));
    }
    if (change.action == ChangeAction::Drop) return;
    const Constraint &c = std::get<Constraint>(change.to);
    if (change.action == ChangeAction::Alter && !change.recreate) {
        // NOT VALID -> valid.
        put(Phase::ValidateConstraint,
             alterTable(o) + QLatin1String(" VALIDATE CONSTRAINT ") + SqlNames::ident(c.name));
        return;
    }
    addConstraint(change, c, c.validated);
}

void PlanBuilder::addConstraint(const SchemaChange &change, const Constraint &c, bool validate)
{
    const ChangeObject &o = change.object;
    const QString head = alterTable(o) + QLatin1String(" ADD CONSTRAINT ") + SqlNames::ident(c.name);
    const Table *table = toTable(o.schema, o.table);
    const bool partitioned = table && table->kind == Table::Kind::Partitioned;
    const bool fresh = createdTable(o.schema, o.table);
    const QString definition = ddl::stripNotValid(c.definition);
    switch (c.kind) {
    case Constraint::Kind::ForeignKey:
    case Constraint::Kind::Check: {
        const Phase phase = c.kind == Constraint::Kind::ForeignKey ? Phase::AddForeignKey
                                                                   : Phase::AddConstraint;
        if (partitioned && validate) {
            put(phase, head + u' ' + definition);
            hazard(Hazard::Kind::Scan, tr("a partitioned table cannot take NOT VALID: checks "
                                          "every row while locked"));
            return;
        }
        put(phase, head + u' ' + definition + QLatin1String(" NOT VALID"));
        if (validate) {
            put(Phase::ValidateConstraint,
                 alterTable(o) + QLatin1String(" VALIDATE CONSTRAINT ") + SqlNames::ident(c.name));
            if (!fresh)
                hazard(Hazard::Kind::Scan, tr("checks every row without blocking writes%1")
                                               .arg(sizeNote(o.schema, o.table)));
        }
        return;
    }
    case Constraint::Kind::PrimaryKey:
    case Constraint::Kind::Unique: {
        const Index *index = table ? table->index(c.index) : nullptr;
        const bool usable = index && !partitioned && !fresh && !index->hasExpressions &&
                            index->predicate.isEmpty();
        if (usable) {
            QString create = index->definition;
            create.replace(QLatin1String("CREATE UNIQUE INDEX "),
                           QLatin1String("CREATE UNIQUE INDEX CONCURRENTLY "));
            PlanStatement &build = put(Phase::CreateIndex, create);
            build.outsideTransaction = true;
            hazard(Hazard::Kind::IndexBuild, tr("builds the unique index without blocking "
                                                "writes; time grows with the table%1")
                                                 .arg(sizeNote(o.schema, o.table)));
            QString add = head + (c.kind == Constraint::Kind::PrimaryKey
                                      ? QLatin1String(" PRIMARY KEY USING INDEX ")
                                      : QLatin1String(" UNIQUE USING INDEX ")) +
                          SqlNames::ident(index->name);
            if (c.deferrable) add += QLatin1String(" DEFERRABLE");
            if (c.initiallyDeferred) add += QLatin1String(" INITIALLY DEFERRED");
            put(Phase::AddConstraint, add);
            return;
        }
        put(Phase::AddConstraint, head + u' ' + definition);
        if (!fresh)
            hazard(Hazard::Kind::IndexBuild, tr("builds the index while holding its lock%1")
                                                 .arg(sizeNote(o.schema, o.table)));
        return;
    }
    case Constraint::Kind::Exclusion:
    case Constraint::Kind::Trigger:
        put(Phase::AddConstraint, head + u' ' + definition);
        if (!fresh)
            hazard(Hazard::Kind::IndexBuild, tr("builds the index while holding ACCESS EXCLUSIVE%1")
                                                 .arg(sizeNote(o.schema, o.table)));
        return;
    }
}

void PlanBuilder::index(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const Table *owner = change.action == ChangeAction::Drop ? fromTable(o.schema, o.table)
                                                             : toTable(o.schema, o.table);
    const bool partitioned = owner && owner->kind == Table::Kind::Partitioned;
    const bool viewIndex = !owner; // materialized view
    const Phase createPhase = viewIndex ? Phase::CreateViewIndex : Phase::CreateIndex;
    const QString name = SqlNames::qualified(o.schema, o.name);
    if (change.action == ChangeAction::Create) {
        const Index &index = std::get<Index>(change.to);
        // change.recreate on a create: its table is created by this plan.
        const bool concurrently = !partitioned && !change.recreate;
        PlanStatement &statement = put(createPhase, indexStatement(index, o.schema, concurrently));
        statement.outsideTransaction = concurrently;
        if (!change.recreate)
            hazard(Hazard::Kind::IndexBuild, concurrently
                                                 ? tr("builds the index without blocking writes "
                                                      "(two table scans)%1").arg(sizeNote(o.schema, o.table))
                                                 : tr("builds the index while blocking writes "
                                                      "(partitioned tables cannot build concurrently)%1")
                                                       .arg(sizeNote(o.schema, o.table)));
        return;
    }
    if (change.action == ChangeAction::Drop) {
        PlanStatement &statement =
            put(Phase::DropIndex, (partitioned ? QLatin1String("DROP INDEX ")
                                                : QLatin1String("DROP INDEX CONCURRENTLY ")) + name);
        statement.outsideTransaction = !partitioned;
        return;
    }
    // Changed: build the new one beside the old, then swap.
    const Index &index = std::get<Index>(change.to);
    if (partitioned) {
        put(Phase::DropIndex, QLatin1String("DROP INDEX ") + name);
        put(createPhase, indexStatement(index, o.schema, false));
        hazard(Hazard::Kind::IndexBuild, tr("rebuilds the index while blocking writes%1")
                                             .arg(sizeNote(o.schema, o.table)));
        return;
    }
    const QString temporary = ddl::temporaryName(o.name, QStringLiteral("_slipway_new"));
    PlanStatement &build = put(createPhase, indexStatement(index, o.schema, true, temporary));
    build.outsideTransaction = true;
    hazard(Hazard::Kind::IndexBuild, tr("builds the new index beside the old one without "
                                        "blocking writes%1").arg(sizeNote(o.schema, o.table)));
    PlanStatement &drop = put(createPhase, QLatin1String("DROP INDEX CONCURRENTLY ") + name);
    drop.outsideTransaction = true;
    put(createPhase, QLatin1String("ALTER INDEX ") + SqlNames::qualified(o.schema, temporary) +
                          QLatin1String(" RENAME TO ") + SqlNames::ident(o.name));
}

void PlanBuilder::trigger(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString drop = QLatin1String("DROP TRIGGER ") + SqlNames::ident(o.name) +
                         QLatin1String(" ON ") + SqlNames::qualified(o.schema, o.table);
    auto enable = [&](const Trigger &t) {
        const char *how = nullptr;
        switch (t.enabled) {
        case Trigger::Enabled::Origin: how = " ENABLE TRIGGER "; break;
        case Trigger::Enabled::Always: how = " ENABLE ALWAYS TRIGGER "; break;
        case Trigger::Enabled::Replica: how = " ENABLE REPLICA TRIGGER "; break;
        case Trigger::Enabled::Disabled: how = " DISABLE TRIGGER "; break;
        }
        put(Phase::CreateTrigger, alterTable(o) + QLatin1String(how) + SqlNames::ident(t.name));
    };
    if (change.action == ChangeAction::Drop || change.recreate) put(Phase::DropTrigger, drop);
    if (change.action == ChangeAction::Drop) return;
    const Trigger &t = std::get<Trigger>(change.to);
    if (change.action == ChangeAction::Create || change.recreate) {
        put(Phase::CreateTrigger, t.definition);
        hazard(Hazard::Kind::UntrackableDependency,
               tr("runs a function on every matching row: what it does is not tracked"));
        if (t.enabled != Trigger::Enabled::Origin) enable(t);
        return;
    }
    enable(t);
}

void PlanBuilder::policy(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString on = SqlNames::ident(o.name) + QLatin1String(" ON ") +
                       SqlNames::qualified(o.schema, o.table);
    if (change.action == ChangeAction::Drop || change.recreate) {
        put(Phase::DropPolicy, QLatin1String("DROP POLICY ") + on);
        hazard(Hazard::Kind::Authorization, tr("changes which rows roles can see or change"));
    }
    if (change.action == ChangeAction::Drop) return;
    const Policy &b = std::get<Policy>(change.to);
    if (change.action == ChangeAction::Create || change.recreate) {
        put(Phase::CreatePolicy, ddl::createPolicy(o.schema, o.table, b));
        hazard(Hazard::Kind::Authorization, tr("changes which rows roles can see or change"));
        return;
    }
    const Policy &a = std::get<Policy>(change.from);
    if ((!a.usingExpression.isEmpty() && b.usingExpression.isEmpty()) ||
        (!a.withCheckExpression.isEmpty() && b.withCheckExpression.isEmpty())) {
        // ALTER POLICY cannot remove an expression.
        put(Phase::DropPolicy, QLatin1String("DROP POLICY ") + on);
        put(Phase::CreatePolicy, ddl::createPolicy(o.schema, o.table, b));
        hazard(Hazard::Kind::Authorization, tr("changes which rows roles can see or change"));
        return;
    }
    QString sql = QLatin1String("ALTER POLICY ") + on + QLatin1String(" TO ") + ddl::roleList(b.roles);
    if (!b.usingExpression.isEmpty()) sql += QLatin1String(" USING (") + b.usingExpression + u')';
    if (!b.withCheckExpression.isEmpty())
        sql += QLatin1String(" WITH CHECK (") + b.withCheckExpression + u')';
    put(Phase::CreatePolicy, sql);
    hazard(Hazard::Kind::Authorization, tr("changes which rows roles can see or change"));
}

} // namespace slipway::diff
