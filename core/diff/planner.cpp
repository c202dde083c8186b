#include "planner.h"

#include "planbuilder_p.h"
#include "schemadiff.h"
#include "sqlnames.h"

#include "sql/sqlscript.h"

#include <algorithm>
#include <limits>

namespace slipway::diff {

using namespace catalog;

PlanBuilder::PlanBuilder(const SchemaModel &from, const SchemaModel &to, const PlanOptions &options)
    : m_from(from), m_to(to), m_options(options)
{
    m_fromTables.reserve(from.tables.size());
    for (const Table &table : from.tables)
        m_fromTables.insert(table.qualifiedName(), &table);
    m_toTables.reserve(to.tables.size());
    for (const Table &table : to.tables)
        m_toTables.insert(table.qualifiedName(), &table);
}

void PlanBuilder::build(const QList<SchemaChange> &changes, int firstExtra)
{
    m_changes = &changes;
    m_firstExtra = firstExtra;
    bool views = false;
    for (int i = 0; i < changes.size(); ++i) {
        const SchemaChange &change = changes.at(i);
        const QualifiedName name{change.object.schema, change.object.name};
        if (change.kind == ObjectKind::Table && change.action == ChangeAction::Create) {
            m_createdTables.insert(name);
            m_createdTablesBySchema[change.object.schema] << i;
        }
        if (change.kind == ObjectKind::Column && change.action == ChangeAction::Create &&
            !change.recreate)
            m_createdColumns[{change.object.schema, change.object.table}] << i;
        if (change.kind == ObjectKind::Table && change.action == ChangeAction::Drop)
            m_droppedTables.insert(name);
        if ((change.kind == ObjectKind::View || change.kind == ObjectKind::MaterializedView) &&
            change.action == ChangeAction::Drop && change.recreate)
            m_rebuiltViews.insert(name);
        if (change.kind == ObjectKind::View || change.kind == ObjectKind::MaterializedView)
            views = true;
    }
    if (views) {
        m_fromViewRank = viewRanks(m_from.views);
        m_toViewRank = viewRanks(m_to.views);
    }
    for (m_current = 0; m_current < changes.size(); ++m_current)
        plan(changes.at(m_current));
    m_current = -1;
}

QString PlanBuilder::timeoutSetting(const char *name, int ms) const
{
    return QStringLiteral("SET %1 = %2")
        .arg(QLatin1String(name), ms <= 0 ? QStringLiteral("0")
                                          : SqlNames::literal(ms % 1000 == 0
                                                                  ? QString::number(ms / 1000) + u's'
                                                                  : QString::number(ms) + QLatin1String("ms")));
}

PlanStatement &PlanBuilder::put(Phase phase, const QString &sql, int rank)
{
    Step step{phase, rank, int(m_steps.size()), {}};
    step.statement.sql = sql;
    step.statement.change = m_current;
    m_steps.append(step);
    return m_steps.last().statement;
}

void PlanBuilder::hazard(Hazard::Kind kind, const QString &text)
{
    if (!m_steps.isEmpty()) m_steps.last().statement.hazards.append({kind, text});
}

void PlanBuilder::anchor()
{
    if (!m_steps.isEmpty()) m_steps.last().anchor = true;
}

QString PlanBuilder::sizeNote(const QString &schema, const QString &table) const
{
    const Table *found = fromTable(schema, table);
    // No statistics (never analyzed) or an empty table by them: no size to tell.
    if (!found || found->stats.estimatedRows <= 0) return QString();
    return tr(" (about %n row(s))", nullptr, int(std::min<qint64>(found->stats.estimatedRows, std::numeric_limits<int>::max())));
}

void PlanBuilder::classify(PlanStatement &statement) const
{
    const SqlStatement parsed = SqlScript::parseStatement(statement.sql);
    if (parsed.error) return;
    const LockImpact impact = LockClassifier::classify(parsed, m_options.serverVersion);
    statement.lock = impact;
    if (!impact.transactionAllowed) statement.outsideTransaction = true;
    auto has = [&](Hazard::Kind kind) { return statement.hasHazard(kind); };
    if (impact.blocksReads() || impact.blocksWrites()) {
        QStringList on;
        for (const LockImpact::RelationLock &lock : impact.locks) {
            if (lock.mode == impact.strongest()) on << lock.relation;
        }
        statement.hazards.prepend(
            {Hazard::Kind::Lock,
             tr("takes %1 on %2: blocks %3 while waiting for and holding it")
                 .arg(lockModeName(impact.strongest()), on.join(QLatin1String(", ")),
                      impact.blocksReads() ? tr("reads and writes") : tr("writes"))});
    }
    if (impact.effect == LockImpact::Effect::Rewrite && !has(Hazard::Kind::Rewrite))
        statement.hazards.append({Hazard::Kind::Rewrite, impact.effectReason.isEmpty()
                                                             ? tr("rewrites the table")
                                                             : impact.effectReason});
    if (impact.effect == LockImpact::Effect::IndexBuild && !has(Hazard::Kind::IndexBuild))
        statement.hazards.append({Hazard::Kind::IndexBuild,
                                  tr("builds an index: time grows with the table")});
    if (impact.effect == LockImpact::Effect::Scan && !has(Hazard::Kind::Scan))
        statement.hazards.append({Hazard::Kind::Scan, impact.effectReason.isEmpty()
                                                          ? tr("reads every row of the table")
                                                          : impact.effectReason});
}

QList<PlanStatement> PlanBuilder::statements() const
{
    QList<Step> steps = m_steps;
    for (Step &step : steps)
        classify(step.statement);
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        if (a.phase != b.phase) return a.phase < b.phase;
        if (a.rank != b.rank) return a.rank < b.rank;
        return a.order < b.order;
    });
    groupRebuilds(steps);
    QList<PlanStatement> result;
    result.reserve(steps.size());
    for (Step &step : steps) {
        PlanStatement &statement = step.statement;
        const bool long_ = statement.sql.contains(QLatin1String(" CONCURRENTLY ")) ||
                           statement.sql.contains(QLatin1String("VALIDATE CONSTRAINT"));
        if (m_options.lockTimeoutMs > 0)
            statement.settings << timeoutSetting("lock_timeout", m_options.lockTimeoutMs);
        statement.settings << timeoutSetting("statement_timeout",
                                             long_ ? 0 : m_options.statementTimeoutMs);
        result << statement;
    }
    return result;
}

