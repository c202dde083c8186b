#include "steptext.h"

#include "sql/lockmode.h"

#include <QLocale>
#include <QRegularExpression>

namespace slipway {

using namespace plan;

QString StepText::summary(const PlanStep &step, int maxChars)
{
    QString text = step.title;
    if (text.isEmpty()) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        text = QString(step.sql).replace(space, QStringLiteral(" ")).trimmed();
    }
    if (text.size() > maxChars)
        text = text.left(maxChars - 1).trimmed() + QChar(0x2026);
    return text;
}

QString StepText::lock(const PlanStep &step)
{
    if (step.lockMode == LockMode::None)
        return tr("no lock");
    QStringList relations;
    for (const PlanLock &l : step.locks) {
        if (l.mode == step.lockMode && !relations.contains(l.relation))
            relations << l.relation;
    }
    if (relations.isEmpty())
        return lockModeName(step.lockMode);
    return tr("%1 on %2").arg(lockModeName(step.lockMode), relations.join(QStringLiteral(", ")));
}

QString StepText::blocks(const PlanStep &step)
{
    if (step.blocksReads)
        return tr("blocks reads and writes");
    if (step.blocksWrites)
        return tr("blocks writes, reads go on");
    return tr("blocks neither reads nor writes");
}

QString StepText::effect(LockImpact::Effect effect)
{
    switch (effect) {
    case LockImpact::Effect::None:
        return tr("no table work");
    case LockImpact::Effect::MetadataOnly:
        return tr("metadata only (catalog change, instant)");
    case LockImpact::Effect::Scan:
        return tr("scans the whole table");
    case LockImpact::Effect::IndexBuild:
        return tr("builds an index (reads the whole table)");
    case LockImpact::Effect::Rewrite:
        return tr("rewrites the whole table and its indexes");
    case LockImpact::Effect::RowChanges:
        return tr("changes rows");
    case LockImpact::Effect::Reads:
        return tr("reads rows");
    }
    return {};
}

QString StepText::effectShort(LockImpact::Effect effect)
{
    switch (effect) {
    case LockImpact::Effect::None:
        return tr("none");
    case LockImpact::Effect::MetadataOnly:
        return tr("metadata");
    case LockImpact::Effect::Scan:
        return tr("scan");
    case LockImpact::Effect::IndexBuild:
        return tr("index build");
    case LockImpact::Effect::Rewrite:
        return tr("rewrite");
    case LockImpact::Effect::RowChanges:
        return tr("row changes");
    case LockImpact::Effect::Reads:
        return tr("reads");
    }
    return {};
}

QString StepText::size(const PlanTable &table)
{
    if (!table.known())
        return tr("%1 (size unknown)").arg(table.name);
    const QLocale locale;
    return tr("%1 (~%2 rows, %3)")
        .arg(table.name, locale.toString(qMax<qint64>(table.rows, 0)),
             locale.formattedDataSize(qMax<qint64>(table.bytes, 0)));
}

QString StepText::tables(const PlanStep &step)
{
    QStringList parts;
    for (const PlanTable &t : step.tables)
        parts << size(t);
    return parts.join(QStringLiteral(", "));
}

QString StepText::duration(const PlanStep &step)
{
    const QString total = MigrationPlan::durationText(step.estimatedSeconds);
    if (step.blockingSeconds > 0 && step.blockingSeconds + 1e-9 < step.estimatedSeconds)
        return tr("%1 (blocks for %2)").arg(total, MigrationPlan::durationText(step.blockingSeconds));
    return total;
}

QString StepText::phase(StepPhase phase)
{
    switch (phase) {
    case StepPhase::None:
        return {};
    case StepPhase::Expand:
        return tr("Expand");
    case StepPhase::Migrate:
        return tr("Migrate");
    case StepPhase::Switch:
        return tr("Switch");
    case StepPhase::Contract:
        return tr("Contract");
    }
    return {};
}

QString StepText::lockTime(const PlanSummary &summary)
{
    const QString known = MigrationPlan::durationText(summary.lockSeconds);
    return summary.lockTimeUnknown ? tr("%1 + unknown (table sizes not known)").arg(known) : known;
}

const PlanStep *StepText::riskiest(const MigrationPlan &plan)
{
    const PlanStep *top = nullptr;
    for (const PlanStep &step : plan.steps)
        if (!top || step.risk > top->risk)
            top = &step;
    return top && top->risk > RiskClass::Low ? top : nullptr;
}

} // namespace slipway
