#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>

namespace slipway {

namespace {

class RequireConcurrentIndexCreation : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RequireConcurrentIndexCreation)

public:
    QString id() const override { return QStringLiteral("require-concurrent-index-creation"); }
    QString summary() const override { return tr("CREATE INDEX without CONCURRENTLY blocks writes to the table"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("IndexStmt") || ctx.node().value(QStringLiteral("concurrent")).toBool())
            return;
        const QString table = StatementContext::rangeVarName(ctx.node().value(QStringLiteral("relation")).toObject());
        // squawk skips tables created in the same transaction (nobody else can
        // see them yet); one created earlier in the file still gets the
        // finding, lowered to a hint by scaleWithTable because it is empty.
        if (ctx.state().createdTablesInTransaction.contains(ctx.node().value(QStringLiteral("relation")).toObject()
                                                                .value(QStringLiteral("relname")).toString().toLower()))
            return;
        Finding f = make(ctx, ctx.statementRange(),
                         tr("Creating an index on %1 without CONCURRENTLY blocks writes to it until the build ends.").arg(table),
                         tr("CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE "
                            "and DELETE waits, and the time grows with the table."),
                         tr("Use CREATE INDEX CONCURRENTLY, outside a transaction block. If it fails, drop the "
                            "INVALID index it leaves and try again."));
        if (const auto index = ctx.findToken(QStringLiteral("INDEX"))) {
            const TextRange at = ctx.tokenRange(*index);
            f.fix = Fix{tr("Create the index CONCURRENTLY"), {TextEdit{at.end, at.end, QStringLiteral(" CONCURRENTLY")}}};
        }
        scaleWithTable(ctx, table, f);
        out << f;
    }
};

class BanConcurrentIndexCreationInTransaction : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanConcurrentIndexCreationInTransaction)

public:
    QString id() const override { return QStringLiteral("ban-concurrent-index-creation-in-transaction"); }
    QString summary() const override { return tr("CREATE INDEX CONCURRENTLY cannot run inside a transaction"); }
    Severity defaultSeverity() const override { return Severity::Error; }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("IndexStmt") || !ctx.node().value(QStringLiteral("concurrent")).toBool()
            || !ctx.inTransaction())
            return;
        // As squawk: a file holding nothing but this statement is run on its
        // own by migration tools that wrap files in transactions.
        if (ctx.script().statements().size() <= 1)
            return;
        out << make(ctx, ctx.statementRange(),
                    tr("CREATE INDEX CONCURRENTLY inside a transaction block fails."),
                    tr("PostgreSQL refuses CONCURRENTLY in a transaction: the migration stops here and everything "
                       "before it in the transaction is rolled back."),
                    tr("Run this statement on its own, outside BEGIN/COMMIT (and tell your migration tool not "
                       "to wrap this file in a transaction)."));
    }
};

} // namespace

std::unique_ptr<LintRule> makeRequireConcurrentIndexCreation()
{
    return std::make_unique<RequireConcurrentIndexCreation>();
}

std::unique_ptr<LintRule> makeBanConcurrentIndexCreationInTransaction()
{
    return std::make_unique<BanConcurrentIndexCreationInTransaction>();
}

} // namespace slipway
