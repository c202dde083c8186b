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
            out += QStringLiteral("::%1 file=%2,line=%3,col=%4,endLine=%5,endColumn=%6,title=%7::%8\n")
                       .arg(commandOf(f.severity), escapeProperty(file.path))
                       .arg(span.startLine)
                       .arg(span.startColumn)
                       .arg(span.endLine)
                       .arg(span.endColumn)
                       .arg(escapeProperty(f.rule), escapeData(message));
        }
    }
    return out;
}

bool runningInGitHubActions()
{
    return qEnvironmentVariable("GITHUB_ACTIONS") == QLatin1String("true");
}

} // namespace slipway
