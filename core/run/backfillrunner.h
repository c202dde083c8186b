#pragma once

#include "backfillprogress.h"
#include "backfillspec.h"

#include "monitor/policydecision.h"

#include <QObject>

#include <memory>

namespace slipway::run {

struct BackfillOptions {
    bool resume = false;   // go on from the checkpoint (a fresh start when there is none)
    bool restart = false;  // start over: the checkpoint is reset to nothing done
    bool force = false;    // resume although the spec changed (set, template, predicate, table)
    bool dryRun = false;   // run dryRunBatches batches, each rolled back; no checkpoint written
    int dryRunBatches = 1;
    int lockWaitMs = 0;         // wait this long for the spec's runner lock (0: one try)
    int reconnectAttempts = 5;  // after a lost connection, in a row
    // Pause between batches while throttled by the policy; -1 holds all
    // batches until the policy says resume.
    int policyThrottlePauseMs = -1;
    QString applicationName;    // default "slipway backfill <name>"
};

struct BackfillShared;

// Runs a backfill spec on its own thread and its own connection: batches of
// keys walked in key order, each batch one transaction (SET LOCAL
// lock_timeout / statement_timeout, the UPDATE, the checkpoint row, COMMIT),
// so a kill at any moment resumes from the last committed batch with no row
// skipped or done twice. Holds RunnerLock::backfillKey(spec.name) for the
// whole run. The batch size adapts (halving / at most doubling per batch) to
// keep each batch near the target duration; lock and statement timeouts,
// deadlocks and serialization failures retry the batch smaller after a
// backoff; a lost connection reconnects and goes on from the checkpoint.
//
// Controls are thread-safe and take effect between batches; abort() with
// cancelCurrentBatch cancels the running statement (the batch rolls back).
// Signals are emitted from the runner's thread: connect with queued (auto)
// connections; the getters return the same data at any time.
class BackfillRunner : public QObject {
    Q_OBJECT

public:
    explicit BackfillRunner(QObject *parent = nullptr);
    ~BackfillRunner() override; // aborts (cancelling the batch) and waits for the thread

    // Starts the run; false (nothing started) when one is running or the spec
    // does not validate (the reason in result().message).
    bool start(const QString &conninfo, const BackfillSpec &spec, const BackfillOptions &options = {});
    // Joins the run's thread; false on timeout. -1 waits for ever.
    bool wait(int timeoutMs = -1);
    bool isRunning() const;

    void pause();
    void resume();                 // from pause() (and also lifts a throttle)
    void setBatchSize(int rows);   // a fixed batch size from now on; 0 adapts again
    void setTargetBatchMs(int ms);
    void setPauseMs(int ms);       // pause between batches
    // Throttle now: pauseMs between batches, or -1 to hold until unthrottle().
    void throttle(int pauseMs = -1, const QString &reason = {});
    void unthrottle();
    // Stops after the current batch commits, or cancels it. The checkpoint
    // says aborted with the reason.
    void abort(const QString &reason = {}, bool cancelCurrentBatch = false);

    BackfillState state() const;
    BackfillProgress progress() const;
    QList<BackfillEvent> events() const;
    BackfillResult result() const;  // meaningful once finished() was emitted
    BackfillSpec spec() const;
    int backendPid() const;         // the runner's backend on the server, 0 when not connected

public slots:
    // The abort policy's decisions: Throttle slows down (holds, by default),
    // Resume lifts it, Abort stops. Each becomes an event with its reason.
    void applyDecision(const slipway::PolicyDecision &decision);

signals:
    void stateChanged(slipway::run::BackfillState state);
    void progressed(const slipway::run::BackfillProgress &progress);
    void eventAdded(const slipway::run::BackfillEvent &event);
    void backendPidChanged(int pid);
    void finished(const slipway::run::BackfillResult &result);

private:
    std::shared_ptr<BackfillShared> d;
    std::unique_ptr<class QThread> m_thread;
};

} // namespace slipway::run
