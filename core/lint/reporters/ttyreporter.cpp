#include "ttyreporter.h"

#include <QCoreApplication>

namespace slipway {

namespace {

struct TtyReporter {
    Q_DECLARE_TR_FUNCTIONS(TtyReporter)
};

constexpr int kTabWidth = 4;
constexpr int kMaxExcerptLines = 6;

class Painter {
public:
    explicit Painter(bool colour) : m_colour(colour) {}
    QString paint(const QString &text, const char *code) const
    {
        if (!m_colour || text.isEmpty())
            return text;
        return QStringLiteral("\x1b[%1m").arg(QLatin1String(code)) + text + QStringLiteral("\x1b[0m");
    }
    QString severity(Severity s, const QString &text) const
    {
        switch (s) {
        case Severity::Error: return paint(text, "1;31");
        case Severity::Warning: return paint(text, "1;33");
        case Severity::Hint: return paint(text, "1;36");
        }
        return text;
    }
    QString gutter(const QString &text) const { return paint(text, "1;34"); }
    QString bold(const QString &text) const { return paint(text, "1"); }
    QString underline(Severity s, const QString &text) const { return severity(s, text); }

private:
    bool m_colour;
};

// Display column (0-based) of character `index` in `line`, with tabs expanded.
int displayColumn(const QString &line, int index)
{
    int column = 0;
    for (int i = 0; i < index && i < line.size(); ++i)
        column = line.at(i) == QLatin1Char('\t') ? (column / kTabWidth + 1) * kTabWidth : column + 1;
    return column + std::max(0, index - int(line.size()));
}

QString expandTabs(const QString &line)
{
    QString out;
    for (const QChar c : line) {
        if (c == QLatin1Char('\t'))
            out += QString(kTabWidth - out.size() % kTabWidth, QLatin1Char(' '));
        else
            out += c;
    }
    return out;
}

void appendExcerpt(QString &out, const Painter &p, const QStringList &lines, const Finding &f, const ReportSpan &span)
{
    if (span.startLine > lines.size())
        return;
    const int lastLine = std::min<int>(span.endLine, int(lines.size()));
    const int width = int(QString::number(lastLine).size());
    const QString pad(width, QLatin1Char(' '));
    out += pad + QLatin1Char(' ') + p.gutter(QStringLiteral("|")) + QLatin1Char('\n');
    for (int line = span.startLine; line <= lastLine; ++line) {
        if (line - span.startLine == kMaxExcerptLines - 1 && lastLine - line > 1) {
            out += pad + QLatin1Char(' ') + p.gutter(QStringLiteral("|")) + QStringLiteral(" ...\n");
            line = lastLine - 1;
            continue;
        }
        const QString text = lines.at(line - 1);
        const QString shown = expandTabs(text);
        out += p.gutter(QString::number(line).rightJustified(width) + QStringLiteral(" |"));
        if (!shown.isEmpty())
            out += QLatin1Char(' ') + shown;
        out += QLatin1Char('\n');
        int from = line == span.startLine ? span.startColumn - 1 : 0;
        if (line != span.startLine) { // continuation lines: underline from the first non-blank
            while (from < text.size() && text.at(from).isSpace())
                ++from;
        }
        const int to = line == span.endLine ? span.endColumn - 1 : int(text.size());
        const int start = displayColumn(text, from);
        const int length = std::max(1, displayColumn(text, std::max(to, from + 1)) - start);
        if (from >= text.size() && line != span.startLine)
            continue;
        out += pad + QLatin1Char(' ') + p.gutter(QStringLiteral("|")) + QLatin1Char(' ')
               + QString(start, QLatin1Char(' ')) + p.underline(f.severity, QString(length, QLatin1Char('^')))
               + QLatin1Char('\n');
    }
}

} // namespace

QString ttyReport(const QList<FileReport> &files, bool colour)
{
    const Painter p(colour);
    QString out;
    int filesWithFindings = 0;
    for (const FileReport &file : files) {
        if (!file.findings.isEmpty())
            ++filesWithFindings;
        const QStringList lines = sourceLines(file.text);
        for (const Finding &f : file.findings) {
            const ReportSpan span = reportSpan(f);
            out += p.severity(f.severity, severityName(f.severity) + QLatin1Char('[') + f.rule + QLatin1Char(']'))
                   + p.bold(QStringLiteral(": ") + f.message) + QLatin1Char('\n');
            const int width = int(QString::number(std::min<int>(span.endLine, int(lines.size()))).size());
            out += QString(width, QLatin1Char(' ')) + p.gutter(QStringLiteral("--> "))
                   + file.path + QLatin1Char(':') + QString::number(span.startLine) + QLatin1Char(':')
                   + QString::number(span.startColumn) + QLatin1Char('\n');
            if (!file.text.isEmpty())
                appendExcerpt(out, p, lines, f, span);
            const QString note = QString(width, QLatin1Char(' ')) + QLatin1Char(' ') + p.gutter(QStringLiteral("=")) + QLatin1Char(' ');
            if (!f.explanation.isEmpty())
                out += note + p.bold(TtyReporter::tr("why")) + QStringLiteral(": ") + f.explanation + QLatin1Char('\n');
            if (!f.help.isEmpty())
                out += note + p.bold(TtyReporter::tr("help")) + QStringLiteral(": ") + f.help + QLatin1Char('\n');
            if (f.fix)
                out += note + p.bold(TtyReporter::tr("fix")) + QStringLiteral(": ") + f.fix->title + QLatin1Char('\n');
            out += QLatin1Char('\n');
        }
    }
    int bySeverity[3] = {0, 0, 0};
    for (const FileReport &file : files) {
        for (const Finding &f : file.findings)
            ++bySeverity[int(f.severity)];
    }
    const int count = findingCount(files);
    if (count == 0)
        out += TtyReporter::tr("No findings (checked files: %1).").arg(files.size()) + QLatin1Char('\n');
    else
        out += p.bold(TtyReporter::tr("Findings: %1 in %2 of %3 checked files (errors: %4, warnings: %5, hints: %6).")
                          .arg(count)
                          .arg(filesWithFindings)
                          .arg(files.size())
                          .arg(bySeverity[int(Severity::Error)])
                          .arg(bySeverity[int(Severity::Warning)])
                          .arg(bySeverity[int(Severity::Hint)]))
               + QLatin1Char('\n');
    return out;
}

} // namespace slipway
