#include "lintreport.h"

#include <QCoreApplication>

namespace slipway {

Finding unreadableFileFinding(const QString &reason)
{
    Finding f;
    f.rule = unreadableFileRule();
    f.severity = Severity::Error;
    f.range.from = {1, 1};
    f.range.to = {1, 1};
    f.message = reason;
    f.explanation = QCoreApplication::translate("slipway::LintReport", "The file could not be linted.");
    return f;
}

int countAtOrAbove(const QList<FileReport> &files, Severity threshold)
{
    int count = 0;
    for (const FileReport &file : files) {
        for (const Finding &f : file.findings)
            count += int(f.severity) >= int(threshold);
    }
    return count;
}

int findingCount(const QList<FileReport> &files)
{
    int count = 0;
    for (const FileReport &file : files)
        count += int(file.findings.size());
    return count;
}

ReportSpan reportSpan(const Finding &finding)
{
    ReportSpan span;
    span.startLine = std::max(1, finding.range.from.line);
    span.startColumn = std::max(1, finding.range.from.column);
    if (finding.range.isEmpty() || finding.range.to.line < span.startLine) {
        span.endLine = span.startLine;
        span.endColumn = span.startColumn + (finding.range.isEmpty() ? 0 : 1);
        return span;
    }
    span.endLine = finding.range.to.line;
    span.endColumn = std::max(1, finding.range.to.column) + 1;
    if (span.endLine == span.startLine && span.endColumn <= span.startColumn)
        span.endColumn = span.startColumn + 1;
    return span;
}

QStringList sourceLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

} // namespace slipway
