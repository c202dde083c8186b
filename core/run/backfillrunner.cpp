#include "backfillrunner.h"

#include "backfillworker_p.h"

#include <QThread>

#include <libpq-fe.h>

namespace slipway::run {

QString backfillStateName(BackfillState state)
{
    switch (state) {
    case BackfillState::Idle: return QStringLiteral("idle");
    case BackfillState::Starting: return QStringLiteral("starting");
    case BackfillState::Running: return QStringLiteral("running");
    case BackfillState::Paused: return QStringLiteral("paused");
    case BackfillState::Throttled: return QStringLiteral("throttled");
    case BackfillState::Stopping: return QStringLiteral("stopping");
    case BackfillState::Done: return QStringLiteral("done");
    case BackfillState::Aborted: return QStringLiteral("aborted");
    case BackfillState::Failed: return QStringLiteral("failed");
    case BackfillState::LockHeld: return QStringLiteral("lock_held");
    }
    return {};
}

bool isFinished(BackfillState state)
{
    return state == BackfillState::Done || state == BackfillState::Aborted || state == BackfillState::Failed
           || state == BackfillState::LockHeld;
}

double BackfillProgress::fraction() const
{
    if (estimatedTotal <= 0) return estimatedTotal == 0 && state == BackfillState::Done ? 1.0 : -1.0;
    return qBound(0.0, double(rowsDone) / double(estimatedTotal), 1.0);
}

QString BackfillEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Started: return QStringLiteral("started");
    case Kind::Resumed: return QStringLiteral("resumed");
    case Kind::Progress: return QStringLiteral("progress");
    case Kind::Paused: return QStringLiteral("paused");
    case Kind::Throttled: return QStringLiteral("throttled");
    case Kind::BatchSizeChanged: return QStringLiteral("batch_size");
    case Kind::TargetChanged: return QStringLiteral("target");
    case Kind::PauseChanged: return QStringLiteral("pause");
    case Kind::Retry: return QStringLiteral("retry");
    case Kind::Reconnected: return QStringLiteral("reconnected");
    case Kind::Warning: return QStringLiteral("warning");
    case Kind::Aborted: return QStringLiteral("aborted");
    case Kind::Failed: return QStringLiteral("failed");
    case Kind::Done: return QStringLiteral("done");
    }
    return {};
}

QString BackfillEvent::sourceName(Source source)
{
    switch (source) {
    case Source::Runner: return QStringLiteral("runner");
    case Source::User: return QStringLiteral("user");
    case Source::Policy: return QStringLiteral("policy");
    }
    return {};
}

namespace {

// Records an event from a control (owner's thread) and tells listeners.
void control(BackfillRunner *runner, BackfillShared *d, BackfillEvent event, const std::function<void()> &apply)
{
    event.at = QDateTime::currentDateTimeUtc();
    {
        QMutexLocker lock(&d->mutex);
        apply();
        d->events << event;
        d->changed.wakeAll();
    }
    emit runner->eventAdded(event);
}

BackfillEvent userEvent(BackfillEvent::Kind kind, const QString &message)
{
    BackfillEvent e;
    e.kind = kind;
    e.source = BackfillEvent::Source::User;
    e.message = message;
    return e;
}

} // namespace

BackfillRunner::BackfillRunner(QObject *parent)
    : QObject(parent)
    , d(std::make_shared<BackfillShared>())
{
    qRegisterMetaType<BackfillState>("slipway::run::BackfillState");
    qRegisterMetaType<BackfillProgress>();
    qRegisterMetaType<BackfillEvent>();
    qRegisterMetaType<BackfillResult>();
}

BackfillRunner::~BackfillRunner()
{
    if (isRunning()) abort(tr("The runner was closed."), true);
    wait();
}

bool BackfillRunner::start(const QString &conninfo, const BackfillSpec &spec, const BackfillOptions &options)
{
    if (isRunning()) return false;
    wait();
    const QStringList problems = spec.validate();
    auto shared = std::make_shared<BackfillShared>();
    shared->spec = spec;
    shared->targetBatchMs = spec.targetBatchMs;
    shared->pauseMs = spec.pauseMs;
    shared->policyThrottlePauseMs = options.policyThrottlePauseMs;
    if (!problems.isEmpty()) {
        shared->state = BackfillState::Failed;
        shared->result.state = BackfillState::Failed;
        shared->result.message = problems.join(QLatin1Char('\n'));
        d = shared;
        return false;
    }
    d = shared;
    auto worker = std::make_shared<BackfillWorker>(this, shared, conninfo, spec, options);
    m_thread.reset(QThread::create([worker] { worker->run(); }));
    m_thread->setObjectName(QStringLiteral("backfill"));
    m_thread->start();
    return true;
}

bool BackfillRunner::wait(int timeoutMs)
{
    if (!m_thread) return true;
    return timeoutMs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(timeoutMs));
}

bool BackfillRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackfillRunner::pause()
{
    control(this, d.get(), userEvent(BackfillEvent::Kind::Paused, tr("Paused.")), [this] { d->paused = true; });
}

