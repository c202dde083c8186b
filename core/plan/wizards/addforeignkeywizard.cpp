#include "addforeignkeywizard.h"

#include "catalog/schemamodel.h"

namespace slipway::plan::wizards {

namespace {

using W = WizardSupport;

QString identList(const QStringList &names, const QString &prefix = {})
{
    QStringList out;
    for (const QString &n : names)
        out << prefix + W::ident(n);
    return out.join(QStringLiteral(", "));
}

const QStringList kActions{QStringLiteral("CASCADE"), QStringLiteral("SET NULL"), QStringLiteral("RESTRICT"),
                           QStringLiteral("NO ACTION"), QStringLiteral("SET DEFAULT")};

bool indexed(const catalog::Table *table, const QStringList &columns)
{
    if (!table)
        return false;
    for (const catalog::Index &i : table->indexes)
        if (i.valid && i.predicate.isEmpty() && i.columns.mid(0, columns.size()) == columns)
            return true;
    return false;
}

} // namespace

QStringList AddForeignKeyWizard::validate(const AddForeignKeyInputs &in, const WizardContext &context)
{
    QStringList errors;
    W::checkIdentifier(errors, tr("The schema"), in.schema);
    W::checkIdentifier(errors, tr("The table"), in.table);
    W::checkIdentifier(errors, tr("The referenced schema"), in.referencedSchema);
    W::checkIdentifier(errors, tr("The referenced table"), in.referencedTable);
    if (in.columns.isEmpty())
        errors << tr("Choose the referencing column(s).");
    for (const QString &c : in.columns)
        W::checkIdentifier(errors, tr("A referencing column"), c);
    for (const QString &c : in.referencedColumns)
        W::checkIdentifier(errors, tr("A referenced column"), c);
    if (!in.referencedColumns.isEmpty() && in.referencedColumns.size() != in.columns.size())
        errors << tr("Give as many referenced columns as referencing ones.");
    if (!in.constraintName.isEmpty())
        W::checkIdentifier(errors, tr("The constraint name"), in.constraintName);
    if (!in.onDelete.isEmpty() && !kActions.contains(in.onDelete.toUpper()))
        errors << tr("ON DELETE must be one of %1.").arg(kActions.join(QStringLiteral(", ")));
    if (!errors.isEmpty())
        return errors;
    const catalog::Table *table = W::table(context, in.schema, in.table, errors);
    const catalog::Table *referenced = W::table(context, in.referencedSchema, in.referencedTable, errors);
    for (const QString &c : in.columns)
        W::column(table, c, errors);
    for (const QString &c : in.referencedColumns)
        W::column(referenced, c, errors);
    if (referenced && in.referencedColumns.isEmpty() && W::primaryKey(referenced).size() != in.columns.size())
        errors << tr("Table %1's primary key does not match the referencing columns; name the referenced columns.")
                      .arg(in.referencedTable);
    return errors;
}

std::optional<MigrationPlan> AddForeignKeyWizard::generate(AddForeignKeyInputs in, const WizardContext &context,
                                                           QStringList *errors)
{
    const QStringList problems = validate(in, context);
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    const catalog::Table *table = context.model ? context.model->table(in.schema, in.table) : nullptr;
    if (in.referencedColumns.isEmpty()) {
        const catalog::Table *referenced =
            context.model ? context.model->table(in.referencedSchema, in.referencedTable) : nullptr;
        in.referencedColumns = referenced ? W::primaryKey(referenced) : QStringList{QStringLiteral("id")};
    }
    if (in.constraintName.isEmpty())
        in.constraintName = W::objectName(QStringList{in.table} + in.columns + QStringList{QStringLiteral("fkey")});
    const QString t = W::qualified(in.schema, in.table);
    const QString r = W::qualified(in.referencedSchema, in.referencedTable);
    const QString fk = W::ident(in.constraintName);
    QList<WizardStep> steps;

    if (in.createIndex && !indexed(table, in.columns)) {
        const QString indexName = W::objectName(QStringList{in.table} + in.columns + QStringList{QStringLiteral("idx")});
        WizardStep index;
        index.title = tr("Index %1 (%2) concurrently").arg(in.table, in.columns.join(QStringLiteral(", ")));
        index.up = W::longDdl(context) + QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (%3);")
                                             .arg(W::ident(indexName), t, identList(in.columns));
        index.down = W::longDdl(context)
                     + QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(W::qualified(in.schema, indexName));
        index.downLoss = tr("Nothing; deletes in %1 check %2 by scanning again.").arg(in.referencedTable, in.table);
        index.verify = W::indexValid(in.schema, indexName);
        index.note = tr("Without it every delete or key update in %1 scans %2. CONCURRENTLY: writes go on; runs "
                        "outside a transaction; a failure leaves an INVALID index to drop.")
                         .arg(in.referencedTable, in.table);
        index.deployNote = tr("No deploy needed.");
        steps << index;
    }

    WizardStep add;
    add.title = tr("Add %1 NOT VALID").arg(in.constraintName);
    const QString onDelete = in.onDelete.isEmpty() ? QString() : QStringLiteral(" ON DELETE ") + in.onDelete.toUpper();
    add.up = W::shortDdl(context)
             + QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 (%5)%6 NOT VALID;")
                   .arg(t, fk, identList(in.columns), r, identList(in.referencedColumns), onDelete);
    add.down = W::shortDdl(context) + QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2;").arg(t, fk);
    add.downLoss = tr("Nothing.");
    add.verify = W::constraintExists(in.schema, in.table, in.constraintName);
    add.note = tr("NOT VALID: only new and changed rows are checked; the lock on both tables is short.");
    add.deployNote = tr("Before this step, deploy the version that never writes a %1 without its %2 row: from "
                        "here on such writes fail.").arg(in.table, in.referencedTable);
    steps << add;

    QStringList joins;
    for (int i = 0; i < in.columns.size(); ++i)
        joins << QStringLiteral("referenced.%1 = child.%2").arg(W::ident(in.referencedColumns.at(i)),
                                                                W::ident(in.columns.at(i)));
    QStringList notNull;
    for (const QString &c : std::as_const(in.columns))
        notNull << QStringLiteral("child.%1 IS NOT NULL").arg(W::ident(c));
    WizardStep validate;
    validate.title = tr("Validate %1").arg(in.constraintName);
    validate.phase = StepPhase::Switch;
    validate.up = W::longDdl(context) + QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(t, fk);
    validate.downLoss = tr("Nothing to undo: validating changes no data; the previous step's down drops the "
                           "constraint.");
    validate.verify = W::constraintValidated(in.schema, in.table, in.constraintName);
    validate.note = tr("Scans %1 under SHARE UPDATE EXCLUSIVE (reads and writes go on). Orphans make it fail; "
                       "find them first with: SELECT child.* FROM %1 AS child WHERE %2 AND NOT EXISTS "
                       "(SELECT 1 FROM %3 AS referenced WHERE %4) LIMIT 100")
                        .arg(t, notNull.join(QStringLiteral(" AND ")), r, joins.join(QStringLiteral(" AND ")));
    steps << validate;

    return W::assemble(tr("Add foreign key %1.%2 -> %3").arg(in.table, in.columns.join(u','), in.referencedTable),
                       QStringLiteral("add-foreign-key"),
                       tr("Two-phase constraint: NOT VALID first, VALIDATE separately, after indexing the "
                          "referencing columns concurrently."),
                       steps, context);
}

} // namespace slipway::plan::wizards
