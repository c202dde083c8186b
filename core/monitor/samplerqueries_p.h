#pragma once

// Private to core/monitor: the sampler's SQL and the parsing of its JSON columns.

#include "monitorsample.h"

#include <string>

namespace slipway::monitor_p {

// Columns: at (epoch seconds), self (backend pid), wal (bytes or NULL), locks,
// chain, replicas, progress (JSON text), active, idle_tx, waiting, total,
// xacts (commits + rollbacks counter), oldest (JSON text or NULL), rollbacks
// (counter). $1: watched pids as int[] text.
extern const char *const kPrimarySql;
constexpr int kMinServerVersion = 140000; // of kPrimarySql (pg_locks.waitstart, pg_stat_progress_copy)
// Columns: in_recovery, paused, delay seconds (or NULL), receive-replay bytes.
extern const char *const kReplicaSql;

struct ReplicaRow {
    ReplicaLag lag;
    qint64 replayPosition = -1; // replay_lsn as bytes
};

QList<LockWait> parseLockWaits(const std::string &json);
QList<BlockingSession> parseBlockingSessions(const std::string &json);
QList<ReplicaRow> parseReplicas(const std::string &json);
QList<Progress> parseProgress(const std::string &json);
void parseOldest(const std::string &json, Activity *activity);

} // namespace slipway::monitor_p
