#include "addnotnullcolumnwizard.h"

#include "catalog/schemamodel.h"

namespace slipway::plan::wizards {

using W = WizardSupport;

QStringList AddNotNullColumnWizard::validate(const AddNotNullColumnInputs &in, const WizardContext &context)
{
    QStringList errors;
    W::checkIdentifier(errors, tr("The schema"), in.schema);
    W::checkIdentifier(errors, tr("The table"), in.table);
    W::checkIdentifier(errors, tr("The column"), in.column);
    W::checkSqlFragment(errors, tr("The type"), in.type);
    W::checkSqlFragment(errors, tr("The default"), in.defaultExpression);
    const catalog::Table *table = errors.isEmpty() ? W::table(context, in.schema, in.table, errors) : nullptr;
    if (table) {
        if (table->column(in.column))
            errors << tr("Column %1 already exists in %2.").arg(W::ident(in.column), in.table);
        if (W::primaryKey(table).isEmpty())
            errors << tr("Table %1 has no primary key: the backfill walks the table by its key.").arg(in.table);
    }
    return errors;
}

std::optional<MigrationPlan> AddNotNullColumnWizard::generate(const AddNotNullColumnInputs &in,
                                                              const WizardContext &context, QStringList *errors)
{
    const QStringList problems = validate(in, context);
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    const QString t = W::qualified(in.schema, in.table);
    const QString col = W::ident(in.column);
    const QString def = in.defaultExpression.trimmed();
    QList<WizardStep> steps;

    WizardStep add;
    add.title = tr("Add column %1 (nullable) with its default for new rows").arg(in.column);
    add.up = W::shortDdl(context)
             + QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\nALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %4;")
                   .arg(t, col, in.type.trimmed(), def);
    add.down = W::shortDdl(context) + QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2;").arg(t, col);
    add.downLoss = tr("The values written into %1 are lost.").arg(in.column);
    add.verify = W::columnExists(in.schema, in.table, in.column);
    add.note = tr("Added without a default, then the default set: existing rows stay NULL (no rewrite, even for "
                  "a volatile default) and new rows get the default.");
    add.deployNote = tr("No deploy needed before this step.");
    steps << add;

    WizardStep backfill;
    backfill.title = tr("Fill %1 for existing rows").arg(in.column);
    backfill.phase = StepPhase::Migrate;
    run::BackfillSpec spec;
    spec.name = W::objectName({QStringLiteral("add"), in.table, in.column});
    spec.table = t;
    spec.set = QStringLiteral("%1 = %2").arg(col, def);
    spec.predicate = QStringLiteral("%1 IS NULL").arg(col);
    backfill.backfill = spec;
    backfill.downLoss = tr("Nothing to undo: the down of step 1 drops the column.");
    backfill.verify = QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1 WHERE %2 IS NULL)").arg(t, col);
    backfill.note = tr("Keyset batches by the backfill runner: short row locks, resumable.");
    steps << backfill;

    QList<WizardStep> notNull = W::notNullSteps(in.schema, in.table, in.column, context);
    notNull.last().deployNote = tr("After this step, deploy the version that relies on %1 being set.").arg(in.column);
    steps << notNull;

    return W::assemble(tr("Add %1.%2 NOT NULL DEFAULT %3").arg(in.table, in.column, def),
                       QStringLiteral("add-not-null-column"),
                       tr("NOT NULL in steps: nullable column with a default, batched backfill, then a validated "
                          "check lets SET NOT NULL skip its scan."),
                       steps, context);
}

} // namespace slipway::plan::wizards
