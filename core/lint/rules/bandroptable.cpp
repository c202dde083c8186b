#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

class BanDropTable : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanDropTable)

public:
    QString id() const override { return QStringLiteral("ban-drop-table"); }
    QString summary() const override { return tr("Dropping a table loses its data and breaks its readers"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("DropStmt")
            || ctx.node().value(QStringLiteral("removeType")).toString() != QLatin1String("OBJECT_TABLE"))
            return;
        QStringList tables;
        for (const QJsonValue &v : ctx.node().value(QStringLiteral("objects")).toArray()) {
            QStringList parts;
            for (const QJsonValue &p : v.toObject().value(QStringLiteral("List")).toObject().value(QStringLiteral("items")).toArray())
                parts << p.toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
            tables << parts.join(QLatin1Char('.'));
        }
        // One finding per statement, as squawk reports it; a table created
        // earlier in the file is empty, so the finding drops to a hint.
        Finding f = make(ctx, ctx.statementRange(),
                         tables.size() == 1 ? tr("Dropping %1 deletes all its rows.").arg(tables.first())
                                            : tr("Dropping %1 deletes all their rows.").arg(tables.join(QStringLiteral(", "))),
                         tr("Application code still reading or writing the table fails at once, and the data "
                            "can only come back from a backup."),
                         tr("First deploy code that no longer uses the table; take a backup "
                            "(pg_dump -t, or CREATE TABLE ... AS); then drop it in a later migration."));
        if (!tables.isEmpty())
            scaleWithTable(ctx, tables.first(), f);
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeBanDropTable()
{
    return std::make_unique<BanDropTable>();
}

} // namespace slipway
