#include "changetypewizard.h"

#include "catalog/schemamodel.h"

namespace slipway::plan::wizards {

namespace {

using W = WizardSupport;

// NEW.<target> := <expression over the row's columns>, evaluated on the new row.
QString copyFunction(const QString &function, const QString &target, const QString &expression)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $slipway$\n"
                          "BEGIN\n"
                          "    NEW.%2 := (SELECT %3 FROM (SELECT NEW.*) AS new_row);\n"
                          "    RETURN NEW;\n"
                          "END\n"
                          "$slipway$;\n")
        .arg(function, W::ident(target), expression);
}

QString createTrigger(const QString &trigger, const QString &table, const QString &function)
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT OR UPDATE ON %2 FOR EACH ROW EXECUTE FUNCTION %3();\n")
        .arg(trigger, table, function);
}

} // namespace

QStringList ChangeTypeWizard::validate(const ChangeTypeInputs &in, const WizardContext &context)
{
    QStringList errors;
    W::checkIdentifier(errors, tr("The schema"), in.schema);
    W::checkIdentifier(errors, tr("The table"), in.table);
    W::checkIdentifier(errors, tr("The column"), in.column);
    W::checkSqlFragment(errors, tr("The new type"), in.newType);
    W::checkSqlFragment(errors, tr("The conversion expression"), in.usingExpression, false);
    W::checkSqlFragment(errors, tr("The reverse expression"), in.reverseExpression, false);
    const catalog::Table *table = errors.isEmpty() ? W::table(context, in.schema, in.table, errors) : nullptr;
    if (table) {
        const catalog::Column *c = W::column(table, in.column, errors);
        if (c && c->type == in.newType.trimmed())
            errors << tr("Column %1 already has type %2.").arg(in.column, c->type);
        if (c && c->identity != catalog::Column::Identity::None)
            errors << tr("Column %1 is an identity column; change its sequence's type instead.").arg(in.column);
        for (const QString &suffix : {QStringLiteral("_new"), QStringLiteral("_old")})
            if (table->column(in.column + suffix))
                errors << tr("Column %1 already exists in %2.").arg(in.column + suffix, in.table);
        if (W::primaryKey(table).isEmpty())
            errors << tr("Table %1 has no primary key: the backfill walks the table by its key.").arg(in.table);
    } else if (!context.model) {
        W::checkSqlFragment(errors, tr("The current type"), in.oldType);
    }
    return errors;
}

