#include "samplerqueries_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::monitor_p {

// One round trip for everything the primary can tell: pg_stat_activity is read
// once (MATERIALIZED), pg_blocking_pids() and pg_locks only for sessions that
// wait on a lock, the progress views filtered by the watched pids ($1, empty =
// all). Lists come back as JSON so that the row shape stays fixed.
const char *const kPrimarySql =
    "WITH act AS MATERIALIZED (\n"
    "  SELECT pid, datname, usename, application_name, state, wait_event_type, wait_event, backend_type,\n"
    "         xact_start, state_change, left(query, 1000) AS query\n"
    "  FROM pg_stat_activity\n"
    "  WHERE pid <> pg_backend_pid()),\n"
    "waiting AS MATERIALIZED (\n"
    "  SELECT a.*, pg_blocking_pids(a.pid) AS blockers FROM act a WHERE a.wait_event_type = 'Lock'),\n"
    "wlock AS MATERIALIZED (\n"
    "  SELECT DISTINCT ON (l.pid) l.pid, l.locktype, l.mode, l.waitstart,\n"
    "         CASE WHEN l.relation IS NULL THEN NULL\n"
    "              WHEN l.database = (SELECT oid FROM pg_database WHERE datname = current_database())\n"
    "                   OR l.database = 0 THEN l.relation::regclass::text\n"
    "              ELSE l.relation::text END AS relation\n"
    "  FROM pg_locks l\n"
    "  WHERE NOT l.granted AND l.pid IN (SELECT pid FROM waiting)\n"
    "  ORDER BY l.pid, l.waitstart),\n"
    "chain AS (\n"
    "  SELECT pid FROM waiting UNION SELECT unnest(blockers) FROM waiting),\n"
    "wal AS (\n"
    "  SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END AS lsn)\n"
    "SELECT\n"
    "  extract(epoch FROM clock_timestamp())::float8 AS at,\n"
    "  pg_backend_pid() AS self,\n"
    "  (SELECT pg_wal_lsn_diff(lsn, '0/0')::int8 FROM wal) AS wal,\n"
    "  (SELECT coalesce(json_agg(json_build_object(\n"
    "      'pid', w.pid, 'blockers', w.blockers, 'locktype', coalesce(l.locktype, w.wait_event),\n"
    "      'relation', l.relation, 'mode', l.mode, 'query', w.query, 'user', w.usename,\n"
    "      'app', w.application_name,\n"
    "      'wait', extract(epoch FROM clock_timestamp() - coalesce(l.waitstart, w.state_change)))\n"
    "      ORDER BY coalesce(l.waitstart, w.state_change)), '[]')\n"
    "   FROM waiting w LEFT JOIN wlock l USING (pid))::text AS locks,\n"
    "  (SELECT coalesce(json_agg(json_build_object(\n"
    "      'pid', a.pid, 'state', a.state,\n"
    "      'wait', CASE WHEN a.wait_event IS NULL THEN NULL ELSE a.wait_event_type || ':' || a.wait_event END,\n"
    "      'query', a.query, 'user', a.usename, 'app', a.application_name,\n"
    "      'xact', extract(epoch FROM clock_timestamp() - a.xact_start),\n"
    "      'since', extract(epoch FROM clock_timestamp() - a.state_change))), '[]')\n"
    "   FROM act a WHERE a.pid IN (SELECT pid FROM chain))::text AS chain,\n"
    "  (SELECT coalesce(json_agg(json_build_object(\n"
    "      'name', r.application_name, 'addr', host(r.client_addr), 'state', r.state, 'sync', r.sync_state,\n"
    "      'write', extract(epoch FROM r.write_lag), 'flush', extract(epoch FROM r.flush_lag),\n"
    "      'replay', extract(epoch FROM r.replay_lag),\n"
    "      'sent', pg_wal_lsn_diff(w.lsn, r.sent_lsn)::int8,\n"
    "      'behind', pg_wal_lsn_diff(w.lsn, r.replay_lsn)::int8,\n"
    "      'replaypos', pg_wal_lsn_diff(r.replay_lsn, '0/0')::int8)), '[]')\n"
    "   FROM pg_stat_replication r, wal w)::text AS replicas,\n"
    "  (SELECT coalesce(json_agg(json_build_object(\n"
    "      'kind', p.kind, 'pid', p.pid, 'cmd', p.cmd, 'phase', p.phase, 'done', p.done, 'total', p.total,\n"
    "      'unit', p.unit, 'tuples', p.tuples, 'locker', p.locker,\n"
    "      'rel', CASE WHEN p.datname = current_database() THEN p.relid::regclass::text ELSE p.datname || ':' || p.relid END,\n"
    "      'idx', CASE WHEN p.idx = 0 THEN NULL WHEN p.datname = current_database() THEN p.idx::regclass::text\n"
    "                  ELSE p.datname || ':' || p.idx END)), '[]') FROM (\n"
    "     SELECT 'create_index' AS kind, pid, datname, relid, index_relid AS idx, command AS cmd, phase,\n"
    "            CASE WHEN phase LIKE 'waiting%' THEN lockers_done WHEN blocks_total > 0 THEN blocks_done ELSE tuples_done END AS done,\n"
    "            CASE WHEN phase LIKE 'waiting%' THEN lockers_total WHEN blocks_total > 0 THEN blocks_total ELSE tuples_total END AS total,\n"
    "            CASE WHEN phase LIKE 'waiting%' THEN 'lockers' WHEN blocks_total > 0 THEN 'blocks' ELSE 'tuples' END AS unit,\n"
    "            tuples_done AS tuples, current_locker_pid AS locker\n"
    "     FROM pg_stat_progress_create_index\n"
    "     UNION ALL\n"
    "     SELECT 'cluster', pid, datname, relid, cluster_index_relid, command, phase,\n"
    "            CASE WHEN heap_blks_total > 0 THEN heap_blks_scanned ELSE heap_tuples_written END,\n"
    "            heap_blks_total, CASE WHEN heap_blks_total > 0 THEN 'blocks' ELSE 'tuples' END,\n"
    "            heap_tuples_written, 0\n"
    "     FROM pg_stat_progress_cluster\n"
    "     UNION ALL\n"
    "     SELECT 'vacuum', pid, datname, relid, 0, 'VACUUM', phase, heap_blks_scanned, heap_blks_total,\n"
    "            'blocks', num_dead_tuples, 0\n"
    "     FROM pg_stat_progress_vacuum\n"
    "     UNION ALL\n"
    "     SELECT 'copy', pid, datname, relid, 0, command || ' (' || type || ')', NULL,\n"
    "            CASE WHEN bytes_total > 0 THEN bytes_processed ELSE tuples_processed END,\n"
    "            bytes_total, CASE WHEN bytes_total > 0 THEN 'bytes' ELSE 'tuples' END, tuples_processed, 0\n"
    "     FROM pg_stat_progress_copy\n"
    "     UNION ALL\n"
    "     SELECT 'analyze', pid, datname, relid, 0, 'ANALYZE', phase, sample_blks_scanned,\n"
    "            sample_blks_total, 'blocks', 0, 0\n"
    "     FROM pg_stat_progress_analyze) p\n"
    "   WHERE cardinality($1::int[]) = 0 OR p.pid = ANY ($1::int[]))::text AS progress,\n"
    "  (SELECT count(*) FROM act WHERE backend_type = 'client backend' AND state = 'active') AS active,\n"
    "  (SELECT count(*) FROM act WHERE backend_type = 'client backend' AND state LIKE 'idle in transaction%') AS idle_tx,\n"
    "  (SELECT count(*) FROM waiting) AS waiting,\n"
    "  (SELECT count(*) FROM act WHERE backend_type = 'client backend') AS total,\n"
    "  (SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()) AS xacts,\n"
    "  (SELECT json_build_object('pid', pid, 'age', extract(epoch FROM clock_timestamp() - xact_start))\n"
    "   FROM act WHERE xact_start IS NOT NULL AND backend_type = 'client backend'\n"
    "   ORDER BY xact_start LIMIT 1)::text AS oldest,\n"
    "  (SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()) AS rollbacks\n";

