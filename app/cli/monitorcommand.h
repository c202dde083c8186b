#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli monitor <conn> [--replica <conn>] [--interval ms] [--json]`:
// one line per sample until SIGINT; arguments[0] is "monitor".
int runMonitorCommand(const QStringList &arguments);

} // namespace slipway::cli
