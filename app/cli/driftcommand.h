#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli drift <conn> --dir FOLDER --scratch <conn> [--format text|sql|json]
//  [--exit-code] [--all | --to VERSION] [--schema S]... [--exclude-schema S]...
//  [--ignore-owners] [--ignore-privileges] [--ignore-comments]`: applies the
// folder's migrations that <conn> has applied to a throw-away database on the
// --scratch server and prints what the live database has that the folder does
// not explain, and the reverse (migrations::DriftCheck); arguments[0] is "drift".
// Exit: ExitOk (no drift, or drift without --exit-code), ExitDifferences (drift
// with --exit-code), ExitFailure (could not check, or a migration does not
// apply cleanly), ExitAborted (interrupted), ExitUsage.
int runDriftCommand(const QStringList &arguments);

} // namespace slipway::cli
