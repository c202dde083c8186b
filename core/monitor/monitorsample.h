#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace slipway {

// One session waiting for a heavyweight lock.
struct LockWait {
    int pid = 0;
    QList<int> blockedBy;   // pg_blocking_pids(pid)
    QString lockType;       // relation, transactionid, tuple, advisory, ...
    QString relation;       // "public.orders" for relation/tuple locks, else empty
    QString mode;           // the mode it wants, e.g. "AccessShareLock"
    QString query;          // what it runs (truncated to 1,000 characters)
    QString user;
    QString application;
    double waitSeconds = 0; // since the wait began (pg_locks.waitstart)
};

// A session that takes part in a blocking chain: a blocker, or a waiter that
// blocks others in turn. Waiters carry their lock in `wait`.
struct BlockingSession {
    int pid = 0;
    QString state;          // active, idle in transaction, ...
    QString waitEvent;      // "Lock:relation", "ClientRead", ... empty when none
    QString query;
    QString user;
    QString application;
    double transactionSeconds = -1; // age of its transaction, -1 when none
    double stateSeconds = -1;       // time in its current state
};

// A replica as the primary sees it (pg_stat_replication).
struct ReplicaLag {
    QString name;           // application_name (the standby's cluster_name or its own)
    QString address;        // client_addr, empty for Unix sockets
    QString state;          // streaming, catchup, ...
    QString syncState;      // async, sync, ...
    double writeLagSeconds = -1; // -1 when the server reports none (idle)
    double flushLagSeconds = -1;
    double replayLagSeconds = -1;
    qint64 sentBytesBehind = 0;   // pg_current_wal_lsn() - sent_lsn
    qint64 replayBytesBehind = 0; // pg_current_wal_lsn() - replay_lsn
    // How long ago the primary was at the replica's replay position, from the
    // sampler's own history of pg_current_wal_lsn(); unlike replay_lag it keeps
    // growing while replay stands still. -1 before there is history.
    double estimatedLagSeconds = -1;

    // The larger of replay_lag and the estimate: what charts and the abort
    // policy use.
    double lagSeconds() const;
};

// Read on a standby itself through its own connection.
struct ReplicaSide {
    bool available = false;  // a replica connection was given and answered
    QString target;          // host:port of the standby
    QString error;           // why it did not answer, when it did not
    bool inRecovery = false;
    bool replayPaused = false;
    // now() - pg_last_xact_replay_timestamp() while WAL is waiting to be
    // replayed, 0 when everything received is replayed.
    double replayDelaySeconds = -1;
    qint64 receiveReplayBytes = 0; // pg_last_wal_receive_lsn() - pg_last_wal_replay_lsn()
};

// A row of one of the pg_stat_progress_* views.
struct Progress {
    int pid = 0;
    QString kind;           // create_index, cluster, vacuum, copy, analyze
    QString command;        // "CREATE INDEX CONCURRENTLY", "VACUUM", "COPY FROM", ...
    QString relation;
    QString index;          // create_index: the index being built
    QString phase;          // "building index: scanning table", ...
    qint64 done = 0;        // in `unit`
    qint64 total = 0;       // 0 when unknown
    QString unit;           // blocks, tuples, bytes, lockers
    qint64 tuplesDone = 0;
    int currentLockerPid = 0; // create_index waiting phases: the session waited for
    // From consecutive samples of the same operation.
    double ratePerSecond = -1; // units per second, -1 before two samples
    double etaSeconds = -1;    // -1 when unknown

    double fraction() const { return total > 0 ? double(done) / double(total) : -1; }
};

struct Activity {
    int active = 0;              // client backends running a statement (the sampler excluded)
    int idleInTransaction = 0;
    int waiting = 0;             // active and waiting on a lock
    int total = 0;               // client backends
    double tps = -1;             // commits + rollbacks per second in the monitored database; -1 on the first sample
    double longestTransactionSeconds = 0;
    int longestTransactionPid = 0;
    qint64 transactionCounter = 0; // xact_commit + xact_rollback of the database (pg_stat_database)
    qint64 rollbackCounter = 0;    // xact_rollback of the database (pg_stat_database)
    // Over the same few seconds as tps: rolled-back transactions per second,
    // and their share of all transactions (0..100, -1 when none ended). An
    // error raised in a transaction ends it with a rollback, so this is the
    // server-side error rate (explicit ROLLBACKs count too).
    double rollbacksPerSecond = -1;
    double errorRatePercent = -1;
    qint64 windowTransactions = 0; // transactions behind errorRatePercent (its volume)
};

// Everything the monitor learnt in one tick.
struct Sample {
    QDateTime at;            // server clock (clock_timestamp()) when sampled
    qint64 sequence = 0;     // 1, 2, 3, ... per sampler run
    int samplerPid = 0;      // the sampler's own backend on the primary
    double queryMs = 0;      // round-trip time of the primary's sampling query
    QString error;           // non-empty when this tick failed (then only `at` is set)

    QList<LockWait> lockWaits;            // longest wait first
    QList<BlockingSession> blockingSessions; // every pid in a blocking chain
    QList<ReplicaLag> replicas;
    ReplicaSide replicaSide;
    QList<Progress> progress;
    Activity activity;
    qint64 walPosition = -1; // pg_current_wal_lsn() as bytes; -1 on a standby

    bool ok() const { return error.isEmpty(); }
    int lockWaitCount() const { return int(lockWaits.size()); }
    double longestLockWaitSeconds() const;
    // The largest lag over all replicas (ReplicaLag::lagSeconds()); the standby's
    // own replay delay when the primary lists no replica; 0 without replicas.
    double maxReplicationLagSeconds() const;
    qint64 maxReplicationBytes() const;
    // Blocking chain roots: pids that block others and wait on no lock themselves.
    QList<int> blockingRoots() const;
    // Waiters blocked by pid.
    QList<int> blockedBy(int pid) const;
    const LockWait *lockWaitOf(int pid) const;
    const BlockingSession *sessionOf(int pid) const;
};

} // namespace slipway

Q_DECLARE_METATYPE(slipway::Sample)
