#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"
#include "sql/lockmode.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's require-lock-timeout and require-statement-timeout: reported once,
// at the first DDL-like statement that runs without the setting.
class RequireTimeoutRule : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RequireTimeoutRule)

public:
    explicit RequireTimeoutRule(bool lock) : m_lock(lock) {}

    QString id() const override { return m_lock ? QStringLiteral("require-lock-timeout") : QStringLiteral("require-statement-timeout"); }
    QString summary() const override
    {
        return m_lock ? tr("Set lock_timeout before DDL so a blocked lock fails fast instead of queueing everyone")
                      : tr("Set statement_timeout before DDL so a runaway statement is cancelled");
    }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        const ScriptState &state = ctx.state();
        if (state.slowStatementSeen || (m_lock ? state.lockTimeoutSet : state.statementTimeoutSet)
            || !ScriptState::possiblySlow(ctx.statement()))
            return;
        const LockMode mode = ctx.impact().strongest();
        Finding f = m_lock
            ? make(ctx, ctx.statementRange(),
                   mode == LockMode::None ? tr("No lock_timeout is set before this statement.")
                                          : tr("No lock_timeout is set before this statement, which takes %1.").arg(lockModeName(mode)),
                   tr("While a DDL statement waits for its lock (behind any long query), every later query on the "
                      "table queues behind it: a short wait becomes an outage."),
                   tr("Start the migration with SET lock_timeout = '3s' (and retry on failure)."))
            : make(ctx, ctx.statementRange(), tr("No statement_timeout is set before this statement."),
                   tr("A statement that runs far longer than expected keeps its locks for as long as it runs."),
                   tr("Start the migration with SET statement_timeout (e.g. '5min'), sized for the slowest step."));
        f.fix = Fix{m_lock ? tr("Set lock_timeout first") : tr("Set statement_timeout first"),
                    {insertAt(ctx.statementRange().start, m_lock ? QStringLiteral("SET lock_timeout = '3s';\n")
                                                                 : QStringLiteral("SET statement_timeout = '5min';\n"))}};
        out << f;
    }

private:
    bool m_lock = false;
};

} // namespace

std::unique_ptr<LintRule> makeRequireLockTimeout()
{
    return std::make_unique<RequireTimeoutRule>(true);
}

std::unique_ptr<LintRule> makeRequireStatementTimeout()
{
    return std::make_unique<RequireTimeoutRule>(false);
}

} // namespace slipway
