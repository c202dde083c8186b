#include "sarifreporter.h"

#include "lint/lintengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace slipway {

namespace {

struct SarifReporter {
    Q_DECLARE_TR_FUNCTIONS(SarifReporter)
};

QString levelOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Hint: return QStringLiteral("note");
    }
    return {};
}

QJsonObject artifactLocation(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (QDir::isAbsolutePath(clean))
        return {{QStringLiteral("uri"), QUrl::fromLocalFile(clean).toString(QUrl::FullyEncoded)}};
    return {{QStringLiteral("uri"), QString::fromUtf8(QUrl::toPercentEncoding(clean, "/"))},
            {QStringLiteral("uriBaseId"), QStringLiteral("%SRCROOT%")}};
}

QJsonObject text(const QString &value)
{
    return {{QStringLiteral("text"), value}};
}

} // namespace

QString sarifReport(const QList<FileReport> &files, const QList<RuleDescription> &rules, const QString &toolVersion)
{
    QList<RuleDescription> all = rules;
    all << RuleDescription{LintEngine::syntaxErrorRule(), SarifReporter::tr("PostgreSQL cannot parse the statement"),
                           Severity::Error, true}
        << RuleDescription{unreadableFileRule(), SarifReporter::tr("The file could not be read"), Severity::Error, true};
    QHash<QString, int> ruleIndex;
    QJsonArray ruleArray;
    for (const RuleDescription &rule : all) {
        if (ruleIndex.contains(rule.id))
            continue;
        ruleIndex.insert(rule.id, int(ruleArray.size()));
        ruleArray.append(QJsonObject{
            {QStringLiteral("id"), rule.id},
            {QStringLiteral("shortDescription"), text(rule.summary)},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), levelOf(rule.severity)},
                         {QStringLiteral("enabled"), rule.enabledByDefault}}},
        });
    }

    QJsonArray results;
    for (const FileReport &file : files) {
        for (const Finding &f : file.findings) {
            if (!ruleIndex.contains(f.rule)) { // a rule the caller did not list
                ruleIndex.insert(f.rule, int(ruleArray.size()));
                ruleArray.append(QJsonObject{{QStringLiteral("id"), f.rule}});
            }
            const ReportSpan span = reportSpan(f);
            const QJsonObject region{
                {QStringLiteral("startLine"), span.startLine},
                {QStringLiteral("startColumn"), span.startColumn},
                {QStringLiteral("endLine"), span.endLine},
                {QStringLiteral("endColumn"), span.endColumn},
            };
            QString message = f.message;
            if (!f.explanation.isEmpty())
                message += QLatin1Char(' ') + f.explanation;
            if (!f.help.isEmpty())
                message += QLatin1Char(' ') + f.help;
            QJsonObject result{
                {QStringLiteral("ruleId"), f.rule},
                {QStringLiteral("ruleIndex"), ruleIndex.value(f.rule)},
                {QStringLiteral("level"), levelOf(f.severity)},
                {QStringLiteral("message"), text(message)},
                {QStringLiteral("locations"),
                 QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"),
                                         QJsonObject{{QStringLiteral("artifactLocation"), artifactLocation(file.path)},
                                                     {QStringLiteral("region"), region}}}}}},
            };
            if (f.fix && !f.fix->edits.isEmpty()) {
                QJsonArray replacements;
                for (const TextEdit &edit : f.fix->edits) {
                    replacements.append(QJsonObject{
                        {QStringLiteral("deletedRegion"),
                         QJsonObject{{QStringLiteral("charOffset"), edit.start},
                                     {QStringLiteral("charLength"), edit.end - edit.start}}},
                        {QStringLiteral("insertedContent"), text(edit.replacement)},
                    });
                }
                result.insert(QStringLiteral("fixes"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("description"), text(f.fix->title)},
                                  {QStringLiteral("artifactChanges"),
                                   QJsonArray{QJsonObject{{QStringLiteral("artifactLocation"), artifactLocation(file.path)},
                                                          {QStringLiteral("replacements"), replacements}}}},
                              }});
            }
            results.append(result);
        }
    }

    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("slipway")},
        {QStringLiteral("version"), toolVersion},
        {QStringLiteral("semanticVersion"), toolVersion},
        {QStringLiteral("rules"), ruleArray},
    };
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
        {QStringLiteral("results"), results},
    };
    const QJsonObject log{
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QString::fromUtf8(QJsonDocument(log).toJson(QJsonDocument::Indented));
}

} // namespace slipway
