#include "gccreporter.h"

namespace slipway {

QString gccReport(const QList<FileReport> &files)
{
    QString out;
    for (const FileReport &file : files) {
        for (const Finding &f : file.findings) {
            const ReportSpan span = reportSpan(f);
            QString message = f.message;
            message.replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                       .arg(file.path)
                       .arg(span.startLine)
                       .arg(span.startColumn)
                       .arg(severityName(f.severity), message, f.rule);
        }
    }
    return out;
}

} // namespace slipway
