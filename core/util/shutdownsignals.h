#pragma once

#include <QString>

namespace slipway {

// Turns SIGINT and SIGTERM into QCoreApplication::quit(), so that owners of
// resources (a Sandbox, a running migration) clean up as on a normal exit.
// The handler only writes a byte to a pipe (async-signal-safe); a
// QSocketNotifier on the event loop reads it and quits. A second signal while
// quitting ends the process the default way.
class ShutdownSignals {
public:
    // Call once, on the main thread, after the QCoreApplication exists. Returns
    // false with *error when the pipe or the handlers cannot be set up.
    static bool install(QString *error = nullptr);
    // The last signal received (SIGINT, SIGTERM), 0 when none.
    static int received();
};

} // namespace slipway
