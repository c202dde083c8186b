#include "runbookexport.h"

namespace slipway::plan {

namespace {

// Step SQL comes without its ';' (terminate); derived SQL is complete already.
QString fence(const QString &sql, bool terminate = false)
{
    QString body = sql.trimmed();
    if (terminate && !body.endsWith(QLatin1Char(';')))
        body += QLatin1Char(';');
    return QStringLiteral("```sql\n%1\n```\n").arg(body);
}

QString tableSize(const PlanTable &t)
{
    if (!t.known())
        return RunbookExport::tr("%1 (size unknown)").arg(t.name);
    return RunbookExport::tr("%1 (~%2 rows, %3 MB)").arg(t.name).arg(t.rows).arg(t.bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

QString summaryLines(const MigrationPlan &plan)
{
    const PlanSummary &s = plan.summary;
    QString lock = MigrationPlan::durationText(s.lockSeconds);
    if (s.lockTimeUnknown)
        lock = RunbookExport::tr("%1 + unknown (table sizes not known)").arg(lock);
    QString out;
    out += RunbookExport::tr("- **Risk:** %1\n").arg(MigrationPlan::riskLabel(s.risk));
    out += RunbookExport::tr("- **Required approvals:** %1\n").arg(s.approvals.join(QStringLiteral(", ")));
    out += RunbookExport::tr("- **Expected lock time:** %1\n").arg(lock);
    out += RunbookExport::tr("- **Downtime:** %1\n")
               .arg(s.downtime ? RunbookExport::tr("yes (reads or writes blocked longer than %1 s)")
                                     .arg(s.downtimeThresholdSeconds)
                               : RunbookExport::tr("no"));
    out += RunbookExport::tr("- **Estimated total duration:** %1\n").arg(MigrationPlan::durationText(s.totalSeconds));
    out += RunbookExport::tr("- **Server version:** %1; table sizes %2\n")
               .arg(plan.serverVersion)
               .arg(plan.sizesFromLiveDatabase ? RunbookExport::tr("from the live database")
                                               : RunbookExport::tr("not known (offline plan)"));
    return out;
}

QString stepMarkdown(const PlanStep &step, const RunReport *report)
{
    QString out = QStringLiteral("### %1\n\n").arg(RunbookExport::stepHeading(step));
    if (!step.deployNote.isEmpty())
        out += RunbookExport::tr("> **Application deploy:** %1\n\n").arg(step.deployNote);
    out += fence(step.sql, true) + QLatin1Char('\n');
    if (step.phase != StepPhase::None)
        out += RunbookExport::tr("- **Phase:** %1\n").arg(RunbookExport::phaseLabel(step.phase));
    if (step.backfill)
        out += RunbookExport::tr("- **Backfill:** %1\n").arg(RunbookExport::backfillText(*step.backfill));
    out += RunbookExport::tr("- **Lock:** %1\n").arg(RunbookExport::lockText(step));
    out += RunbookExport::tr("- **Work:** %1%2\n")
               .arg(effectKey(step.effect), step.effectReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(step.effectReason));
    QStringList tables;
    for (const PlanTable &t : step.tables)
        tables << tableSize(t);
    if (!tables.isEmpty())
        out += RunbookExport::tr("- **Tables:** %1\n").arg(tables.join(QStringLiteral(", ")));
    out += RunbookExport::tr("- **Estimated duration:** %1 (%2)\n")
               .arg(MigrationPlan::durationText(step.estimatedSeconds), step.estimateBasis);
    out += RunbookExport::tr("- **Risk:** %1 (%2)\n").arg(MigrationPlan::riskLabel(step.risk), step.riskReason);
    out += RunbookExport::tr("- **Pattern:** %1%2\n")
               .arg(MigrationPlan::patternLabel(step.pattern),
                    step.patternNote.isEmpty() ? QString() : QStringLiteral(": %1").arg(step.patternNote));
    if (step.outsideTransaction)
        out += RunbookExport::tr("- **Runs outside a transaction:** %1\n").arg(step.transactionNote);
    out += RunbookExport::tr("- **What users will notice:** %1\n").arg(step.userImpact);
    for (const PlanFinding &f : step.findings)
        out += RunbookExport::tr("- **Lint (%1, %2):** %3\n").arg(f.rule, f.severity, f.message);
    if (report) {
        const QString actual = RunbookExport::actualText(*report, step.index);
        if (!actual.isEmpty())
            out += RunbookExport::tr("- **Actual:** %1\n").arg(actual);
    }
    return out + QLatin1Char('\n');
}

} // namespace

QString RunbookExport::backupCommand(const QString &table)
{
    QString file = table;
    file.remove(QLatin1Char('"'));
    return QStringLiteral("pg_dump --format=custom --table='%1' --file='%2.dump' \"$DATABASE_URL\"").arg(table, file);
}

QStringList RunbookExport::touchedTables(const MigrationPlan &plan)
{
    QStringList out;
    for (const PlanStep &step : plan.steps) {
        for (const PlanTable &t : step.tables) {
            if (!out.contains(t.name))
                out << t.name;
        }
    }
    return out;
}

QString RunbookExport::lockText(const PlanStep &step)
{
    if (step.lockMode == LockMode::None)
        return tr("none");
    QStringList relations;
    for (const PlanLock &l : step.locks) {
        if (l.mode == step.lockMode && !relations.contains(l.relation))
            relations << l.relation;
    }
    const QString blocks = step.blocksReads    ? tr("blocks reads and writes")
                           : step.blocksWrites ? tr("blocks writes")
                                               : tr("blocks neither reads nor writes");
    return tr("%1 on %2 for %3; %4")
        .arg(lockModeName(step.lockMode), relations.join(QStringLiteral(", ")),
             MigrationPlan::durationText(step.estimatedSeconds), blocks);
}

QString RunbookExport::stepHeading(const PlanStep &step)
{
    if (step.title.isEmpty())
        return tr("Step %1 (line %2)").arg(step.index + 1).arg(step.line);
    return tr("Step %1: %2").arg(step.index + 1).arg(step.title);
}

QString RunbookExport::phaseLabel(StepPhase phase)
{
    switch (phase) {
    case StepPhase::None: return QString();
    case StepPhase::Expand: return tr("Expand");
    case StepPhase::Migrate: return tr("Migrate (backfill)");
    case StepPhase::Switch: return tr("Switch");
    case StepPhase::Contract: return tr("Contract");
    }
    return QString();
}

QString RunbookExport::backfillText(const run::BackfillSpec &spec)
{
    const QString what = spec.usesTemplate() ? spec.statementTemplate : QStringLiteral("SET %1").arg(spec.set);
    const QString where = spec.predicate.isEmpty() ? tr("every row") : QStringLiteral("WHERE %1").arg(spec.predicate);
    return tr("batched by the backfill runner on %1: %2, %3, batches of ~%4 ms (throttled by lag and lock waits)")
        .arg(spec.table, what, where)
        .arg(spec.targetBatchMs);
}

QString RunbookExport::toMarkdown(const MigrationPlan &plan, const RunReport *report)
{
    QString out = tr("# Migration Runbook: %1\n\n").arg(plan.title);
    out += tr("## Summary\n\n") + summaryLines(plan) + QLatin1Char('\n');
    if (report)
        out += resultsMarkdown(*report);

    out += tr("## Pre-flight\n\n");
    out += tr("- [ ] Backup commands executed and verified\n");
    for (const QString &table : touchedTables(plan))
        out += QStringLiteral("  - `%1`\n").arg(backupCommand(table));
    out += tr("- [ ] Lock timeout set (`SET lock_timeout = '5s';`)\n");
    out += tr("- [ ] Off-peak deployment window confirmed\n");
    out += tr("- [ ] Application code deployed (if dual-write needed)\n");
    out += tr("- [ ] Approvals recorded: %1\n\n").arg(plan.summary.approvals.join(QStringLiteral(", ")));

    out += tr("## Execute\n\n");
    for (const PlanStep &step : plan.steps)
        out += stepMarkdown(step, report);

    out += tr("## Verification\n\n");
    for (const PlanStep &step : plan.steps) {
        if (!step.verificationSql.isEmpty())
            out += tr("Step %1:\n\n").arg(step.index + 1) + fence(step.verificationSql) + QLatin1Char('\n');
    }

    out += tr("## Rollback (if needed)\n\n");
    out += tr("Run in reverse order, then verify; restore from the backup where data was lost.\n\n");
    for (auto it = plan.steps.crbegin(); it != plan.steps.crend(); ++it) {
        out += tr("### Undo step %1\n\n").arg(it->index + 1);
        if (!it->rollbackSql.isEmpty())
            out += fence(it->rollbackSql) + QLatin1Char('\n');
        else
            out += tr("No rollback SQL can be derived.\n\n");
        if (!it->rollbackVerificationSql.isEmpty())
            out += tr("Verify after the undo:\n\n") + fence(it->rollbackVerificationSql) + QLatin1Char('\n');
        if (!it->rollbackLoss.isEmpty())
            out += tr("- **Loses:** %1\n\n").arg(it->rollbackLoss);
    }

    out += tr("## Post-migration\n\n");
    out += tr("- [ ] Verification queries return the expected results\n");
    out += tr("- [ ] Error rates and latency monitored for 15 minutes\n");
    out += tr("- [ ] Remove old column/compatibility code (after soak period)\n");
    out += tr("- [ ] Update documentation\n");
    out += tr("- [ ] Close migration ticket\n");
    return out;
}

} // namespace slipway::plan
