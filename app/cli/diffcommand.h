#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli diff <from> <to> [--format sql|json] [--down] [--exit-code]
//  [--schema S]... [--exclude-schema S]... [--ignore-owners] [--ignore-privileges]
//  [--ignore-comments]`: compares two schemas (connections or snapshot files)
// and prints the plan that turns <from> into <to>; arguments[0] is "diff".
int runDiffCommand(const QStringList &arguments);

} // namespace slipway::cli
