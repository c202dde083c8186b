// RunView's "Export Runbook with Results…": the plan of what the last run ran
// (a saved plan's run: that plan, each step with its outcome),
// with what actually happened (RunReport: durations, rows, errors, the
// monitor's peaks and throttle/abort events, the charts grabbed as PNG files
// next to the export), as PDF, HTML or Markdown; or the JSON run log.
#include "runview.h"
#include "futurecallback.h"

#include "activeconnection.h"
#include "monitor/monitorcontroller.h"
#include "monitor/monitorview.h"

#include "db/session.h"
#include "plan/planbuilder.h"
#include "plan/runbookexport.h"
#include "plan/runlog.h"
#include "plan/runreport.h"
#include "runbookpdf.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>

namespace slipway {

namespace {

plan::MigrationPlan planFor(const QList<run::ExecutionItem> &items, int serverVersion)
{
    QStringList sql;
    QStringList names;
    for (const run::ExecutionItem &item : items) {
        sql << item.sql.trimmed();
        names << item.displayName();
    }
    plan::PlanContext context;
    context.serverVersion = serverVersion > 0 ? serverVersion : 150000;
    context.sourceName = names.join(QStringLiteral(", "));
    // translate() with the runtime context: lupdate files RunView::tr from here under "RunView".
    context.title = names.size() == 1
        ? names.first()
        : QCoreApplication::translate("slipway::RunView", "%n migration(s)", nullptr, int(names.size()));
    QString joined = sql.join(QStringLiteral("\n"));
    return plan::PlanBuilder::build(joined, context);
}

// "run", "dry-run" or "rollback", from what the items were and how they ended.
QString modeOf(const QList<run::ExecutionItem> &items, const run::ExecutionResult &result)
{
    for (const run::ItemOutcome &o : result.items) {
        if (o.status == run::ItemOutcome::Status::DryRunOk)
            return QStringLiteral("dry-run");
    }
    if (!items.isEmpty() && items.first().direction == run::ExecutionItem::Direction::Down)
        return QStringLiteral("rollback");
    return QStringLiteral("run");
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

void RunView::exportRunbookWithResults()
{
    const QString pdfFilter = tr("PDF runbook (*.pdf)");
    const QString htmlFilter = tr("HTML runbook (*.html)");
    const QString mdFilter = tr("Markdown runbook (*.md)");
    const QString jsonFilter = tr("JSON run log (*.json)");
    QString filter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Runbook with Results"), QStringLiteral("runbook.pdf"),
                                                QStringList{pdfFilter, htmlFilter, mdFilter, jsonFilter}.join(QStringLiteral(";;")),
                                                &filter);
    if (path.isEmpty())
        return;
    exportResultsTo(path, filter == jsonFilter     ? ResultsFormat::JsonLog
                          : filter == htmlFilter ? ResultsFormat::Html
                          : filter == mdFilter   ? ResultsFormat::Markdown
                                                 : ResultsFormat::Pdf);
}

void RunView::exportResultsTo(const QString &path, ResultsFormat chosen)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString database = m_connection->serverInfo().database;

    // The file's suffix wins over the filter that was chosen.
    const ResultsFormat format = suffix == QLatin1String("json")   ? ResultsFormat::JsonLog
                                 : suffix == QLatin1String("pdf")  ? ResultsFormat::Pdf
                                 : suffix == QLatin1String("md")   ? ResultsFormat::Markdown
                                 : suffix == QLatin1String("html") || suffix == QLatin1String("htm") ? ResultsFormat::Html
                                                                   : chosen;
    const QString mode = m_runPlan ? m_runPlanMode : modeOf(m_runItems, m_lastResult);
    if (format == ResultsFormat::JsonLog) {
        plan::RunLog::Context context;
        context.mode = mode; // a plan's journaled steps come from their journal rows
        context.database = database;
        context.appliedBy = m_connection->serverInfo().user;
        context.startedAt = m_runEvents.isEmpty() ? QDateTime() : m_runEvents.first().at;
        auto save = [this, path, context](const QList<migrations::JournalEntry> &journal) mutable {
            context.journal = journal;
            QString error;
            if (plan::RunLog::save(path, plan::RunLog::build(m_lastResult, m_runItems, context), &error))
                emit info(tr("Run log saved to %1.").arg(path));
            else
                emit warning(error);
        };
        // A plan runs on a connection of its own: read on the run's session, else the window's.
        Session *session = m_session && m_session->state() == Session::State::Connected ? m_session
                                                                                          : m_connection->session();
        if (!session || session->state() != Session::State::Connected) {
            save({});
            return;
        }
        onFinished(this, session->run<QList<migrations::JournalEntry>>([](pqxx::connection_base &conn) {
                       return migrations::Journal::read(conn);
                   }),
                   [save](DbResult<QList<migrations::JournalEntry>> result) mutable { save(result.value); });
        return;
    }

    plan::RunReport report;
    report.database = database;
    report.mode = mode;
    report.addExecution(m_lastResult, m_runItems, m_runEvents);
    if (m_runPlan)
        report.addPlanRun(m_lastPlanResult, m_runBackfillEvents);
    if (m_monitor)
        report.addMonitor(m_monitor->monitor()->series());
    if (auto *charts = findChild<MonitorView *>(QStringLiteral("runMonitor"))) {
        const QFileInfo info(path);
        const struct {
            MonitorView::Chart chart;
            const char *key;
            QString title;
        } wanted[] = {{MonitorView::Chart::Locks, "locks", tr("Lock waits")},
                      {MonitorView::Chart::Replication, "replication", tr("Replication lag")},
                      {MonitorView::Chart::Activity, "activity", tr("Activity")}};
        for (const auto &w : wanted) {
            const QString png = info.dir().filePath(info.completeBaseName() + u'-' + QLatin1String(w.key) + QStringLiteral(".png"));
            if (charts->exportChartPng(w.chart, png))
                report.charts << plan::RunReport::Chart{w.title, png};
        }
    }
    const plan::MigrationPlan plan =
        m_runPlan ? *m_runPlan : planFor(m_runItems, m_connection->serverInfo().versionNumber);
    QString error;
    bool ok = true;
    if (format == ResultsFormat::Pdf)
        ok = plan::RunbookPdf::write(plan, path, &report, &error) > 0;
    else if (format == ResultsFormat::Markdown)
        ok = writeText(path, plan::RunbookExport::toMarkdown(plan, &report), &error);
    else
        ok = writeText(path, plan::RunbookExport::toHtml(plan, &report), &error);
    if (ok)
        emit info(tr("Runbook with results saved to %1.").arg(path));
    else
        emit warning(tr("Could not save the runbook: %1").arg(error));
}

} // namespace slipway
