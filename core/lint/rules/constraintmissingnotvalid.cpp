#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's constraint-missing-not-valid: a new constraint is checked against
// every row while ACCESS EXCLUSIVE (or SHARE ROW EXCLUSIVE) is held; and
// VALIDATE in the same transaction as the NOT VALID add gains nothing.
class ConstraintMissingNotValid : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(ConstraintMissingNotValid)

public:
    QString id() const override { return QStringLiteral("constraint-missing-not-valid"); }
    QString summary() const override { return tr("Adding a constraint without NOT VALID checks every row under a blocking lock"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        for (const QJsonValue &v : ctx.commands()) {
            const QJsonObject cmd = v.toObject();
            const QString subtype = str(cmd, "subtype");
            if (subtype == QLatin1String("AT_ValidateConstraint")) {
                const QString name = str(cmd, "name");
                if (!ctx.inTransaction() || !ctx.state().notValidInTransaction.contains(name))
                    continue;
                const auto token = findWord(ctx, {QStringLiteral("VALIDATE")});
                out << make(ctx, token ? ctx.tokenRange(*token) : ctx.statementRange(),
                            tr("Validating %1 in the same transaction that added it NOT VALID keeps the blocking lock "
                               "during the scan.").arg(name),
                            tr("ADD CONSTRAINT ... NOT VALID took an ACCESS EXCLUSIVE lock on %1 that is held until "
                               "COMMIT, so the VALIDATE scan runs while every read and write waits.").arg(table),
                            tr("COMMIT after adding the constraint NOT VALID and run VALIDATE CONSTRAINT in its own "
                               "transaction (or a later migration)."));
                continue;
            }
            if (subtype != QLatin1String("AT_AddConstraint"))
                continue;
            const QJsonObject constraint = unwrap(cmd.value(QStringLiteral("def")), "Constraint");
            if (constraint.value(QStringLiteral("skip_validation")).toBool() || constraint.contains(QStringLiteral("indexname")))
                continue;
            const QString kind = str(constraint, "contype");
            const bool index = kind == QLatin1String("CONSTR_UNIQUE") || kind == QLatin1String("CONSTR_PRIMARY")
                               || kind == QLatin1String("CONSTR_EXCLUSION");
            const QString name = str(constraint, "conname");
            Finding f = make(ctx, ctx.rangeFrom(constraint.value(QStringLiteral("location")).toInt(-1)),
                             name.isEmpty() ? tr("The new constraint on %1 is checked against every row while the table is locked.").arg(table)
                                            : tr("Constraint %1 on %2 is checked against every row while the table is locked.").arg(name, table),
                             tr("Without NOT VALID, PostgreSQL verifies all existing rows inside the ALTER TABLE, holding a "
                                "lock that blocks writes (and, for most constraints, reads) for the whole scan."),
                             index ? tr("A UNIQUE, PRIMARY KEY or EXCLUDE constraint cannot be NOT VALID: build the index "
                                        "with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX.")
                                   : tr("Add the constraint NOT VALID (only new rows are checked), then run ALTER TABLE "
                                        "... VALIDATE CONSTRAINT in a separate transaction; it does not block reads or writes."));
            f.fix = index ? usingIndexFix(ctx, constraint) : notValidFix(ctx, constraint);
            if (kind == QLatin1String("CONSTR_EXCLUSION"))
                f.fix.reset();
            scaleWithTable(ctx, table, f);
            out << f;
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeConstraintMissingNotValid()
{
    return std::make_unique<ConstraintMissingNotValid>();
}

} // namespace slipway
