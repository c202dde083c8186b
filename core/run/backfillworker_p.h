#pragma once

// Private to BackfillRunner: the state shared between the runner's owner and
// its thread, and the loop that runs on that thread.

#include "backfillrunner.h"
#include "backfillsql.h"
#include "checkpoint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QWaitCondition>

#include <deque>

struct pg_cancel;

namespace slipway {
class PgConnection;
}

namespace slipway::run {

// Guarded by mutex; `changed` wakes the loop when a control changes.
struct BackfillShared {
    mutable QMutex mutex;
    QWaitCondition changed;

    // Controls (owner -> loop).
    bool paused = false;
    bool throttled = false;
    int throttlePauseMs = -1;
    bool abortRequested = false;
    QString abortReason;
    BackfillEvent::Source abortSource = BackfillEvent::Source::User;
    int fixedBatchSize = 0;
    int targetBatchMs = 200;
    int pauseMs = 0;
    int policyThrottlePauseMs = -1;
    pg_cancel *cancelHandle = nullptr; // the loop's connection, for abort(cancel)

    // Published (loop -> owner).
    BackfillState state = BackfillState::Idle;
    BackfillProgress progress;
    QList<BackfillEvent> events;
    BackfillResult result;
    BackfillSpec spec;
    int backendPid = 0;
};

class BackfillWorker {
    Q_DECLARE_TR_FUNCTIONS(BackfillRunner)

public:
    BackfillWorker(BackfillRunner *runner, std::shared_ptr<BackfillShared> shared, QString conninfo,
                   BackfillSpec spec, BackfillOptions options);
    ~BackfillWorker();
    void run(); // the whole backfill; ends with finished()

private:
    enum class Outcome { Done, Aborted, DryRunDone };
    struct LostConnection {};

    void connect();
    void disconnect();
    bool takeLock();
    void prepare(bool reconnected);
    void estimate();
    Outcome loop();
    // One batch; false when the table has no more keys.
    bool batch(int size);
    bool retryable(const std::string &sqlState) const;
    void afterBatch(qint64 rows, double ms, int size);
    void adapt(double ms, int size);
    bool holdWhilePausedOrThrottled(); // false when abort was requested
    void sleepInterruptibly(int ms);
    // At the end: rows that still match the predicate (written behind the walk) as a warning.
    void warnLeftBehind();
    void finish(BackfillState state, const QString &message, const DbError &error = {});
    void writeFinalState(BackfillCheckpoint::State state, const QString &message);

    void setState(BackfillState state);
    void addEvent(BackfillEvent::Kind kind, const QString &message,
                  BackfillEvent::Source source = BackfillEvent::Source::Runner);
    BackfillProgress publishProgress();
    void reportMilestone(const BackfillProgress &progress); // a Progress event at each tenth (or minute)
    bool abortRequested() const;

    BackfillRunner *m_runner;
    std::shared_ptr<BackfillShared> d;
    QString m_conninfo;
    BackfillSpec m_spec;
    BackfillOptions m_options;

    std::unique_ptr<PgConnection> m_conn;
    int m_lockKey = 0;
    int m_lockPid = 0;
    bool m_started = false; // prepared once: later losses of the connection reconnect
    BackfillTarget m_target;
    std::optional<QStringList> m_lastKey;
    qint64 m_rowsDone = 0;
    qint64 m_rowsThisRun = 0;
    qint64 m_batches = 0;
    qint64 m_remainingAtStart = -1;
    qint64 m_rowsAtEstimate = 0;
    bool m_exactTotal = false;
    int m_batchSize = 0;
    double m_lastBatchMs = 0;
    int m_retries = 0;
    int m_dryRunBatches = 0;
    int m_lastTenth = -1;         // of the total, at the last milestone event
    qint64 m_lastMilestoneMs = 0; // m_clock time of the last milestone event
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_window; // (ms since start, rows this run)
};

} // namespace slipway::run
