#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli status <conn> --dir <folder> ...`; arguments[0] is "status".
int runStatusCommand(const QStringList &arguments);

} // namespace slipway::cli
