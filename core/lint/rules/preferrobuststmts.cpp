#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's prefer-robust-stmts: outside a transaction a migration that fails
// half way leaves some statements applied; with IF [NOT] EXISTS it can simply
// be run again.
class PreferRobustStmts : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(PreferRobustStmts)

public:
    QString id() const override { return QStringLiteral("prefer-robust-stmts"); }
    QString summary() const override { return tr("Statements outside a transaction should be safe to run twice"); }
    Severity defaultSeverity() const override { return Severity::Hint; }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.script().statements().size() <= 1)
            return;
        const bool inTransaction = ctx.inTransaction();
        const QJsonObject node = ctx.node();
        const QString type = ctx.nodeType();
        if (type == QLatin1String("IndexStmt")) {
            if (node.value(QStringLiteral("if_not_exists")).toBool()
                || (!node.value(QStringLiteral("concurrent")).toBool() && inTransaction))
                return;
            Finding f = report(ctx, tr("CREATE INDEX without IF NOT EXISTS fails when run again."));
            if (!str(node, "idxname").isEmpty())
                f.fix = insertAfter(ctx, node.value(QStringLiteral("concurrent")).toBool()
                                             ? QStringList{QStringLiteral("CONCURRENTLY")} : QStringList{QStringLiteral("INDEX")},
                                    QStringLiteral(" IF NOT EXISTS"));
            out << f;
        } else if (type == QLatin1String("CreateStmt")) {
            if (node.value(QStringLiteral("if_not_exists")).toBool() || inTransaction)
                return;
            Finding f = report(ctx, tr("CREATE TABLE without IF NOT EXISTS fails when run again."));
            f.fix = insertAfter(ctx, {QStringLiteral("TABLE")}, QStringLiteral(" IF NOT EXISTS"));
            out << f;
        } else if (type == QLatin1String("DropStmt")) {
            const QString kind = str(node, "removeType");
            if (node.value(QStringLiteral("missing_ok")).toBool() || inTransaction
                || (kind != QLatin1String("OBJECT_INDEX") && kind != QLatin1String("OBJECT_TABLE") && kind != QLatin1String("OBJECT_TYPE")))
                return;
            Finding f = report(ctx, tr("DROP without IF EXISTS fails when run again."));
            const QString word = kind == QLatin1String("OBJECT_INDEX") ? (node.value(QStringLiteral("concurrent")).toBool()
                                                                              ? QStringLiteral("CONCURRENTLY") : QStringLiteral("INDEX"))
                                 : kind == QLatin1String("OBJECT_TABLE") ? QStringLiteral("TABLE") : QStringLiteral("TYPE");
            f.fix = insertAfter(ctx, {word}, QStringLiteral(" IF EXISTS"));
            out << f;
        } else if (isAlterTable(ctx)) {
            const QJsonArray cmds = StatementContext::alterCommands(node);
            for (const QJsonValue &v : cmds) {
                const QJsonObject cmd = v.toObject();
                const QString subtype = str(cmd, "subtype");
                const bool guarded = cmd.value(QStringLiteral("missing_ok")).toBool();
                std::optional<Fix> fix;
                if (subtype == QLatin1String("AT_DropConstraint")) {
                    if (guarded)
                        continue;
                    fix = insertAfter(ctx, {QStringLiteral("CONSTRAINT")}, QStringLiteral(" IF EXISTS"));
                } else if (subtype == QLatin1String("AT_AddColumn")) {
                    if (guarded)
                        continue;
                    fix = afterAddOrDrop(ctx, QStringLiteral("ADD"), QStringLiteral(" IF NOT EXISTS"));
                } else if (subtype == QLatin1String("AT_DropColumn")) {
                    if (guarded)
                        continue;
                    fix = afterAddOrDrop(ctx, QStringLiteral("DROP"), QStringLiteral(" IF EXISTS"));
                } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
                    if (ctx.state().droppedConstraints.contains(str(cmd, "name")))
                        continue;
                } else if (subtype == QLatin1String("AT_AddConstraint")) {
                    const QString name = str(unwrap(cmd.value(QStringLiteral("def")), "Constraint"), "conname");
                    if (!name.isEmpty() && ctx.state().droppedConstraints.contains(name))
                        continue;
                    if (!name.isEmpty())
                        fix = Fix{tr("Drop the constraint IF EXISTS first"),
                                  {insertAt(ctx.statementRange().start,
                                            QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2;\n")
                                                .arg(quoteQualified(alterTableName(ctx)), quoteIdent(name)))}};
                }
                if (inTransaction)
                    continue;
                Finding f = report(ctx, tr("This ALTER TABLE step fails or changes something else when run again."));
                if (cmds.size() == 1)
                    f.fix = fix;
                out << f;
            }
        } else if ((type == QLatin1String("RenameStmt")
                    && (str(node, "renameType") == QLatin1String("OBJECT_TABLE")
                        || str(node, "relationType") == QLatin1String("OBJECT_TABLE")))
                   || (type == QLatin1String("AlterObjectSchemaStmt") && str(node, "objectType") == QLatin1String("OBJECT_TABLE"))) {
            if (!inTransaction)
                out << report(ctx, tr("This ALTER TABLE step fails when run again."));
        }
    }

private:
    Finding report(const StatementContext &ctx, const QString &message) const
    {
        return make(ctx, ctx.statementRange(), message,
                    tr("Outside a transaction, a migration that fails part way leaves the earlier statements "
                       "applied; running it again then fails on them, and someone has to repair it by hand."),
                    tr("Use IF NOT EXISTS / IF EXISTS (or DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT) so the "
                       "file can be re-run, or run it inside a transaction."));
    }

    std::optional<Fix> insertAfter(const StatementContext &ctx, const QStringList &words, const QString &text) const
    {
        const auto token = findWord(ctx, words);
        if (!token)
            return std::nullopt;
        return Fix{tr("Add%1").arg(text), {insertAt(ctx.tokenRange(*token).end, text)}};
    }

    // ADD [COLUMN] / DROP [COLUMN]: the guard goes after COLUMN when it is there.
    std::optional<Fix> afterAddOrDrop(const StatementContext &ctx, const QString &verb, const QString &text) const
    {
        const QList<SqlToken> all = tokens(ctx);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (tokenText(ctx, all[i]).compare(verb, Qt::CaseInsensitive) != 0)
                continue;
            SqlToken at = all[i];
            if (i + 1 < all.size() && tokenText(ctx, all[i + 1]).compare(QLatin1String("COLUMN"), Qt::CaseInsensitive) == 0)
                at = all[i + 1];
            return Fix{tr("Add%1").arg(text), {insertAt(ctx.tokenRange(at).end, text)}};
        }
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<LintRule> makePreferRobustStmts()
{
    return std::make_unique<PreferRobustStmts>();
}

} // namespace slipway
