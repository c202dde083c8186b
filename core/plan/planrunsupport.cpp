#include "planrunsupport_p.h"

#include "planexecution.h"

#include "db/dberror.h"
#include "run/runnerlock.h"

#include <memory>

namespace slipway::plan {

using run::ExecutionEvent;
using run::RunnerLock;

std::function<void(const ExecutionEvent &)> withEndErrors(std::function<void(const ExecutionEvent &)> sink)
{
    using Kind = ExecutionEvent::Kind;
    auto last = std::make_shared<DbError>();
    return [sink = std::move(sink), last](const ExecutionEvent &event) {
        ExecutionEvent e = event;
        if (e.kind == Kind::RunStarted || e.kind == Kind::ItemStarted)
            *last = {};
        else if (e.kind == Kind::Error)
            *last = e.error;
        else if (e.kind == Kind::LockHeld)
            *last = DbError::internal(e.message);
        else if ((e.kind == Kind::ItemFinished || e.kind == Kind::RunFinished) && !e.error.isError())
            e.error = *last;
        if (sink)
            sink(e);
    };
}

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
