#pragma once

#include "lintreport.h"

namespace slipway {

// One line per finding, as compilers print them (editors and CI log parsers
// jump to the place): `file:line:col: severity: message [rule]`. Line and
// column are 1-based.
QString gccReport(const QList<FileReport> &files);

} // namespace slipway
