#pragma once

#include "runnerlock.h"

#include "db/dberror.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway::run {

// Where a backfill run is. Terminal states: Done, Aborted, Failed, LockHeld.
enum class BackfillState {
    Idle,      // not started
    Starting,  // connecting, taking the runner lock, reading the checkpoint
    Running,
    Paused,    // by the user (pause()); no batch runs until resume()
    Throttled, // by the policy or throttle(): held, or slower (longer pause)
    Stopping,  // abort requested; the current batch commits or is cancelled
    Done,
    Aborted,   // by the user or the abort policy; the checkpoint says aborted
    Failed,    // an error; the checkpoint says failed when it could be written
    LockHeld,  // another runner holds this spec's runner lock
};

QString backfillStateName(BackfillState state); // "running", "throttled", ... (stable)
bool isFinished(BackfillState state);

// A snapshot for progress bars and the CLI line; sent after every batch and
// on every state change.
struct BackfillProgress {
    BackfillState state = BackfillState::Idle;
    qint64 rowsDone = 0;         // committed, over every run of this spec (from the checkpoint)
    qint64 rowsThisRun = 0;
    qint64 estimatedTotal = -1;  // rowsDone + rows still to do at the start of this run; -1 unknown
    bool totalIsExact = false;   // counted, not estimated from the planner
    qint64 batches = 0;          // committed, over every run
    int batchSize = 0;           // keys in the next batch
    double lastBatchMs = 0;      // duration of the last batch (its whole transaction)
    int targetBatchMs = 0;
    int pauseMs = 0;             // pause between batches now in effect
    double rowsPerSecond = 0;    // over the last ~10 s of batches
    double etaSeconds = -1;      // -1 unknown
    double elapsedSeconds = 0;   // since this run started
    std::optional<QStringList> lastKey;

    double fraction() const; // 0..1, -1 when the total is unknown
};

// Something worth a line in the run log and a marker on the charts: state
// changes, every policy decision with its reason, user controls, retries.
struct BackfillEvent {
    enum class Kind {
        Started,      // fresh start
        Resumed,      // from a checkpoint, or after pause / throttle
        Progress,     // a milestone: each tenth of the total, or each minute when the total is unknown
        Paused,
        Throttled,
        BatchSizeChanged,
        TargetChanged,
        PauseChanged,
        Retry,        // lock timeout, statement timeout, deadlock: the batch is retried smaller
        Reconnected,  // the connection was lost and the run went on from the checkpoint
        Warning,
        Aborted,
        Failed,
        Done,
    };
    enum class Source { Runner, User, Policy };

    QDateTime at;
    Kind kind = Kind::Started;
    Source source = Source::Runner;
    QString message;      // for a person; the policy's reason for policy decisions
    // For policy decisions: the metric that crossed its threshold.
    QString metric;
    double value = 0;
    double threshold = 0;

    static QString kindName(Kind kind);     // "started", "throttled", ... (stable)
    static QString sourceName(Source source); // "runner", "user", "policy"
};

// How a run ended.
struct BackfillResult {
    BackfillState state = BackfillState::Idle;
    qint64 rowsDone = 0;     // over every run (the checkpoint)
    qint64 rowsThisRun = 0;
    qint64 batches = 0;
    double seconds = 0;
    QString message;         // abort reason or error summary
    DbError error;           // when Failed on a database error
    std::optional<RunnerLockHolder> holder; // when LockHeld
    bool dryRun = false;     // the batches ran and were rolled back
};

} // namespace slipway::run

Q_DECLARE_METATYPE(slipway::run::BackfillProgress)
Q_DECLARE_METATYPE(slipway::run::BackfillEvent)
Q_DECLARE_METATYPE(slipway::run::BackfillResult)
