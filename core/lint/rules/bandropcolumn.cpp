#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's ban-drop-column.
class BanDropColumn : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanDropColumn)

public:
    QString id() const override { return QStringLiteral("ban-drop-column"); }
    QString summary() const override { return tr("Dropping a column loses its data and breaks code that still uses it"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        for (const QJsonValue &v : ctx.commands()) {
            const QJsonObject cmd = v.toObject();
            if (str(cmd, "subtype") != QLatin1String("AT_DropColumn"))
                continue;
            out << make(ctx, ctx.statementRange(), tr("Dropping %1.%2 deletes its data.").arg(table, str(cmd, "name")),
                        tr("Queries and ORMs that still select or insert the column fail as soon as it is gone, and "
                           "the values can only come back from a backup."),
                        tr("Stop reading and writing the column in a deployed release first (expand/contract), back "
                           "up the values, then drop it in a later migration."));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeBanDropColumn()
{
    return std::make_unique<BanDropColumn>();
}

} // namespace slipway
