#include "jsonreporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway {

namespace {

QString levelName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("Error");
    case Severity::Warning: return QStringLiteral("Warning");
    case Severity::Hint: return QStringLiteral("Hint");
    }
    return {};
}

} // namespace

QString jsonReport(const QList<FileReport> &files)
{
    QJsonArray out;
    for (const FileReport &file : files) {
        for (const Finding &f : file.findings) {
            const ReportSpan span = reportSpan(f);
            QJsonObject o;
            o.insert(QStringLiteral("file"), file.path);
            o.insert(QStringLiteral("line"), span.startLine - 1);
            o.insert(QStringLiteral("column"), span.startColumn - 1);
            o.insert(QStringLiteral("level"), levelName(f.severity));
            o.insert(QStringLiteral("message"), f.message);
            o.insert(QStringLiteral("help"), f.help.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.help));
            o.insert(QStringLiteral("rule_name"), f.rule);
            o.insert(QStringLiteral("column_end"), span.endColumn - 1);
            o.insert(QStringLiteral("line_end"), span.endLine - 1);
            out.append(o);
        }
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
}

} // namespace slipway
