#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's require-table-schema (opt-in): tables named without a schema depend on search_path.
class RequireTableSchema : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RequireTableSchema)

public:
    QString id() const override { return QStringLiteral("require-table-schema"); }
    QString summary() const override { return tr("Tables named without a schema depend on the session's search_path"); }
    bool enabledByDefault() const override { return false; }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QJsonObject node = ctx.node();
        const QString type = ctx.nodeType();
        QList<QJsonObject> relations;
        if (type == QLatin1String("CreateStmt")) {
            relations << obj(node, "relation");
        } else if (type == QLatin1String("CreateTableAsStmt") && str(node, "objtype") == QLatin1String("OBJECT_TABLE")) {
            relations << obj(obj(obj(node, "into"), "IntoClause").isEmpty() ? obj(node, "into") : obj(obj(node, "into"), "IntoClause"), "rel");
        } else if (isAlterTable(ctx)) {
            relations << obj(node, "relation");
        } else if (type == QLatin1String("RenameStmt") && (str(node, "renameType") == QLatin1String("OBJECT_TABLE")
                                                            || str(node, "relationType") == QLatin1String("OBJECT_TABLE"))) {
            relations << obj(node, "relation");
        } else if (type == QLatin1String("DropStmt") && str(node, "removeType") == QLatin1String("OBJECT_TABLE")) {
            for (const QJsonValue &v : arr(node, "objects")) {
                const QJsonArray items = arr(unwrap(v, "List"), "items");
                if (items.size() == 1)
                    relations << QJsonObject{{QStringLiteral("relname"), dottedName(items)},
                                             {QStringLiteral("relpersistence"), QStringLiteral("p")}};
            }
        }
        for (const QJsonObject &relation : relations) {
            if (!str(relation, "schemaname").isEmpty() || str(relation, "relpersistence") == QLatin1String("t"))
                continue;
            const QString name = str(relation, "relname");
            out << make(ctx, ctx.rangeAt(relation.value(QStringLiteral("location")).toInt(-1)),
                        tr("Table %1 is not schema-qualified.").arg(name),
                        tr("Which table is meant depends on search_path when the migration runs; a different role or "
                           "connection setting can create or change a table in the wrong schema."),
                        tr("Write schema.table (e.g. public.%1).").arg(name));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeRequireTableSchema()
{
    return std::make_unique<RequireTableSchema>();
}

} // namespace slipway
