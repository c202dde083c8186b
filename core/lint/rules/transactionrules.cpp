#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

QString transactionKind(const StatementContext &ctx)
{
    if (ctx.nodeType() != QLatin1String("TransactionStmt"))
        return {};
    return str(ctx.node(), "kind");
}

bool opens(const QString &kind)
{
    return kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START");
}

bool closes(const QString &kind)
{
    return kind == QLatin1String("TRANS_STMT_COMMIT") || kind == QLatin1String("TRANS_STMT_ROLLBACK");
}

// squawk's transaction-nesting: BEGIN inside a transaction, COMMIT/ROLLBACK
// outside one, or either when the runner already wraps the file.
class TransactionNesting : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(TransactionNesting)

public:
    QString id() const override { return QStringLiteral("transaction-nesting"); }
    QString summary() const override { return tr("BEGIN/COMMIT that do not match the transaction the file runs in"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const QString kind = transactionKind(ctx);
        const bool assumed = ctx.options().assumeInTransaction;
        if (opens(kind) && (ctx.state().explicitTransaction || assumed)) {
            out << make(ctx, ctx.statementRange(),
                        assumed ? tr("BEGIN in a file the migration tool already runs in a transaction.")
                                : tr("BEGIN while a transaction is already open."),
                        tr("PostgreSQL only warns and ignores a nested BEGIN, so the COMMIT that was meant for the "
                           "inner block commits everything early, including the runner's own work."),
                        assumed ? tr("Remove BEGIN/COMMIT and let the migration tool manage the transaction.")
                                : tr("Remove the inner BEGIN (use SAVEPOINT for a nested unit of work)."));
        } else if (closes(kind) && (!ctx.state().explicitTransaction || assumed)) {
            out << make(ctx, ctx.statementRange(),
                        assumed ? tr("%1 in a file the migration tool already runs in a transaction.").arg(kind.mid(11))
                                : tr("%1 without an open transaction.").arg(kind.mid(11)),
                        tr("Ending a transaction the file did not start commits (or discards) the runner's work "
                           "early; what follows runs outside the transaction the tool expects."),
                        tr("Remove it, or pair it with a BEGIN in this file and tell the tool not to wrap the file."));
        }
    }
};

// squawk's ban-uncommitted-transaction: a BEGIN with no COMMIT by the end of the file.
class BanUncommittedTransaction : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(BanUncommittedTransaction)

public:
    QString id() const override { return QStringLiteral("ban-uncommitted-transaction"); }
    QString summary() const override { return tr("A transaction opened in the file is never committed"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.statement().index != ctx.script().statements().size() - 1)
            return;
        const QString kind = transactionKind(ctx);
        const bool open = opens(kind) || (ctx.state().explicitTransaction && !closes(kind));
        if (!open)
            return;
        Finding f = make(ctx, ctx.statementRange(), tr("The transaction opened by BEGIN is still open at the end of the file."),
                         tr("Depending on the tool the work is rolled back when the session ends, or the open "
                            "transaction keeps its locks and blocks other sessions until someone notices."),
                         tr("End the file with COMMIT."));
        const bool hasSemicolon = ctx.statement().rangeWithSemicolon.end > ctx.statementRange().end;
        f.fix = Fix{tr("Add COMMIT at the end"),
                    {insertAt(statementEnd(ctx), QString(hasSemicolon ? QStringLiteral("\n") : QStringLiteral(";\n"))
                                                     + QStringLiteral("COMMIT;"))}};
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeTransactionNesting()
{
    return std::make_unique<TransactionNesting>();
}

std::unique_ptr<LintRule> makeBanUncommittedTransaction()
{
    return std::make_unique<BanUncommittedTransaction>();
}

} // namespace slipway
