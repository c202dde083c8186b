// Which views depend on what, from their parse trees, and the view rebuilds a
// plan needs around column and view changes.

#include "planbuilder_p.h"
#include "schemadiff.h"

#include "sql/sqlscript.h"
#include "sqlnames.h"

#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace slipway::diff {

using namespace catalog;

namespace {

void collect(const QJsonValue &value, ViewReferences *refs)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collect(item, refs);
        return;
    }
    if (!value.isObject()) return;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("RangeVar")) {
            const QJsonObject range = it.value().toObject();
            refs->relations.insert({range.value(QLatin1String("schemaname")).toString(),
                                    range.value(QLatin1String("relname")).toString()});
        } else if (it.key() == QLatin1String("ColumnRef")) {
            for (const QJsonValue &field :
                 it.value().toObject().value(QLatin1String("fields")).toArray()) {
                const QJsonObject string = field.toObject().value(QLatin1String("String")).toObject();
                if (!string.isEmpty()) refs->columns.insert(string.value(QLatin1String("sval")).toString());
            }
        }
        collect(it.value(), refs);
    }
}

bool canReplace(const View &a, const View &b)
{
    if (a.materialized || b.materialized || a.options != b.options) return false;
    if (b.columns.size() < a.columns.size()) return false;
    for (qsizetype i = 0; i < a.columns.size(); ++i) {
        if (a.columns.at(i).name != b.columns.at(i).name ||
            a.columns.at(i).type != b.columns.at(i).type)
            return false;
    }
    return true;
}

} // namespace

ViewReferences viewReferences(const View &view)
{
    ViewReferences refs;
    const SqlStatement statement = SqlScript::parseStatement(ddl::viewBody(view.definition));
    collect(statement.tree, &refs);
    return refs;
}

QHash<QualifiedName, int> viewRanks(const QList<View> &views)
{
    QHash<QualifiedName, QSet<QualifiedName>> uses;
    for (const View &view : views)
        uses.insert(view.qualifiedName(), viewReferences(view).relations);
    QHash<QualifiedName, int> ranks;
    // Longest chain of views below each view (cycles cannot exist).
    std::function<int(const QualifiedName &, int)> rank = [&](const QualifiedName &name,
                                                                int depth) -> int {
        const auto known = ranks.constFind(name);
        if (known != ranks.constEnd()) return *known;
        int result = 0;
        if (depth < 100) {
            for (const QualifiedName &used : uses.value(name)) {
                if (uses.contains(used) && used != name) result = qMax(result, rank(used, depth + 1) + 1);
            }
        }
        ranks.insert(name, result);
        return result;
    };
    for (const View &view : views)
        rank(view.qualifiedName(), 0);
    return ranks;
}

bool viewNeedsRebuild(const SchemaChange &change)
{
    if (change.kind != ObjectKind::View || change.action != ChangeAction::Alter) return false;
    return !canReplace(std::get<View>(change.from), std::get<View>(change.to));
}

// Triggers that name a retyped column (UPDATE OF c, WHEN (NEW.c ...)) block
// ALTER COLUMN TYPE: dropped before and created again after.
QList<SchemaChange> dependentTriggerChanges(const QList<SchemaChange> &changes,
                                            const QHash<QualifiedName, QSet<QString>> &columns,
                                            const SchemaModel &from, const SchemaModel &to)
{
    QSet<QString> handled;
    for (const SchemaChange &change : changes) {
        if (change.kind == ObjectKind::Trigger)
            handled.insert(change.object.schema + u'/' + change.object.table + u'/' + change.object.name);
    }
    QList<SchemaChange> extra;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const Table *table = from.table(it.key().schema, it.key().name);
        if (!table) continue;
        for (const Trigger &trigger : table->triggers) {
            if (trigger.inherited ||
                handled.contains(table->schema + u'/' + table->name + u'/' + trigger.name))
                continue;
            bool uses = false;
            for (const QString &column : *it) {
                const QRegularExpression word(QStringLiteral("\\b%1\\b")
                                                  .arg(QRegularExpression::escape(SqlNames::ident(column))));
                uses = uses || trigger.definition.contains(word);
            }
            if (!uses) continue;
            SchemaChange drop;
            drop.kind = ObjectKind::Trigger;
            drop.action = ChangeAction::Drop;
            drop.object.kind = drop.object.onKind = ObjectKind::Trigger;
            drop.object.schema = table->schema;
            drop.object.table = table->name;
            drop.object.name = trigger.name;
            drop.from = trigger;
            drop.recreate = true;
            extra << drop;
            const Table *target = to.table(table->schema, table->name);
            const Trigger *after = target ? target->trigger(trigger.name) : nullptr;
            if (!after) continue;
            SchemaChange create = drop;
            create.action = ChangeAction::Create;
            create.from = std::monostate();
            create.to = *after;
            create.recreate = false;
            extra << create;
        }
    }
    return extra;
}

