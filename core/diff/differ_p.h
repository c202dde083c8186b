#pragma once

// SchemaDiff's worker: one object per compare() call, appending changes.

#include "schemachange.h"

#include <QHash>

#include <algorithm>

namespace slipway::diff {

class Differ {
public:
    Differ(const DiffOptions &options, QList<SchemaChange> *out) : m_options(options), m_out(out) {}

    void schemas(const QList<catalog::Schema> &from, const QList<catalog::Schema> &to);
    void extensions(const QList<catalog::Extension> &from, const QList<catalog::Extension> &to);
    void tables(const QList<catalog::Table> &from, const QList<catalog::Table> &to);
    void sequences(const QList<catalog::Sequence> &from, const QList<catalog::Sequence> &to);
    void views(const QList<catalog::View> &from, const QList<catalog::View> &to);
    void functions(const QList<catalog::Function> &from, const QList<catalog::Function> &to);
    void aggregates(const QList<catalog::Aggregate> &from, const QList<catalog::Aggregate> &to); // aggregates.cpp
    void enums(const QList<catalog::EnumType> &from, const QList<catalog::EnumType> &to);
    void domains(const QList<catalog::Domain> &from, const QList<catalog::Domain> &to);
    void composites(const QList<catalog::CompositeType> &from,
                    const QList<catalog::CompositeType> &to);

    // Calls onlyFrom(a), onlyTo(b) and both(a, b) for items matched by key(),
    // in the order of `from` then the new ones in the order of `to`. Keys are unique.
    template<typename T, typename Key, typename OnlyFrom, typename OnlyTo, typename Both>
    static void match(const QList<T> &from, const QList<T> &to, Key key, OnlyFrom onlyFrom,
                      OnlyTo onlyTo, Both both)
    {
        // Models come in canonical order, so most items pair up position by
        // position; hashes only for what is left after the first mismatch.
        const qsizetype common = std::min(from.size(), to.size());
        qsizetype start = 0;
        while (start < common && key(from.at(start)) == key(to.at(start))) {
            both(from.at(start), to.at(start));
            ++start;
        }
        if (start == from.size() && start == to.size()) return;
        using K = decltype(key(from.value(0)));
        QHash<K, const T *> toByKey;
        toByKey.reserve(to.size() - start);
        for (qsizetype i = start; i < to.size(); ++i)
            toByKey.insert(key(to.at(i)), &to.at(i));
        QHash<K, bool> seen;
        seen.reserve(from.size() - start);
        for (qsizetype i = start; i < from.size(); ++i) {
            const T &item = from.at(i);
            const K k = key(item);
            seen.insert(k, true);
            const auto found = toByKey.constFind(k);
            if (found == toByKey.constEnd()) onlyFrom(item);
            else both(item, **found);
        }
        for (qsizetype i = start; i < to.size(); ++i) {
            if (!seen.contains(key(to.at(i)))) onlyTo(to.at(i));
        }
    }

private:
    void tableCreated(const catalog::Table &table);
    void tableChanged(const catalog::Table &from, const catalog::Table &to);
    void columns(const catalog::Table &from, const catalog::Table &to);
    void constraints(const catalog::Table &from, const catalog::Table &to);
    void indexes(const ChangeObject &owner, const QList<catalog::Index> &from,
                 const QList<catalog::Index> &to, bool ownerCreated);
    void triggers(const ChangeObject &owner, const QList<catalog::Trigger> &from,
                  const QList<catalog::Trigger> &to);
    void policies(const catalog::Table &from, const catalog::Table &to);
    void viewChanged(const catalog::View &from, const catalog::View &to);
    void viewCreated(const catalog::View &view);

    // Comment/Grant/Owner changes of one object; fromX empty (null) for a created object.
    void comment(const ChangeObject &object, const QString &from, const QString &to);
    void grants(const ChangeObject &object, const QList<catalog::Grant> &from,
                const QList<catalog::Grant> &to);
    void owner(const ChangeObject &object, const QString &from, const QString &to);
    void columnExtras(const ChangeObject &relation, const QList<catalog::Column> &from,
                      const QList<catalog::Column> &to, bool withGrants);

    void add(SchemaChange change) { m_out->append(std::move(change)); }
    static SchemaChange make(ObjectKind kind, ChangeAction action, const ChangeObject &object)
    {
        SchemaChange change;
        change.kind = kind;
        change.action = action;
        change.object = object;
        return change;
    }

    const DiffOptions &m_options;
    QList<SchemaChange> *m_out;
};

// Object identities.
ChangeObject objectOf(ObjectKind kind, const QString &schema, const QString &name);
ChangeObject partOf(ObjectKind kind, const ChangeObject &table, const QString &name);
// The grants a freshly created object has before any GRANT (owner's, PUBLIC's).
QList<catalog::Grant> defaultGrants(ObjectKind kind, const QString &owner,
                                    const QList<catalog::Grant> &target);
bool sameGrants(const QList<catalog::Grant> &a, const QList<catalog::Grant> &b);

} // namespace slipway::diff
