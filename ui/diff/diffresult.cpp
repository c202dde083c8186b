#include "diffresult.h"

#include "diff/planner.h"
#include "diff/schemadiff.h"
#include "diff/sqlnames.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace slipway {

using diff::ObjectKind;

namespace {

QString keyOf(ObjectKind kind, const QString &schema, const QString &name, const QString &arguments)
{
    return QString::number(int(kind)) + u'\x1f' + schema + u'\x1f' + name + u'\x1f' + arguments;
}

// Overloadable: told apart by their argument types.
bool hasArguments(ObjectKind kind)
{
    return kind == ObjectKind::Function || kind == ObjectKind::Aggregate;
}

bool isPart(ObjectKind kind)
{
    return kind == ObjectKind::Column || kind == ObjectKind::Constraint || kind == ObjectKind::Index ||
           kind == ObjectKind::Trigger || kind == ObjectKind::Policy;
}

// Collects the top-level objects of both models, each once.
class Collector {
public:
    Collector(const diff::DiffOptions &options) : m_options(options) {}

    void addModel(const catalog::SchemaModel &m, bool source)
    {
        for (const auto &s : m.schemas) add(ObjectKind::Schema, s.name, QString(), s.name, {}, source);
        for (const auto &e : m.extensions) add(ObjectKind::Extension, e.schema, QString(), e.name, {}, source);
        for (const auto &t : m.tables) {
            add(ObjectKind::Table, t.schema, t.schema, t.name, {}, source);
            m_relations.insert(t.schema + u'\x1f' + t.name, ObjectKind::Table);
        }
        for (const auto &s : m.sequences) add(ObjectKind::Sequence, s.schema, s.schema, s.name, {}, source);
        for (const auto &v : m.views) {
            const ObjectKind kind = v.materialized ? ObjectKind::MaterializedView : ObjectKind::View;
            add(kind, v.schema, v.schema, v.name, {}, source);
            m_relations.insert(v.schema + u'\x1f' + v.name, kind);
        }
        for (const auto &f : m.functions)
            add(ObjectKind::Function, f.schema, f.schema, f.name, f.identityArguments, source);
        for (const auto &a : m.aggregates)
            add(ObjectKind::Aggregate, a.schema, a.schema, a.name, a.identityArguments, source);
        for (const auto &e : m.enums) add(ObjectKind::Enum, e.schema, e.schema, e.name, {}, source);
        for (const auto &d : m.domains) add(ObjectKind::Domain, d.schema, d.schema, d.name, {}, source);
        for (const auto &c : m.compositeTypes)
            add(ObjectKind::CompositeType, c.schema, c.schema, c.name, {}, source);
    }

    // The object a change belongs to (a column's table, a comment's object, ...).
    QString ownerKey(const diff::SchemaChange &change) const
    {
        const diff::ChangeObject &o = change.object;
        ObjectKind kind = change.kind;
        if (kind == ObjectKind::Comment || kind == ObjectKind::Grant || kind == ObjectKind::Owner)
            kind = o.onKind;
        if (isPart(kind) || (kind == ObjectKind::Column && !o.table.isEmpty()))
            return keyOf(m_relations.value(o.schema + u'\x1f' + o.table, ObjectKind::Table), o.schema,
                         o.table, {});
        if (kind == ObjectKind::Schema || kind == ObjectKind::Extension)
            return keyOf(kind, QString(), o.name, {});
        return keyOf(kind, o.schema, o.name, hasArguments(kind) ? o.arguments : QString());
    }

    // The object for a change whose owner neither model lists (should not happen).
    int objectFor(const diff::SchemaChange &change)
    {
        const QString key = ownerKey(change);
        if (const auto it = m_index.constFind(key); it != m_index.constEnd()) return it.value();
        DiffObject object;
        object.kind = isPart(change.kind) ? ObjectKind::Table : change.kind;
        object.schema = change.object.schema;
        object.name = isPart(change.kind) ? change.object.table : change.object.name;
        object.state = DiffObject::State::Different;
        m_objects.append(object);
        m_both.append(true);
        m_index.insert(key, int(m_objects.size() - 1));
        return int(m_objects.size() - 1);
    }