std::optional<MigrationPlan> ChangeTypeWizard::generate(ChangeTypeInputs in, const WizardContext &context,
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
        in.oldType = c->type;
        in.notNull = c->notNull;
        defaultValue = c->defaultValue;
    }
    const QString t = W::qualified(in.schema, in.table);
    const QString col = W::ident(in.column);
    const QString tmpName = W::objectName({in.column, QStringLiteral("new")});
    const QString oldName = W::objectName({in.column, QStringLiteral("old")});
    const QString tmp = W::ident(tmpName), old = W::ident(oldName);
    const QString forward = in.usingExpression.trimmed().isEmpty()
                                ? QStringLiteral("%1::%2").arg(col, in.newType) : in.usingExpression.trimmed();
    const QString reverse = in.reverseExpression.trimmed().isEmpty()
                                ? QStringLiteral("%1::%2").arg(col, in.oldType) : in.reverseExpression.trimmed();
    const QString fwdName = W::objectName({in.table, in.column, QStringLiteral("type_fwd")});
    const QString revName = W::objectName({in.table, in.column, QStringLiteral("type_rev")});
    const QString fwdFunction = W::qualified(in.schema, fwdName), revFunction = W::qualified(in.schema, revName);
    const QString fwdSync = copyFunction(fwdFunction, tmpName, forward) + createTrigger(W::ident(fwdName), t, fwdFunction);
    const QString revSync = copyFunction(revFunction, oldName, reverse) + createTrigger(W::ident(revName), t, revFunction);
    auto dropTrigger = [&](const QString &name, bool function) {
        return QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2;\n").arg(W::ident(name), t)
               + (function ? QStringLiteral("DROP FUNCTION IF EXISTS %1();\n").arg(W::qualified(in.schema, name))
                           : QString());
    };
    QList<WizardStep> steps;

    WizardStep add;
    add.title = tr("Add column %1 of type %2").arg(tmpName, in.newType);
    add.up = W::shortDdl(context) + QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;").arg(t, tmp, in.newType);
    add.down = W::shortDdl(context) + QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2;").arg(t, tmp);
    add.downLoss = tr("Nothing: the new column holds only converted copies.");
    add.verify = W::columnExists(in.schema, in.table, tmpName);
    add.note = tr("A nullable column without a default: a catalog change, no rewrite.");
    add.deployNote = tr("No deploy needed: the application does not see the new column.");
    steps << add;

    WizardStep dual;
    dual.title = tr("Convert %1 into %2 on every write (trigger)").arg(in.column, tmpName);
    dual.up = W::shortDdl(context) + fwdSync;
    dual.down = W::shortDdl(context) + dropTrigger(fwdName, true);
    dual.downLoss = tr("Nothing.");
    dual.verify = W::triggerExists(in.schema, in.table, fwdName);
    dual.note = tr("New and changed rows get the converted value at once; a conversion error fails the write, "
                   "so test the expression first.");
    steps << dual;

    WizardStep backfill;
    backfill.title = tr("Convert existing rows");
    backfill.phase = StepPhase::Migrate;
    run::BackfillSpec spec;
    spec.name = W::objectName({QStringLiteral("retype"), in.table, in.column});
    spec.table = t;
    spec.set = QStringLiteral("%1 = (%2)").arg(tmp, forward);
    spec.predicate = QStringLiteral("%1 IS DISTINCT FROM (%2)").arg(tmp, forward);
    backfill.backfill = spec;
    backfill.downLoss = tr("Nothing to undo: the down of step 1 drops the column.");
    backfill.verify = QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1 WHERE %2 IS DISTINCT FROM (%3))")
                          .arg(t, tmp, forward);
    backfill.note = tr("Keyset batches by the backfill runner: short row locks, resumable.");
    steps << backfill;

    if (in.notNull)
        steps << W::notNullSteps(in.schema, in.table, tmpName, context);

    WizardStep swap;
    swap.title = tr("Swap: %1 becomes the %2 column").arg(in.column, in.newType);
    swap.phase = StepPhase::Switch;
    QString defaults, undoDefaults;
    if (!defaultValue.isEmpty()) {
        defaults = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT;\n"
                                  "ALTER TABLE %1 ALTER COLUMN %3 SET DEFAULT (%4)::%5;\n")
                       .arg(t, old, col, defaultValue, in.newType);
        undoDefaults = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3;\n").arg(t, col, defaultValue);
    }
    swap.up = W::shortDdl(context) + dropTrigger(fwdName, false)
              + QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;\nALTER TABLE %1 RENAME COLUMN %4 TO %2;\n")
                    .arg(t, col, old, tmp)
              + defaults + revSync;
    swap.down = W::shortDdl(context) + dropTrigger(revName, true)
                + QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;\nALTER TABLE %1 RENAME COLUMN %4 TO %2;\n")
                      .arg(t, col, tmp, old)
                + undoDefaults + fwdSync;
    swap.downLoss = tr("Nothing: the old column was kept current by the reverse trigger.");
    swap.verify = W::columnExists(in.schema, in.table, oldName);
    swap.note = tr("Renames only: one short ACCESS EXCLUSIVE lock. The old column stays, filled back by a "
                   "trigger, so this step can be undone without losing writes.");
    swap.deployNote = tr("Before this step, deploy the version that works with %1 as %2 (and does not name %3).")
                          .arg(in.column, in.newType, tmpName);
    steps << swap;

    WizardStep contract;
    contract.title = tr("Drop the old column %1").arg(oldName);
    contract.phase = StepPhase::Contract;
    contract.up = W::shortDdl(context) + dropTrigger(revName, true) + dropTrigger(fwdName, true)
                  + QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(t, old);
    contract.down = QStringLiteral("BEGIN;\n") + W::shortDdl(context)
                    + QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n").arg(t, old, in.oldType) + revSync
                    + copyFunction(fwdFunction, tmpName, forward)
                    + QStringLiteral("COMMIT;\nUPDATE %1 SET %2 = (%3) WHERE %2 IS DISTINCT FROM (%3);")
                          .arg(t, old, reverse);
    contract.downLoss = tr("The old column comes back nullable, refilled by one UPDATE (run it as a backfill on a "
                           "large table); its indexes and constraints are not recreated.");
    contract.verify = QStringLiteral("SELECT NOT (%1)").arg(W::columnExists(in.schema, in.table, oldName));
    contract.note = tr("Indexes on the old column go with it: build them on the new column (CONCURRENTLY) "
                       "before the swap.");
    contract.deployNote = tr("After a cool-down with the new type in production; no deploy reads %1.").arg(oldName);
    steps << contract;

    return W::assemble(tr("Change %1.%2 to %3").arg(in.table, in.column, in.newType), QStringLiteral("change-type"),
                       tr("Parallel column: the new type is filled beside the old one and swapped in by renaming, "
                          "so no rewrite holds ACCESS EXCLUSIVE."),
                       steps, context);
}

} // namespace slipway::plan::wizards
