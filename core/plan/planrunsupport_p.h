#pragma once

// PlanRunner's helpers (private to core/plan).

#include "db/pgconnection.h"
#include "run/executionevent.h"

#include <QString>

#include <functional>

namespace slipway::plan {

// RunnerLock::migrationsKey() on conn for a scope (released at its end).
class MigrationLockHold {
public:
    explicit MigrationLockHold(PgConnection &conn) : m_conn(conn) {}
    ~MigrationLockHold();
    MigrationLockHold(const MigrationLockHold &) = delete;
    MigrationLockHold &operator=(const MigrationLockHold &) = delete;

    // Waits up to waitMs (0: one try); false with *why (who holds it) otherwise.
    bool acquire(int waitMs, const std::function<bool()> &cancelled, QString *why);

private:
    PgConnection &m_conn;
    bool m_held = false;
};

} // namespace slipway::plan