void PlanBuilder::plan(const SchemaChange &change)
{
    switch (change.kind) {
    case ObjectKind::Schema: return schema(change);
    case ObjectKind::Extension: return extension(change);
    case ObjectKind::Table: return table(change);
    case ObjectKind::Column: return column(change);
    case ObjectKind::Constraint: return constraint(change);
    case ObjectKind::Index: return index(change);
    case ObjectKind::Trigger: return trigger(change);
    case ObjectKind::Policy: return policy(change);
    case ObjectKind::Sequence: return sequence(change);
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return view(change);
    case ObjectKind::Function: return function(change);
    case ObjectKind::Aggregate: return aggregate(change);
    case ObjectKind::Enum: return enumType(change);
    case ObjectKind::Domain: return domain(change);
    case ObjectKind::CompositeType: return composite(change);
    case ObjectKind::Comment: return comment(change);
    case ObjectKind::Grant: return grant(change);
    case ObjectKind::Owner: return owner(change);
    }
}

Plan Planner::plan(const QList<SchemaChange> &changes, const SchemaModel &from,
                   const SchemaModel &to, const PlanOptions &options)
{
    Plan result;
    result.options = options;
    result.changes = changes;
    result.changes << dependentViewChanges(changes, from, to);
    PlanBuilder builder(from, to, options);
    builder.build(result.changes,
                  result.changes.size() > changes.size() ? int(changes.size()) : -1);
    result.statements = builder.statements();
    result.verify = verification(changes);
    return result;
}

Plan Planner::plan(const SchemaModel &from, const SchemaModel &to, const DiffOptions &diffOptions,
                   const PlanOptions &options)
{
    return plan(SchemaDiff::compare(from, to, diffOptions), from, to, options);
}

Plan Planner::downPlan(const SchemaModel &from, const SchemaModel &to,
                       const DiffOptions &diffOptions, const PlanOptions &options)
{
    Plan down = plan(SchemaDiff::compare(to, from, diffOptions), to, from, options);
    for (PlanStatement &statement : down.statements) {
        if (statement.change < 0) continue;
        const SchemaChange &change = down.changes.at(statement.change);
        const bool recreatesData =
            change.action == ChangeAction::Create &&
            (change.kind == ObjectKind::Table || change.kind == ObjectKind::Column) &&
            (statement.sql.startsWith(QLatin1String("CREATE ")) ||
             statement.sql.contains(QLatin1String(" ADD COLUMN ")));
        if (recreatesData)
            statement.hazards.append(
                {Hazard::Kind::DataLoss,
                 tr("%1 comes back empty: the data the up plan dropped is not restored (restore "
                    "it from a backup)")
                     .arg(change.object.display())});
    }
    return down;
}

} // namespace slipway::diff
