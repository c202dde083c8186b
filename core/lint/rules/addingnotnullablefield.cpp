#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's adding-not-nullable-field: SET NOT NULL scans the whole table under
// ACCESS EXCLUSIVE, unless (PostgreSQL 12+) a validated CHECK (col IS NOT NULL)
// already proves it.
class AddingNotNullableField : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(AddingNotNullableField)

public:
    QString id() const override { return QStringLiteral("adding-not-nullable-field"); }
    QString summary() const override { return tr("SET NOT NULL scans the table while blocking reads and writes"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        const QString relname = str(obj(ctx.node(), "relation"), "relname");
        const QJsonArray cmds = ctx.commands();
        for (const QJsonValue &v : cmds) {
            const QJsonObject cmd = v.toObject();
            if (str(cmd, "subtype") != QLatin1String("AT_SetNotNull"))
                continue;
            const QString column = str(cmd, "name");
            if (ctx.serverVersion() >= 120000
                && (ctx.state().validated.contains(relname + QChar(0x1f) + column)
                    || ctx.state().validated.contains(relname + QChar(0x1f) + QLatin1Char('*'))))
                continue;
            const auto notToken = findWord(ctx, {QStringLiteral("NOT")});
            Finding f = make(ctx, notToken ? ctx.tokenRange(*notToken) : ctx.statementRange(),
                             tr("Setting %1.%2 NOT NULL scans every row of %1 while reads and writes wait.").arg(table, column),
                             tr("SET NOT NULL takes an ACCESS EXCLUSIVE lock and checks every row before it "
                                "commits; on a large table everything queues behind it."),
                             ctx.serverVersion() >= 120000
                                 ? tr("Add CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE it (no blocking lock), then SET "
                                      "NOT NULL, which then skips the scan, and drop the CHECK.").arg(column)
                                 : tr("Before PostgreSQL 12 SET NOT NULL always scans: keep the column nullable and "
                                      "enforce it with a CHECK (%1 IS NOT NULL) constraint added NOT VALID and validated.").arg(column));
            if (ctx.serverVersion() >= 120000 && cmds.size() == 1 && !ctx.inTransaction()) {
                const QString t = quoteQualified(table);
                const QString constraint = quoteIdent(notNullConstraintName(table, column));
                const QString c = quoteIdent(column);
                Fix fix;
                fix.title = tr("Prove NOT NULL with a validated CHECK first");
                fix.edits << insertAt(ctx.statementRange().start,
                                      QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID;\n"
                                                     "ALTER TABLE %1 VALIDATE CONSTRAINT %2;\n")
                                          .arg(t, constraint, c));
                const bool hasSemicolon = ctx.statement().rangeWithSemicolon.end > ctx.statementRange().end;
                fix.edits << insertAt(statementEnd(ctx), QString(hasSemicolon ? QStringLiteral("\n") : QStringLiteral(";\n"))
                                                             + QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(t, constraint));
                f.fix = fix;
            }
            scaleWithTable(ctx, table, f);
            out << f;
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeAddingNotNullableField()
{
    return std::make_unique<AddingNotNullableField>();
}

} // namespace slipway
