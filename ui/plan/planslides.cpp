#include "planslides.h"

#include "plan/runbookexport.h"
#include "riskstyle.h"
#include "steptext.h"

namespace slipway {

using namespace plan;

QString Slide::plainText() const
{
    QStringList lines{heading};
    if (!subheading.isEmpty())
        lines << subheading;
    if (hasRisk)
        lines << RiskStyle::text(risk);
    for (const Section &s : sections)
        lines << s.caption << s.text;
    return lines.join(u'\n');
}

QList<Slide> PlanSlides::build(const MigrationPlan &plan)
{
    QList<Slide> slides{titleSlide(plan)};
    for (const PlanStep &step : plan.steps)
        slides << stepSlide(plan, step);
    slides << closingSlide(plan);
    return slides;
}

Slide PlanSlides::titleSlide(const MigrationPlan &plan)
{
    const PlanSummary &s = plan.summary;
    Slide slide;
    slide.kind = Slide::Kind::Title;
    slide.heading = plan.title.isEmpty() ? tr("Migration plan") : plan.title;
    slide.subheading = plan.description.isEmpty()
                           ? (plan.steps.size() == 1 ? tr("One step, %1 of work").arg(MigrationPlan::durationText(s.totalSeconds))
                                                    : tr("%1 steps, %2 of work in all")
                                                          .arg(plan.steps.size())
                                                          .arg(MigrationPlan::durationText(s.totalSeconds)))
                           : plan.description;
    slide.hasRisk = true;
    slide.risk = s.risk;
    slide.sections << Slide::Section{tr("Downtime"),
                                     s.downtime ? tr("Yes: users will wait on some step for longer than %1 s, "
                                                     "or for a time we cannot estimate.")
                                                      .arg(s.downtimeThresholdSeconds)
                                                : tr("No: nothing blocks users for longer than %1 s.")
                                                      .arg(s.downtimeThresholdSeconds)};
    slide.sections << Slide::Section{tr("Tables locked for"), StepText::lockTime(s)};
    slide.sections << Slide::Section{tr("Approvals needed"), s.approvals.isEmpty()
                                                                 ? tr("The usual review")
                                                                 : s.approvals.join(QStringLiteral(", "))};
    slide.sections << Slide::Section{tr("Estimates based on"),
                                     plan.sizesFromLiveDatabase
                                         ? tr("The live database's table sizes.")
                                         : tr("No table sizes (planned offline): durations that depend on size are "
                                              "unknown.")};
    // The risk word alone does not say why: the step that sets it.
    if (const PlanStep *riskiest = StepText::riskiest(plan))
        slide.sections << Slide::Section{tr("Riskiest step"),
                                         tr("Step %1: %2").arg(riskiest->index + 1).arg(StepText::summary(*riskiest, 70))
                                             + (riskiest->riskReason.isEmpty() ? QString()
                                                                               : u'\n' + riskiest->riskReason)};
    return slide;
}

namespace {

QString rollbackText(const PlanStep &step)
{
    if (step.hasDown()) {
        const QString loss = step.rollbackLoss.isEmpty() ? PlanSlides::tr("nothing") : step.rollbackLoss;
        return PlanSlides::tr("A prepared rollback undoes it. It loses: %1").arg(loss);
    }
    const QString none = PlanSlides::tr("No automatic rollback.");
    QString text = none;
    if (step.rollbackLoss.startsWith(none.chopped(1))) // "No automatic rollback: restore ..." says it already
        text = step.rollbackLoss;
    else if (!step.rollbackLoss.isEmpty())
        text += u' ' + step.rollbackLoss;
    if (step.backupNeeded)
        text += u' '
            + PlanSlides::tr("We restore from the backup taken before it (%1).")
                  .arg(step.backupTables.join(QStringLiteral(", ")));
    return text;
}

// The step as written already is its pattern: a batched backfill, a phase of
// an expand/contract plan, a concurrent build, or a low-risk direct change.
// Otherwise the pattern is advice the plan has not followed yet.
bool followsPattern(const PlanStep &step)
{
    if (step.backfill || step.phase != StepPhase::None) return true;
    switch (step.pattern) {
    case Pattern::Direct: return step.risk == RiskClass::Low;
    case Pattern::Concurrent: return step.outsideTransaction;
    case Pattern::Batched:
    case Pattern::ExpandContract: return false;
    }
    return false;
}

// Why the step is safe; or, when it is not yet, the safer way and the risk.
Slide::Section safetySection(const PlanStep &step)
{
    const QString risk = step.riskReason.isEmpty() ? QString() : PlanSlides::tr("Risk: %1").arg(step.riskReason);
    const QString pattern = MigrationPlan::patternLabel(step.pattern)
        + (step.patternNote.isEmpty() ? QString() : QStringLiteral(": ") + step.patternNote);
    const auto lines = [](const QStringList &parts) {
        QStringList kept = parts;
        kept.removeAll(QString());
        return kept.join(u'\n');
    };
    if (followsPattern(step)) {
        const QString why = step.pattern == Pattern::Direct && step.patternNote.isEmpty()
            ? PlanSlides::tr("A low-risk change: it runs as one short statement.")
            : pattern;
        return {PlanSlides::tr("Why it is safe"), lines({why, risk})};
    }
    if (step.pattern != Pattern::Direct && !step.patternNote.isEmpty())
        return {PlanSlides::tr("A safer way"), lines({pattern, risk})};
    return {PlanSlides::tr("Why it is risky"), risk.isEmpty() ? PlanSlides::tr("Risk: %1").arg(RiskStyle::text(step.risk)) : risk};
}

QString verificationText(int count, const QStringList &tables)
{
    const QString on = tables.join(QStringLiteral(", "));
    if (count == 0)
        return PlanSlides::tr("We check %1 by hand: this plan has no verification query.").arg(on);
    if (count == 1)
        return PlanSlides::tr("A verification query confirms the result on %1.").arg(on);
    return PlanSlides::tr("%1 verification queries confirm the result on %2.").arg(count).arg(on);
}

} // namespace

Slide PlanSlides::stepSlide(const MigrationPlan &plan, const PlanStep &step)
{
    Slide slide;
    slide.kind = Slide::Kind::Step;
    slide.step = step.index;
    const QString phase = StepText::phase(step.phase);
    slide.heading = StepText::summary(step, 110);
    slide.subheading = phase.isEmpty()
                           ? tr("Step %1 of %2").arg(step.index + 1).arg(plan.steps.size())
                           : tr("Step %1 of %2 · %3 phase").arg(step.index + 1).arg(plan.steps.size()).arg(phase);
    slide.hasRisk = true;
    slide.risk = step.risk;
    QString changes = StepText::effect(step.effect);
    if (!step.tables.isEmpty())
        changes += u'\n' + StepText::tables(step);
    slide.sections << Slide::Section{tr("What changes"), changes};
    slide.sections << safetySection(step);
    slide.sections << Slide::Section{tr("What it locks, for how long"),
                                     tr("%1 for %2; %3")
                                         .arg(StepText::lock(step), StepText::duration(step), StepText::blocks(step))};
    slide.sections << Slide::Section{tr("What users will notice"),
                                     step.userImpact.isEmpty() ? tr("Nothing expected.") : step.userImpact};
    slide.sections << Slide::Section{tr("How we roll back"), rollbackText(step)};
    if (!step.deployNote.isEmpty())
        slide.sections << Slide::Section{tr("Application deploy"), step.deployNote};
    slide.sections << Slide::Section{tr("The statement"), StepText::summary(step, 220), true};
    if (!step.title.isEmpty()) // the title is the heading: show the SQL itself
        slide.sections.last().text = [&] {
            PlanStep untitled = step;
            untitled.title.clear();
            return StepText::summary(untitled, 220);
        }();
    return slide;
}

Slide PlanSlides::closingSlide(const MigrationPlan &plan)
{
    Slide slide;
    slide.kind = Slide::Kind::Closing;
    slide.heading = tr("Go / no-go");
    slide.subheading = plan.title;
    slide.hasRisk = true;
    slide.risk = plan.summary.risk;
    const QStringList tables = RunbookExport::touchedTables(plan);
    QStringList backups;
    int verifications = 0;
    for (const PlanStep &step : plan.steps) {
        for (const QString &t : step.backupTables)
            if (!backups.contains(t))
                backups << t;
        if (!step.verificationSql.isEmpty())
            ++verifications;
    }
    slide.sections << Slide::Section{tr("Before we start"),
                                     backups.isEmpty()
                                         ? tr("Approvals: %1. No step needs a table backup.")
                                               .arg(plan.summary.approvals.isEmpty()
                                                        ? tr("the usual review")
                                                        : plan.summary.approvals.join(QStringLiteral(", ")))
                                         : tr("Approvals: %1. Backups of %2.")
                                               .arg(plan.summary.approvals.join(QStringLiteral(", ")),
                                                    backups.join(QStringLiteral(", ")))};
    slide.sections << Slide::Section{tr("While it runs"),
                                     tr("We watch lock waits, replication lag and errors live, and stop at once "
                                        "when a threshold is crossed.")};
    slide.sections << Slide::Section{tr("Afterwards"),
                                     verificationText(verifications, tables)};
    return slide;
}

} // namespace slipway
