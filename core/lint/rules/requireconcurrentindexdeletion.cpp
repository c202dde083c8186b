#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's require-concurrent-index-deletion.
class RequireConcurrentIndexDeletion : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RequireConcurrentIndexDeletion)

public:
    QString id() const override { return QStringLiteral("require-concurrent-index-deletion"); }
    QString summary() const override { return tr("DROP INDEX without CONCURRENTLY blocks reads and writes of the table"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QJsonObject node = ctx.node();
        if (ctx.nodeType() != QLatin1String("DropStmt") || str(node, "removeType") != QLatin1String("OBJECT_INDEX")
            || node.value(QStringLiteral("concurrent")).toBool())
            return;
        const QJsonArray objects = arr(node, "objects");
        const QString index = objects.isEmpty() ? QString() : dottedName(arr(unwrap(objects.first(), "List"), "items"));
        Finding f = make(ctx, ctx.statementRange(),
                         tr("Dropping index %1 without CONCURRENTLY locks its table.").arg(index),
                         tr("DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; if a long query holds the "
                            "table, the DROP waits and every other query queues behind it."),
                         tr("Use DROP INDEX CONCURRENTLY, outside a transaction block (one index per statement)."));
        if (objects.size() == 1 && !ctx.inTransaction()) {
            if (const auto token = findWord(ctx, {QStringLiteral("INDEX")})) {
                const TextRange at = ctx.tokenRange(*token);
                f.fix = Fix{tr("Drop the index CONCURRENTLY"), {insertAt(at.end, QStringLiteral(" CONCURRENTLY"))}};
            }
        }
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeRequireConcurrentIndexDeletion()
{
    return std::make_unique<RequireConcurrentIndexDeletion>();
}

} // namespace slipway
