#pragma once

#include "plan/migrationplan.h"

#include <QCoreApplication>
#include <QString>

namespace slipway {

// Short, translated wordings of a plan step for tables, detail panes and slides.
class StepText {
    Q_DECLARE_TR_FUNCTIONS(StepText)

public:
    // The step's title, else its SQL on one line, cut to `maxChars` with "…".
    static QString summary(const plan::PlanStep &step, int maxChars = 90);
    // "ACCESS EXCLUSIVE on app.orders"; "no lock" when none.
    static QString lock(const plan::PlanStep &step);
    // "blocks reads and writes", "blocks writes", "blocks neither reads nor writes".
    static QString blocks(const plan::PlanStep &step);
    // "rewrites the table", "scans the table", "metadata only", ...
    static QString effect(LockImpact::Effect effect);
    // Short word for the table column: "rewrite", "scan", "metadata", ...
    static QString effectShort(LockImpact::Effect effect);
    // "app.orders (~1,000,000 rows, 120.5 MB)" for each table, joined.
    static QString tables(const plan::PlanStep &step);
    static QString size(const plan::PlanTable &table);
    // "~3 s (blocks writes ~3 s)".
    static QString duration(const plan::PlanStep &step);
    // "Expand", "Contract", ... ; empty for StepPhase::None.
    static QString phase(plan::StepPhase phase);
    // "Lock time ~3 s" / "~3 s + unknown".
    static QString lockTime(const plan::PlanSummary &summary);
    // The first step with the plan's highest risk, when above low (else null):
    // what a risk word alone does not say.
    static const plan::PlanStep *riskiest(const plan::MigrationPlan &plan);
};

} // namespace slipway
