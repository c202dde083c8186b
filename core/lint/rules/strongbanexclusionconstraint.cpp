#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// strong_migrations' add_exclusion_constraint check: an exclusion constraint
// cannot be added NOT VALID, so every existing row is checked while the table
// is locked against reads and writes.
class BanExclusionConstraint : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanExclusionConstraint)

public:
    QString id() const override { return QStringLiteral("ban-exclusion-constraint"); }
    QString summary() const override { return tr("Adding an exclusion constraint locks the table while every row is checked"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("AlterTableStmt"))
            return;
        const QString table = StatementContext::rangeVarName(ctx.node().value(QStringLiteral("relation")).toObject());
        if (ctx.createdInFile(table))
            return; // empty and unused yet
        for (const QJsonValue &v : ctx.commands()) {
            const QJsonObject cmd = v.toObject();
            if (cmd.value(QStringLiteral("subtype")).toString() != QLatin1String("AT_AddConstraint"))
                continue;
            const QJsonObject constraint = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("Constraint")).toObject();
            if (constraint.value(QStringLiteral("contype")).toString() != QLatin1String("CONSTR_EXCLUSION"))
                continue;
            const QString name = constraint.value(QStringLiteral("conname")).toString();
            Finding f = make(ctx, ctx.rangeFrom(constraint.value(QStringLiteral("location")).toInt(-1)),
                             name.isEmpty() ? tr("Adding an exclusion constraint to %1 blocks reads and writes until "
                                                 "every row is checked.").arg(table)
                                            : tr("Adding the exclusion constraint %1 to %2 blocks reads and writes "
                                                 "until every row is checked.").arg(name, table),
                             tr("ALTER TABLE ... ADD ... EXCLUDE takes an ACCESS EXCLUSIVE lock and builds the "
                                "constraint's index while holding it. Unlike CHECK and foreign keys it cannot be "
                                "added NOT VALID and validated later, and there is no USING INDEX form."),
                             tr("Declare exclusion constraints when the table is created. On an existing busy "
                                "table, enforce the rule in the application or with a trigger, or schedule the "
                                "change in a maintenance window with a lock_timeout."));
            scaleWithTable(ctx, table, f);
            out << f;
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeBanExclusionConstraint()
{
    return std::make_unique<BanExclusionConstraint>();
}

} // namespace slipway
