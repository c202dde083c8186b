// PlanBuilder::fromDiff: a MigrationPlan for a generated schema-diff plan.
#include "planbuilder.h"

#include "stepmerge_p.h"

#include "diff/plan.h"

namespace slipway::plan {

MigrationPlan PlanBuilder::fromDiff(const diff::Plan &diffPlan, PlanContext context)
{
    QString sql;
    for (const diff::PlanStatement &statement : diffPlan.statements)
        sql += statement.sql + QStringLiteral(";\n");
    context.source = PlanSource::Diff;
    if (context.sourceName.isEmpty())
        context.sourceName = tr("schema diff");
    context.serverVersion = diffPlan.options.serverVersion;
    MigrationPlan plan = build(sql, context);
    if (plan.steps.size() != diffPlan.statements.size())
        return plan; // a statement did not split as one; keep the SQL-only view

    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        PlanStep &step = plan.steps[i];
        const diff::PlanStatement &statement = diffPlan.statements.at(i);
        QStringList hazards;
        for (const diff::Hazard &hazard : statement.hazards) {
            hazards << QStringLiteral("%1: %2").arg(diff::Hazard::kindName(hazard.kind), hazard.text);
            if (hazard.kind == diff::Hazard::Kind::DataLoss || hazard.kind == diff::Hazard::Kind::PossibleRename) {
                step.destructive = true;
                step.risk = RiskClass::Critical;
                step.pattern = Pattern::ExpandContract;
                step.backupNeeded = true;
                for (const PlanTable &table : std::as_const(step.tables)) {
                    if (!step.backupTables.contains(table.name))
                        step.backupTables << table.name;
                }
            }
        }
        if (!hazards.isEmpty())
            step.riskReason += QStringLiteral("; ") + hazards.join(QStringLiteral("; "));
        step.outsideTransaction = step.outsideTransaction || statement.outsideTransaction;
        const bool lastOfChange = i + 1 == plan.steps.size() || diffPlan.statements.at(i + 1).change != statement.change;
        if (!lastOfChange || statement.change < 0)
            continue;
        for (const diff::VerifyQuery &verify : diffPlan.verify) {
            if (verify.change == statement.change) {
                if (!step.verificationSql.isEmpty())
                    step.verificationSql += QLatin1Char('\n');
                step.verificationSql += QStringLiteral("-- %1\n%2;").arg(verify.description, verify.sql);
            }
        }
    }
    // A transaction group of the diff plan (views dropped and re-created
    // around a change) runs as one step, so it runs in one transaction.
    QList<PlanStep> steps;
    for (qsizetype i = 0; i < plan.steps.size();) {
        const int group = diffPlan.statements.at(i).transaction;
        qsizetype end = i + 1;
        while (group >= 0 && end < plan.steps.size() && diffPlan.statements.at(end).transaction == group)
            ++end;
        steps << mergeSteps(plan.steps.mid(i, end - i));
        steps.last().index = int(steps.size() - 1);
        i = end;
    }
    plan.steps = steps;
    plan.summarize(context.downtimeThresholdSeconds);
    return plan;
}

} // namespace slipway::plan
