#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's disallowed-unique-constraint and adding-serial-primary-key-field: a
// UNIQUE or PRIMARY KEY constraint builds its index under ACCESS EXCLUSIVE.
class IndexConstraintRule : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(IndexConstraintRule)

public:
    explicit IndexConstraintRule(bool primary) : m_primary(primary) {}

    QString id() const override
    {
        return m_primary ? QStringLiteral("adding-serial-primary-key-field") : QStringLiteral("disallowed-unique-constraint");
    }
    QString summary() const override
    {
        return m_primary ? tr("Adding a primary key builds its index while reads and writes wait")
                         : tr("Adding a UNIQUE constraint builds its index while reads and writes wait");
    }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString wanted = m_primary ? QStringLiteral("CONSTR_PRIMARY") : QStringLiteral("CONSTR_UNIQUE");
        const QString table = alterTableName(ctx);
        for (const QJsonValue &v : ctx.commands()) {
            const QJsonObject cmd = v.toObject();
            const QString subtype = str(cmd, "subtype");
            QList<QJsonObject> found;
            if (subtype == QLatin1String("AT_AddConstraint")) {
                const QJsonObject constraint = unwrap(cmd.value(QStringLiteral("def")), "Constraint");
                if (str(constraint, "contype") == wanted && !constraint.contains(QStringLiteral("indexname")))
                    found << constraint;
            } else if (subtype == QLatin1String("AT_AddColumn")) {
                for (const QJsonValue &c : arr(unwrap(cmd.value(QStringLiteral("def")), "ColumnDef"), "constraints")) {
                    if (str(unwrap(c, "Constraint"), "contype") == wanted)
                        found << unwrap(c, "Constraint");
                }
            }
            for (const QJsonObject &constraint : found) {
                Finding f = make(ctx, ctx.rangeFrom(constraint.value(QStringLiteral("location")).toInt(-1)),
                                 m_primary ? tr("Adding a primary key to %1 builds a unique index while the table is locked.").arg(table)
                                           : tr("Adding a UNIQUE constraint to %1 builds a unique index while the table is locked.").arg(table),
                                 tr("The constraint's index is built inside the ALTER TABLE under an ACCESS EXCLUSIVE lock: "
                                    "every read and write of %1 waits until the whole table has been indexed.").arg(table),
                                 m_primary ? tr("CREATE UNIQUE INDEX CONCURRENTLY first (make the columns NOT NULL safely too), "
                                                "then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.")
                                           : tr("CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... "
                                                "UNIQUE USING INDEX, which is instant."));
                if (subtype == QLatin1String("AT_AddConstraint"))
                    f.fix = usingIndexFix(ctx, constraint);
                scaleWithTable(ctx, table, f);
                out << f;
            }
        }
    }

private:
    bool m_primary = false;
};

} // namespace

std::unique_ptr<LintRule> makeDisallowedUniqueConstraint()
{
    return std::make_unique<IndexConstraintRule>(false);
}

std::unique_ptr<LintRule> makeAddingSerialPrimaryKeyField()
{
    return std::make_unique<IndexConstraintRule>(true);
}

} // namespace slipway
