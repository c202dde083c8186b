#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's changing-column-type.
class ChangingColumnType : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(ChangingColumnType)

public:
    QString id() const override { return QStringLiteral("changing-column-type"); }
    QString summary() const override { return tr("Changing a column's type usually rewrites the table under ACCESS EXCLUSIVE"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        const bool rewrite = ctx.impact().effect == LockImpact::Effect::Rewrite;
        for (const ColumnTypeSite &site : columnTypeSites(ctx)) {
            if (site.kind != QLatin1String("alter"))
                continue;
            Finding f = make(ctx, typeRange(ctx, site.typeName),
                             rewrite ? tr("Changing the type of %1.%2 rewrites %1: %3.").arg(table, site.column, ctx.impact().effectReason)
                                     : tr("Changing the type of %1.%2 locks %1 (ACCESS EXCLUSIVE).").arg(table, site.column),
                             tr("Unless the new type is binary-compatible (varchar(n) to a larger n or to text), the "
                                "table and every index are rewritten while all reads and writes wait; running code "
                                "may also not understand the new type."),
                             tr("Add a new column with the new type, backfill it in batches, switch the code over, "
                                "then drop the old column (expand/contract)."));
            if (!rewrite)
                f.severity = Severity::Hint;
            else
                scaleWithTable(ctx, table, f);
            out << f;
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeChangingColumnType()
{
    return std::make_unique<ChangingColumnType>();
}

} // namespace slipway
