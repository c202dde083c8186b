#pragma once

#include "lintreport.h"

namespace slipway {

// Human-readable report for a terminal: each finding with its place, the
// source lines it covers underlined with carets, why it matters and the safe
// way; then a summary line. ANSI colours only when `colour` is set.
QString ttyReport(const QList<FileReport> &files, bool colour);

} // namespace slipway
