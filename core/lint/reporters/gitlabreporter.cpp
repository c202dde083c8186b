#include "gitlabreporter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway {

namespace {

QString severityOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("major");
    case Severity::Warning: return QStringLiteral("minor");
    case Severity::Hint: return QStringLiteral("info");
    }
    return {};
}

} // namespace

QString gitlabReport(const QList<FileReport> &files)
{
    QJsonArray out;
    for (const FileReport &file : files) {
        QHash<QByteArray, int> seen; // the same text flagged twice by one rule
        for (const Finding &f : file.findings) {
            const ReportSpan span = reportSpan(f);
            const QString flagged = file.text.mid(f.range.start, f.range.end - f.range.start).simplified();
            QByteArray key = file.path.toUtf8() + '\x1f' + f.rule.toUtf8() + '\x1f' + flagged.toUtf8();
            const int occurrence = seen[key]++;
            key += '\x1f' + QByteArray::number(occurrence);

            QString description = f.message;
            if (!f.help.isEmpty())
                description += QLatin1Char(' ') + f.help;
            QJsonObject lines{{QStringLiteral("begin"), span.startLine}, {QStringLiteral("end"), span.endLine}};
            QJsonObject o;
            o.insert(QStringLiteral("type"), QStringLiteral("issue"));
            o.insert(QStringLiteral("description"), description);
            o.insert(QStringLiteral("check_name"), f.rule);
            o.insert(QStringLiteral("fingerprint"),
                     QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex()));
            o.insert(QStringLiteral("severity"), severityOf(f.severity));
            o.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("Bug Risk")});
            if (!f.explanation.isEmpty())
                o.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("body"), f.explanation}});
            o.insert(QStringLiteral("location"),
                     QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("lines"), lines}});
            out.append(o);
        }
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
}

} // namespace slipway
