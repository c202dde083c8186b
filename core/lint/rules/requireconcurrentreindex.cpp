#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's require-concurrent-reindex.
class RequireConcurrentReindex : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RequireConcurrentReindex)

public:
    QString id() const override { return QStringLiteral("require-concurrent-reindex"); }
    QString summary() const override { return tr("REINDEX without CONCURRENTLY blocks writes (and reads using the index)"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QJsonObject node = ctx.node();
        if (ctx.nodeType() != QLatin1String("ReindexStmt") || str(node, "kind") == QLatin1String("REINDEX_OBJECT_SYSTEM"))
            return;
        for (const QJsonValue &p : arr(node, "params")) {
            if (str(unwrap(p, "DefElem"), "defname") == QLatin1String("concurrently"))
                return;
        }
        const bool available = ctx.serverVersion() >= 120000;
        Finding f = make(ctx, ctx.statementRange(), tr("REINDEX without CONCURRENTLY locks the table while the index is rebuilt."),
                         tr("REINDEX holds a SHARE lock on the table (blocking writes) and ACCESS EXCLUSIVE on the index "
                            "(blocking queries that would use it) for the whole rebuild."),
                         available ? tr("Use REINDEX ... CONCURRENTLY, outside a transaction block.")
                                   : tr("REINDEX CONCURRENTLY needs PostgreSQL 12; before that, build a new index "
                                        "CONCURRENTLY and drop the old one."));
        static const QStringList kinds = {QStringLiteral("INDEX"), QStringLiteral("TABLE"), QStringLiteral("SCHEMA"),
                                          QStringLiteral("DATABASE")};
        if (available && !ctx.inTransaction()) {
            if (const auto token = findWord(ctx, kinds))
                f.fix = Fix{tr("Reindex CONCURRENTLY"), {insertAt(ctx.tokenRange(*token).end, QStringLiteral(" CONCURRENTLY"))}};
        }
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeRequireConcurrentReindex()
{
    return std::make_unique<RequireConcurrentReindex>();
}

} // namespace slipway
