#pragma once

#include "lintreport.h"

namespace slipway {

// GitLab Code Quality report (artifacts:reports:codequality): an array of
// {description, check_name, fingerprint, severity, location {path, lines
// {begin, end}}} with 1-based lines. The fingerprint is stable across edits
// elsewhere in the file: it hashes the path, the rule and the flagged text.
QString gitlabReport(const QList<FileReport> &files);

} // namespace slipway
