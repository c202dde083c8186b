#include "runnerlock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QThread>

#include <pqxx/pqxx>

namespace slipway::run {

namespace {

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

constexpr int kPollMs = 250;

} // namespace

QString RunnerLockHolder::describe() const
{
    const QString who = clientAddress.isEmpty()
        ? user
        : RunnerLock::tr("%1 from %2").arg(user, clientAddress);
    return RunnerLock::tr("PID %1 (%2, \"%3\", connected %4)")
        .arg(pid)
        .arg(who, application, backendStart.toLocalTime().toString(Qt::ISODate));
}

int RunnerLock::backfillKey(const QString &specName)
{
    const QByteArray digest =
        QCryptographicHash::hash("backfill:" + specName.toUtf8(), QCryptographicHash::Sha256);
    const quint32 bits = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16)
        | (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    const int key = int(bits & 0x7fffffff);
    return key <= migrationsKey() ? key + 2 : key;
}

bool RunnerLock::tryAcquire(pqxx::connection_base &conn, int key)
{
    pqxx::nontransaction tx(conn, "runner lock");
    return tx.exec_params1("SELECT pg_catalog.pg_try_advisory_lock($1, $2)", kClassId, key)[0]
        .as<bool>();
}

bool RunnerLock::acquire(pqxx::connection_base &conn, int key, int timeoutMs,
                         const std::function<bool()> &cancelled)
{
    QDeadlineTimer deadline(qMax(0, timeoutMs));
    for (;;) {
        if (tryAcquire(conn, key)) return true;
        if (deadline.hasExpired() || (cancelled && cancelled())) return false;
        QThread::msleep(quint64(qMin<qint64>(kPollMs, qMax<qint64>(1, deadline.remainingTime()))));
    }
}

void RunnerLock::release(pqxx::connection_base &conn, int key)
{
    pqxx::nontransaction tx(conn, "runner unlock");
    tx.exec_params("SELECT pg_catalog.pg_advisory_unlock($1, $2)", kClassId, key);
}

std::optional<RunnerLockHolder> RunnerLock::holder(pqxx::connection_base &conn, int key)
{
    pqxx::nontransaction tx(conn, "runner lock holder");
    // The two-key form stores the keys in classid/objid with objsubid 2.
    const pqxx::result rows = tx.exec_params(R"SQL(
SELECT a.pid, a.usename, a.application_name, host(a.client_addr),
       to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       a.state, a.query
FROM pg_catalog.pg_locks l
JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
  AND l.classid = ($1::int)::oid AND l.objid = ($2::int)::oid
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.pid <> pg_catalog.pg_backend_pid()
LIMIT 1)SQL",
                                             kClassId, key);
    if (rows.empty()) return std::nullopt;
    const pqxx::row row = rows[0];
    RunnerLockHolder holder;
    holder.pid = row[0].as<int>();
    holder.user = text(row[1]);
    holder.application = text(row[2]);
    holder.clientAddress = text(row[3]);
    holder.backendStart = QDateTime::fromString(text(row[4]), Qt::ISODate);
    holder.state = text(row[5]);
    holder.query = text(row[6]);
    return holder;
}

} // namespace slipway::run
