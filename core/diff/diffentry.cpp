#include "diffentry.h"

#include "differ_p.h"

#include <QSet>

#include <functional>

namespace slipway::diff {

using namespace catalog;

namespace {

QString entryKey(ObjectKind kind, const QString &schema, const QString &name,
                 const QString &arguments = QString())
{
    if (kind == ObjectKind::MaterializedView) kind = ObjectKind::View;
    return QString::number(int(kind)) + u'/' + schema + u'/' + name + u'(' + arguments + u')';
}

bool isPart(ObjectKind kind)
{
    return kind == ObjectKind::Column || kind == ObjectKind::Constraint ||
           kind == ObjectKind::Index || kind == ObjectKind::Trigger || kind == ObjectKind::Policy;
}

class Collector {
public:
    Collector(const SchemaModel &from, const SchemaModel &to, const QList<SchemaChange> &changes,
              const DiffOptions &options)
        : m_options(options)
    {
        for (const SchemaModel *model : {&from, &to}) {
            for (const View &view : model->views)
                m_views.insert(view.qualifiedName());
            for (const CompositeType &type : model->compositeTypes)
                m_composites.insert(type.qualifiedName());
        }
        for (int i = 0; i < changes.size(); ++i)
            m_byKey[keyOf(changes.at(i))] << i;
    }

    template<typename T>
    void add(const QList<T> &from, const QList<T> &to,
             const std::function<ChangeObject(const T &)> &object,
             const std::function<QString(const T &)> &schemaOf)
    {
        auto entry = [&](const T *a, const T *b) {
            const T &any = b ? *b : *a;
            if (!m_options.schemaIncluded(schemaOf(any))) return;
            DiffEntry e;
            e.object = object(any);
            if (a) e.from = *a;
            if (b) e.to = *b;
            e.changes = m_byKey.value(entryKey(e.object.kind, e.object.schema, e.object.name,
                                               e.object.arguments));
            e.status = !a                   ? DiffEntry::Status::OnlyInTarget
                       : !b                 ? DiffEntry::Status::OnlyInSource
                       : e.changes.isEmpty() ? DiffEntry::Status::Identical
                                             : DiffEntry::Status::Different;
            m_entries << e;
        };
        Differ::match(
            from, to, [&](const T &item) { return object(item).key(); },
            [&](const T &a) { entry(&a, nullptr); }, [&](const T &b) { entry(nullptr, &b); },
            [&](const T &a, const T &b) { entry(&a, &b); });
    }

    QList<DiffEntry> m_entries;

private:
    QString keyOf(const SchemaChange &change) const
    {
        const ChangeObject &o = change.object;
        const ObjectKind kind = (change.kind == ObjectKind::Comment || change.kind == ObjectKind::Grant ||
                                 change.kind == ObjectKind::Owner)
                                    ? o.onKind
                                    : change.kind;
        if (isPart(kind)) {
            const QualifiedName owner{o.schema, o.table};
            const ObjectKind ownerKind = m_views.contains(owner)        ? ObjectKind::View
                                         : m_composites.contains(owner) ? ObjectKind::CompositeType
                                                                        : ObjectKind::Table;
            return entryKey(ownerKind, o.schema, o.table);
        }
        return entryKey(kind, o.schema, o.name, o.arguments);
    }

    const DiffOptions &m_options;
    QSet<QualifiedName> m_views;
    QSet<QualifiedName> m_composites;
    QHash<QString, QList<int>> m_byKey;
};

template<typename T>
ChangeObject qualifiedObject(ObjectKind kind, const T &item)
{
    return objectOf(kind, item.schema, item.name);
}

} // namespace

QString DiffEntries::statusName(DiffEntry::Status status)
{
    switch (status) {
    case DiffEntry::Status::Identical: return tr("identical");
    case DiffEntry::Status::Different: return tr("different");
    case DiffEntry::Status::OnlyInSource: return tr("only in source");
    case DiffEntry::Status::OnlyInTarget: return tr("only in target");
    }
    return QString();
}

QList<DiffEntry> DiffEntries::build(const SchemaModel &from, const SchemaModel &to,
                                    const QList<SchemaChange> &changes, const DiffOptions &options)
{
    Collector c(from, to, changes, options);
    c.add<Schema>(from.schemas, to.schemas,
                  [](const Schema &s) { return objectOf(ObjectKind::Schema, QString(), s.name); },
                  [](const Schema &s) { return s.name; });
    c.add<Extension>(from.extensions, to.extensions,
                     [](const Extension &e) { return objectOf(ObjectKind::Extension, QString(), e.name); },
                     [](const Extension &e) { return e.schema; });
    c.add<EnumType>(from.enums, to.enums,
                    [](const EnumType &e) { return qualifiedObject(ObjectKind::Enum, e); },
                    [](const EnumType &e) { return e.schema; });
    c.add<Domain>(from.domains, to.domains,
                  [](const Domain &d) { return qualifiedObject(ObjectKind::Domain, d); },
                  [](const Domain &d) { return d.schema; });
    c.add<CompositeType>(from.compositeTypes, to.compositeTypes,
                         [](const CompositeType &t) { return qualifiedObject(ObjectKind::CompositeType, t); },
                         [](const CompositeType &t) { return t.schema; });
    c.add<Sequence>(from.sequences, to.sequences,
                    [](const Sequence &s) { return qualifiedObject(ObjectKind::Sequence, s); },
                    [](const Sequence &s) { return s.schema; });
    c.add<Function>(from.functions, to.functions,
                    [](const Function &f) {
                        ChangeObject object = qualifiedObject(ObjectKind::Function, f);
                        object.arguments = f.identityArguments;
                        return object;
                    },
                    [](const Function &f) { return f.schema; });
    c.add<Aggregate>(from.aggregates, to.aggregates,
                     [](const Aggregate &a) {
                         ChangeObject object = qualifiedObject(ObjectKind::Aggregate, a);
                         object.arguments = a.identityArguments;
                         return object;
                     },
                     [](const Aggregate &a) { return a.schema; });
    c.add<Table>(from.tables, to.tables,
                 [](const Table &t) { return qualifiedObject(ObjectKind::Table, t); },
                 [](const Table &t) { return t.schema; });
    c.add<View>(from.views, to.views,
                [](const View &v) {
                    return qualifiedObject(v.materialized ? ObjectKind::MaterializedView
                                                          : ObjectKind::View,
                                           v);
                },
                [](const View &v) { return v.schema; });
    return c.m_entries;
}

} // namespace slipway::diff
