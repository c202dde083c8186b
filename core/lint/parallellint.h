#pragma once

#include "finding.h"
#include "lintoptions.h"

#include <QList>
#include <QStringList>

namespace slipway {

// Lints many scripts at once (e.g. a migrations folder for `slipway-cli
// lint`): each worker thread parses and lints whole scripts with an engine of
// its own (same options, not incremental). The findings come back in the order
// of `texts`. threads <= 0: one per core; one script or one thread: no threads.
QList<QList<Finding>> lintInParallel(const QStringList &texts, const LintOptions &options, int threads = 0);

} // namespace slipway
