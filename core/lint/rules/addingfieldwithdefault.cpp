#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// squawk's adding-field-with-default: a default that must be computed per row
// (volatile, or any default before PostgreSQL 11, or a stored generated
// column) rewrites the table under ACCESS EXCLUSIVE.
class AddingFieldWithDefault : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(AddingFieldWithDefault)

public:
    QString id() const override { return QStringLiteral("adding-field-with-default"); }
    QString summary() const override { return tr("A new column whose default is computed per row rewrites the table"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("AlterTableStmt") || ctx.impact().effect != LockImpact::Effect::Rewrite)
            return;
        const QString table = StatementContext::rangeVarName(ctx.node().value(QStringLiteral("relation")).toObject());
        for (const QJsonValue &v : StatementContext::alterCommands(ctx.node())) {
            const QJsonObject cmd = v.toObject();
            if (cmd.value(QStringLiteral("subtype")).toString() != QLatin1String("AT_AddColumn"))
                continue;
            const QJsonObject column = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("ColumnDef")).toObject();
            for (const QJsonValue &c : column.value(QStringLiteral("constraints")).toArray()) {
                const QJsonObject constraint = c.toObject().value(QStringLiteral("Constraint")).toObject();
                const QString kind = constraint.value(QStringLiteral("contype")).toString();
                if (kind != QLatin1String("CONSTR_DEFAULT") && kind != QLatin1String("CONSTR_GENERATED"))
                    continue;
                const QString name = column.value(QStringLiteral("colname")).toString();
                Finding f = make(ctx, ctx.rangeFrom(constraint.value(QStringLiteral("location")).toInt(-1)),
                                 kind == QLatin1String("CONSTR_GENERATED")
                                     ? tr("Adding the stored generated column %1 rewrites %2.").arg(name, table)
                                     : tr("Adding %1 with this default rewrites %2: %3.").arg(name, table, ctx.impact().effectReason),
                                 tr("The table and all its indexes are rewritten while an ACCESS EXCLUSIVE lock blocks "
                                    "every read and write."),
                                 tr("Add the column without the default (or with a constant one), set the default "
                                    "separately, and backfill existing rows in batches."));
                f.range = ctx.rangeAt(constraint.value(QStringLiteral("location")).toInt(-1));
                scaleWithTable(ctx, table, f);
                out << f;
            }
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeAddingFieldWithDefault()
{
    return std::make_unique<AddingFieldWithDefault>();
}

} // namespace slipway
