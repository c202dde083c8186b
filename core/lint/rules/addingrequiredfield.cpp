#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's adding-required-field: ADD COLUMN ... NOT NULL without a default
// fails on any table that has rows.
class AddingRequiredField : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(AddingRequiredField)

public:
    QString id() const override { return QStringLiteral("adding-required-field"); }
    QString summary() const override { return tr("A new NOT NULL column without a default fails on a table with rows"); }
    Severity defaultSeverity() const override { return Severity::Error; }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        for (const QJsonValue &v : ctx.commands()) {
            const QJsonObject cmd = v.toObject();
            if (str(cmd, "subtype") != QLatin1String("AT_AddColumn"))
                continue;
            const QJsonObject column = unwrap(cmd.value(QStringLiteral("def")), "ColumnDef");
            bool notNull = false;
            bool filled = false;
            int location = -1;
            for (const QJsonValue &c : arr(column, "constraints")) {
                const QJsonObject constraint = unwrap(c, "Constraint");
                const QString kind = str(constraint, "contype");
                if (kind == QLatin1String("CONSTR_NOTNULL")) {
                    notNull = true;
                    location = constraint.value(QStringLiteral("location")).toInt(-1);
                } else if (kind == QLatin1String("CONSTR_DEFAULT") || kind == QLatin1String("CONSTR_GENERATED")
                           || kind == QLatin1String("CONSTR_IDENTITY")) {
                    filled = true;
                }
            }
            if (!notNull || filled)
                continue;
            const QString name = str(column, "colname");
            Finding f = make(ctx, ctx.rangeAt(location, 8),
                             tr("Adding the NOT NULL column %1 to %2 without a default fails if %2 has any rows.").arg(name, table),
                             tr("PostgreSQL must fill the new column for every existing row; with no default the "
                                "value is NULL, which violates NOT NULL, and the whole migration aborts."),
                             tr("Add the column as nullable (or with a constant DEFAULT), backfill it in batches, "
                                "then add a CHECK (%1 IS NOT NULL) NOT VALID constraint, VALIDATE it and SET NOT NULL.")
                                 .arg(name));
            scaleWithTable(ctx, table, f);
            out << f;
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeAddingRequiredField()
{
    return std::make_unique<AddingRequiredField>();
}

} // namespace slipway
