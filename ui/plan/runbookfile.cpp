#include "runbookfile.h"

#include "plan/runbookexport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace slipway {

QList<RunbookFile::FormatInfo> RunbookFile::formats()
{
    return {
        {Format::Markdown, tr("Markdown runbook (*.md)"), QStringLiteral("md")},
        {Format::Html, tr("HTML runbook (*.html)"), QStringLiteral("html")},
    };
}

RunbookFile::Format RunbookFile::formatFor(const QString &path, const QString &selectedFilter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatInfo &info : formats()) {
        if (suffix == info.extension || (suffix == QLatin1String("htm") && info.format == Format::Html))
            return info.format;
    }
    for (const FormatInfo &info : formats()) {
        if (info.filter == selectedFilter)
            return info.format;
    }
    return Format::Markdown;
}

bool RunbookFile::write(const plan::MigrationPlan &plan, const QString &path, Format format, QString *error)
{
    QString text;
    switch (format) {
    case Format::Markdown:
        text = plan::RunbookExport::toMarkdown(plan);
        break;
    case Format::Html:
        text = plan::RunbookExport::toHtml(plan);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace slipway
