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
            // Concatenated, not chained QString::arg(): a path may contain "%1".
            out += file.path + QLatin1Char(':') + QString::number(span.startLine) + QLatin1Char(':')
                   + QString::number(span.startColumn) + QLatin1String(": ") + severityName(f.severity)
                   + QLatin1String(": ") + message + QLatin1String(" [") + f.rule + QLatin1String("]\n");
        }
    }
    return out;
}

} // namespace slipway
