#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's prefer-repack: from PostgreSQL 19, REPACK (CONCURRENTLY) replaces
// CLUSTER and VACUUM FULL without blocking.
class PreferRepack : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(PreferRepack)

public:
    QString id() const override { return QStringLiteral("prefer-repack"); }
    QString summary() const override { return tr("CLUSTER and VACUUM FULL block the table; REPACK (CONCURRENTLY) does not"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.serverVersion() < 190000)
            return;
        const QJsonObject node = ctx.node();
        QString replacement;
        QString what;
        if (ctx.nodeType() == QLatin1String("ClusterStmt")) {
            what = QStringLiteral("CLUSTER");
            const QString table = StatementContext::rangeVarName(obj(node, "relation"));
            const QString index = str(node, "indexname");
            replacement = QStringLiteral("REPACK (CONCURRENTLY)");
            if (!table.isEmpty())
                replacement += QLatin1Char(' ') + quoteQualified(table);
            if (!table.isEmpty() && !index.isEmpty())
                replacement += QStringLiteral(" USING INDEX ") + quoteIdent(index);
        } else if (ctx.nodeType() == QLatin1String("VacuumStmt") && node.value(QStringLiteral("is_vacuumcmd")).toBool()) {
            bool full = false;
            for (const QJsonValue &o : arr(node, "options")) {
                const QJsonObject option = unwrap(o, "DefElem");
                if (str(option, "defname") != QLatin1String("full"))
                    continue;
                const QJsonObject arg = obj(option, "arg");
                full = arg.isEmpty() || obj(arg, "Boolean").value(QStringLiteral("boolval")).toBool()
                       || obj(arg, "String").value(QStringLiteral("sval")).toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            }
            if (!full)
                return;
            what = QStringLiteral("VACUUM FULL");
            QStringList tables;
            for (const QJsonValue &r : arr(node, "rels"))
                tables << quoteQualified(StatementContext::rangeVarName(obj(unwrap(r, "VacuumRelation"), "relation")));
            replacement = QStringLiteral("REPACK (CONCURRENTLY)");
            if (!tables.isEmpty())
                replacement += QLatin1Char(' ') + tables.join(QStringLiteral(", "));
        } else {
            return;
        }
        Finding f = make(ctx, ctx.statementRange(), tr("%1 holds ACCESS EXCLUSIVE while it rewrites the table.").arg(what),
                         tr("Every read and write of the table waits until the rewrite finishes."),
                         tr("Use REPACK (CONCURRENTLY), which rewrites the table without blocking reads and writes."));
        f.fix = Fix{tr("Use REPACK (CONCURRENTLY)"), {replace(ctx.statementRange(), replacement)}};
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makePreferRepack()
{
    return std::make_unique<PreferRepack>();
}

} // namespace slipway
