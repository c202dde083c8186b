#include "planbuilder.h"

#include "priordefinitionreader.h"
#include "stepderivation.h"

#include "lint/lintengine.h"
#include "lint/livetablestats.h"
#include "lint/touchedtables.h"
#include "sql/sqlscript.h"

#include <QLocale>

namespace slipway::plan {

namespace {

constexpr qint64 kMediumRows = 100000;   // reference: low < 100K rows
constexpr qint64 kHighRows = 10000000;   // reference: high > 10M rows

QString normalized(const QString &name)
{
    QString out = name;
    out.remove(QLatin1Char('"'));
    return out.toLower();
}

std::optional<PlanTable> lookup(const PlanContext &context, const QString &relation)
{
    const QString key = normalized(relation);
    for (auto it = context.tables.constBegin(); it != context.tables.constEnd(); ++it) {
        if (normalized(it.key()) == key || normalized(it.key()).section(QLatin1Char('.'), -1) == key)
            return it.value();
    }
    return std::nullopt;
}

bool sizeDependent(LockImpact::Effect effect)
{
    return effect == LockImpact::Effect::Rewrite || effect == LockImpact::Effect::Scan
           || effect == LockImpact::Effect::IndexBuild || effect == LockImpact::Effect::RowChanges
           || effect == LockImpact::Effect::Reads;
}

void estimate(PlanStep &step, const SqlStatement &statement, const PlanRates &rates)
{
    const QString rateKind = rates.measured ? PlanBuilder::tr("measured rate") : PlanBuilder::tr("default rate");
    if (!sizeDependent(step.effect)) {
        step.estimatedSeconds = step.effect == LockImpact::Effect::None ? 0 : rates.metadataSeconds;
        step.estimateBasis = PlanBuilder::tr("catalog change only");
        return;
    }
    qint64 rows = 0, bytes = 0;
    bool known = false;
    for (const PlanTable &t : std::as_const(step.tables)) {
        if (!t.known())
            continue;
        known = true;
        rows += std::max<qint64>(t.rows, 0);
        bytes += std::max<qint64>(t.bytes, 0);
    }
    if (!known) {
        step.estimatedSeconds = -1;
        step.estimateBasis = PlanBuilder::tr("table size unknown (offline)");
        return;
    }
    const double mb = bytes / (1024.0 * 1024.0);
    auto perBytes = [&](double rate, const QString &what) {
        step.estimatedSeconds = bytes / rate;
        step.estimateBasis = PlanBuilder::tr("%1 of %2 MB at %3 MB/s (%4)")
                                 .arg(what).arg(mb, 0, 'f', 1).arg(rate / (1024 * 1024), 0, 'f', 0).arg(rateKind);
    };
    switch (step.effect) {
    case LockImpact::Effect::Rewrite: perBytes(rates.rewriteBytesPerSecond, PlanBuilder::tr("rewrite")); break;
    case LockImpact::Effect::IndexBuild: perBytes(rates.indexBuildBytesPerSecond, PlanBuilder::tr("index build")); break;
    case LockImpact::Effect::Scan:
    case LockImpact::Effect::Reads: perBytes(rates.scanBytesPerSecond, PlanBuilder::tr("scan")); break;
    default: {
        const QJsonObject node = statement.node();
        const bool wholeTable = (statement.nodeType() == QLatin1String("UpdateStmt")
                                 || statement.nodeType() == QLatin1String("DeleteStmt"))
                                && !node.contains(QStringLiteral("whereClause"));
        if (wholeTable) {
            step.estimatedSeconds = rows / rates.rowsPerSecond;
            step.estimateBasis = PlanBuilder::tr("%1 rows at %2 rows/s (%3)")
                                      .arg(QLocale().toString(rows), QLocale().toString(rates.rowsPerSecond, 'g', 6), rateKind);
        } else {
            step.estimatedSeconds = -1;
            step.estimateBasis = PlanBuilder::tr("depends on the rows the statement selects");
        }
    }
    }
}

QString tablesText(const PlanStep &step)
{
    QStringList names;
    for (const PlanTable &t : step.tables)
        names << t.name;
    return names.isEmpty() ? PlanBuilder::tr("the objects it names") : names.join(QStringLiteral(", "));
}

QString userImpact(const PlanStep &step)
{
    const QString time = MigrationPlan::durationText(step.blockingSeconds);
    if (step.blocksReads)
        return PlanBuilder::tr("Reads and writes on %1 wait for %2; queries queue up behind the lock.")
            .arg(tablesText(step), time);
    if (step.blocksWrites)
        return PlanBuilder::tr("Writes (INSERT/UPDATE/DELETE) on %1 wait for %2; reads continue.")
            .arg(tablesText(step), time);
    if (sizeDependent(step.effect))
        return PlanBuilder::tr("No blocking; extra I/O load while it runs (%1).")
            .arg(MigrationPlan::durationText(step.estimatedSeconds));
    return PlanBuilder::tr("Nothing noticeable.");
}

void choosePattern(PlanStep &step, const StepDerivation &d)
{
    const bool isIndex = step.kind == QLatin1String("IndexStmt");
    if (d.destructive) {
        step.pattern = Pattern::ExpandContract;
        step.patternNote = PlanBuilder::tr("Contract step: run only after every application release has stopped "
                                           "using what it removes, with a verified backup.");
    } else if (d.foreignKey) {
        step.pattern = Pattern::ExpandContract;
        step.patternNote = PlanBuilder::tr("Add the foreign key NOT VALID, then VALIDATE CONSTRAINT in a separate step.");
    } else if (isIndex || d.concurrentIndex) {
        step.pattern = d.concurrentIndex || step.risk == RiskClass::Low ? (d.concurrentIndex ? Pattern::Concurrent : Pattern::Direct)
                                                                        : Pattern::Concurrent;
        if (step.pattern == Pattern::Concurrent && !d.concurrentIndex)
            step.patternNote = PlanBuilder::tr("Use CREATE INDEX CONCURRENTLY (outside a transaction) so writes continue.");
        else if (d.concurrentIndex)
            step.patternNote = PlanBuilder::tr("Builds without blocking writes; if it fails, drop the INVALID index and retry.");
    } else if (step.risk == RiskClass::Low) {
        step.pattern = Pattern::Direct;
    } else if (step.effect == LockImpact::Effect::RowChanges) {
        step.pattern = Pattern::Batched;
        step.patternNote = PlanBuilder::tr("Run as a batched backfill (slipway-cli backfill) in small transactions.");
    } else if (step.effect == LockImpact::Effect::Rewrite) {
        step.pattern = Pattern::ExpandContract;
        step.patternNote = PlanBuilder::tr("Add a new column, backfill it in batches, switch the application, then drop the old one.");
    } else if (step.effect == LockImpact::Effect::Scan) {
        step.pattern = Pattern::ExpandContract;
        step.patternNote = PlanBuilder::tr("Add a CHECK constraint NOT VALID, VALIDATE it separately, then apply the change.");
    } else {
        step.pattern = Pattern::Direct;
    }
}

PlanStep buildStep(const SqlStatement &statement, const PlanContext &context, const QList<Finding> &findings)
{
    PlanStep step;
    step.index = statement.index;
    step.sql = statement.text;
    step.line = statement.range.from.line;
    step.endLine = statement.range.to.line;
    step.kind = statement.nodeType();
    const LockImpact impact = LockClassifier::classify(statement, context.serverVersion);
    QStringList seen;
    for (const LockImpact::RelationLock &lock : impact.locks) {
        step.locks << PlanLock{lock.relation, lock.mode, lock.role};
        if (lock.role == QLatin1String("index") || seen.contains(normalized(lock.relation)))
            continue;
        seen << normalized(lock.relation);
        PlanTable table{lock.relation, -1, -1};
        if (const auto known = lookup(context, lock.relation)) {
            table.rows = known->rows;
            table.bytes = known->bytes;
        }
        step.tables << table;
    }
    step.lockMode = impact.strongest();
    step.effect = impact.effect;
    step.effectReason = impact.effectReason;
    step.blocksReads = impact.blocksReads();
    step.blocksWrites = impact.blocksWrites();
    step.outsideTransaction = !impact.transactionAllowed;
    step.transactionNote = impact.transactionNote;
    estimate(step, statement, context.rates);
    step.blockingSeconds = (step.blocksReads || step.blocksWrites) ? step.estimatedSeconds : 0;

    const StepDerivation d = StepDeriver::derive(statement, &context.prior);
    qint64 rows = -1;
    for (const PlanTable &t : std::as_const(step.tables))
        rows = std::max(rows, t.rows);
    step.destructive = d.destructive;
    step.risk = PlanBuilder::riskFor(step.effect, rows, d.destructive, d.foreignKey, step.blocksWrites);
    if (step.risk < RiskClass::High && step.blockingSeconds > 600)
        step.risk = RiskClass::High; // ten minutes of blocked writes is an outage whatever the row count
    step.riskReason = d.destructive ? PlanBuilder::tr("destructive: %1").arg(d.destructiveReason)
                      : d.foreignKey ? PlanBuilder::tr("foreign key change")
                      : rows < 0     ? PlanBuilder::tr("%1, table size unknown").arg(effectKey(step.effect))
                                     : PlanBuilder::tr("%1 on %2 rows").arg(effectKey(step.effect), QLocale().toString(rows));
    choosePattern(step, d);
    step.rollbackSql = d.rollbackSql;
    step.rollbackLoss = d.rollbackLoss;
    step.backupTables = d.backupTables;
    step.backupNeeded = !d.backupTables.isEmpty();
    step.verificationSql = d.verificationSql;
    step.userImpact = userImpact(step);
    for (const Finding &f : findings) {
        if (f.statementIndex == statement.index)
            step.findings << PlanFinding{f.rule, severityName(f.severity), f.message};
    }
    return step;
}

} // namespace

RiskClass PlanBuilder::riskFor(LockImpact::Effect effect, qint64 rows, bool destructive, bool foreignKey, bool blocksWrites)
{
    if (destructive || foreignKey)
        return RiskClass::Critical;
    if (!sizeDependent(effect) || effect == LockImpact::Effect::Reads)
        return RiskClass::Low;
    RiskClass risk;
    if (rows < 0) {
        risk = effect == LockImpact::Effect::Rewrite ? RiskClass::High
               : blocksWrites                        ? RiskClass::Medium
                                                     : RiskClass::Low;
    } else {
        risk = rows < kMediumRows ? RiskClass::Low : rows <= kHighRows ? RiskClass::Medium : RiskClass::High;
    }
    if (!blocksWrites)
        risk = std::min(risk, RiskClass::Medium); // runs alongside traffic (CONCURRENTLY)
    return risk;
}

MigrationPlan PlanBuilder::build(const QString &sql, const PlanContext &context)
{
    const SqlScript script = SqlScript::parse(sql);
    LintOptions options;
    options.serverVersion = context.serverVersion;
    if (!context.tables.isEmpty()) {
        options.tableStats = [context](const QString &table) -> std::optional<TableStats> {
            const auto known = lookup(context, table);
            if (!known || !known->known())
                return std::nullopt;
            return TableStats{known->rows, known->bytes};
        };
    }
    LintEngine engine(options);
    const QList<Finding> findings = engine.lint(script);

    MigrationPlan plan;
    plan.source = context.source;
    plan.sourceName = context.sourceName;
    plan.title = context.title.isEmpty()
                     ? tr("Migration plan for %1").arg(context.sourceName.isEmpty() ? tr("SQL") : context.sourceName)
                     : context.title;
    plan.serverVersion = context.serverVersion;
    plan.sizesFromLiveDatabase = !context.tables.isEmpty();
    for (const SqlStatement &statement : script.statements())
        plan.steps << buildStep(statement, context, findings);
    plan.summarize(context.downtimeThresholdSeconds);
    return plan;
}

std::optional<MigrationPlan> PlanBuilder::buildLive(const QString &sql, const QString &conninfo, PlanContext context,
                                                    bool keepVersion, DbError *error)
{
    LiveTableStats live;
    if (!live.fetch(conninfo, touchedTables(SqlScript::parse(sql)), error))
        return std::nullopt;
    if (!keepVersion)
        context.serverVersion = live.serverVersion();
    for (auto it = live.stats().constBegin(); it != live.stats().constEnd(); ++it)
        context.tables.insert(it.key(), PlanTable{it.key(), it.value().estimatedRows, it.value().totalBytes});
    QList<PriorDefinitions::Lookup> lookups;
    const SqlScript script = SqlScript::parse(sql);
    for (const SqlStatement &statement : script.statements())
        lookups << StepDeriver::priorLookups(statement);
    if (!lookups.isEmpty() && !PriorDefinitionReader::read(conninfo, lookups, &context.prior, error))
        return std::nullopt;
    MigrationPlan plan = build(sql, context);
    plan.sizesFromLiveDatabase = true;
    return plan;
}

} // namespace slipway::plan
