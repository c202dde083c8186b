#pragma once

#include "lintreport.h"

namespace slipway {

// GitHub Actions workflow commands, one per finding, which GitHub shows as
// annotations on the pull request's diff:
// `::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`.
// Hints become ::notice. Values are escaped as the Actions toolkit does.
QString githubAnnotations(const QList<FileReport> &files);

// True when running inside GitHub Actions (GITHUB_ACTIONS=true).
bool runningInGitHubActions();

} // namespace slipway
