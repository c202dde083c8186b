#pragma once

// What every `slipway-cli <command>` returns.
namespace slipway::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed; the reason is on stderr
    ExitUsage = 2,   // wrong command line
};

} // namespace slipway::cli
