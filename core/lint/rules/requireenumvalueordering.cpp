#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's require-enum-value-ordering.
class RequireEnumValueOrdering : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RequireEnumValueOrdering)

public:
    QString id() const override { return QStringLiteral("require-enum-value-ordering"); }
    QString summary() const override { return tr("ADD VALUE without BEFORE/AFTER puts the value last, whatever the order means"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("AlterEnumStmt") || str(ctx.node(), "newVal").isEmpty()
            || !str(ctx.node(), "oldVal").isEmpty() || !str(ctx.node(), "newValNeighbor").isEmpty())
            return;
        out << make(ctx, ctx.statementRange(),
                    tr("Value '%1' is added at the end of enum %2.").arg(str(ctx.node(), "newVal"), dottedName(arr(ctx.node(), "typeName"))),
                    tr("Enum values sort in declaration order (ORDER BY, <, >); appending puts the new value after "
                       "all others, which is often not the intended order and cannot be changed later."),
                    tr("Say where it belongs: ADD VALUE '...' BEFORE '...' or AFTER '...'."));
    }
};

} // namespace

std::unique_ptr<LintRule> makeRequireEnumValueOrdering()
{
    return std::make_unique<RequireEnumValueOrdering>();
}

} // namespace slipway
