// RunbookExport's "What happened" section: a finished run's RunReport as
// Markdown and HTML (facts, migrations, statements, backfill, events, charts).
#include "runbookexport.h"

#include <QFile>
#include <QUrl>

namespace slipway::plan {

namespace {

using RE = RunbookExport;

struct Fact {
    QString label;
    QString value;
};

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString timeOnly(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString bytesText(double bytes)
{
    if (bytes < 1024)
        return RE::tr("%1 bytes").arg(qint64(bytes));
    if (bytes < 1024.0 * 1024)
        return RE::tr("%1 kB").arg(number(bytes / 1024));
    return RE::tr("%1 MB").arg(number(bytes / (1024.0 * 1024)));
}

QString peakText(const RunReport::Peak &peak, const QString &valueText)
{
    if (!peak.known())
        return RE::tr("not measured (no monitor samples)");
    return RE::tr("%1 at %2").arg(valueText, timeOnly(peak.at));
}

QString rowsText(qint64 rows)
{
    return rows >= 0 ? QString::number(rows) : QStringLiteral("–");
}

QList<Fact> facts(const RunReport &r)
{
    QList<Fact> out;
    out << Fact{RE::tr("Outcome"), r.mode.isEmpty() ? r.status : RE::tr("%1 (%2)").arg(r.status, r.mode)};
    if (!r.database.isEmpty())
        out << Fact{RE::tr("Database"), r.database};
    if (r.startedAt.isValid())
        out << Fact{RE::tr("Started"), utc(r.startedAt)};
    if (r.finishedAt.isValid())
        out << Fact{RE::tr("Finished"), RE::tr("%1 (took %2)").arg(utc(r.finishedAt), RunReport::durationText(r.durationMs()))};
    if (!r.error.isEmpty())
        out << Fact{RE::tr("Error"), r.errorSqlState.isEmpty() ? r.error : RE::tr("SQLSTATE %1: %2").arg(r.errorSqlState, r.error)};
    QString lag = peakText(r.lagSeconds, RE::tr("%1 s").arg(number(r.lagSeconds.value)));
    if (r.lagSeconds.known() && r.lagBytes.known())
        lag += RE::tr(" (at most %1 of WAL behind)").arg(bytesText(r.lagBytes.value));
    out << Fact{RE::tr("Replication lag peak"), lag};
    out << Fact{RE::tr("Longest lock wait"), peakText(r.lockWaitSeconds, RE::tr("%1 s").arg(number(r.lockWaitSeconds.value)))};
    out << Fact{RE::tr("Most sessions waiting on a lock"),
                peakText(r.lockWaiters, QString::number(qint64(r.lockWaiters.value)))};
    if (r.errorRatePercent.known())
        out << Fact{RE::tr("Error rate peak"), peakText(r.errorRatePercent, RE::tr("%1 %").arg(number(r.errorRatePercent.value)))};
    out << Fact{RE::tr("Throttle / abort events"),
                r.events.isEmpty() ? RE::tr("none")
                                   : RE::tr("%1 throttle(s)%2").arg(r.throttleCount()).arg(r.aborted() ? RE::tr(", aborted") : QString())};
    if (r.samples > 0)
        out << Fact{RE::tr("Monitor samples"), QString::number(r.samples)};
    return out;
}

QString itemError(const RunReport::Item &i)
{
    if (i.error.isEmpty())
        return i.verified.has_value() ? (*i.verified ? RE::tr("verified") : RE::tr("verification failed")) : QString();
    QString text = i.sqlState.isEmpty() ? i.error : RE::tr("SQLSTATE %1: %2").arg(i.sqlState, i.error);
    if (i.errorLine > 0)
        text = RE::tr("line %1: %2").arg(i.errorLine).arg(text);
    return text;
}

QString statementError(const RunReport::Statement &s)
{
    return s.error;
}

QString eventValue(const RunReport::Event &e)
{
    if (e.metric.isEmpty())
        return QString();
    return RE::tr("%1 = %2 (threshold %3)").arg(e.metric, number(e.value), number(e.threshold));
}

// ---- Markdown

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString mdRow(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped << cell(c);
    return QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
}

QString mdTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = mdRow(header);
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule << QStringLiteral("---");
    out += QStringLiteral("| %1 |\n").arg(rule.join(QStringLiteral(" | ")));
    for (const QStringList &r : rows)
        out += mdRow(r);
    return out + QLatin1Char('\n');
}

QList<QStringList> itemRows(const RunReport &r)
{
    QList<QStringList> rows;
    for (const RunReport::Item &i : r.items)
        rows << QStringList{i.label.isEmpty() ? i.version : i.label, i.status, RunReport::durationText(i.durationMs),
                            rowsText(i.rows), itemError(i)};
    return rows;
}

QList<QStringList> statementRows(const RunReport &r)
{
    QList<QStringList> rows;
    for (const RunReport::Statement &s : r.statements) {
        const QString item = s.item >= 0 && s.item < r.items.size() ? r.items.at(s.item).label : QString::number(s.item + 1);
        rows << QStringList{item, QString::number(s.statement + 1), s.line > 0 ? QString::number(s.line) : QString(),
                            RunReport::statementStatus(s), RunReport::durationText(s.durationMs), rowsText(s.rows),
                            statementError(s)};
    }
    return rows;
}

QList<QStringList> eventRows(const RunReport &r)
{
    QList<QStringList> rows;
    for (const RunReport::Event &e : r.events)
        rows << QStringList{timeOnly(e.at), e.action, e.source, e.reason, eventValue(e)};
    return rows;
}

QStringList itemHeader() { return {RE::tr("Migration"), RE::tr("Status"), RE::tr("Duration"), RE::tr("Rows"), RE::tr("Error / verification")}; }
QStringList statementHeader()
{
    return {RE::tr("Item"), RE::tr("Statement"), RE::tr("Line"), RE::tr("Status"), RE::tr("Duration"), RE::tr("Rows"), RE::tr("Error")};
}
QStringList eventHeader() { return {RE::tr("Time (UTC)"), RE::tr("Action"), RE::tr("By"), RE::tr("Reason"), RE::tr("Metric")}; }

QList<Fact> backfillFacts(const RunReport::Backfill &b)
{
    QList<Fact> out;
    out << Fact{RE::tr("State"), b.dryRun ? RE::tr("%1 (dry run, rolled back)").arg(b.state) : b.state};
    out << Fact{RE::tr("Rows this run"), QString::number(b.rowsThisRun)};
    out << Fact{RE::tr("Rows done in total"), QString::number(b.rowsDone)};
    out << Fact{RE::tr("Batches"), QString::number(b.batches)};
    out << Fact{RE::tr("Time"), RunReport::durationText(qint64(b.seconds * 1000))};
    if (!b.message.isEmpty())
        out << Fact{RE::tr("Message"), b.sqlState.isEmpty() ? b.message : RE::tr("SQLSTATE %1: %2").arg(b.sqlState, b.message)};
    return out;
}

// ---- HTML

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString htmlFacts(const QList<Fact> &list)
{
    QString out = QStringLiteral("<table class=\"facts\">\n");
    for (const Fact &f : list)
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(f.label), esc(f.value));
    return out + QStringLiteral("</table>\n");
}

QString htmlTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
    for (const QString &h : header)
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr>\n");
    for (const QStringList &r : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &c : r)
            out += QStringLiteral("<td>%1</td>").arg(esc(c));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString imageSource(const QString &path, bool forPrint)
{
    if (forPrint)
        return QUrl::fromLocalFile(path).toString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(file.readAll().toBase64());
}

} // namespace

