#include "planrunjob.h"
#include "futurecallback.h"

#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

PlanRunJob::PlanRunJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

PlanRunJob::~PlanRunJob()
{
    if (m_runner)
        m_runner->cancel();
    m_future.waitForFinished(); // the cancelled statement or batch rolls back
}

void PlanRunJob::start(const QString &conninfo, const plan::MigrationPlan &plan, const plan::PlanRunOptions &options)
{
    m_runner = std::make_unique<plan::PlanRunner>(options);
    m_runner->setStepSink([this](int step) { post([this, step] { emit stepStarted(step); }); });
    m_runner->setProgressSink([this](const QString &text) { post([this, text] { emit line(text); }); });
    m_runner->setExecutionEventSink(
        [this](const run::ExecutionEvent &event) { post([this, event] { emit executionEvent(event); }); });
    m_runner->setBackfillSinks(
        [this](const run::BackfillProgress &p) { post([this, p] { emit backfillProgress(p); }); },
        [this](const run::BackfillEvent &event) { post([this, event] { emit backfillEvent(event); }); });
    m_running = true;
    plan::PlanRunner *runner = m_runner.get();
    m_future = QtConcurrent::run(&m_pool, [runner, conninfo, plan] { return runner->run(conninfo, plan); });
    onFinished(this, m_future, [this](const plan::PlanRunResult &result) {
        m_running = false;
        emit finished(result);
    });
}

void PlanRunJob::cancel()
{
    if (m_runner && m_running)
        m_runner->cancel();
}

bool PlanRunJob::applyDecision(const PolicyDecision &decision)
{
    return m_runner && m_running && m_runner->applyDecision(decision);
}

} // namespace slipway
