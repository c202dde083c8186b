#include "wizardsupport.h"

#include "catalog/schemamodel.h"
#include "diff/sqlnames.h"
#include "plan/planbuilder.h"

#include <algorithm>

namespace slipway::plan::wizards {

namespace {

constexpr int kMaxIdentifierBytes = 63;

QString attributeWhere(const QString &schema, const QString &table, const QString &column)
{
    return QStringLiteral("attrelid = to_regclass(%1) AND attname = %2 AND NOT attisdropped")
        .arg(WizardSupport::literal(WizardSupport::qualified(schema, table)), WizardSupport::literal(column));
}

QString constraintWhere(const QString &schema, const QString &table, const QString &constraint)
{
    return QStringLiteral("conrelid = to_regclass(%1) AND conname = %2")
        .arg(WizardSupport::literal(WizardSupport::qualified(schema, table)), WizardSupport::literal(constraint));
}

// Merges the statements PlanBuilder read from a step's SQL into one step.
void mergeInto(PlanStep &step, const MigrationPlan &analysed)
{
    bool first = true;
    for (const PlanStep &s : analysed.steps) {
        if (s.kind == QLatin1String("VariableSetStmt") || s.kind == QLatin1String("TransactionStmt"))
            continue;
        if (first)
            step.kind = s.kind;
        first = false;
        for (const PlanLock &lock : s.locks) {
            const bool known = std::any_of(step.locks.cbegin(), step.locks.cend(), [&](const PlanLock &l) {
                return l.relation == lock.relation && l.mode == lock.mode;
            });
            if (!known)
                step.locks << lock;
        }
        if (s.lockMode > step.lockMode) {
            step.lockMode = s.lockMode;
            step.effect = s.effect;
            step.effectReason = s.effectReason;
        }
        step.blocksReads = step.blocksReads || s.blocksReads;
        step.blocksWrites = step.blocksWrites || s.blocksWrites;
        step.outsideTransaction = step.outsideTransaction || s.outsideTransaction;
        if (!s.transactionNote.isEmpty())
            step.transactionNote = s.transactionNote;
        for (const PlanTable &t : s.tables) {
            if (std::none_of(step.tables.cbegin(), step.tables.cend(),
                             [&](const PlanTable &known) { return known.name == t.name; }))
                step.tables << t;
        }
        if (s.estimatedSeconds >= 0)
            step.estimatedSeconds = std::max(0.0, step.estimatedSeconds) + s.estimatedSeconds;
        if (s.blockingSeconds >= 0)
            step.blockingSeconds = std::max(0.0, step.blockingSeconds) + s.blockingSeconds;
        if (!s.estimateBasis.isEmpty() && !step.estimateBasis.contains(s.estimateBasis))
            step.estimateBasis += (step.estimateBasis.isEmpty() ? QString() : QStringLiteral("; ")) + s.estimateBasis;
        if (s.risk > step.risk || step.riskReason.isEmpty()) {
            step.risk = std::max(step.risk, s.risk);
            step.riskReason = s.riskReason;
        }
        step.destructive = step.destructive || s.destructive;
        step.backupNeeded = step.backupNeeded || s.backupNeeded;
        for (const QString &t : s.backupTables)
            if (!step.backupTables.contains(t))
                step.backupTables << t;
        if (!s.userImpact.isEmpty() && !step.userImpact.contains(s.userImpact))
            step.userImpact += (step.userImpact.isEmpty() ? QString() : QStringLiteral(" ")) + s.userImpact;
        step.findings += s.findings;
    }
}

PlanStep backfillStep(const WizardStep &w, const WizardContext &context)
{
    const run::BackfillSpec &spec = *w.backfill;
    PlanStep step;
    step.kind = QStringLiteral("Backfill");
    const QString where = spec.predicate.isEmpty() ? QString() : QStringLiteral("\n WHERE ") + spec.predicate;
    step.sql = spec.usesTemplate() ? spec.statementTemplate
                                   : QStringLiteral("UPDATE %1\n   SET %2%3").arg(spec.table, spec.set, where);
    step.lockMode = LockMode::RowExclusive;
    step.locks << PlanLock{spec.table, LockMode::RowExclusive, QStringLiteral("table")};
    step.effect = LockImpact::Effect::RowChanges;
    step.effectReason = WizardSupport::tr("changes rows in short keyset batches, each its own transaction");
    step.pattern = Pattern::Batched;
    step.risk = RiskClass::Medium;
    step.riskReason = WizardSupport::tr("touches every row, in batches that hold row locks for about %1 ms each")
                          .arg(spec.targetBatchMs);
    const QString plain = spec.table;
    for (auto it = context.tables.constBegin(); it != context.tables.constEnd(); ++it) {
        if (it.key() == plain || plain.endsWith(u'.' + it.key()) || it.key().endsWith(u'.' + plain)) {
            step.tables << it.value();
            if (it.value().rows >= 0)
                step.estimatedSeconds = it.value().rows / 20000.0;
        }
    }
    step.blockingSeconds = 0;
    step.estimateBasis = WizardSupport::tr("batched by the backfill runner; duration adapts to the load");
    step.userImpact = WizardSupport::tr("Writes to the same rows may wait up to one batch (about %1 ms).")
                          .arg(spec.targetBatchMs);
    return step;
}

} // namespace

QString WizardSupport::ident(const QString &name) { return diff::SqlNames::ident(name); }

QString WizardSupport::qualified(const QString &schema, const QString &name)
{
    return diff::SqlNames::qualified(schema, name);
}

QString WizardSupport::literal(const QString &value) { return diff::SqlNames::literal(value); }

QString WizardSupport::objectName(const QStringList &parts)
{
    QString name = parts.join(u'_');
    while (name.toUtf8().size() > kMaxIdentifierBytes)
        name.chop(1);
    return name;
}

QString WizardSupport::shortDdl(const WizardContext &context)
{
    return QStringLiteral("SET lock_timeout = %1;\nSET statement_timeout = %2;\n")
        .arg(literal(QStringLiteral("%1ms").arg(context.lockTimeoutMs)),
             literal(QStringLiteral("%1ms").arg(context.ddlStatementTimeoutMs)));
}

QString WizardSupport::longDdl(const WizardContext &context)
{
    return QStringLiteral("SET lock_timeout = %1;\nSET statement_timeout = 0;\n")
        .arg(literal(QStringLiteral("%1ms").arg(context.lockTimeoutMs)));
}

QString WizardSupport::columnExists(const QString &schema, const QString &table, const QString &column)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE %1)")
        .arg(attributeWhere(schema, table, column));
}

