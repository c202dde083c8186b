#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's ban-drop-database.
class BanDropDatabase : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanDropDatabase)

public:
    QString id() const override { return QStringLiteral("ban-drop-database"); }
    QString summary() const override { return tr("DROP DATABASE does not belong in a migration"); }
    Severity defaultSeverity() const override { return Severity::Error; }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("DropdbStmt"))
            return;
        out << make(ctx, ctx.statementRange(), tr("Dropping the database %1 deletes everything in it.").arg(str(ctx.node(), "dbname")),
                    tr("Every table, row and object of the database is gone at once; nothing but a backup brings it back."),
                    tr("Drop databases by hand, deliberately, outside the migration history."));
    }
};

} // namespace

std::unique_ptr<LintRule> makeBanDropDatabase()
{
    return std::make_unique<BanDropDatabase>();
}

} // namespace slipway
