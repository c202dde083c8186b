// Planner: the drops of dependent views and triggers, the change under them
// (ALTER COLUMN ... TYPE, DROP COLUMN, DROP TABLE, a view rebuilt) and their
// re-creation run as one transaction, so readers never see a view missing.

#include "planbuilder_p.h"

#include <algorithm>

namespace slipway::diff {

using namespace catalog;

namespace {

bool isView(ObjectKind kind)
{
    return kind == ObjectKind::View || kind == ObjectKind::MaterializedView;
}

bool changesShape(const SchemaChange &change)
{
    if (change.action == ChangeAction::Drop) return true;
    if (change.action != ChangeAction::Alter) return false;
    return std::any_of(change.differences.cbegin(), change.differences.cend(),
                       [](const Difference &d) {
                           return d.property == QLatin1String("type") ||
                                  d.property == QLatin1String("collation");
                       });
}

} // namespace

// The changes whose statements form the group: the rebuilds dependentViewChanges
// added, the changes that caused them (seeds), and views created by the plan
// that a re-created view now uses. Empty when nothing is rebuilt, or when an
// enum is rebuilt (its statements run before tables and functions are created,
// which re-created views may need).
QSet<int> PlanBuilder::rebuildGroupChanges() const
{
    QSet<int> group;
    if (m_firstExtra < 0 || !m_changes) return group;
    const QList<SchemaChange> &changes = *m_changes;
    // What the dropped views and triggers stand on; what the re-created views use.
    QSet<QualifiedName> under;
    QSet<QualifiedName> used;
    for (int i = m_firstExtra; i < changes.size(); ++i) {
        const SchemaChange &change = changes.at(i);
        group.insert(i);
        if (isView(change.kind) && change.action == ChangeAction::Drop) {
            under.unite(viewReferences(std::get<View>(change.from)).relations);
            under.insert({change.object.schema, change.object.name});
        } else if (isView(change.kind) && change.action == ChangeAction::Create) {
            used.unite(viewReferences(std::get<View>(change.to)).relations);
        } else if (change.kind == ObjectKind::Trigger && change.action == ChangeAction::Drop) {
            under.insert({change.object.schema, change.object.table});
        }
    }
    for (int i = 0; i < m_firstExtra; ++i) {
        const SchemaChange &change = changes.at(i);
        const QualifiedName self{change.object.schema, change.object.name};
        if (change.kind == ObjectKind::Enum && change.recreate) return {};
        const bool seed =
            (change.kind == ObjectKind::Column && changesShape(change) &&
             under.contains({change.object.schema, change.object.table})) ||
            (change.kind == ObjectKind::Table && change.action == ChangeAction::Drop &&
             under.contains(self)) ||
            (isView(change.kind) && change.action == ChangeAction::Drop && under.contains(self));
        const bool pulled = isView(change.kind) && change.action != ChangeAction::Drop &&
                            used.contains(self);
        if (seed || pulled) group.insert(i);
    }
    return group;
}

bool PlanBuilder::inRebuildGroup(const Step &step, const QSet<int> &changes) const
{
    const int change = step.statement.change;
    if (step.statement.outsideTransaction || !changes.contains(change)) return false;
    if (change >= m_firstExtra) return true;
    const SchemaChange &c = m_changes->at(change);
    // Of a column change, only the statements the views stand around (not its
    // NOT NULL validation and the like).
    return c.kind != ObjectKind::Column || step.anchor;
}

// Moves the group's statements together at the column changes' place: drops
// of dependents just before, re-creation (with comments, owners and grants)
// just after. Statements that must run outside a transaction stay apart.
void PlanBuilder::groupRebuilds(QList<Step> &steps) const
{
    const QSet<int> changes = rebuildGroupChanges();
    if (changes.isEmpty()) return;
    QList<bool> member(steps.size());
    int count = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        member[i] = inRebuildGroup(steps.at(i), changes);
        count += member[i] ? 1 : 0;
    }
    if (count < 2) return;
    // Effective phase: AlterColumn for members. Non-members of that phase first.
    QList<qsizetype> order(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i)
        order[i] = i;
    auto key = [&](qsizetype i) {
        const Phase phase = member[i] ? Phase::AlterColumn : steps.at(i).phase;
        return std::pair<int, int>(int(phase), member[i] ? 1 : 0);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
    QList<Step> sorted;
    sorted.reserve(steps.size());
    bool first = true;
    for (const qsizetype i : std::as_const(order)) {
        sorted << steps.at(i);
        if (!member[i]) continue;
        PlanStatement &statement = sorted.last().statement;
        statement.transaction = 0;
        if (first)
            statement.hazards.append(
                {Hazard::Kind::Lock,
                 tr("runs in one transaction with the next %n statement(s): the dependent views "
                    "and triggers are dropped, the change made and they are created again, so "
                    "readers never see them missing; the locks are held until the COMMIT",
                    nullptr, count - 1)});
        first = false;
    }
    steps = sorted;
}

} // namespace slipway::diff
