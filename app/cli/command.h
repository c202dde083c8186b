#pragma once

// What every `slipway-cli <command>` returns. Scripts and CI rely on these
// numbers: never renumber, only add.
namespace slipway::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the command ran and failed (or lint found problems); the reason is on stderr
    ExitDifferences = 2, // `diff --exit-code` / `drift --exit-code`: the schemas differ
    ExitAborted = 3,     // a run or backfill was stopped by the abort policy or by the user
    ExitLockHeld = 4,    // another Slipway runner holds this database's runner lock
    ExitUsage = 64,      // wrong command line (sysexits EX_USAGE)
};

} // namespace slipway::cli
