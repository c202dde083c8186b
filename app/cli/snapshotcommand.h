#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli snapshot <conn> -o FILE [--schema S]... [--exclude-schema S]...`:
// introspects a database and writes a schema snapshot (JSON); arguments[0] is
// "snapshot".
int runSnapshotCommand(const QStringList &arguments);

} // namespace slipway::cli