    int find(const QString &key) const { return m_index.value(key, -1); }
    QList<DiffObject> &objects() { return m_objects; }
    bool inBoth(int i) const { return m_both.at(i); }

private:
    void add(ObjectKind kind, const QString &filterSchema, const QString &schema, const QString &name,
             const QString &arguments, bool source)
    {
        if (!m_options.schemaIncluded(filterSchema)) return;
        const QString key = keyOf(kind, schema, name, arguments);
        if (const auto it = m_index.constFind(key); it != m_index.constEnd()) {
            m_both[it.value()] = true;
            m_objects[it.value()].state = DiffObject::State::Identical; // until a change says otherwise
            return;
        }
        DiffObject object;
        object.kind = kind;
        object.schema = kind == ObjectKind::Extension ? filterSchema : schema;
        object.name = name;
        object.arguments = arguments;
        object.state = source ? DiffObject::State::OnlyInSource : DiffObject::State::OnlyInTarget;
        m_objects.append(object);
        m_both.append(false);
        m_index.insert(key, int(m_objects.size() - 1));
    }

    const diff::DiffOptions &m_options;
    QHash<QString, int> m_index;
    QHash<QString, ObjectKind> m_relations;
    QList<DiffObject> m_objects;
    QList<bool> m_both;
};

// The model holding only `object` as `m` has it; nullopt when `m` lacks it.
std::optional<catalog::SchemaModel> single(const catalog::SchemaModel &m, const DiffObject &o)
{
    catalog::SchemaModel out;
    out.serverVersionNumber = m.serverVersionNumber;
    auto put = [](auto *found, auto &list) {
        if (!found) return false;
        list.append(*found);
        return true;
    };
    bool found = false;
    switch (o.kind) {
    case ObjectKind::Schema: found = put(m.schema(o.name), out.schemas); break;
    case ObjectKind::Extension: found = put(m.extension(o.name), out.extensions); break;
    case ObjectKind::Table: found = put(m.table(o.schema, o.name), out.tables); break;
    case ObjectKind::Sequence: found = put(m.sequence(o.schema, o.name), out.sequences); break;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: found = put(m.view(o.schema, o.name), out.views); break;
    case ObjectKind::Enum: found = put(m.enumType(o.schema, o.name), out.enums); break;
    case ObjectKind::Domain: found = put(m.domain(o.schema, o.name), out.domains); break;
    case ObjectKind::CompositeType:
        found = put(m.compositeType(o.schema, o.name), out.compositeTypes);
        break;
    case ObjectKind::Function:
        for (const catalog::Function *f : m.functionsNamed(o.schema, o.name))
            if (f->identityArguments == o.arguments) found = put(f, out.functions);
        break;
    case ObjectKind::Aggregate:
        for (const catalog::Aggregate *a : m.aggregatesNamed(o.schema, o.name))
            if (a->identityArguments == o.arguments) found = put(a, out.aggregates);
        break;
    default: break;
    }
    if (!found) return std::nullopt;
    return out;
}

} // namespace

QString DiffObject::display() const
{
    if (kind == ObjectKind::Schema || kind == ObjectKind::Extension)
        return diff::SqlNames::displayName(name);
    QString text = diff::SqlNames::displayName(schema, name);
    if (hasArguments(kind)) text += u'(' + (kind == ObjectKind::Aggregate && arguments.isEmpty() ? QStringLiteral("*") : arguments) + u')';
    return text;
}

QString DiffObject::key() const
{
    const bool unqualified = kind == ObjectKind::Schema || kind == ObjectKind::Extension;
    return keyOf(kind, unqualified ? QString() : schema, name, arguments);
}

QString DiffObject::stateName(State state)
{
    switch (state) {
    case State::Identical: return tr("identical");
    case State::Different: return tr("different");
    case State::OnlyInSource: return tr("only in source");
    case State::OnlyInTarget: return tr("only in target");
    }
    return {};
}

QString DiffObject::kindGroupName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return tr("Schemas");
    case ObjectKind::Extension: return tr("Extensions");
    case ObjectKind::Table: return tr("Tables");
    case ObjectKind::Sequence: return tr("Sequences");
    case ObjectKind::View: return tr("Views");
    case ObjectKind::MaterializedView: return tr("Materialized views");
    case ObjectKind::Function: return tr("Functions and procedures");
    case ObjectKind::Aggregate: return tr("Aggregates");
    case ObjectKind::Enum: return tr("Enum types");
    case ObjectKind::Domain: return tr("Domains");
    case ObjectKind::CompositeType: return tr("Composite types");
    default: return diff::SchemaChange::kindName(kind);
    }
}

