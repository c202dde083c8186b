#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's ban-create-domain-with-constraint and ban-alter-domain-with-add-constraint.
class DomainConstraintRule : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(DomainConstraintRule)

public:
    explicit DomainConstraintRule(bool alter) : m_alter(alter) {}

    QString id() const override
    {
        return m_alter ? QStringLiteral("ban-alter-domain-with-add-constraint")
                       : QStringLiteral("ban-create-domain-with-constraint");
    }
    QString summary() const override { return tr("Constraints on domains are checked against every column using the domain"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QJsonObject node = ctx.node();
        QString domain;
        int location = -1;
        if (m_alter) {
            if (ctx.nodeType() != QLatin1String("AlterDomainStmt") || str(node, "subtype") != QLatin1String("C"))
                return;
            domain = dottedName(arr(node, "typeName"));
            location = unwrap(node.value(QStringLiteral("def")), "Constraint").value(QStringLiteral("location")).toInt(-1);
        } else {
            if (ctx.nodeType() != QLatin1String("CreateDomainStmt") || arr(node, "constraints").isEmpty())
                return;
            domain = dottedName(arr(node, "domainname"));
            location = unwrap(arr(node, "constraints").first(), "Constraint").value(QStringLiteral("location")).toInt(-1);
        }
        out << make(ctx, ctx.rangeFrom(location),
                    m_alter ? tr("Adding a constraint to domain %1 checks every column of that type.").arg(domain)
                            : tr("Domain %1 carries a constraint.").arg(domain),
                    tr("Domain constraints are checked for every table column of the domain, with locks on those "
                       "tables, and they cannot be changed or validated per table; changing them later is hard to "
                       "do without blocking."),
                    tr("Put the CHECK constraint on the table columns instead (added NOT VALID, then validated)."));
    }

private:
    bool m_alter = false;
};

} // namespace

std::unique_ptr<LintRule> makeBanCreateDomainWithConstraint()
{
    return std::make_unique<DomainConstraintRule>(false);
}

std::unique_ptr<LintRule> makeBanAlterDomainWithAddConstraint()
{
    return std::make_unique<DomainConstraintRule>(true);
}

} // namespace slipway
