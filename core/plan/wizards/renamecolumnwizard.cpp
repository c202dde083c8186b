#include "renamecolumnwizard.h"

#include "catalog/schemamodel.h"

namespace slipway::plan::wizards {

namespace {

using W = WizardSupport;

// Old and new column hold the same value whichever one a deploy writes.
QString syncFunction(const QString &function, const QString &oldName, const QString &newName)
{
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $slipway$\n"
               "BEGIN\n"
               "    IF TG_OP = 'INSERT' THEN\n"
               "        IF NEW.%3 IS NULL THEN NEW.%3 := NEW.%2; ELSIF NEW.%2 IS NULL THEN NEW.%2 := NEW.%3; END IF;\n"
               "    ELSIF NEW.%3 IS DISTINCT FROM OLD.%3 THEN\n"
               "        NEW.%2 := NEW.%3;\n"
               "    ELSE\n"
               "        NEW.%3 := NEW.%2;\n"
               "    END IF;\n"
               "    RETURN NEW;\n"
               "END\n"
               "$slipway$;\n")
        .arg(function, W::ident(oldName), W::ident(newName));
}

QString createTrigger(const QString &trigger, const QString &table, const QString &function)
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT OR UPDATE ON %2 FOR EACH ROW EXECUTE FUNCTION %3();")
        .arg(trigger, table, function);
}

} // namespace

QStringList RenameColumnWizard::validate(const RenameColumnInputs &in, const WizardContext &context)
{
    QStringList errors;
    W::checkIdentifier(errors, tr("The schema"), in.schema);
    W::checkIdentifier(errors, tr("The table"), in.table);
    W::checkIdentifier(errors, tr("The column"), in.column);
    W::checkIdentifier(errors, tr("The new name"), in.newName);
    if (!in.column.isEmpty() && in.column == in.newName)
        errors << tr("The new name is the same as the current one.");
    const catalog::Table *table = errors.isEmpty() ? W::table(context, in.schema, in.table, errors) : nullptr;
    if (table) {
        W::column(table, in.column, errors);
        if (table->column(in.newName))
            errors << tr("Column %1 already exists in %2.").arg(W::ident(in.newName), in.table);
        if (W::primaryKey(table).isEmpty())
            errors << tr("Table %1 has no primary key: the backfill walks the table by its key.").arg(in.table);
    } else if (!context.model) {
        W::checkSqlFragment(errors, tr("The column type"), in.type);
    }
    return errors;
}

std::optional<MigrationPlan> RenameColumnWizard::generate(RenameColumnInputs in, const WizardContext &context,
                                                          QStringList *errors)
{
    const QStringList problems = validate(in, context);
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    QString defaultValue;
    if (context.model) {
        const catalog::Column *c = context.model->table(in.schema, in.table)->column(in.column);
        in.type = c->type;
        in.notNull = c->notNull;
        defaultValue = c->defaultValue;
    }
    const QString t = W::qualified(in.schema, in.table);
    const QString oldCol = W::ident(in.column), newCol = W::ident(in.newName);
    const QString function = W::qualified(in.schema, W::objectName({in.table, in.column, QStringLiteral("rename_sync")}));
    const QString triggerName = W::objectName({in.table, in.column, QStringLiteral("rename_sync")});
    const QString trigger = W::ident(triggerName);
    const QString sync = syncFunction(function, in.column, in.newName) + createTrigger(trigger, t, function);
    const QString dropSync = QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2;\nDROP FUNCTION IF EXISTS %3();")
                                 .arg(trigger, t, function);
    QList<WizardStep> steps;

    WizardStep add;
    add.title = tr("Add column %1").arg(in.newName);
    add.up = W::shortDdl(context) + QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;").arg(t, newCol, in.type);
    add.down = W::shortDdl(context) + QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2;").arg(t, newCol);
    add.downLoss = tr("Nothing: the new column holds only copies.");
    add.verify = W::columnExists(in.schema, in.table, in.newName);
    add.note = tr("A nullable column without a default: a catalog change, no rewrite.");
    add.deployNote = tr("No deploy needed before this step: nothing uses the new column yet.");
    steps << add;

    WizardStep dual;
    dual.title = tr("Keep %1 and %2 in sync (dual-write trigger)").arg(in.column, in.newName);
    dual.up = W::shortDdl(context) + sync;
    dual.down = W::shortDdl(context) + dropSync;
    dual.downLoss = tr("Nothing: the copies already written stay.");
    dual.verify = W::triggerExists(in.schema, in.table, triggerName);
    dual.note = tr("Whichever column a deploy writes, the trigger copies it to the other one.");
    dual.deployNote = tr("After this step, deploy the version that reads %1 and writes %1 (old instances still "
                         "write %2; the trigger keeps both equal).").arg(in.newName, in.column);
    steps << dual;

    WizardStep backfill;
    backfill.title = tr("Copy %1 into %2 for existing rows").arg(in.column, in.newName);
    backfill.phase = StepPhase::Migrate;
    run::BackfillSpec spec;
    spec.name = W::objectName({QStringLiteral("rename"), in.table, in.column});
    spec.table = t;
    spec.set = QStringLiteral("%1 = %2").arg(newCol, oldCol);
    spec.predicate = QStringLiteral("%1 IS DISTINCT FROM %2").arg(newCol, oldCol);
    backfill.backfill = spec;
    backfill.downLoss = tr("Nothing to undo: the down of step 1 drops the column.");
    backfill.verify = QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1 WHERE %2 IS DISTINCT FROM %3)")
                          .arg(t, newCol, oldCol);
    backfill.note = tr("Keyset batches by the backfill runner, so no long row locks and a resumable checkpoint.");
    steps << backfill;

    if (in.notNull)
        steps << W::notNullSteps(in.schema, in.table, in.newName, context);

    WizardStep contract;
    contract.title = tr("Drop the old column %1").arg(in.column);
    contract.phase = StepPhase::Contract;
    QString up = W::shortDdl(context) + dropSync + u'\n';
    QString restoreDefault;
    if (!defaultValue.isEmpty()) {
        up += QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3;\n").arg(t, newCol, defaultValue);
        restoreDefault = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT;\n").arg(t, newCol);
    }
    contract.up = up + QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(t, oldCol);
    contract.down = QStringLiteral("BEGIN;\n") + W::shortDdl(context) + restoreDefault
                    + QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n").arg(t, oldCol, in.type) + sync
                    + QStringLiteral("\nCOMMIT;\nUPDATE %1 SET %2 = %3 WHERE %2 IS DISTINCT FROM %3;")
                          .arg(t, oldCol, newCol);
    contract.downLoss = tr("The old column comes back nullable, refilled by one UPDATE (run it as a backfill on a "
                           "large table); indexes and constraints it had are not recreated.");
    contract.verify = QStringLiteral("SELECT NOT (%1)").arg(W::columnExists(in.schema, in.table, in.column));
    contract.note = tr("Only after every instance stopped using %1.").arg(in.column);
    contract.deployNote = tr("Before this step, deploy the version that no longer reads or writes %1, on every "
                             "instance.").arg(in.column);
    steps << contract;

    return W::assemble(tr("Rename %1.%2 to %3").arg(in.table, in.column, in.newName), QStringLiteral("rename-column"),
                       tr("Expand/contract rename: both columns live side by side, kept equal by a trigger, until "
                          "no deploy uses the old name."),
                       steps, context);
}

} // namespace slipway::plan::wizards