int DiffResult::count(DiffObject::State state) const
{
    return int(std::count_if(objects.cbegin(), objects.cend(),
                             [state](const DiffObject &o) { return o.state == state; }));
}

DiffResult DiffResult::build(catalog::SchemaModel source, catalog::SchemaModel target,
                             const diff::DiffOptions &options)
{
    DiffResult r;
    r.source = std::move(source);
    r.target = std::move(target);
    r.options = options;
    r.changes = diff::SchemaDiff::compare(r.source, r.target, options);

    diff::PlanOptions up;
    if (r.source.serverVersionNumber > 0) up.serverVersion = r.source.serverVersionNumber;
    r.plan = diff::Planner::plan(r.changes, r.source, r.target, up);
    if (r.plan.verify.isEmpty() && !r.changes.isEmpty())
        r.plan.verify = diff::Planner::verification(r.changes);
    // The down plan undoes the up plan on the same database.
    r.down = diff::Planner::downPlan(r.source, r.target, options, up);

    Collector collector(options);
    collector.addModel(r.source, true);
    collector.addModel(r.target, false);
    for (int i = 0; i < r.changes.size(); ++i) {
        const int at = collector.objectFor(r.changes.at(i));
        DiffObject &object = collector.objects()[at];
        object.changes.append(i);
        if (collector.inBoth(at)) object.state = DiffObject::State::Different;
    }
    for (int i = 0; i < r.plan.statements.size(); ++i) {
        const int change = r.plan.statements.at(i).change;
        if (change < 0 || change >= r.plan.changes.size()) continue;
        const int at = collector.objectFor(r.plan.changes.at(change));
        collector.objects()[at].statements.append(i);
    }
    r.objects = std::move(collector.objects());
    std::stable_sort(r.objects.begin(), r.objects.end(), [](const DiffObject &a, const DiffObject &b) {
        if (a.kind != b.kind) return int(a.kind) < int(b.kind);
        return a.display() < b.display();
    });
    return r;
}

QString DiffResult::ddl(const DiffObject &object, bool sourceSide) const
{
    const auto one = single(sourceSide ? source : target, object);
    if (!one) return {};
    diff::PlanOptions plain;
    plain.serverVersion = one->serverVersionNumber > 0 ? one->serverVersionNumber : 150000;
    plain.lockTimeoutMs = 0;
    plain.statementTimeoutMs = 0;
    const diff::Plan create = diff::Planner::plan(catalog::SchemaModel{}, *one, options, plain);
    QStringList parts;
    for (const diff::PlanStatement &statement : create.statements) parts.append(statement.sql + u';');
    return parts.join(u'\n');
}

QString DiffResult::planText(const DiffObject &object) const
{
    QString text;
    int lastChange = -2;
    for (const int i : object.statements) {
        const diff::PlanStatement &s = plan.statements.at(i);
        if (!text.isEmpty()) text += u'\n';
        if (s.change != lastChange && s.change >= 0 && s.change < plan.changes.size())
            text += QLatin1String("-- ") + plan.changes.at(s.change).summary() + u'\n';
        lastChange = s.change;
        if (s.lock && !s.hasHazard(diff::Hazard::Kind::Lock)) {
            for (const LockImpact::RelationLock &lock : s.lock->locks)
                if (lock.mode != LockMode::None)
                    text += QLatin1String("-- ") +
                            DiffObject::tr("lock: %1 on %2").arg(lockModeName(lock.mode), lock.relation) +
                            u'\n';
        }
        for (const diff::Hazard &hazard : s.hazards)
            text += QLatin1String("-- ") + DiffObject::tr("hazard (%1): %2")
                                               .arg(diff::Hazard::kindName(hazard.kind), hazard.text) +
                    u'\n';
        if (s.outsideTransaction)
            text += QLatin1String("-- ") + DiffObject::tr("outside a transaction (run it on its own)") + u'\n';
        text += s.script();
    }
    return text;
}

} // namespace slipway
