#pragma once

#include "monitor/policydecision.h"
#include "plan/migrationplan.h"
#include "plan/planexecution.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace slipway {

// A saved migration plan running on a worker thread through the blocking
// plan::PlanRunner, its sinks turned into signals on the GUI thread. The
// destructor cancels the run and waits for it to wind down.
class PlanRunJob : public QObject {
    Q_OBJECT

public:
    explicit PlanRunJob(QObject *parent = nullptr);
    ~PlanRunJob() override;

    void start(const QString &conninfo, const plan::MigrationPlan &plan, const plan::PlanRunOptions &options);
    bool isRunning() const { return m_running; }
    // Thread-safe wrappers of PlanRunner::cancel / applyDecision.
    void cancel();
    bool applyDecision(const PolicyDecision &decision);
    // The running plan's runner, for its thread-safe backfill controls; null when not running.
    plan::PlanRunner *runner() const { return m_running ? m_runner.get() : nullptr; }

signals:
    void stepStarted(int step);
    void line(const QString &text);
    void executionEvent(const slipway::run::ExecutionEvent &event);
    void backfillProgress(const slipway::run::BackfillProgress &progress);
    void backfillEvent(const slipway::run::BackfillEvent &event);
    void finished(const slipway::plan::PlanRunResult &result);

private:
    // Emits `emitter` on this object's thread, unless it is gone by then.
    template<typename F>
    void post(F emitter)
    {
        QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
    }

    std::unique_ptr<plan::PlanRunner> m_runner;
    QThreadPool m_pool; // a thread of its own: a plan runs for hours, the global pool has one per core
    QFuture<plan::PlanRunResult> m_future;
    bool m_running = false;
};

} // namespace slipway
