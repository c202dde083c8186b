#include "githubreporter.h"

namespace slipway {

namespace {

QString escapeData(QString text)
{
    text.replace(QLatin1Char('%'), QStringLiteral("%25"));
    text.replace(QLatin1Char('\r'), QStringLiteral("%0D"));
    text.replace(QLatin1Char('\n'), QStringLiteral("%0A"));
    return text;
}

QString escapeProperty(QString text)
{
    text = escapeData(text);
    text.replace(QLatin1Char(':'), QStringLiteral("%3A"));
    text.replace(QLatin1Char(','), QStringLiteral("%2C"));
    return text;
}

QString commandOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Hint: return QStringLiteral("notice");
    }
    return {};
}

} // namespace

QString githubAnnotations(const QList<FileReport> &files)
{
    QString out;
    for (const FileReport &file : files) {
        for (const Finding &f : file.findings) {
            const ReportSpan span = reportSpan(f);
            QString message = f.message;
            if (!f.help.isEmpty())
                message += QLatin1Char('\n') + f.help;
            // Concatenated, not QString::arg(): escaped values contain "%2C" and the like.
            out += QLatin1String("::") + commandOf(f.severity) + QLatin1String(" file=") + escapeProperty(file.path)
                   + QLatin1String(",line=") + QString::number(span.startLine)
                   + QLatin1String(",col=") + QString::number(span.startColumn)
                   + QLatin1String(",endLine=") + QString::number(span.endLine)
                   + QLatin1String(",endColumn=") + QString::number(span.endColumn)
                   + QLatin1String(",title=") + escapeProperty(f.rule) + QLatin1String("::") + escapeData(message)
                   + QLatin1Char('\n');
        }
    }
    return out;
}

bool runningInGitHubActions()
{
    return qEnvironmentVariable("GITHUB_ACTIONS") == QLatin1String("true");
}

} // namespace slipway
