#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace slipway {

struct DemoWorkloadOptions {
    int clients = 4;                    // client threads, one connection each
    double transactionsPerSecond = 5.0; // per client
};

struct DemoWorkloadStats {
    qint64 committed = 0;  // transactions committed
    qint64 failed = 0;     // attempts that did not commit (lock timeout, lost connection, ...)
    qint64 reconnects = 0; // connections re-opened after a failure
    QString lastError;     // the most recent failure, empty when none
};

// A small background workload against the demo database, so lock waits and
// replication lag become real while a migration runs. Each client thread has
// its own connection (application_name "slipway-demo-workload", short
// lock_timeout and statement_timeout) and runs short shop transactions at a
// modest rate: place an order with items, update a customer, read a
// customer's recent orders, record a payment. Failures are counted, retried
// when transient and followed by a reconnect when the connection is gone;
// they never stop the workload.
class DemoWorkload : public QObject {
    Q_OBJECT

public:
    explicit DemoWorkload(const QString &conninfo, const DemoWorkloadOptions &options = {},
                          QObject *parent = nullptr);
    ~DemoWorkload() override; // stops

    void start();
    // Cancels running statements, stops and joins every thread; returns within
    // about a second.
    void stop();
    bool isRunning() const;
    DemoWorkloadStats stats() const;

signals:
    // About once a second while running, and once after stop(). Emitted from a
    // reporter thread (and from stop()'s caller): connect with the default
    // AutoConnection and receivers living in other threads get it queued.
    void statsChanged(const slipway::DemoWorkloadStats &stats);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace slipway

Q_DECLARE_METATYPE(slipway::DemoWorkloadStats)
