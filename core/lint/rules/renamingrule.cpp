#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's renaming-column and renaming-table: running code still uses the old name.
class RenamingRule : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RenamingRule)

public:
    explicit RenamingRule(bool table) : m_table(table) {}

    QString id() const override { return m_table ? QStringLiteral("renaming-table") : QStringLiteral("renaming-column"); }
    QString summary() const override
    {
        return m_table ? tr("Renaming a table breaks every query that uses the old name")
                       : tr("Renaming a column breaks every query that uses the old name");
    }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("RenameStmt"))
            return;
        const QJsonObject node = ctx.node();
        const QString type = str(node, "renameType");
        const QString table = StatementContext::rangeVarName(obj(node, "relation"));
        const QString newName = str(node, "newname");
        if (m_table && type == QLatin1String("OBJECT_TABLE")) {
            out << make(ctx, ctx.statementRange(), tr("Renaming %1 to %2 breaks code that still uses %1.").arg(table, newName),
                        tr("The rename is instant, but every running application instance, view definition written "
                           "as text, and report that names the table fails at once."),
                        tr("Create the new table name as a view over the old one (or the reverse) while code moves "
                           "over, or copy with dual writes; drop the old name once nothing uses it."));
        } else if (!m_table && type == QLatin1String("OBJECT_COLUMN")
                   && str(node, "relationType") == QLatin1String("OBJECT_TABLE")) {
            out << make(ctx, ctx.statementRange(),
                        tr("Renaming %1.%2 to %3 breaks code that still uses %2.").arg(table, str(node, "subname"), newName),
                        tr("The rename is instant, but application instances still running the previous release "
                           "select and write the old column name and fail."),
                        tr("Add the new column, write to both, backfill, move reads over, then drop the old column "
                           "in a later release."));
        }
    }

private:
    bool m_table = false;
};

} // namespace

std::unique_ptr<LintRule> makeRenamingColumn()
{
    return std::make_unique<RenamingRule>(false);
}

std::unique_ptr<LintRule> makeRenamingTable()
{
    return std::make_unique<RenamingRule>(true);
}

} // namespace slipway
