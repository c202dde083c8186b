// Aggregates (CREATE AGGREGATE): diff, DDL and plan.

#include "differ_p.h"
#include "planbuilder_p.h"
#include "sqlnames.h"

namespace slipway::diff {

using namespace catalog;

namespace {

QString kindText(Aggregate::Kind kind)
{
    switch (kind) {
    case Aggregate::Kind::Normal: return QStringLiteral("normal");
    case Aggregate::Kind::OrderedSet: return QStringLiteral("ordered-set");
    case Aggregate::Kind::Hypothetical: return QStringLiteral("hypothetical-set");
    }
    return QString();
}

QString condition(bool has, const QString &value)
{
    return has ? SqlNames::literal(value) : QString();
}

// Each option as CREATE AGGREGATE writes it ("SFUNC = pg_catalog.int4pl"),
// in the order of the synopsis; empty entries for options not set.
QList<std::pair<const char *, QString>> options(const Aggregate &a)
{
    const bool normal = a.kind == Aggregate::Kind::Normal;
    return {
        {"SFUNC", a.stateFunction},
        {"STYPE", a.stateType},
        {"SSPACE", a.stateSpace > 0 ? QString::number(a.stateSpace) : QString()},
        {"FINALFUNC", a.finalFunction},
        {"FINALFUNC_EXTRA", a.finalExtra ? QStringLiteral("true") : QString()},
        {"FINALFUNC_MODIFY", a.finalFunction.isEmpty() ? QString() : a.finalModify},
        {"COMBINEFUNC", normal ? a.combineFunction : QString()},
        {"SERIALFUNC", normal ? a.serialFunction : QString()},
        {"DESERIALFUNC", normal ? a.deserialFunction : QString()},
        {"INITCOND", condition(a.hasInitialCondition, a.initialCondition)},
        {"MSFUNC", a.movingStateFunction},
        {"MINVFUNC", a.movingInverseFunction},
        {"MSTYPE", a.movingStateType},
        {"MFINALFUNC", a.movingFinalFunction},
        {"MINITCOND", condition(a.hasMovingInitialCondition, a.movingInitialCondition)},
        {"SORTOP", a.sortOperator.isEmpty() ? QString()
                                            : QLatin1String("OPERATOR(") + a.sortOperator + u')'},
        {"PARALLEL", a.parallel},
        {"HYPOTHETICAL", a.kind == Aggregate::Kind::Hypothetical ? QStringLiteral("true") : QString()},
    };
}

// CREATE OR REPLACE cannot change the arguments, the result or the kind.
bool replaceable(const Aggregate &a, const Aggregate &b)
{
    return a.arguments == b.arguments && a.result == b.result && a.kind == b.kind;
}

} // namespace

QString ddl::createAggregate(const Aggregate &a, bool orReplace)
{
    QStringList parts;
    for (const auto &[key, value] : options(a)) {
        if (value.isEmpty()) continue;
        const QString name = QLatin1String(key);
        if (name == QLatin1String("FINALFUNC_EXTRA") || name == QLatin1String("HYPOTHETICAL"))
            parts << name;
        else
            parts << name + QLatin1String(" = ") + value;
    }
    return QStringLiteral("CREATE %1AGGREGATE %2(%3) (\n    %4\n)")
        .arg(orReplace ? QStringLiteral("OR REPLACE ") : QString(),
             SqlNames::qualified(a.schema, a.name),
             a.arguments.isEmpty() ? QStringLiteral("*") : a.arguments,
             parts.join(QLatin1String(",\n    ")));
}

void Differ::aggregates(const QList<Aggregate> &from, const QList<Aggregate> &to)
{
    auto included = [this](const Aggregate &a) { return m_options.schemaIncluded(a.schema); };
    auto objectFor = [](const Aggregate &a) {
        ChangeObject object = objectOf(ObjectKind::Aggregate, a.schema, a.name);
        object.arguments = a.identityArguments;
        return object;
    };
    match(
        from, to, [](const Aggregate &a) { return a.signature(); },
        [&](const Aggregate &a) {
            if (!included(a)) return;
            SchemaChange change = make(ObjectKind::Aggregate, ChangeAction::Drop, objectFor(a));
            change.from = a;
            add(change);
        },
        [&](const Aggregate &a) {
            if (!included(a)) return;
            const ChangeObject object = objectFor(a);
            SchemaChange change = make(ObjectKind::Aggregate, ChangeAction::Create, object);
            change.to = a;
            add(change);
            owner(object, QString(), a.owner);
            comment(object, QString(), a.comment);
            grants(object, defaultGrants(ObjectKind::Aggregate, a.owner, a.grants), a.grants);
        },
        [&](const Aggregate &a, const Aggregate &b) {
            if (!included(b)) return;
            const ChangeObject object = objectFor(b);
            SchemaChange change = make(ObjectKind::Aggregate, ChangeAction::Alter, object);
            auto differ = [&](const QString &property, const QString &x, const QString &y) {
                if (x != y) change.differences << Difference{property, x, y};
            };
            differ(QStringLiteral("result"), a.result, b.result);
            differ(QStringLiteral("kind"), kindText(a.kind), kindText(b.kind));
            // Details only when both sides have them (old snapshots do not).
            if (a.detailsKnown() && b.detailsKnown()) {
                const auto x = options(a);
                const auto y = options(b);
                for (qsizetype i = 0; i < x.size(); ++i)
                    differ(QString::fromLatin1(x.at(i).first).toLower(), x.at(i).second, y.at(i).second);
            }
            if (!change.differences.isEmpty()) {
                change.from = a;
                change.to = b;
                change.recreate = !replaceable(a, b);
                add(change);
            }
            if (change.recreate) {
                // Created again: its owner, comment and grants come back as for a new one.
                owner(object, QString(), b.owner);
                comment(object, QString(), b.comment);
                grants(object, defaultGrants(ObjectKind::Aggregate, b.owner, b.grants), b.grants);
                return;
            }
            owner(object, a.owner, b.owner);
            comment(object, a.comment, b.comment);
            grants(object, a.grants, b.grants);
        });
}

void PlanBuilder::aggregate(const SchemaChange &change)
{
    const ChangeObject &o = change.object;
    const QString signature = SqlNames::qualified(o.schema, o.name) + u'(' +
                              (o.arguments.isEmpty() ? QStringLiteral("*") : o.arguments) + u')';
    if (change.action == ChangeAction::Drop) {
        // Before the functions it uses (rank -1 in the same phase).
        put(Phase::DropFunctionLate, QLatin1String("DROP AGGREGATE ") + signature, -1);
        hazard(Hazard::Kind::UntrackableDependency,
               tr("queries and function bodies that call the aggregate are not tracked; views "
                  "that use it make the DROP fail"));
        return;
    }
    const Aggregate &b = std::get<Aggregate>(change.to);
    if (!b.detailsKnown()) {
        put(Phase::CreateFunction, QStringLiteral("SELECT 1 /* %1 */")
                                       .arg(tr("aggregate %1: its definition is not in the snapshot; "
                                               "write its CREATE AGGREGATE by hand").arg(o.display())), 1);
        hazard(Hazard::Kind::UntrackableDependency,
               tr("the snapshot was written before aggregates were read in full"));
        return;
    }
    if (change.action == ChangeAction::Create) {
        put(Phase::CreateFunction, ddl::createAggregate(b), 1);
        return;
    }
    const bool orReplace = !change.recreate && m_options.serverVersion >= 120000;
    if (!orReplace) {
        put(Phase::DropFunction, QLatin1String("DROP AGGREGATE ") + signature, -1);
        hazard(Hazard::Kind::UntrackableDependency,
               change.recreate
                   ? tr("its arguments, result or kind change: dropped and created again; views "
                        "that use it make the DROP fail, and it is missing in between")
                   : tr("CREATE OR REPLACE AGGREGATE needs PostgreSQL 12: dropped and created "
                        "again; views that use it make the DROP fail, and it is missing in between"));
    }
    put(Phase::CreateFunction, ddl::createAggregate(b, orReplace), 1);
    if (!orReplace && !change.recreate) {
        // Dropped only for want of OR REPLACE: its comment and owner come back here.
        if (!b.comment.isEmpty())
            put(Phase::Comment, QLatin1String("COMMENT ON AGGREGATE ") + signature +
                                    QLatin1String(" IS ") + SqlNames::literal(b.comment));
        if (!b.owner.isEmpty())
            put(Phase::Owner, QLatin1String("ALTER AGGREGATE ") + signature +
                                  QLatin1String(" OWNER TO ") + ddl::role(b.owner));
        hazard(Hazard::Kind::Authorization,
               tr("privileges granted on the aggregate beyond the defaults must be granted again"));
    }
    if (orReplace)
        hazard(Hazard::Kind::UntrackableDependency,
               tr("replaced in place: queries running it keep the old definition until they end"));
}

} // namespace slipway::diff