void BackfillRunner::resume()
{
    control(this, d.get(), userEvent(BackfillEvent::Kind::Resumed, tr("Resumed.")), [this] {
        d->paused = false;
        d->throttled = false;
    });
}

void BackfillRunner::setBatchSize(int rows)
{
    const int size = rows <= 0 ? 0 : qBound(d->spec.minBatchSize, rows, d->spec.maxBatchSize);
    control(this, d.get(),
            userEvent(BackfillEvent::Kind::BatchSizeChanged,
                      size == 0 ? tr("Batch size adapts to the target duration again.")
                                : tr("Batch size fixed at %1 keys.").arg(size)),
            [this, size] { d->fixedBatchSize = size; });
}

void BackfillRunner::setTargetBatchMs(int ms)
{
    const int target = qMax(1, ms);
    control(this, d.get(), userEvent(BackfillEvent::Kind::TargetChanged, tr("Target batch duration %1 ms.").arg(target)),
            [this, target] { d->targetBatchMs = target; });
}

void BackfillRunner::setPauseMs(int ms)
{
    const int pause = qMax(0, ms);
    control(this, d.get(), userEvent(BackfillEvent::Kind::PauseChanged, tr("Pause between batches %1 ms.").arg(pause)),
            [this, pause] { d->pauseMs = pause; });
}

void BackfillRunner::throttle(int pauseMs, const QString &reason)
{
    const QString message = reason.isEmpty()
        ? (pauseMs < 0 ? tr("Throttled: holding batches.") : tr("Throttled: %1 ms between batches.").arg(pauseMs))
        : reason;
    control(this, d.get(), userEvent(BackfillEvent::Kind::Throttled, message), [this, pauseMs] {
        d->throttled = true;
        d->throttlePauseMs = pauseMs;
    });
}

void BackfillRunner::unthrottle()
{
    control(this, d.get(), userEvent(BackfillEvent::Kind::Resumed, tr("Throttle lifted.")),
            [this] { d->throttled = false; });
}

void BackfillRunner::abort(const QString &reason, bool cancelCurrentBatch)
{
    const QString message = reason.isEmpty() ? tr("Aborted by the user.") : reason;
    BackfillEvent event = userEvent(BackfillEvent::Kind::Aborted, message);
    bool stopping = false;
    control(this, d.get(), event, [&] {
        if (!d->abortRequested) {
            d->abortRequested = true;
            d->abortReason = message;
            d->abortSource = BackfillEvent::Source::User;
        }
        if (cancelCurrentBatch && d->cancelHandle) {
            char error[256] = {};
            PQcancel(d->cancelHandle, error, int(sizeof error));
        }
        stopping = !isFinished(d->state) && d->state != BackfillState::Idle;
        if (stopping) d->state = BackfillState::Stopping;
    });
    if (stopping) emit stateChanged(BackfillState::Stopping);
}

void BackfillRunner::applyDecision(const PolicyDecision &decision)
{
    BackfillEvent event;
    event.source = BackfillEvent::Source::Policy;
    event.message = decision.reason;
    event.metric = decision.metric;
    event.value = decision.value;
    event.threshold = decision.threshold;
    switch (decision.action) {
    case PolicyDecision::Action::Throttle: {
        event.kind = BackfillEvent::Kind::Throttled;
        control(this, d.get(), event, [this] {
            d->throttled = true;
            d->throttlePauseMs = d->policyThrottlePauseMs;
        });
        break;
    }
    case PolicyDecision::Action::Resume:
        event.kind = BackfillEvent::Kind::Resumed;
        control(this, d.get(), event, [this] { d->throttled = false; });
        break;
    case PolicyDecision::Action::Abort: {
        event.kind = BackfillEvent::Kind::Aborted;
        bool stopping = false;
        control(this, d.get(), event, [&] {
            if (!d->abortRequested) {
                d->abortRequested = true;
                d->abortReason = decision.reason;
                d->abortSource = BackfillEvent::Source::Policy;
            }
            stopping = !isFinished(d->state) && d->state != BackfillState::Idle;
            if (stopping) d->state = BackfillState::Stopping;
        });
        if (stopping) emit stateChanged(BackfillState::Stopping);
        break;
    }
    }
}

BackfillState BackfillRunner::state() const
{
    QMutexLocker lock(&d->mutex);
    return d->state;
}

BackfillProgress BackfillRunner::progress() const
{
    QMutexLocker lock(&d->mutex);
    return d->progress;
}

QList<BackfillEvent> BackfillRunner::events() const
{
    QMutexLocker lock(&d->mutex);
    return d->events;
}

BackfillResult BackfillRunner::result() const
{
    QMutexLocker lock(&d->mutex);
    return d->result;
}

BackfillSpec BackfillRunner::spec() const
{
    QMutexLocker lock(&d->mutex);
    return d->spec;
}

int BackfillRunner::backendPid() const
{
    QMutexLocker lock(&d->mutex);
    return d->backendPid;
}

} // namespace slipway::run
