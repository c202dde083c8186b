#pragma once

#include <QString>

namespace slipway {

// A TCP port on `host` (an IPv4 address such as "127.0.0.1") that nobody is
// listening on right now, chosen by the kernel. Another process may still take
// it before we bind it: callers retry with a new port when binding fails.
// Returns 0 with *error on failure.
int freePort(const QString &host, QString *error = nullptr);

// True when a TCP listener could bind `host`:`port` right now.
bool isPortFree(const QString &host, int port);

} // namespace slipway
