#pragma once

#include "lintreport.h"

namespace slipway {

// squawk's --reporter json, field for field, so tools written for squawk read
// it unchanged: an array of {file, line, column, line_end, column_end, level,
// message, help, rule_name}. As in squawk, line and column are 0-based and
// column_end is exclusive; level is "Error", "Warning" or "Hint"; help is null
// when there is none.
QString jsonReport(const QList<FileReport> &files);
// The same report as UTF-8 bytes, ready to write (no round trip through QString).
QByteArray jsonReportUtf8(const QList<FileReport> &files);

} // namespace slipway
