#pragma once

#include "lintreport.h"

namespace slipway {

// SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDE viewers): one run whose
// tool.driver lists every rule (plus syntax-error and unreadable-file), and one
// result per finding with its level, message, and a physicalLocation whose
// region has 1-based startLine/startColumn/endLine/endColumn (columns in UTF-16
// units, endColumn exclusive). Quick fixes become SARIF fixes. Relative paths
// stay relative (uriBaseId %SRCROOT%); absolute ones become file: URIs.
QString sarifReport(const QList<FileReport> &files, const QList<RuleDescription> &rules,
                    const QString &toolVersion);

} // namespace slipway
