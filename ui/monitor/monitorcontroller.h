#pragma once

#include "monitor/monitor.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace slipway {

class ActiveConnection;
class LocalStore;

// Keeps a Monitor sampling whatever the window is connected to: starts it on
// its own connection (same conninfo as the active session, never the session
// itself) when a connection opens, stops it when it closes. Replicas are
// watched where one is known (the demo sandbox's); every monitored connection
// is recorded to the local store as a run of its own when a store is given.
class MonitorController : public QObject {
    Q_OBJECT

public:
    explicit MonitorController(QObject *parent = nullptr);
    ~MonitorController() override;

    void attach(ActiveConnection *connection);
    // Records every monitored connection as a run in the local store at path
    // (its own connection to the file). Empty: no recording.
    void setLocalStorePath(const QString &path);
    // The standby to read for this profile (e.g. the demo sandbox's replica).
    void setReplicaFor(const QString &profileId, const QString &replicaConninfo);
    // Sampling interval and throttle/abort thresholds (the preferences); applies
    // to the running sampler at once.
    void setSampling(int intervalMs, const AbortThresholds &thresholds);

    Monitor *monitor() const { return m_monitor; }
    // Facts for confirmations (cancel/terminate) and titles.
    bool isProduction() const { return m_production; }
    QString databaseName() const { return m_database; }
    QString target() const { return m_target; }
    QString replicaConninfo() const { return m_replica; }

signals:
    void started(const QString &target);
    void stopped();
    void info(const QString &message);
    void warning(const QString &message);

private:
    void startFor(ActiveConnection *connection);
    void stop();

    Monitor *m_monitor;
    std::unique_ptr<LocalStore> m_store;
    QHash<QString, QString> m_replicas; // profile id -> replica conninfo
    bool m_production = false;
    QString m_database;
    QString m_target;
    QString m_replica;
    qint64 m_runId = 0;
    int m_intervalMs = 1000;
};

} // namespace slipway