QString RunbookExport::actualText(const RunReport &report, int step)
{
    QStringList parts;
    for (const RunReport::Statement &s : report.statementsForStep(step)) {
        QString text = tr("%1, %2").arg(RunReport::statementStatus(s), RunReport::durationText(s.durationMs));
        if (s.rows >= 0)
            text += tr(", %1 rows").arg(s.rows);
        if (!s.error.isEmpty())
            text += QStringLiteral(": ") + s.error;
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

QString RunbookExport::resultsMarkdown(const RunReport &report)
{
    QString out = tr("## What happened\n\n");
    for (const Fact &f : facts(report))
        out += QStringLiteral("- **%1:** %2\n").arg(f.label, f.value);
    out += QLatin1Char('\n');
    if (!report.items.isEmpty())
        out += tr("### Migrations\n\n") + mdTable(itemHeader(), itemRows(report));
    if (!report.statements.isEmpty())
        out += tr("### Statements\n\n") + mdTable(statementHeader(), statementRows(report));
    if (report.backfill) {
        out += tr("### Backfill\n\n");
        for (const Fact &f : backfillFacts(*report.backfill))
            out += QStringLiteral("- **%1:** %2\n").arg(f.label, f.value);
        out += QLatin1Char('\n');
    }
    if (!report.events.isEmpty())
        out += tr("### Throttle and abort events\n\n") + mdTable(eventHeader(), eventRows(report));
    if (!report.charts.isEmpty()) {
        out += tr("### Charts\n\n");
        for (const RunReport::Chart &c : report.charts)
            out += QStringLiteral("![%1](%2)\n\n").arg(c.title, QUrl::fromLocalFile(c.path).fileName());
    }
    return out;
}

QString RunbookExport::resultsHtml(const RunReport &report, const HtmlOptions &options)
{
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("What happened")));
    out += htmlFacts(facts(report));
    if (!report.items.isEmpty())
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Migrations"))) + htmlTable(itemHeader(), itemRows(report));
    if (!report.statements.isEmpty())
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Statements"))) + htmlTable(statementHeader(), statementRows(report));
    if (report.backfill)
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Backfill"))) + htmlFacts(backfillFacts(*report.backfill));
    if (!report.events.isEmpty())
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Throttle and abort events"))) + htmlTable(eventHeader(), eventRows(report));
    if (!report.charts.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Charts")));
        for (const RunReport::Chart &c : report.charts) {
            const QString src = imageSource(c.path, options.forPrint);
            if (src.isEmpty())
                continue;
            out += QStringLiteral("<p class=\"chart\"><img src=\"%1\" alt=\"%2\" width=\"%3\"><br>%2</p>\n")
                       .arg(esc(src), esc(c.title))
                       .arg(options.forPrint ? 600 : 800);
        }
    }
    return out;
}

} // namespace slipway::plan
