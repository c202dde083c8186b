#pragma once

#include "plan/migrationplan.h"
#include "plan/runreport.h"

#include <QCoreApplication>
#include <QString>

namespace slipway::plan {

// The runbook as a PDF, with Qt's own printing: the print variant of the
// runbook HTML laid out by QTextDocument on A4 pages (QPdfWriter), with a
// header (title, risk) and a footer ("Page 2 of 5", the date) on every page.
// SQL is monospace and wraps; a step (or an undo step) that would straddle a
// page break starts on the next page when it fits on one. Needs a
// QGuiApplication (QT_QPA_PLATFORM=offscreen works headless).
class RunbookPdf {
    Q_DECLARE_TR_FUNCTIONS(RunbookPdf)

public:
    // Writes the PDF to path; returns the number of pages, or 0 with *error set.
    static int write(const MigrationPlan &plan, const QString &path, const RunReport *report = nullptr,
                     QString *error = nullptr);
};

} // namespace slipway::plan
