#pragma once

#include "migrationplan.h"
#include "runreport.h"

#include <QCoreApplication>
#include <QString>

namespace slipway::plan {

struct RunbookHtmlOptions {
    // For QTextDocument (PDF): its CSS subset, monospace SQL that wraps,
    // checkboxes as text, chart images by file URL instead of data: URIs.
    bool forPrint = false;
};

// Deployment runbooks for a plan, after the template of ../shared/reference
// (runbook): title and summary, pre-flight checklist with backup commands, the
// steps, verification queries, rollback section, post-migration checklist.
class RunbookExport {
    Q_DECLARE_TR_FUNCTIONS(RunbookExport)

public:
    using HtmlOptions = RunbookHtmlOptions;

    // With a report (a finished run) the runbook gains a "What happened"
    // section and each step its actual duration, rows and status.
    static QString toMarkdown(const MigrationPlan &plan, const RunReport *report = nullptr);
    // Self-contained HTML (inline CSS, no scripts or external resources; SQL
    // escaped; chart images embedded as data: URIs).
    static QString toHtml(const MigrationPlan &plan, const RunReport *report = nullptr,
                          const HtmlOptions &options = {});
    // The "What happened" section alone (heading included).
    static QString resultsMarkdown(const RunReport &report);
    static QString resultsHtml(const RunReport &report, const HtmlOptions &options = {});
    // "12.3 s, 40 rows, ok" for the statements of step `step`; empty when the report has none.
    static QString actualText(const RunReport &report, int step);

    // The backup command for one table: pg_dump of that table in custom format.
    static QString backupCommand(const QString &table);
    // Tables the plan touches, each once, in order of first mention.
    static QStringList touchedTables(const MigrationPlan &plan);
    static QString lockText(const PlanStep &step); // "ACCESS EXCLUSIVE on orders for ~3 s"
    // "Step 3: Backfill crm_reference (line 7)"; the title only when the step has one.
    static QString stepHeading(const PlanStep &step);
    static QString phaseLabel(StepPhase phase);      // translated "Expand", ...; empty for None
    // "batched by the backfill runner on orders: SET ... WHERE ..., batches of ~200 ms"
    static QString backfillText(const run::BackfillSpec &spec);
};

} // namespace slipway::plan
