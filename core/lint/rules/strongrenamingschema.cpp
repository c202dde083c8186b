#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// strong_migrations' rename_schema check: every qualified name and every
// search_path that mentions the old schema stops resolving at once.
class RenamingSchema : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RenamingSchema)

public:
    QString id() const override { return QStringLiteral("renaming-schema"); }
    QString summary() const override { return tr("Renaming a schema breaks every query that names it"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("RenameStmt")
            || ctx.node().value(QStringLiteral("renameType")).toString() != QLatin1String("OBJECT_SCHEMA"))
            return;
        const QString from = ctx.node().value(QStringLiteral("subname")).toString();
        const QString to = ctx.node().value(QStringLiteral("newname")).toString();
        out << make(ctx, ctx.statementRange(),
                    tr("Renaming the schema %1 to %2 breaks every query, function and search_path that names %1.")
                        .arg(from, to),
                    tr("Running application code, views' callers, functions with SET search_path, "
                       "grants scripts and connection settings keep using %1 and fail with \"relation does "
                       "not exist\" as soon as the rename commits.").arg(from),
                    tr("Create schema %2, move the objects with ALTER ... SET SCHEMA %2 while code reaches "
                       "them through a search_path that lists both schemas, deploy code that names %2, and "
                       "drop %1 once nothing uses it.").arg(from, to));
    }
};

} // namespace

std::unique_ptr<LintRule> makeRenamingSchema()
{
    return std::make_unique<RenamingSchema>();
}

} // namespace slipway
