#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli backfill <conn> --spec <file.json> [--resume | --restart] [--force]
// [--dry-run] [--replica <conn>] [--max-lag s] [--max-lock-wait s] ...`:
// runs a batched backfill with progress on stderr, throttled and aborted by
// the monitor's abort policy; arguments[0] is "backfill".
int runBackfillCommand(const QStringList &arguments);

} // namespace slipway::cli
