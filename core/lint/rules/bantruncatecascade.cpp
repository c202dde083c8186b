#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's ban-truncate-cascade.
class BanTruncateCascade : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanTruncateCascade)

public:
    QString id() const override { return QStringLiteral("ban-truncate-cascade"); }
    QString summary() const override { return tr("TRUNCATE ... CASCADE empties every table that references these"); }
    Severity defaultSeverity() const override { return Severity::Error; }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("TruncateStmt") || str(ctx.node(), "behavior") != QLatin1String("DROP_CASCADE"))
            return;
        QStringList tables;
        for (const QJsonValue &v : arr(ctx.node(), "relations"))
            tables << StatementContext::rangeVarName(unwrap(v, "RangeVar"));
        const auto cascade = findWord(ctx, {QStringLiteral("CASCADE")});
        Finding f = make(ctx, cascade ? ctx.tokenRange(*cascade) : ctx.statementRange(),
                         tr("TRUNCATE %1 CASCADE also empties every table with a foreign key to it, recursively.")
                             .arg(tables.join(QStringLiteral(", "))),
                         tr("CASCADE follows foreign keys without listing what it empties: tables you did not name lose "
                            "all their rows, under ACCESS EXCLUSIVE locks."),
                         tr("Name every table to truncate explicitly and leave CASCADE out; PostgreSQL then refuses "
                            "instead of deleting more than intended."));
        if (cascade) {
            const TextRange at = ctx.tokenRange(*cascade);
            f.fix = Fix{tr("Remove CASCADE (TRUNCATE refuses if other tables reference these)"),
                        {TextEdit{at.start, at.end, QStringLiteral("RESTRICT")}}};
        }
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeBanTruncateCascade()
{
    return std::make_unique<BanTruncateCascade>();
}

} // namespace slipway
