#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// strong_migrations' add_column :json check: json has no equality operator, so
// SELECT DISTINCT, UNION and GROUP BY over the table's rows start failing.
class PreferJsonb : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(PreferJsonb)

public:
    QString id() const override { return QStringLiteral("prefer-jsonb"); }
    QString summary() const override { return tr("A json column breaks SELECT DISTINCT and UNION; use jsonb"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QString type = ctx.nodeType();
        if (type == QLatin1String("AlterTableStmt")) {
            const QString table = StatementContext::rangeVarName(ctx.node().value(QStringLiteral("relation")).toObject());
            for (const QJsonValue &v : ctx.commands()) {
                const QJsonObject cmd = v.toObject();
                const QString subtype = cmd.value(QStringLiteral("subtype")).toString();
                if (subtype != QLatin1String("AT_AddColumn") && subtype != QLatin1String("AT_AlterColumnType"))
                    continue;
                const QJsonObject column = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("ColumnDef")).toObject();
                const QString name = subtype == QLatin1String("AT_AddColumn")
                                         ? column.value(QStringLiteral("colname")).toString()
                                         : cmd.value(QStringLiteral("name")).toString();
                report(ctx, table, name, column.value(QStringLiteral("typeName")).toObject(), out);
            }
        } else if (type == QLatin1String("CreateStmt")) {
            const QString table = StatementContext::rangeVarName(ctx.node().value(QStringLiteral("relation")).toObject());
            for (const QJsonValue &v : ctx.node().value(QStringLiteral("tableElts")).toArray()) {
                const QJsonObject column = v.toObject().value(QStringLiteral("ColumnDef")).toObject();
                if (!column.isEmpty())
                    report(ctx, table, column.value(QStringLiteral("colname")).toString(),
                           column.value(QStringLiteral("typeName")).toObject(), out);
            }
        }
    }

private:
    void report(const StatementContext &ctx, const QString &table, const QString &column,
                const QJsonObject &typeName, QList<Finding> &out) const
    {
        if (StatementContext::typeName(typeName) != QLatin1String("json"))
            return;
        Finding f = make(ctx, ctx.rangeAt(typeName.value(QStringLiteral("location")).toInt(-1)),
                         tr("Column %1 of %2 is json; use jsonb.").arg(column, table),
                         tr("The json type has no equality operator: SELECT DISTINCT, UNION and GROUP BY "
                            "over rows of %1 fail with \"could not identify an equality operator for type "
                            "json\". It is also re-parsed on every access and cannot be indexed with GIN.")
                             .arg(table),
                         tr("Use jsonb. Keep json only when you must preserve key order, duplicate keys or "
                            "whitespace exactly as sent."));
        const QJsonArray names = typeName.value(QStringLiteral("names")).toArray();
        const int location = typeName.value(QStringLiteral("location")).toInt(-1);
        if (location >= 0 && names.size() == 1) {
            const TextRange at = ctx.rangeAt(location);
            f.fix = Fix{tr("Use jsonb"), {TextEdit{at.start, at.end, QStringLiteral("jsonb")}}};
        }
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makePreferJsonb()
{
    return std::make_unique<PreferJsonb>();
}

} // namespace slipway
