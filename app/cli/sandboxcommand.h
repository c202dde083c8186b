#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli sandbox start|status|stop ...`; arguments[0] is "sandbox".
int runSandboxCommand(const QStringList &arguments);

} // namespace slipway::cli
