#include "sampler.h"

#include "samplerworker_p.h"

#include <QPromise>
#include <QThread>

#include <algorithm>

namespace slipway {

Sampler::Sampler(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<slipway::Sample>();
    m_thread->setObjectName(QStringLiteral("slipway-monitor"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

Sampler::~Sampler()
{
    // Blocking here is bounded: the running sample is cancelled first. Workers
    // of earlier runs were queued for deletion before, so they go first.
    if (SamplerWorker *worker = m_worker) {
        m_worker = nullptr;
        m_running = false;
        worker->cancelRunning();
        QMetaObject::invokeMethod(worker, [worker] {
            worker->finish();
            delete worker;
        }, Qt::BlockingQueuedConnection);
    }
    QMetaObject::invokeMethod(m_context, [] {}, Qt::BlockingQueuedConnection); // flush earlier deletions
    m_thread->quit();
    m_thread->wait();
    delete m_context;
}

void Sampler::start(const QString &conninfo, const QString &replicaConninfo, const SamplerOptions &options)
{
    stop();
    m_conninfo = conninfo;
    m_replicaConninfo = replicaConninfo;
    m_options = options;
    m_options.intervalMs = std::max(kMinimumIntervalMs, options.intervalMs);
    m_worker = new SamplerWorker(conninfo, replicaConninfo, m_options);
    m_worker->moveToThread(m_thread.get());
    const quint64 generation = ++m_generation;
    connect(m_worker, &SamplerWorker::sampled, this, [this, generation](const Sample &sample) {
        if (generation == m_generation && m_running)
            emit sampled(sample);
    });
    connect(m_worker, &SamplerWorker::connectedChanged, this, [this, generation](bool connected) {
        if (generation == m_generation)
            emit connectedChanged(connected);
    });
    m_running = true;
    QMetaObject::invokeMethod(m_worker, &SamplerWorker::begin, Qt::QueuedConnection);
}

void Sampler::stop()
{
    if (!m_worker)
        return;
    m_running = false;
    ++m_generation;
    SamplerWorker *worker = m_worker;
    m_worker = nullptr;
    // A sample in flight ends now instead of at its statement_timeout; the
    // worker closes its connections and goes away on its own thread.
    worker->cancelRunning();
    QMetaObject::invokeMethod(worker, [worker] {
        worker->finish();
        delete worker;
    }, Qt::QueuedConnection);
}

void Sampler::setInterval(int ms)
{
    m_options.intervalMs = std::max(kMinimumIntervalMs, ms);
    if (m_worker) {
        const int interval = m_options.intervalMs;
        SamplerWorker *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker, interval] { worker->setInterval(interval); }, Qt::QueuedConnection);
    }
}

void Sampler::setWatchedPids(const QList<int> &pids)
{
    m_options.watchedPids = pids;
    if (m_worker) {
        SamplerWorker *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker, pids] { worker->setWatchedPids(pids); }, Qt::QueuedConnection);
    }
}

QFuture<DbResult<bool>> Sampler::cancelBackend(int pid)
{
    return signalBackend(pid, false);
}

QFuture<DbResult<bool>> Sampler::terminateBackend(int pid)
{
    return signalBackend(pid, true);
}

QFuture<DbResult<bool>> Sampler::signalBackend(int pid, bool terminate)
{
    auto promise = std::make_shared<QPromise<DbResult<bool>>>();
    QFuture<DbResult<bool>> future = promise->future();
    promise->start();
    if (!m_worker) {
        DbResult<bool> result;
        result.error.kind = DbError::Kind::NotConnected;
        result.error.message = tr("The monitor is not running.");
        promise->addResult(result);
        promise->finish();
        return future;
    }
    SamplerWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, promise, pid, terminate] {
        DbResult<bool> result;
        worker->signalBackend(pid, terminate, &result.value, &result.error);
        promise->addResult(std::move(result));
        promise->finish();
    }, Qt::QueuedConnection);
    return future;
}

} // namespace slipway
