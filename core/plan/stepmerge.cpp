#include "stepmerge_p.h"

#include <algorithm>

namespace slipway::plan {

namespace {

void addDistinct(QString &into, const QString &text, const QString &separator)
{
    if (text.isEmpty() || into.contains(text))
        return;
    into += (into.isEmpty() ? QString() : separator) + text;
}

// Known durations add up; one unknown makes the sum unknown.
void addDuration(double &into, double seconds)
{
    into = (into < 0 || seconds < 0) ? -1 : into + seconds;
}

} // namespace

PlanStep mergeSteps(const QList<PlanStep> &steps)
{
    PlanStep out = steps.constFirst();
    if (steps.size() == 1)
        return out;
    const QString separator = QStringLiteral("; ");
    out.title = MigrationPlan::tr("%n statement(s) in one transaction", nullptr, int(steps.size()));
    out.transactionNote = MigrationPlan::tr("Runs as one transaction: readers never see the objects it drops "
                                            "and re-creates missing; every lock is held until it commits.");
    out.estimatedSeconds = 0;
    QStringList rollbacks;
    bool everyRollback = true;
    bool blocks = false;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const PlanStep &s = steps.at(i);
        if (i > 0) {
            out.sql += QStringLiteral(";\n") + s.sql;
            for (const PlanLock &lock : s.locks) {
                const bool known = std::any_of(out.locks.cbegin(), out.locks.cend(), [&](const PlanLock &l) {
                    return l.relation == lock.relation && l.mode == lock.mode;
                });
                if (!known)
                    out.locks << lock;
            }
            for (const PlanTable &table : s.tables) {
                if (std::none_of(out.tables.cbegin(), out.tables.cend(),
                                 [&](const PlanTable &t) { return t.name == table.name; }))
                    out.tables << table;
            }
            for (const QString &table : s.backupTables) {
                if (!out.backupTables.contains(table))
                    out.backupTables << table;
            }
            out.findings << s.findings;
            addDistinct(out.effectReason, s.effectReason, separator);
            addDistinct(out.estimateBasis, s.estimateBasis, separator);
            addDistinct(out.riskReason, s.riskReason, separator);
            addDistinct(out.patternNote, s.patternNote, separator);
            addDistinct(out.userImpact, s.userImpact, separator);
            addDistinct(out.rollbackLoss, s.rollbackLoss, separator);
            addDistinct(out.verificationSql, s.verificationSql, QStringLiteral("\n"));
            addDistinct(out.rollbackVerificationSql, s.rollbackVerificationSql, QStringLiteral("\n"));
        }
        out.endLine = s.endLine;
        out.lockMode = std::max(out.lockMode, s.lockMode);
        out.effect = std::max(out.effect, s.effect);
        out.blocksReads = out.blocksReads || s.blocksReads;
        out.blocksWrites = out.blocksWrites || s.blocksWrites;
        blocks = blocks || s.blocksReads || s.blocksWrites;
        addDuration(out.estimatedSeconds, s.estimatedSeconds);
        if (s.risk > out.risk)
            out.risk = s.risk;
        if (out.pattern == Pattern::Direct)
            out.pattern = s.pattern;
        out.destructive = out.destructive || s.destructive;
        out.backupNeeded = out.backupNeeded || s.backupNeeded;
        everyRollback = everyRollback && s.hasDown();
        QString rollback = s.rollbackSql.trimmed();
        while (rollback.endsWith(u';'))
            rollback.chop(1);
        rollbacks.prepend(rollback);
    }
    // A lock taken by the first statement is held while the last one runs.
    out.blockingSeconds = blocks ? out.estimatedSeconds : 0;
    out.rollbackSql = everyRollback ? rollbacks.join(QStringLiteral(";\n")) : QString();
    return out;
}

} // namespace slipway::plan
