#include "replaceindexwizard.h"

#include "catalog/schemamodel.h"

#include <QRegularExpression>

namespace slipway::plan::wizards {

using W = WizardSupport;

QString ReplaceIndexWizard::concurrentDefinition(const QString &definition)
{
    static const QRegularExpression head(QStringLiteral("^\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?"
                                                        "(IF\\s+NOT\\s+EXISTS\\s+)?"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = head.match(definition);
    if (!m.hasMatch())
        return QString();
    QString out = definition;
    out.replace(0, m.capturedLength(), QStringLiteral("CREATE %1INDEX CONCURRENTLY IF NOT EXISTS ")
                                           .arg(m.captured(1).isEmpty() ? QString() : QStringLiteral("UNIQUE ")));
    while (out.endsWith(u';') || out.endsWith(u' '))
        out.chop(1);
    return out + u';';
}

QStringList ReplaceIndexWizard::validate(const ReplaceIndexInputs &in, const WizardContext &context)
{
    QStringList errors;
    W::checkIdentifier(errors, tr("The schema"), in.schema);
    W::checkIdentifier(errors, tr("The table"), in.table);
    W::checkIdentifier(errors, tr("The old index"), in.oldIndex);
    W::checkIdentifier(errors, tr("The new index name"), in.newIndex);
    if (!in.newIndex.isEmpty() && in.newIndex == in.oldIndex)
        errors << tr("The new index needs its own name while both exist (tick \"keep the old name\" to rename it "
                     "at the end).");
    W::checkSqlFragment(errors, tr("The key columns"), in.keys);
    W::checkSqlFragment(errors, tr("The WHERE condition"), in.predicate, false);
    if (!in.method.isEmpty())
        W::checkIdentifier(errors, tr("The index method"), in.method);
    if (!in.oldDefinition.isEmpty() && concurrentDefinition(in.oldDefinition).isEmpty())
        errors << tr("The old definition must be a CREATE INDEX statement.");
    const catalog::Table *table = errors.isEmpty() ? W::table(context, in.schema, in.table, errors) : nullptr;
    if (table) {
        const catalog::Index *old = table->index(in.oldIndex);
        if (!old)
            errors << tr("Index %1 does not exist on %2.").arg(in.oldIndex, in.table);
        else if (!old->constraint.isEmpty())
            errors << tr("Index %1 backs constraint %2: replace the constraint instead.").arg(in.oldIndex, old->constraint);
        if (table->index(in.newIndex))
            errors << tr("Index %1 already exists.").arg(in.newIndex);
    }
    return errors;
}

std::optional<MigrationPlan> ReplaceIndexWizard::generate(ReplaceIndexInputs in, const WizardContext &context,
                                                          QStringList *errors)
{
    const QStringList problems = validate(in, context);
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    if (context.model && in.oldDefinition.isEmpty())
        in.oldDefinition = context.model->table(in.schema, in.table)->index(in.oldIndex)->definition;
    const QString t = W::qualified(in.schema, in.table);
    const QString oldQ = W::qualified(in.schema, in.oldIndex), newQ = W::qualified(in.schema, in.newIndex);
    QList<WizardStep> steps;

    WizardStep build;
    build.title = tr("Build %1 concurrently").arg(in.newIndex);
    build.up = W::longDdl(context)
               + QStringLiteral("CREATE %1INDEX CONCURRENTLY IF NOT EXISTS %2 ON %3%4 (%5)%6;")
                     .arg(in.unique ? QStringLiteral("UNIQUE ") : QString(), W::ident(in.newIndex), t,
                          in.method.isEmpty() ? QString() : QStringLiteral(" USING ") + W::ident(in.method),
                          in.keys.trimmed(),
                          in.predicate.trimmed().isEmpty() ? QString() : QStringLiteral(" WHERE ") + in.predicate.trimmed());
    build.down = W::longDdl(context) + QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(newQ);
    build.downLoss = tr("Nothing.");
    build.verify = W::indexValid(in.schema, in.newIndex);
    build.note = tr("CREATE INDEX CONCURRENTLY: writes go on; it runs outside a transaction and a failure leaves "
                    "an INVALID index (the verify catches it) to drop before retrying.");
    build.deployNote = tr("No deploy needed; after this step check with EXPLAIN that the queries use %1.")
                           .arg(in.newIndex);
    steps << build;

    WizardStep drop;
    drop.title = tr("Drop the old index %1 concurrently").arg(in.oldIndex);
    drop.phase = StepPhase::Contract;
    drop.up = W::longDdl(context) + QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(oldQ);
    const QString recreate = concurrentDefinition(in.oldDefinition);
    if (!recreate.isEmpty()) {
        drop.down = W::longDdl(context) + recreate;
        drop.downLoss = tr("Nothing; the rebuild takes as long as the first build.");
    } else {
        drop.downLoss = tr("No way back without the old definition: note it before running this step.");
    }
    drop.verify = QStringLiteral("SELECT to_regclass(%1) IS NULL").arg(W::literal(oldQ));
    drop.note = tr("DROP INDEX CONCURRENTLY waits for running queries instead of blocking new ones.");
    drop.deployNote = tr("Before this step, make sure no query relies on %1 (pg_stat_user_indexes.idx_scan of the "
                         "new index grows).").arg(in.oldIndex);
    steps << drop;

    if (in.keepOldName) {
        WizardStep rename;
        rename.title = tr("Rename %1 to %2").arg(in.newIndex, in.oldIndex);
        rename.phase = StepPhase::Contract;
        rename.up = W::shortDdl(context)
                    + QStringLiteral("ALTER INDEX %1 RENAME TO %2;").arg(newQ, W::ident(in.oldIndex));
        rename.down = W::shortDdl(context)
                      + QStringLiteral("ALTER INDEX %1 RENAME TO %2;").arg(oldQ, W::ident(in.newIndex));
        rename.downLoss = tr("Nothing.");
        rename.verify = QStringLiteral("SELECT to_regclass(%1) IS NULL").arg(W::literal(newQ));
        rename.note = tr("A catalog change; only the name moves.");
        steps << rename;
    }

    return W::assemble(tr("Replace index %1 with %2").arg(in.oldIndex, in.newIndex), QStringLiteral("replace-index"),
                       tr("Build the new index concurrently, then drop the old one concurrently: writes never wait "
                          "for an index build."),
                       steps, context);
}

} // namespace slipway::plan::wizards
