// RunbookExport::toHtml: one self-contained page (inline CSS, every text escaped).
#include "runbookexport.h"

namespace slipway::plan {

namespace {

using RE = RunbookExport;

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString pre(const QString &sql) { return QStringLiteral("<pre class=\"sql\"><code>%1</code></pre>\n").arg(esc(sql.trimmed())); }

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
.loss{color:#b71c1c})";

QString checklist(const QStringList &items)
{
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
    QString out = QStringLiteral("<table>\n<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(RE::tr("Risk")), riskBadge(s.risk));
    out += row(RE::tr("Required approvals"), s.approvals.join(QStringLiteral(", ")));
    out += row(RE::tr("Expected lock time"), lock);
    out += row(RE::tr("Downtime"), s.downtime ? RE::tr("yes (reads or writes blocked longer than %1 s)").arg(s.downtimeThresholdSeconds)
                                              : RE::tr("no"));
    out += row(RE::tr("Estimated total duration"), MigrationPlan::durationText(s.totalSeconds));
    out += row(RE::tr("Table sizes"), plan.sizesFromLiveDatabase ? RE::tr("from the live database")
                                                                 : RE::tr("not known (offline plan)"));
    return out + QStringLiteral("</table>\n");
}

QString stepHtml(const PlanStep &step)
{
    QString out = QStringLiteral("<div class=\"step\">\n<h3>%1 %2</h3>\n")
                      .arg(esc(RE::tr("Step %1 (line %2)").arg(step.index + 1).arg(step.line)), riskBadge(step.risk));
    out += pre(step.sql);
    out += QStringLiteral("<table>\n");
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
    return out + QStringLiteral("</table>\n</div>\n");
}

} // namespace

QString RunbookExport::toHtml(const MigrationPlan &plan)
{
    const QString title = tr("Migration Runbook: %1").arg(plan.title);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                                 "<style>\n%2\n</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                      .arg(esc(title), QString::fromLatin1(kStyle));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Summary"))) + summaryTable(plan);

    QStringList pre_;
    QString backups = esc(tr("Backup commands executed and verified"));
    for (const QString &table : touchedTables(plan))
        backups += QStringLiteral("<br><code>%1</code>").arg(esc(backupCommand(table)));
    pre_ << backups << esc(tr("Lock timeout set (SET lock_timeout = '5s';)"))
         << esc(tr("Off-peak deployment window confirmed")) << esc(tr("Application code deployed (if dual-write needed)"))
         << esc(tr("Approvals recorded: %1").arg(plan.summary.approvals.join(QStringLiteral(", "))));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Pre-flight"))) + checklist(pre_);

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Execute")));
    for (const PlanStep &step : plan.steps)
        out += stepHtml(step);

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Verification")));
    for (const PlanStep &step : plan.steps) {
        if (!step.verificationSql.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Step %1:").arg(step.index + 1))) + pre(step.verificationSql);
    }

    out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
               .arg(esc(tr("Rollback (if needed)")),
                    esc(tr("Run in reverse order, then verify; restore from the backup where data was lost.")));
    for (auto it = plan.steps.crbegin(); it != plan.steps.crend(); ++it) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Undo step %1").arg(it->index + 1)));
        out += it->rollbackSql.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(tr("No rollback SQL can be derived.")))
                                         : pre(it->rollbackSql);
        if (!it->rollbackLoss.isEmpty())
            out += QStringLiteral("<p class=\"loss\"><strong>%1</strong> %2</p>\n").arg(esc(tr("Loses:")), esc(it->rollbackLoss));
    }

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Post-migration")));
    out += checklist({esc(tr("Verification queries return the expected results")),
                      esc(tr("Error rates and latency monitored for 15 minutes")),
                      esc(tr("Remove old column/compatibility code (after soak period)")),
                      esc(tr("Update documentation")), esc(tr("Close migration ticket"))});
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace slipway::plan
