#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace pqxx {
class connection_base;
}

namespace slipway::run {

// Who holds a runner lock: the backend and what it says about itself.
struct RunnerLockHolder {
    int pid = 0;
    QString user;
    QString application;   // application_name: Slipway runners name what they run
    QString clientAddress; // empty for a Unix socket
    QDateTime backendStart;
    QString state;         // pg_stat_activity.state
    QString query;         // its current or last statement

    // "PID 4242 (alice from 10.0.0.7, "slipway migrate", connected 14:02:11)".
    QString describe() const;
};

// One Slipway runner per database and job: a session-level PostgreSQL
// advisory lock (two-key form, class kClassId). It lives as long as the
// runner's connection, so a crashed runner never leaves it behind. The
// migration executor holds migrationsKey(); a backfill holds the key of its
// spec, so the same backfill never runs twice at once.
class RunnerLock {
    Q_DECLARE_TR_FUNCTIONS(RunnerLock)

public:
    static constexpr int kClassId = 0x534C5057; // "SLPW"

    static int migrationsKey() { return 1; }
    // A stable key for a backfill spec name (never equal to migrationsKey()).
    static int backfillKey(const QString &specName);

    // Takes the lock if free; false when another session holds it.
    static bool tryAcquire(pqxx::connection_base &conn, int key);
    // Waits up to timeoutMs for the lock, polling; false on timeout or when
    // cancelled() returns true. timeoutMs 0 is one try.
    static bool acquire(pqxx::connection_base &conn, int key, int timeoutMs,
                        const std::function<bool()> &cancelled = {});
    static void release(pqxx::connection_base &conn, int key);
    // The session holding the lock (other than conn's own), if any.
    static std::optional<RunnerLockHolder> holder(pqxx::connection_base &conn, int key);
};

} // namespace slipway::run
