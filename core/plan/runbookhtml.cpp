// RunbookExport::toHtml: one self-contained page (inline CSS, every text escaped).
#include "runbookexport.h"

namespace slipway::plan {

namespace {

using RE = RunbookExport;

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// QTextDocument (print) drops <code> inside <pre> styling and needs pre-wrap to wrap long lines.
QString pre(const QString &sql, bool print)
{
    if (print)
        return QStringLiteral("<pre class=\"sql\">%1</pre>\n").arg(esc(sql.trimmed()));
    return QStringLiteral("<pre class=\"sql\"><code>%1</code></pre>\n").arg(esc(sql.trimmed()));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
}

QString riskBadge(RiskClass risk)
{
    return QStringLiteral("<span class=\"risk risk-%1\">%2</span>").arg(riskName(risk), esc(MigrationPlan::riskLabel(risk)));
}

const char *kStyle = R"(body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1d1d1f;line-height:1.45}
h1{font-size:1.7em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}th,td{text-align:left;padding:.25em .8em;border-bottom:1px solid #eee;vertical-align:top}
pre.sql{background:#f5f5f7;border:1px solid #ddd;border-radius:4px;padding:.7em;overflow-x:auto}
.risk{font-weight:600;padding:.1em .5em;border-radius:3px;color:#fff}.risk-low{background:#2e7d32}.risk-medium{background:#f9a825;color:#000}
.risk-high{background:#e65100}.risk-critical{background:#b71c1c}.step{border-left:4px solid #ccc;padding-left:1em;margin:1.2em 0}
ul.check{list-style:none;padding-left:0}ul.check li:before{content:"\2610  "}code{font-family:ui-monospace,monospace}
.loss{color:#b71c1c}table.grid{border-collapse:collapse}table.grid th,table.grid td{border:1px solid #ddd}
table.grid th{background:#f5f5f7}table.facts th{width:14em}.chart{font-size:.9em;color:#555})";

// The subset of CSS QTextDocument understands (no radius, no pseudo-elements);
// DejaVu fonts (present wherever Qt renders text on Debian) so that PDFs look
// the same on every machine.
const char *kPrintStyle = R"(body{font-family:'DejaVu Sans';font-size:9pt;color:#1d1d1f}
h1{font-size:17pt;margin-bottom:4px}h2{font-size:13pt;margin-top:16px;margin-bottom:4px;color:#0d3c61}
h3{font-size:10.5pt;margin-top:12px;margin-bottom:3px}p{margin-top:2px;margin-bottom:2px}
pre.sql{font-family:'DejaVu Sans Mono';font-size:8pt;white-space:pre-wrap;background-color:#f1f3f5;margin-top:3px;margin-bottom:4px}
code{font-family:'DejaVu Sans Mono';font-size:8pt}
th{text-align:left;font-weight:bold;color:#333}td{color:#1d1d1f}
table.grid{border-collapse:collapse;border-style:solid;border-color:#bbbbbb}table.grid th{background-color:#e8eaed}
.risk{font-weight:bold;color:#ffffff}.risk-low{background-color:#2e7d32}.risk-medium{background-color:#f9a825;color:#000000}
.risk-high{background-color:#e65100}.risk-critical{background-color:#b71c1c}
.check{margin-top:1px;margin-bottom:1px}.loss{color:#b71c1c}.chart{color:#555555;font-size:8pt}.note{color:#0d3c61})";

QString checklist(const QStringList &items, bool print)
{
    if (print) {
        QString out;
        for (const QString &item : items)
            out += QStringLiteral("<p class=\"check\">\u2610&nbsp;&nbsp;%1</p>\n").arg(item);
        return out;
    }
    QString out = QStringLiteral("<ul class=\"check\">\n");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>\n").arg(item);
    return out + QStringLiteral("</ul>\n");
}

QString summaryTable(const MigrationPlan &plan)
{
    const PlanSummary &s = plan.summary;
    QString lock = MigrationPlan::durationText(s.lockSeconds);
    if (s.lockTimeUnknown)
        lock = RE::tr("%1 + unknown (table sizes not known)").arg(lock);
    QString out = QStringLiteral("<table class=\"facts\" cellpadding=\"2\">\n<tr><th>%1</th><td>%2</td></tr>\n")
                      .arg(esc(RE::tr("Risk")), riskBadge(s.risk));
    out += row(RE::tr("Required approvals"), s.approvals.join(QStringLiteral(", ")));
    out += row(RE::tr("Expected lock time"), lock);
    out += row(RE::tr("Downtime"), s.downtime ? RE::tr("yes (reads or writes blocked longer than %1 s)").arg(s.downtimeThresholdSeconds)
                                              : RE::tr("no"));
    out += row(RE::tr("Estimated total duration"), MigrationPlan::durationText(s.totalSeconds));
    out += row(RE::tr("Table sizes"), plan.sizesFromLiveDatabase ? RE::tr("from the live database")
                                                                 : RE::tr("not known (offline plan)"));
    return out + QStringLiteral("</table>\n");
}

QString stepHtml(const PlanStep &step, const RunReport *report, bool print)
{
    QString out = QStringLiteral("<div class=\"step\">\n<h3>%1 %2</h3>\n").arg(esc(RE::stepHeading(step)), riskBadge(step.risk));
    if (!step.deployNote.isEmpty())
        out += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>\n").arg(esc(RE::tr("Application deploy:")), esc(step.deployNote));
    out += pre(step.sql, print);
    out += QStringLiteral("<table class=\"facts\" cellpadding=\"2\">\n");
    if (step.phase != StepPhase::None)
        out += row(RE::tr("Phase"), RE::phaseLabel(step.phase));
    if (step.backfill)
        out += row(RE::tr("Backfill"), RE::backfillText(*step.backfill));
    out += row(RE::tr("Lock"), RE::lockText(step));
    out += row(RE::tr("Estimated duration"), RE::tr("%1 (%2)").arg(MigrationPlan::durationText(step.estimatedSeconds), step.estimateBasis));
    out += row(RE::tr("Risk"), step.riskReason);
    out += row(RE::tr("Pattern"), step.patternNote.isEmpty() ? MigrationPlan::patternLabel(step.pattern)
                                                             : RE::tr("%1: %2").arg(MigrationPlan::patternLabel(step.pattern), step.patternNote));
    if (step.outsideTransaction)
        out += row(RE::tr("Runs outside a transaction"), step.transactionNote);
    out += row(RE::tr("What users will notice"), step.userImpact);
    for (const PlanFinding &f : step.findings)
        out += row(RE::tr("Lint: %1").arg(f.rule), f.message);
    if (report) {
        const QString actual = RE::actualText(*report, step.index);
        if (!actual.isEmpty())
            out += QStringLiteral("<tr><th>%1</th><td><b>%2</b></td></tr>\n").arg(esc(RE::tr("Actual")), esc(actual));
    }
    return out + QStringLiteral("</table>\n</div>\n");
}

} // namespace

QString RunbookExport::toHtml(const MigrationPlan &plan, const RunReport *report, const HtmlOptions &options)
{
    const bool print = options.forPrint;
    const QString title = tr("Migration Runbook: %1").arg(plan.title);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                                 "<style>\n%2\n</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                      .arg(esc(title), QString::fromLatin1(options.forPrint ? kPrintStyle : kStyle));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Summary"))) + summaryTable(plan);
    if (report)
        out += resultsHtml(*report, options);

    QStringList pre_;
    QString backups = esc(tr("Backup commands executed and verified"));
    for (const QString &table : touchedTables(plan))
        backups += QStringLiteral("<br><code>%1</code>").arg(esc(backupCommand(table)));
    pre_ << backups << esc(tr("Lock timeout set (SET lock_timeout = '5s';)"))
         << esc(tr("Off-peak deployment window confirmed")) << esc(tr("Application code deployed (if dual-write needed)"))
         << esc(tr("Approvals recorded: %1").arg(plan.summary.approvals.join(QStringLiteral(", "))));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Pre-flight"))) + checklist(pre_, print);

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Execute")));
    for (const PlanStep &step : plan.steps)
        out += stepHtml(step, report, print);

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Verification")));
    for (const PlanStep &step : plan.steps) {
        if (!step.verificationSql.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Step %1:").arg(step.index + 1))) + pre(step.verificationSql, print);
    }

    out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
               .arg(esc(tr("Rollback (if needed)")),
                    esc(tr("Run in reverse order, then verify; restore from the backup where data was lost.")));
    for (auto it = plan.steps.crbegin(); it != plan.steps.crend(); ++it) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Undo step %1").arg(it->index + 1)));
        out += it->rollbackSql.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(tr("No rollback SQL can be derived.")))
                                         : pre(it->rollbackSql, print);
        if (!it->rollbackVerificationSql.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Verify after the undo:"))) + pre(it->rollbackVerificationSql, print);
        if (!it->rollbackLoss.isEmpty())
            out += QStringLiteral("<p class=\"loss\"><strong>%1</strong> %2</p>\n").arg(esc(tr("Loses:")), esc(it->rollbackLoss));
    }

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Post-migration")));
    out += checklist({esc(tr("Verification queries return the expected results")),
                      esc(tr("Error rates and latency monitored for 15 minutes")),
                      esc(tr("Remove old column/compatibility code (after soak period)")),
                      esc(tr("Update documentation")), esc(tr("Close migration ticket"))},
                     print);
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace slipway::plan
