#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli migrate <conn> --dir <folder> ...`; arguments[0] is "migrate".
int runMigrateCommand(const QStringList &arguments);

} // namespace slipway::cli
