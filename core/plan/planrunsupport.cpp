#include "planrunsupport_p.h"

#include "planexecution.h"

#include "db/dberror.h"
#include "run/runnerlock.h"

#include <memory>

namespace slipway::plan {

using run::ExecutionEvent;
using run::RunnerLock;

MigrationLockHold::~MigrationLockHold()
{
    if (!m_held)
        return;
    try {
        RunnerLock::release(m_conn, RunnerLock::migrationsKey());
    } catch (const std::exception &) {
        // the session lock ends with the connection
    }
}

bool MigrationLockHold::acquire(int waitMs, const std::function<bool()> &cancelled, QString *why)
{
    try {
        m_held = RunnerLock::acquire(m_conn, RunnerLock::migrationsKey(), waitMs, cancelled);
        if (!m_held) {
            const auto holder = RunnerLock::holder(m_conn, RunnerLock::migrationsKey());
            *why = PlanRunner::tr("Another runner holds the migration lock: %1")
                       .arg(holder ? holder->describe() : PlanRunner::tr("another session"));
        }
    } catch (const std::exception &e) {
        *why = DbError::fromException(e).message;
    }
    return m_held;
}

} // namespace slipway::plan
