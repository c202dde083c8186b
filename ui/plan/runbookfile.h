#pragma once

#include "plan/migrationplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace slipway {

// Writes a plan's runbook to a file in one of the export formats. New formats
// (PDF) add a value to Format, a filter in formats() and a case in write().
class RunbookFile {
    Q_DECLARE_TR_FUNCTIONS(RunbookFile)

public:
    enum class Format { Markdown, Html };

    struct FormatInfo {
        Format format;
        QString filter;    // "Markdown (*.md)"
        QString extension; // "md"
    };
    static QList<FormatInfo> formats();
    // The format for a file-dialog filter or, failing that, the path's suffix.
    static Format formatFor(const QString &path, const QString &selectedFilter = {});
    static bool write(const plan::MigrationPlan &plan, const QString &path, Format format, QString *error = nullptr);
};

} // namespace slipway