// On a standby: is replay paused, how far behind is it, in bytes and in time.
// The delay is 0 when everything received has been replayed (an idle primary
// writes nothing, and pg_last_xact_replay_timestamp() would keep aging).
const char *const kReplicaSql =
    "SELECT pg_is_in_recovery(),\n"
    "  CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END,\n"
    "  CASE WHEN NOT pg_is_in_recovery() THEN NULL\n"
    "       WHEN pg_last_wal_receive_lsn() IS NULL OR pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0\n"
    "       ELSE extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8 END,\n"
    "  coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)::int8";

namespace {

QJsonArray array(const std::string &json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).array();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

double number(const QJsonObject &o, const char *key, double fallback = -1)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return qint64(number(o, key, 0));
}

} // namespace

QList<LockWait> parseLockWaits(const std::string &json)
{
    QList<LockWait> out;
    for (const QJsonValue &value : array(json)) {
        const QJsonObject o = value.toObject();
        LockWait wait;
        wait.pid = int(integer(o, "pid"));
        for (const QJsonValue &blocker : o.value(QLatin1String("blockers")).toArray())
            wait.blockedBy << blocker.toInt();
        wait.lockType = text(o, "locktype");
        wait.relation = text(o, "relation");
        wait.mode = text(o, "mode");
        wait.query = text(o, "query");
        wait.user = text(o, "user");
        wait.application = text(o, "app");
        wait.waitSeconds = std::max(0.0, number(o, "wait", 0));
        out << wait;
    }
    return out;
}

