#include "monitorcontroller.h"

#include "activeconnection.h"

#include "db/localstore.h"

#include <QLocale>

namespace slipway {

MonitorController::MonitorController(QObject *parent)
    : QObject(parent)
    , m_monitor(new Monitor(this))
{
    connect(m_monitor, &Monitor::decided, this, [this](const PolicyDecision &decision) {
        if (decision.action == PolicyDecision::Action::Resume)
            emit info(tr("Monitor: %1").arg(decision.reason));
        else
            emit warning(tr("Monitor: %1").arg(decision.reason));
    });
    connect(m_monitor, &Monitor::recordingFailed, this, [this](const QString &message) {
        emit warning(tr("Could not write the monitor series to the local store: %1").arg(message));
    });
}

MonitorController::~MonitorController()
{
    stop();
    delete m_monitor; // flushes into m_store while it still exists
    m_monitor = nullptr;
}

void MonitorController::attach(ActiveConnection *connection)
{
    connect(connection, &ActiveConnection::connected, this, [this, connection] { startFor(connection); });
    connect(connection, &ActiveConnection::disconnected, this, &MonitorController::stop);
    if (connection->isConnected())
        startFor(connection);
}

void MonitorController::setLocalStorePath(const QString &path)
{
    m_store.reset();
    if (path.isEmpty())
        return;
    m_store = std::make_unique<LocalStore>(path);
    QString error;
    if (!m_store->open(&error)) {
        emit warning(tr("The monitor series will not be kept: %1").arg(error));
        m_store.reset();
    }
}

void MonitorController::setReplicaFor(const QString &profileId, const QString &replicaConninfo)
{
    m_replicas.insert(profileId, replicaConninfo);
}

void MonitorController::setSampling(int intervalMs, const AbortThresholds &thresholds)
{
    m_intervalMs = qMax(Sampler::kMinimumIntervalMs, intervalMs);
    m_monitor->policy()->setThresholds(thresholds);
    if (m_monitor->isRunning())
        m_monitor->sampler()->setInterval(m_intervalMs);
}

void MonitorController::startFor(ActiveConnection *connection)
{
    Session *session = connection->session();
    if (!session)
        return;
    stop();
    m_monitor->clear();
    m_production = connection->profile().environment == Environment::Production;
    m_database = connection->serverInfo().database;
    m_target = connection->target();
    m_replica = m_replicas.value(connection->profile().id);
    if (m_replica.isEmpty()) // the profile's own replica, with the primary's password for a try
        m_replica = connection->profile().monitorReplicaConninfo(ConnectionProfile::passwordOf(session->conninfo()));
    if (m_store && m_store->isOpen()) {
        QString error;
        m_runId = m_store->beginRun(tr("Monitor %1").arg(m_target), m_target, &error);
        if (m_runId > 0)
            m_monitor->recordTo(m_store.get(), m_runId);
        else
            emit warning(tr("The monitor series will not be kept: %1").arg(error));
    }
    // Its own connection with the session's conninfo (password included).
    SamplerOptions options;
    options.intervalMs = m_intervalMs;
    m_monitor->start(session->conninfo(), m_replica, options);
    const QString every = tr("every %1 s").arg(QLocale().toString(m_intervalMs / 1000.0, 'g', 3));
    emit info(m_replica.isEmpty()
                  ? tr("Monitoring %1 %2 on a connection of its own.").arg(m_target, every)
                  : tr("Monitoring %1 and its replica %2 on connections of their own.").arg(m_target, every));
    emit started(m_target);
}

void MonitorController::stop()
{
    if (!m_monitor->isRunning())
        return;
    m_monitor->stop();
    if (m_runId > 0 && m_store && m_store->isOpen())
        m_store->finishRun(m_runId, QStringLiteral("monitored"));
    m_monitor->recordTo(nullptr, 0);
    m_runId = 0;
    emit stopped();
}

} // namespace slipway
