#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's ban-drop-not-null.
class BanDropNotNull : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanDropNotNull)

public:
    QString id() const override { return QStringLiteral("ban-drop-not-null"); }
    QString summary() const override { return tr("Dropping NOT NULL lets NULLs in that running code does not expect"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        for (const QJsonValue &v : ctx.commands()) {
            const QJsonObject cmd = v.toObject();
            if (str(cmd, "subtype") != QLatin1String("AT_DropNotNull"))
                continue;
            const auto token = findWord(ctx, {QStringLiteral("DROP")});
            out << make(ctx, token ? ctx.tokenRange(*token) : ctx.statementRange(),
                        tr("%1.%2 becomes nullable.").arg(table, str(cmd, "name")),
                        tr("Code deployed today assumes the column is never NULL; once NULLs are written, older "
                           "application versions and reports break, and restoring NOT NULL needs a full scan."),
                        tr("Make sure every reader handles NULL (deploy that first), then drop the constraint."));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeBanDropNotNull()
{
    return std::make_unique<BanDropNotNull>();
}

} // namespace slipway
