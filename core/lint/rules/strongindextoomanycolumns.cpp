#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// strong_migrations' add_index_columns check: a non-unique index over more
// than three columns rarely helps a query more than its first three would,
// while it costs every write and a lot of space.
class IndexTooManyColumns : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(IndexTooManyColumns)

public:
    static constexpr int kMaxColumns = 3;

    QString id() const override { return QStringLiteral("index-too-many-columns"); }
    QString summary() const override { return tr("A non-unique index over more than three columns rarely pays off"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("IndexStmt") || ctx.node().value(QStringLiteral("unique")).toBool())
            return;
        const int columns = int(ctx.node().value(QStringLiteral("indexParams")).toArray().size());
        if (columns <= kMaxColumns)
            return;
        const QString table = StatementContext::rangeVarName(ctx.node().value(QStringLiteral("relation")).toObject());
        const QString name = ctx.node().value(QStringLiteral("idxname")).toString();
        out << make(ctx, ctx.statementRange(),
                    name.isEmpty() ? tr("This index on %1 has %2 key columns.").arg(table, QString::number(columns))
                                   : tr("Index %1 on %2 has %3 key columns.").arg(name, table, QString::number(columns)),
                    tr("Beyond the first few columns a B-tree rarely narrows a search further, but every "
                       "INSERT and UPDATE pays for the wider entries, the index is larger to build and to "
                       "keep in memory, and HOT updates become rarer."),
                    tr("Index the %1 most selective columns that queries filter on; move columns that are "
                       "only read into INCLUDE (...) for an index-only scan.").arg(kMaxColumns));
    }
};

} // namespace

std::unique_ptr<LintRule> makeIndexTooManyColumns()
{
    return std::make_unique<IndexTooManyColumns>();
}

} // namespace slipway
