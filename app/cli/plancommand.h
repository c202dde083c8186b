#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace slipway::cli {

// `slipway-cli plan <conn|--offline> <file.sql> [--format md|html|json] [-o out]
// [--pg-version N]`; arguments[0] is "plan". With a connection the table sizes
// come from the live database; --offline judges risk from the SQL alone.
// --format pdf writes the runbook with Qt's printing (RunbookPdf).
int runPlanCommand(const QStringList &arguments);

// The application slipway-cli runs in: a QGuiApplication for `plan ... --format
// pdf` (QT_QPA_PLATFORM=offscreen unless set, so it works without a display),
// a QCoreApplication for everything else.
std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv);

} // namespace slipway::cli
