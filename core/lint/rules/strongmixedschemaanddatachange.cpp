#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// strong_migrations' backfill-in-the-same-transaction check: a schema change
// and a backfill in one transaction hold the schema change's lock for as long
// as the backfill runs.
class MixedSchemaAndDataChange : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(MixedSchemaAndDataChange)

public:
    QString id() const override { return QStringLiteral("mixed-schema-and-data-change"); }
    QString summary() const override { return tr("A schema change and a backfill in one transaction keep the table locked for the whole backfill"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.inTransaction())
            return;
        const ScriptState &state = ctx.state();
        const QString backfilled = ScriptState::backfillTarget(ctx.statement());
        if (!backfilled.isEmpty() && !state.schemaChangedTable.isEmpty()) {
            Finding f = make(ctx, ctx.statementRange(),
                             tr("This backfill of %1 runs in the same transaction as the schema change to %2 "
                                "above: %2 stays locked until the backfill commits.")
                                 .arg(backfilled, state.schemaChangedTable),
                             tr("A lock taken by ALTER TABLE, CREATE INDEX or RENAME is held until the "
                                "transaction ends. Every query on %1 queues behind it for as long as the "
                                "backfill runs, and a failure late in the backfill also undoes the schema change.")
                                 .arg(state.schemaChangedTable),
                             tr("Commit the schema change in its own short migration, then backfill in "
                                "batches outside it, each batch its own transaction."));
            scaleWithSize(ctx, sizeTable(ctx.statement(), backfilled), f);
            out << f;
            return;
        }
        const QString changed = ScriptState::schemaChangeTarget(ctx.statement());
        if (!changed.isEmpty() && !ctx.createdInFile(changed) && !state.backfilledTable.isEmpty()) {
            Finding f = make(ctx, ctx.statementRange(),
                             tr("This schema change to %1 runs in the same transaction as the backfill of %2 "
                                "above.").arg(changed, state.backfilledTable),
                             tr("The backfill's row locks are held until the transaction ends, this statement "
                                "then waits for its own lock while holding them, and if it fails the whole "
                                "backfill is rolled back."),
                             tr("Put the schema change and the backfill in separate migrations; run the "
                                "backfill in batches, each batch its own transaction."));
            scaleWithSize(ctx, state.backfilledTable, f);
            out << f;
        }
    }

private:
    // The table whose size decides how long the backfill runs: the source of an
    // INSERT ... SELECT, the target of an UPDATE.
    static QString sizeTable(const SqlStatement &statement, const QString &target)
    {
        if (statement.nodeType() != QLatin1String("InsertStmt"))
            return target;
        const QJsonArray from = statement.node().value(QStringLiteral("selectStmt")).toObject()
                                    .value(QStringLiteral("SelectStmt")).toObject()
                                    .value(QStringLiteral("fromClause")).toArray();
        const QJsonObject rangeVar = from.first().toObject().value(QStringLiteral("RangeVar")).toObject();
        return rangeVar.isEmpty() ? target : StatementContext::rangeVarName(rangeVar);
    }

    void scaleWithSize(const StatementContext &ctx, const QString &table, Finding &f) const
    {
        if (!ctx.createdInFile(table))
            scaleWithTable(ctx, table, f);
    }
};

} // namespace

std::unique_ptr<LintRule> makeMixedSchemaAndDataChange()
{
    return std::make_unique<MixedSchemaAndDataChange>();
}

} // namespace slipway
