#include "migrationplan.h"

#include <QtGlobal>

namespace slipway::plan {

namespace {

template <typename E>
struct NamedValue {
    const char *name;
    E value;
};

const NamedValue<RiskClass> kRisks[] = {{"low", RiskClass::Low},
                                        {"medium", RiskClass::Medium},
                                        {"high", RiskClass::High},
                                        {"critical", RiskClass::Critical}};
const NamedValue<Pattern> kPatterns[] = {{"direct", Pattern::Direct},
                                         {"batched", Pattern::Batched},
                                         {"expand-contract", Pattern::ExpandContract},
                                         {"concurrent", Pattern::Concurrent}};
const NamedValue<StepPhase> kPhases[] = {{"", StepPhase::None},
                                         {"expand", StepPhase::Expand},
                                         {"migrate", StepPhase::Migrate},
                                         {"switch", StepPhase::Switch},
                                         {"contract", StepPhase::Contract}};
const NamedValue<LockImpact::Effect> kEffects[] = {
    {"none", LockImpact::Effect::None},           {"metadata-only", LockImpact::Effect::MetadataOnly},
    {"scan", LockImpact::Effect::Scan},           {"index-build", LockImpact::Effect::IndexBuild},
    {"rewrite", LockImpact::Effect::Rewrite},     {"row-changes", LockImpact::Effect::RowChanges},
    {"reads", LockImpact::Effect::Reads}};

template <typename E, std::size_t N>
QString nameOf(const NamedValue<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NamedValue<E> (&table)[N], const QString &name)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString riskName(RiskClass risk) { return nameOf(kRisks, risk); }
QString phaseName(StepPhase phase) { return nameOf(kPhases, phase); }
std::optional<StepPhase> phaseFromName(const QString &name) { return valueOf(kPhases, name); }
std::optional<RiskClass> riskFromName(const QString &name) { return valueOf(kRisks, name); }
QString patternName(Pattern pattern) { return nameOf(kPatterns, pattern); }
std::optional<Pattern> patternFromName(const QString &name) { return valueOf(kPatterns, name); }
QString effectKey(LockImpact::Effect effect) { return nameOf(kEffects, effect); }
std::optional<LockImpact::Effect> effectFromKey(const QString &key) { return valueOf(kEffects, key); }

QString sourceName(PlanSource source)
{
    switch (source) {
    case PlanSource::File: return QStringLiteral("file");
    case PlanSource::Editor: return QStringLiteral("editor");
    case PlanSource::Diff: return QStringLiteral("diff");
    case PlanSource::Wizard: return QStringLiteral("wizard");
    }
    return QString();
}

void MigrationPlan::summarize(double downtimeThresholdSeconds)
{
    PlanSummary s;
    s.downtimeThresholdSeconds = downtimeThresholdSeconds;
    for (const PlanStep &step : steps) {
        s.risk = std::max(s.risk, step.risk);
        if (step.estimatedSeconds > 0)
            s.totalSeconds += step.estimatedSeconds;
        const bool blocking = step.blocksReads || step.blocksWrites;
        if (!blocking)
            continue;
        if (step.blockingSeconds < 0) {
            s.lockTimeUnknown = true;
            // Without a size, only work that grows with the table can cause downtime.
            if (step.effect == LockImpact::Effect::Rewrite || step.effect == LockImpact::Effect::Scan
                || step.effect == LockImpact::Effect::IndexBuild || step.effect == LockImpact::Effect::RowChanges)
                s.downtime = true;
            continue;
        }
        s.lockSeconds += step.blockingSeconds;
        if (step.blockingSeconds > downtimeThresholdSeconds)
            s.downtime = true;
    }
    s.approvals = approvalsFor(s.risk);
    summary = s;
}

QStringList MigrationPlan::approvalsFor(RiskClass risk)
{
    switch (risk) {
    case RiskClass::Low: return {tr("1 reviewer")};
    case RiskClass::Medium: return {tr("2 reviewers")};
    case RiskClass::High: return {tr("Tech lead"), tr("DBA")};
    case RiskClass::Critical: return {tr("Architecture review")};
    }
    return {};
}

QString MigrationPlan::riskLabel(RiskClass risk)
{
    switch (risk) {
    case RiskClass::Low: return tr("Low");
    case RiskClass::Medium: return tr("Medium");
    case RiskClass::High: return tr("High");
    case RiskClass::Critical: return tr("Critical");
    }
    return QString();
}

QString MigrationPlan::patternLabel(Pattern pattern)
{
    switch (pattern) {
    case Pattern::Direct: return tr("Direct");
    case Pattern::Batched: return tr("Batched");
    case Pattern::ExpandContract: return tr("Expand/contract");
    case Pattern::Concurrent: return tr("Concurrent");
    }
    return QString();
}

QString MigrationPlan::durationText(double seconds)
{
    if (seconds < 0)
        return tr("unknown");
    if (seconds < 1)
        return tr("under 1 s");
    if (seconds < 120)
        return tr("~%1 s").arg(qRound(seconds));
    if (seconds < 7200)
        return tr("~%1 min").arg(qRound(seconds / 60));
    return tr("~%1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace slipway::plan
