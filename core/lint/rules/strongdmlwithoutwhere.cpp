#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// An UPDATE or DELETE of a whole table in one statement: every row is locked
// until it commits, and the dead tuples arrive all at once.
class DmlWithoutWhere : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(DmlWithoutWhere)

public:
    QString id() const override { return QStringLiteral("dml-without-where"); }
    QString summary() const override { return tr("UPDATE or DELETE without WHERE changes the whole table in one transaction"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QString type = ctx.nodeType();
        const bool update = type == QLatin1String("UpdateStmt");
        if ((!update && type != QLatin1String("DeleteStmt")) || ctx.node().contains(QStringLiteral("whereClause")))
            return;
        const QString table = StatementContext::rangeVarName(ctx.node().value(QStringLiteral("relation")).toObject());
        Finding f = make(ctx, ctx.statementRange(),
                         update ? tr("This UPDATE has no WHERE clause: it rewrites every row of %1 in one transaction.").arg(table)
                                : tr("This DELETE has no WHERE clause: it deletes every row of %1 in one transaction.").arg(table),
                         tr("Every changed row stays locked until the statement commits, so concurrent writers "
                            "to those rows wait; the table doubles in size with dead row versions until vacuum, "
                            "WAL volume spikes and replicas fall behind."),
                         update ? tr("Backfill in batches: UPDATE ... WHERE id > $last AND id <= $last + 10000, "
                                     "committing between batches and pausing when replication lag grows.")
                                : tr("Delete in batches with a keyset WHERE clause, committing between batches; to "
                                     "empty the table on purpose, TRUNCATE is instant (but takes ACCESS EXCLUSIVE)."));
        scaleWithTable(ctx, table, f);
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeDmlWithoutWhere()
{
    return std::make_unique<DmlWithoutWhere>();
}

} // namespace slipway