QString WizardSupport::triggerExists(const QString &schema, const QString &table, const QString &trigger)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = to_regclass(%1) "
                          "AND tgname = %2)")
        .arg(literal(qualified(schema, table)), literal(trigger));
}

QString WizardSupport::constraintExists(const QString &schema, const QString &table, const QString &constraint)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE %1)")
        .arg(constraintWhere(schema, table, constraint));
}

QString WizardSupport::constraintValidated(const QString &schema, const QString &table, const QString &constraint)
{
    return QStringLiteral("SELECT coalesce((SELECT convalidated FROM pg_catalog.pg_constraint WHERE %1), false)")
        .arg(constraintWhere(schema, table, constraint));
}

QString WizardSupport::columnNotNull(const QString &schema, const QString &table, const QString &column)
{
    return QStringLiteral("SELECT coalesce((SELECT attnotnull FROM pg_catalog.pg_attribute WHERE %1), false)")
        .arg(attributeWhere(schema, table, column));
}

QString WizardSupport::indexValid(const QString &schema, const QString &index)
{
    return QStringLiteral("SELECT coalesce((SELECT indisvalid FROM pg_catalog.pg_index "
                          "WHERE indexrelid = to_regclass(%1)), false)")
        .arg(literal(qualified(schema, index)));
}

