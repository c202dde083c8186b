#pragma once

#include "db/sandboxinfo.h"

#include <QString>

namespace slipway::test {

// The sandbox started by the ctest fixture (tests/CMakeLists.txt). Fails the
// running test with a clear message when the fixture is not there.
class TestSandbox {
public:
    static const SandboxInfo &info();
    static QString primary(const QString &database = QStringLiteral("postgres"));
    static QString replica(const QString &database = QStringLiteral("postgres"));
    // Drops and re-creates a scratch database on the primary; returns its URI.
    static QString freshDatabase(const QString &name);
    // Runs SQL on the primary (autocommit) for test setup.
    static void exec(const QString &uri, const QString &sql);
    static QString cliPath();
};

} // namespace slipway::test
