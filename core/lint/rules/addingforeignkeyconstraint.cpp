#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's adding-foreign-key-constraint: a validated foreign key locks both
// tables against writes while every row is checked.
class AddingForeignKeyConstraint : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(AddingForeignKeyConstraint)

public:
    QString id() const override { return QStringLiteral("adding-foreign-key-constraint"); }
    QString summary() const override { return tr("A validated foreign key blocks writes to both tables while it checks every row"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        for (const QJsonValue &v : ctx.commands()) {
            const QJsonObject cmd = v.toObject();
            const QString subtype = str(cmd, "subtype");
            QList<QJsonObject> foreignKeys;
            QJsonObject columnDef;
            bool onNewColumn = false;
            if (subtype == QLatin1String("AT_AddConstraint")) {
                const QJsonObject constraint = unwrap(cmd.value(QStringLiteral("def")), "Constraint");
                if (str(constraint, "contype") == QLatin1String("CONSTR_FOREIGN")
                    && !constraint.value(QStringLiteral("skip_validation")).toBool())
                    foreignKeys << constraint;
            } else if (subtype == QLatin1String("AT_AddColumn")) {
                columnDef = unwrap(cmd.value(QStringLiteral("def")), "ColumnDef");
                for (const QJsonValue &c : arr(columnDef, "constraints")) {
                    const QJsonObject constraint = unwrap(c, "Constraint");
                    if (str(constraint, "contype") == QLatin1String("CONSTR_FOREIGN"))
                        foreignKeys << constraint;
                }
                onNewColumn = true;
            }
            for (const QJsonObject &constraint : foreignKeys) {
                const QString referenced = StatementContext::rangeVarName(obj(constraint, "pktable"));
                Finding f = make(ctx, ctx.rangeFrom(constraint.value(QStringLiteral("location")).toInt(-1)),
                                 tr("The foreign key from %1 to %2 is validated while writes to both tables wait.").arg(table, referenced),
                                 tr("Adding a foreign key takes SHARE ROW EXCLUSIVE locks on %1 and %2 and checks every "
                                    "existing row before it commits; inserts, updates and deletes queue behind it.").arg(table, referenced),
                                 onNewColumn ? tr("Add the column without REFERENCES, then add the foreign key as a separate "
                                                  "constraint NOT VALID and VALIDATE it in a later transaction.")
                                             : tr("Add the constraint NOT VALID (instant), then run VALIDATE CONSTRAINT in a "
                                                  "separate transaction; validation does not block writes."));
                f.fix = onNewColumn ? addColumnForeignKeyFix(ctx, columnDef, constraint) : notValidFix(ctx, constraint);
                scaleWithTable(ctx, table, f);
                out << f;
            }
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeAddingForeignKeyConstraint()
{
    return std::make_unique<AddingForeignKeyConstraint>();
}

} // namespace slipway