QList<BlockingSession> parseBlockingSessions(const std::string &json)
{
    QList<BlockingSession> out;
    for (const QJsonValue &value : array(json)) {
        const QJsonObject o = value.toObject();
        BlockingSession session;
        session.pid = int(integer(o, "pid"));
        session.state = text(o, "state");
        session.waitEvent = text(o, "wait");
        session.query = text(o, "query");
        session.user = text(o, "user");
        session.application = text(o, "app");
        session.transactionSeconds = number(o, "xact");
        session.stateSeconds = number(o, "since");
        out << session;
    }
    return out;
}

QList<ReplicaRow> parseReplicas(const std::string &json)
{
    QList<ReplicaRow> out;
    for (const QJsonValue &value : array(json)) {
        const QJsonObject o = value.toObject();
        ReplicaRow row;
        row.lag.name = text(o, "name");
        row.lag.address = text(o, "addr");
        row.lag.state = text(o, "state");
        row.lag.syncState = text(o, "sync");
        row.lag.writeLagSeconds = number(o, "write");
        row.lag.flushLagSeconds = number(o, "flush");
        row.lag.replayLagSeconds = number(o, "replay");
        row.lag.sentBytesBehind = integer(o, "sent");
        row.lag.replayBytesBehind = integer(o, "behind");
        row.replayPosition = o.value(QLatin1String("replaypos")).isDouble() ? integer(o, "replaypos") : -1;
        out << row;
    }
    return out;
}

QList<Progress> parseProgress(const std::string &json)
{
    QList<Progress> out;
    for (const QJsonValue &value : array(json)) {
        const QJsonObject o = value.toObject();
        Progress p;
        p.pid = int(integer(o, "pid"));
        p.kind = text(o, "kind");
        p.command = text(o, "cmd");
        p.relation = text(o, "rel");
        p.index = text(o, "idx");
        p.phase = text(o, "phase");
        p.done = integer(o, "done");
        p.total = integer(o, "total");
        p.unit = text(o, "unit");
        p.tuplesDone = integer(o, "tuples");
        p.currentLockerPid = int(integer(o, "locker"));
        out << p;
    }
    return out;
}

void parseOldest(const std::string &json, Activity *activity)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    activity->longestTransactionPid = int(integer(o, "pid"));
    activity->longestTransactionSeconds = std::max(0.0, number(o, "age", 0));
}

} // namespace slipway::monitor_p
