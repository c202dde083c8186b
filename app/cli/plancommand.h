#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli plan <conn|--offline> <file.sql> [--format md|html|json] [-o out]
// [--pg-version N]`; arguments[0] is "plan". With a connection the table sizes
// come from the live database; --offline judges risk from the SQL alone.
int runPlanCommand(const QStringList &arguments);

} // namespace slipway::cli
