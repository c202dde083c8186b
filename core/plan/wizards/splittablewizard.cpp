#include "splittablewizard.h"

#include "catalog/schemamodel.h"

namespace slipway::plan::wizards {

namespace {

using W = WizardSupport;

QStringList quotedNames(const QList<SplitColumn> &columns, const QString &prefix = {})
{
    QStringList out;
    for (const SplitColumn &c : columns)
        out << prefix + W::ident(c.name);
    return out;
}

// Upserts the moved columns of every written row into the new table.
QString copyTrigger(const SplitTableInputs &in, const QString &function, const QString &trigger)
{
    const QString t = W::qualified(in.schema, in.table), n = W::qualified(in.schema, in.newTable);
    const QString key = W::ident(in.key);
    QStringList updates;
    for (const SplitColumn &c : in.columns)
        updates << QStringLiteral("%1 = EXCLUDED.%1").arg(W::ident(c.name));
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $slipway$\n"
                          "BEGIN\n"
                          "    INSERT INTO %2 (%3, %4) VALUES (NEW.%3, %5)\n"
                          "    ON CONFLICT (%3) DO UPDATE SET %6;\n"
                          "    RETURN NULL;\n"
                          "END\n"
                          "$slipway$;\n"
                          "CREATE TRIGGER %7 AFTER INSERT OR UPDATE OF %4 ON %8 FOR EACH ROW EXECUTE FUNCTION %1();\n")
        .arg(function, n, key, quotedNames(in.columns).join(QStringLiteral(", ")),
             quotedNames(in.columns, QStringLiteral("NEW.")).join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")), trigger, t);
}

} // namespace

QStringList SplitTableWizard::validate(const SplitTableInputs &in, const WizardContext &context)
{
    QStringList errors;
    W::checkIdentifier(errors, tr("The schema"), in.schema);
    W::checkIdentifier(errors, tr("The table"), in.table);
    W::checkIdentifier(errors, tr("The new table"), in.newTable);
    if (in.columns.isEmpty())
        errors << tr("Choose at least one column to move.");
    for (const SplitColumn &c : in.columns) {
        W::checkIdentifier(errors, tr("A moved column"), c.name);
        if (!context.model)
            W::checkSqlFragment(errors, tr("The type of %1").arg(c.name), c.type);
    }
    if (!context.model) {
        W::checkIdentifier(errors, tr("The key column"), in.key);
        W::checkSqlFragment(errors, tr("The key type"), in.keyType);
    }
    const catalog::Table *table = errors.isEmpty() ? W::table(context, in.schema, in.table, errors) : nullptr;
    if (table) {
        const QStringList pk = W::primaryKey(table);
        if (pk.size() != 1)
            errors << tr("Table %1 needs a single-column primary key to be split.").arg(in.table);
        for (const SplitColumn &c : in.columns) {
            W::column(table, c.name, errors);
            if (pk.contains(c.name))
                errors << tr("The key column %1 cannot be moved.").arg(c.name);
        }
        if (context.model->table(in.schema, in.newTable))
            errors << tr("Table %1 already exists.").arg(in.newTable);
    }
    return errors;
}

std::optional<MigrationPlan> SplitTableWizard::generate(SplitTableInputs in, const WizardContext &context,
                                                        QStringList *errors)
{
    const QStringList problems = validate(in, context);
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    if (context.model) {
        const catalog::Table *table = context.model->table(in.schema, in.table);
        in.key = W::primaryKey(table).constFirst();
        in.keyType = table->column(in.key)->type;
        for (SplitColumn &c : in.columns) {
            c.type = table->column(c.name)->type;
            c.notNull = table->column(c.name)->notNull;
        }
    }
    const QString t = W::qualified(in.schema, in.table), n = W::qualified(in.schema, in.newTable);
    const QString key = W::ident(in.key);
    const QString columnList = quotedNames(in.columns).join(QStringLiteral(", "));
    const QString triggerName = W::objectName({in.table, in.newTable, QStringLiteral("split_sync")});
    const QString function = W::qualified(in.schema, triggerName);
    const QString sync = copyTrigger(in, function, W::ident(triggerName));
    const QString dropSync = QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2;\nDROP FUNCTION IF EXISTS %3();\n")
                                 .arg(W::ident(triggerName), t, function);
    QList<WizardStep> steps;

    WizardStep create;
    create.title = tr("Create table %1").arg(in.newTable);
    QStringList definitions{QStringLiteral("%1 %2 PRIMARY KEY REFERENCES %3 (%1) ON DELETE CASCADE")
                                .arg(key, in.keyType, t)};
    for (const SplitColumn &c : std::as_const(in.columns))
        definitions << QStringLiteral("%1 %2%3").arg(W::ident(c.name), c.type,
                                                     c.notNull ? QStringLiteral(" NOT NULL") : QString());
    create.up = W::shortDdl(context)
                + QStringLiteral("CREATE TABLE %1 (\n    %2\n);").arg(n, definitions.join(QStringLiteral(",\n    ")));
    create.down = W::shortDdl(context) + QStringLiteral("DROP TABLE IF EXISTS %1;").arg(n);
    create.downLoss = tr("Nothing while %1 still holds the columns.").arg(in.table);
    create.verify = QStringLiteral("SELECT to_regclass(%1) IS NOT NULL").arg(W::literal(n));
    create.note = tr("Keyed by %1's primary key and referencing it, so rows stay 1:1 and go with their parent.")
                      .arg(in.table);
    create.deployNote = tr("No deploy needed before this step.");
    steps << create;

    WizardStep dual;
    dual.title = tr("Copy writes of the moved columns to %1 (trigger)").arg(in.newTable);
    dual.up = W::shortDdl(context) + sync;
    dual.down = W::shortDdl(context) + dropSync;
    dual.downLoss = tr("Nothing.");
    dual.verify = W::triggerExists(in.schema, in.table, triggerName);
    dual.note = tr("Every insert and every update of the moved columns is upserted into the new table.");
    steps << dual;

    WizardStep backfill;
    backfill.title = tr("Copy existing rows into %1").arg(in.newTable);
    backfill.phase = StepPhase::Migrate;
    run::BackfillSpec spec;
    spec.name = W::objectName({QStringLiteral("split"), in.table, in.newTable});
    spec.table = t;
    spec.statementTemplate = QStringLiteral("INSERT INTO %1 (%2, %3) SELECT %2, %3 FROM %4 WHERE {{batch}} "
                                            "ON CONFLICT (%2) DO NOTHING")
                                 .arg(n, key, columnList, t);
    spec.predicate = QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 AS moved WHERE moved.%2 = %3.%2)")
                         .arg(n, key, t);
    backfill.backfill = spec;
    backfill.downLoss = tr("Nothing to undo: the down of step 1 drops the table.");
    backfill.verify = QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1 AS source LEFT JOIN %2 AS moved USING (%3) "
                                     "WHERE moved.%3 IS NULL OR ROW(%4) IS DISTINCT FROM ROW(%5))")
                          .arg(t, n, key, quotedNames(in.columns, QStringLiteral("source.")).join(QStringLiteral(", ")),
                               quotedNames(in.columns, QStringLiteral("moved.")).join(QStringLiteral(", ")));
    backfill.note = tr("Keyset batches by the backfill runner; rows the trigger already copied are skipped.");
    backfill.deployNote = tr("After this step, deploy the version that reads the moved columns from %1 (joined on "
                             "%2) and writes them there too.").arg(in.newTable, in.key);
    steps << backfill;

    WizardStep contract;
    contract.title = tr("Drop the moved columns from %1").arg(in.table);
    contract.phase = StepPhase::Contract;
    QStringList drops, adds, sets;
    for (const SplitColumn &c : std::as_const(in.columns)) {
        drops << QStringLiteral("DROP COLUMN %1").arg(W::ident(c.name));
        adds << QStringLiteral("ADD COLUMN %1 %2").arg(W::ident(c.name), c.type);
        sets << QStringLiteral("%1 = moved.%1").arg(W::ident(c.name));
    }
    contract.up = W::shortDdl(context) + dropSync + QStringLiteral("ALTER TABLE %1 %2;").arg(t, drops.join(QStringLiteral(", ")));
    // Refilled before the trigger is back, so the UPDATE does not upsert every row again.
    contract.down = W::shortDdl(context)
                    + QStringLiteral("BEGIN;\nALTER TABLE %1 %2;\nCOMMIT;\n").arg(t, adds.join(QStringLiteral(", ")))
                    + QStringLiteral("UPDATE %1 SET %2 FROM %3 AS moved WHERE moved.%4 = %1.%4;\nBEGIN;\n")
                          .arg(t, sets.join(QStringLiteral(", ")), n, key)
                    + sync + QStringLiteral("COMMIT;");
    contract.downLoss = tr("The columns come back nullable, refilled from %1 by one UPDATE; their indexes and "
                           "constraints are not recreated.").arg(in.newTable);
    QStringList names;
    for (const SplitColumn &c : std::as_const(in.columns))
        names << W::literal(c.name);
    contract.verify = QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = "
                                     "to_regclass(%1) AND attname IN (%2) AND NOT attisdropped)")
                          .arg(W::literal(t), names.join(QStringLiteral(", ")));
    contract.note = tr("Only when no deploy reads or writes the columns in %1 any more.").arg(in.table);
    contract.deployNote = tr("Before this step, every instance must run the version that uses %1 only.")
                              .arg(in.newTable);
    steps << contract;

    return W::assemble(tr("Split %1 into %2").arg(in.table, in.newTable), QStringLiteral("split-table"),
                       tr("Extract and link: the new table is filled beside the old columns, kept current by a "
                          "trigger, then the old columns are dropped."),
                       steps, context);
}

} // namespace slipway::plan::wizards