QList<SchemaChange> dependentViewChanges(const QList<SchemaChange> &changes,
                                         const SchemaModel &from, const SchemaModel &to)
{
    // Seeds: (table, column) pairs that change shape, tables and views rebuilt.
    QHash<QualifiedName, QSet<QString>> columns; // empty set: the whole relation
    QSet<QualifiedName> rebuilt;
    QSet<QualifiedName> handled; // views the changes already drop or create
    for (const SchemaChange &change : changes) {
        const QualifiedName owner{change.object.schema, change.object.table};
        const QualifiedName self{change.object.schema, change.object.name};
        if (change.kind == ObjectKind::Column) {
            const bool shape = change.action != ChangeAction::Alter ||
                               std::any_of(change.differences.cbegin(), change.differences.cend(),
                                           [](const Difference &d) {
                                               return d.property == QLatin1String("type") ||
                                                      d.property == QLatin1String("collation");
                                           });
            if (shape && change.action != ChangeAction::Create) columns[owner].insert(change.object.name);
        } else if (change.kind == ObjectKind::Table && change.action == ChangeAction::Drop) {
            rebuilt.insert(self);
        } else if (change.kind == ObjectKind::View || change.kind == ObjectKind::MaterializedView) {
            if (change.action != ChangeAction::Alter) handled.insert(self);
            if (change.action == ChangeAction::Drop || viewNeedsRebuild(change)) rebuilt.insert(self);
        }
    }
    // A rebuilt enum changes the type of every column that uses it.
    for (const SchemaChange &change : changes) {
        if (change.kind != ObjectKind::Enum || change.action != ChangeAction::Alter || !change.recreate)
            continue;
        const QString type = SqlNames::qualified(change.object.schema, change.object.name);
        for (const Table &table : from.tables) {
            for (const Column &column : table.columns) {
                if (column.type == type && !column.inherited) columns[table.qualifiedName()].insert(column.name);
            }
        }
    }
    if (columns.isEmpty() && rebuilt.isEmpty()) return {};

    QHash<QualifiedName, ViewReferences> refs;
    for (const View &view : from.views)
        refs.insert(view.qualifiedName(), viewReferences(view));
    QSet<QualifiedName> forced;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const View &view : from.views) {
            const QualifiedName name = view.qualifiedName();
            if (forced.contains(name)) continue;
            const ViewReferences &uses = refs[name];
            bool depends = false;
            for (const QualifiedName &relation : uses.relations) {
                if (rebuilt.contains(relation) || forced.contains(relation)) depends = true;
                const auto changed = columns.constFind(relation);
                if (changed != columns.constEnd() && changed->intersects(uses.columns)) depends = true;
            }
            if (rebuilt.contains(name) && !handled.contains(name)) depends = true; // non-replaceable alter
            if (depends) {
                forced.insert(name);
                rebuilt.insert(name);
                grew = true;
            }
        }
    }

    QList<SchemaChange> extra;
    for (const View &view : from.views) {
        const QualifiedName name = view.qualifiedName();
        if (!forced.contains(name) || handled.contains(name)) continue;
        const ObjectKind kind = view.materialized ? ObjectKind::MaterializedView : ObjectKind::View;
        SchemaChange drop;
        drop.kind = kind;
        drop.action = ChangeAction::Drop;
        drop.object.kind = drop.object.onKind = kind;
        drop.object.schema = view.schema;
        drop.object.name = view.name;
        drop.from = view;
        drop.recreate = true;
        extra << drop;
        if (const View *target = to.view(view.schema, view.name)) {
            SchemaModel empty, single;
            single.views << *target;
            extra << SchemaDiff::compare(empty, single);
        }
    }
    extra << dependentTriggerChanges(changes, columns, from, to);
    return extra;
}

} // namespace slipway::diff
