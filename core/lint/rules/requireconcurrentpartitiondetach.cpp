#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's require-concurrent-partition-detach.
class RequireConcurrentPartitionDetach : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RequireConcurrentPartitionDetach)

public:
    QString id() const override { return QStringLiteral("require-concurrent-partition-detach"); }
    QString summary() const override { return tr("DETACH PARTITION without CONCURRENTLY blocks the whole partitioned table"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QJsonArray cmds = ctx.commands();
        for (const QJsonValue &v : cmds) {
            const QJsonObject cmd = v.toObject();
            if (str(cmd, "subtype") != QLatin1String("AT_DetachPartition"))
                continue;
            const QJsonObject partition = unwrap(cmd.value(QStringLiteral("def")), "PartitionCmd");
            if (partition.value(QStringLiteral("concurrent")).toBool())
                continue;
            const QString table = alterTableName(ctx);
            const QString child = StatementContext::rangeVarName(obj(partition, "name"));
            const bool available = ctx.serverVersion() >= 140000;
            Finding f = make(ctx, ctx.statementRange(),
                             tr("Detaching %1 from %2 locks %2 against reads and writes.").arg(child, table),
                             tr("A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table, so every query "
                                "on any partition waits for it."),
                             available ? tr("Use DETACH PARTITION ... CONCURRENTLY (outside a transaction block).")
                                       : tr("DETACH PARTITION ... CONCURRENTLY needs PostgreSQL 14; before that, run the "
                                            "detach in a quiet window with a short lock_timeout."));
            if (available && cmds.size() == 1 && !ctx.inTransaction())
                f.fix = Fix{tr("Detach CONCURRENTLY"), {insertAt(ctx.statementRange().end, QStringLiteral(" CONCURRENTLY"))}};
            out << f;
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeRequireConcurrentPartitionDetach()
{
    return std::make_unique<RequireConcurrentPartitionDetach>();
}

} // namespace slipway
