#include "planjson.h"

#include "objectddl.h"

#include <QJsonArray>

namespace slipway::diff {

QString PlanJson::kindKey(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return QStringLiteral("schema");
    case ObjectKind::Extension: return QStringLiteral("extension");
    case ObjectKind::Table: return QStringLiteral("table");
    case ObjectKind::Column: return QStringLiteral("column");
    case ObjectKind::Constraint: return QStringLiteral("constraint");
    case ObjectKind::Index: return QStringLiteral("index");
    case ObjectKind::Trigger: return QStringLiteral("trigger");
    case ObjectKind::Policy: return QStringLiteral("policy");
    case ObjectKind::Sequence: return QStringLiteral("sequence");
    case ObjectKind::View: return QStringLiteral("view");
    case ObjectKind::MaterializedView: return QStringLiteral("materialized view");
    case ObjectKind::Function: return QStringLiteral("function");
    case ObjectKind::Enum: return QStringLiteral("enum");
    case ObjectKind::Domain: return QStringLiteral("domain");
    case ObjectKind::CompositeType: return QStringLiteral("composite type");
    case ObjectKind::Comment: return QStringLiteral("comment");
    case ObjectKind::Grant: return QStringLiteral("grant");
    case ObjectKind::Owner: return QStringLiteral("owner");
    case ObjectKind::Aggregate: return QStringLiteral("aggregate");
    }
    return QString();
}

QJsonObject PlanJson::changeToJson(const SchemaChange &change)
{
    static const char *const actions[] = {"create", "drop", "alter"};
    QJsonObject object{{QStringLiteral("schema"), change.object.schema},
                       {QStringLiteral("name"), change.object.name},
                       {QStringLiteral("display"), change.object.display()}};
    if (!change.object.table.isEmpty()) object.insert(QStringLiteral("table"), change.object.table);
    if (!change.object.arguments.isEmpty())
        object.insert(QStringLiteral("arguments"), change.object.arguments);
    if (change.kind == ObjectKind::Comment || change.kind == ObjectKind::Grant ||
        change.kind == ObjectKind::Owner)
        object.insert(QStringLiteral("on"), kindKey(change.object.onKind));
    QJsonArray differences;
    for (const Difference &difference : change.differences)
        differences.append(QJsonObject{{QStringLiteral("property"), difference.property},
                                       {QStringLiteral("from"), difference.from},
                                       {QStringLiteral("to"), difference.to}});
    QJsonObject json{{QStringLiteral("kind"), kindKey(change.kind)},
                     {QStringLiteral("action"), QLatin1String(actions[int(change.action)])},
                     {QStringLiteral("object"), object},
                     {QStringLiteral("summary"), change.summary()},
                     {QStringLiteral("recreate"), change.recreate}};
    if (!differences.isEmpty()) json.insert(QStringLiteral("differences"), differences);
    const QString from = ObjectDdl::of(change.from, change.object);
    const QString to = ObjectDdl::of(change.to, change.object);
    if (!from.isEmpty()) json.insert(QStringLiteral("from"), from);
    if (!to.isEmpty()) json.insert(QStringLiteral("to"), to);
    return json;
}

QJsonObject PlanJson::toJson(const Plan &plan)
{
    QJsonArray changes;
    for (const SchemaChange &change : plan.changes)
        changes.append(changeToJson(change));
    QJsonArray statements;
    for (const PlanStatement &statement : plan.statements) {
        QJsonArray hazards;
        for (const Hazard &hazard : statement.hazards)
            hazards.append(QJsonObject{{QStringLiteral("kind"), Hazard::kindName(hazard.kind)},
                                       {QStringLiteral("text"), hazard.text}});
        QJsonObject json{{QStringLiteral("sql"), statement.sql},
                         {QStringLiteral("outside_transaction"), statement.outsideTransaction},
                         {QStringLiteral("settings"), QJsonArray::fromStringList(statement.settings)},
                         {QStringLiteral("change"), statement.change},
                         {QStringLiteral("hazards"), hazards}};
        if (statement.transaction >= 0)
            json.insert(QStringLiteral("transaction"), statement.transaction);
        if (statement.lock) {
            QJsonArray relations;
            for (const LockImpact::RelationLock &lock : statement.lock->locks)
                relations.append(QJsonObject{{QStringLiteral("relation"), lock.relation},
                                             {QStringLiteral("mode"), lockModeName(lock.mode)}});
            json.insert(QStringLiteral("lock"),
                        QJsonObject{{QStringLiteral("mode"), lockModeName(statement.lock->strongest())},
                                    {QStringLiteral("effect"), LockImpact::effectName(statement.lock->effect)},
                                    {QStringLiteral("relations"), relations}});
        }
        statements.append(json);
    }
    QJsonArray verify;
    for (const VerifyQuery &query : plan.verify)
        verify.append(QJsonObject{{QStringLiteral("description"), query.description},
                                  {QStringLiteral("sql"), query.sql},
                                  {QStringLiteral("change"), query.change}});
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("statements"), statements},
                       {QStringLiteral("verify"), verify}};
}

namespace {

QJsonArray changesToJson(const QList<SchemaChange> &changes)
{
    QJsonArray array;
    for (const SchemaChange &change : changes) array.append(PlanJson::changeToJson(change));
    return array;
}

} // namespace

QJsonObject PlanJson::rehearsalToJson(const RehearsalReport &report)
{
    QJsonObject root{
        {QStringLiteral("status"), RehearsalReport::statusName(report.status)},
        {QStringLiteral("scratch_database"), report.scratchDatabase},
        {QStringLiteral("scratch_dropped"), report.scratchDropped},
        {QStringLiteral("up_statements_run"), report.upStatementsRun},
        {QStringLiteral("down_statements_run"), report.downStatementsRun},
        {QStringLiteral("down_rehearsed"), report.downRehearsed},
        {QStringLiteral("missing_roles"), QJsonArray::fromStringList(report.missingRoles)},
        {QStringLiteral("skipped_statements"), report.skippedStatements},
        {QStringLiteral("baseline_differences"), changesToJson(report.baselineDifferences)},
        {QStringLiteral("up_residual"), changesToJson(report.upResidual)},
        {QStringLiteral("down_residual"), changesToJson(report.downResidual)},
    };
    if (report.failure) {
        const RehearsalFailure &f = *report.failure;
        const auto [line, column] = f.error.lineColumn();
        root.insert(QStringLiteral("failure"),
                    QJsonObject{{QStringLiteral("phase"), RehearsalFailure::phaseName(f.phase)},
                                {QStringLiteral("statement"), f.statement},
                                {QStringLiteral("sql"), f.sql},
                                {QStringLiteral("sqlstate"), f.error.sqlState},
                                {QStringLiteral("message"), f.error.message},
                                {QStringLiteral("detail"), f.error.detail},
                                {QStringLiteral("hint"), f.error.hint},
                                {QStringLiteral("position"), f.error.position},
                                {QStringLiteral("line"), line},
                                {QStringLiteral("column"), column}});
    }
    if (report.error.isError()) root.insert(QStringLiteral("error"), report.error.toText());
    return root;
}

} // namespace slipway::diff