QList<WizardStep> WizardSupport::notNullSteps(const QString &schema, const QString &table, const QString &column,
                                              const WizardContext &context)
{
    const QString t = qualified(schema, table);
    const QString check = objectName({table, column, QStringLiteral("not_null")});
    WizardStep add;
    add.title = tr("Add CHECK (%1 IS NOT NULL) NOT VALID").arg(column);
    add.phase = StepPhase::Switch;
    add.up = shortDdl(context)
             + QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID;")
                   .arg(t, ident(check), ident(column));
    add.down = shortDdl(context) + QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2;").arg(t, ident(check));
    add.verify = constraintExists(schema, table, check);
    add.note = tr("NOT VALID: new and changed rows are checked at once, existing rows are not scanned under the lock.");
    WizardStep validate;
    validate.title = tr("Validate the NOT NULL check");
    validate.phase = StepPhase::Switch;
    validate.up = longDdl(context) + QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(t, ident(check));
    validate.downLoss = tr("Nothing to undo: validating changes no data; the previous step's down drops the check.");
    validate.verify = constraintValidated(schema, table, check);
    validate.note = tr("VALIDATE scans the table under SHARE UPDATE EXCLUSIVE: reads and writes go on.");
    WizardStep setNotNull;
    setNotNull.title = tr("Set %1 NOT NULL").arg(column);
    setNotNull.phase = StepPhase::Switch;
    setNotNull.up = shortDdl(context)
                    + QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;\nALTER TABLE %1 DROP CONSTRAINT %3;")
                          .arg(t, ident(column), ident(check));
    setNotNull.down = shortDdl(context)
                      + QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL;").arg(t, ident(column));
    setNotNull.verify = columnNotNull(schema, table, column);
    setNotNull.note = tr("The validated check proves no NULL exists, so SET NOT NULL skips the scan (PostgreSQL 12+).");
    return {add, validate, setNotNull};
}

void WizardSupport::checkIdentifier(QStringList &errors, const QString &what, const QString &name)
{
    if (name.trimmed().isEmpty())
        errors << tr("%1 is required.").arg(what);
    else if (name.toUtf8().size() > kMaxIdentifierBytes)
        errors << tr("%1 \"%2\" is longer than PostgreSQL's 63 bytes.").arg(what, name);
    else if (name != name.trimmed())
        errors << tr("%1 \"%2\" starts or ends with spaces.").arg(what, name);
}

void WizardSupport::checkSqlFragment(QStringList &errors, const QString &what, const QString &text, bool required)
{
    if (text.trimmed().isEmpty()) {
        if (required)
            errors << tr("%1 is required.").arg(what);
        return;
    }
    if (text.contains(u';'))
        errors << tr("%1 must be a single expression, without \";\".").arg(what);
}

const catalog::Table *WizardSupport::table(const WizardContext &context, const QString &schema,
                                           const QString &name, QStringList &errors)
{
    if (!context.model)
        return nullptr;
    const catalog::Table *t = context.model->table(schema, name);
    if (!t)
        errors << tr("Table %1 does not exist in the database.").arg(qualified(schema, name));
    return t;
}

const catalog::Column *WizardSupport::column(const catalog::Table *table, const QString &name, QStringList &errors)
{
    if (!table)
        return nullptr;
    const catalog::Column *c = table->column(name);
    if (!c)
        errors << tr("Column %1 does not exist in %2.").arg(ident(name), qualified(table->schema, table->name));
    return c;
}

QStringList WizardSupport::primaryKey(const catalog::Table *table)
{
    if (!table)
        return {};
    for (const catalog::Constraint &c : table->constraints)
        if (c.kind == catalog::Constraint::Kind::PrimaryKey)
            return c.columns;
    return {};
}

MigrationPlan WizardSupport::assemble(const QString &title, const QString &kind, const QString &description,
                                      const QList<WizardStep> &steps, const WizardContext &context)
{
    PlanContext planContext;
    planContext.serverVersion = context.serverVersion;
    planContext.tables = context.tables;
    MigrationPlan plan;
    plan.title = title;
    plan.source = PlanSource::Wizard;
    plan.sourceName = kind;
    plan.description = description;
    plan.serverVersion = context.serverVersion;
    plan.sizesFromLiveDatabase = !context.tables.isEmpty();
    int line = 1;
    for (const WizardStep &w : steps) {
        PlanStep step;
        if (w.backfill) {
            step = backfillStep(w, context);
            step.backfill = w.backfill;
        } else {
            step.sql = w.up;
            step.pattern = w.up.contains(QLatin1String("CONCURRENTLY")) ? Pattern::Concurrent
                                                                         : Pattern::ExpandContract;
            mergeInto(step, PlanBuilder::build(w.up, planContext));
        }
        step.index = int(plan.steps.size());
        step.line = line;
        step.endLine = line + int(step.sql.count(u'\n'));
        line = step.endLine + 1;
        step.title = w.title;
        step.phase = w.phase;
        step.deployNote = w.deployNote;
        step.patternNote = w.note;
        step.rollbackSql = w.down;
        step.rollbackLoss = w.downLoss;
        step.verificationSql = w.verify;
        plan.steps << step;
    }
    plan.summarize();
    return plan;
}

} // namespace slipway::plan::wizards
