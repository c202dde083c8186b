#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>
#include <QHash>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's ban-duplicate-column-assignments: UPDATE ... SET a = 1, a = 2 (and
// INSERT (a, a), ON CONFLICT / MERGE updates) fail at run time.
class BanDuplicateColumnAssignments : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanDuplicateColumnAssignments)

public:
    QString id() const override { return QStringLiteral("ban-duplicate-column-assignments"); }
    QString summary() const override { return tr("A column assigned twice in one statement is an error"); }
    Severity defaultSeverity() const override { return Severity::Error; }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QJsonObject node = ctx.node();
        const QString type = ctx.nodeType();
        if (type == QLatin1String("UpdateStmt")) {
            report(ctx, arr(node, "targetList"), out);
        } else if (type == QLatin1String("InsertStmt")) {
            report(ctx, arr(node, "cols"), out);
            report(ctx, arr(obj(obj(node, "onConflictClause"), "OnConflictClause").isEmpty()
                                ? obj(node, "onConflictClause")
                                : obj(obj(node, "onConflictClause"), "OnConflictClause"),
                            "targetList"),
                   out);
        } else if (type == QLatin1String("MergeStmt")) {
            for (const QJsonValue &clause : arr(node, "mergeWhenClauses")) {
                report(ctx, arr(unwrap(clause, "MergeWhenClause"), "targetList"), out);
            }
        }
    }

private:
    void report(const StatementContext &ctx, const QJsonArray &targets, QList<Finding> &out) const
    {
        QHash<QString, int> counts;
        QList<QPair<QString, int>> items;
        for (const QJsonValue &v : targets) {
            const QJsonObject target = unwrap(v, "ResTarget");
            QStringList path{str(target, "name")};
            for (const QJsonValue &i : arr(target, "indirection"))
                path << unwrap(i, "String").value(QStringLiteral("sval")).toString();
            const QString key = path.join(QLatin1Char('.'));
            counts[key] += 1;
            items << qMakePair(key, target.value(QStringLiteral("location")).toInt(-1));
        }
        for (const auto &item : items) {
            if (counts.value(item.first) < 2)
                continue;
            out << make(ctx, ctx.rangeAt(item.second), tr("Column %1 is assigned more than once.").arg(item.first),
                        tr("PostgreSQL rejects the statement (\"multiple assignments to same column\"), so the "
                           "migration stops here."),
                        tr("Assign each column once."));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeBanDuplicateColumnAssignments()
{
    return std::make_unique<BanDuplicateColumnAssignments>();
}

} // namespace slipway
