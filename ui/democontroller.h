#pragma once

#include "db/demoworkload.h"
#include "db/sandboxinfo.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace slipway {

class Sandbox;

// `--demo`: a private sandbox (primary + replica) with the demo database,
// started on a worker thread with progress in a dialog that can cancel it, and
// owned by this process (stopped when the controller goes away). Also runs the
// demo background workload on request.
class DemoController : public QObject {
    Q_OBJECT

public:
    explicit DemoController(QObject *parent = nullptr);
    ~DemoController() override; // stops the workload and the sandbox

    // Starts the sandbox; progress shows in a dialog over dialogParent.
    void start(QWidget *dialogParent, qint64 orderRows = -1);
    bool isStarting() const { return m_starting; }
    bool isReady() const { return m_ready; }
    SandboxInfo info() const { return m_info; }
    // The demo database's URI, empty until ready.
    QString demoUri() const;

    void startWorkload();
    void stopWorkload();
    bool isWorkloadRunning() const;

signals:
    void ready(const slipway::SandboxInfo &info);
    void failed(const QString &message);
    void progress(int percent, const QString &step);
    void workloadStats(const slipway::DemoWorkloadStats &stats);
    void workloadRunningChanged(bool running);

private:
    Sandbox *m_sandbox = nullptr;
    QFuture<QString> m_startJob; // empty string = success
    QPointer<QProgressDialog> m_dialog;
    DemoWorkload *m_workload = nullptr;
    SandboxInfo m_info;
    bool m_starting = false;
    bool m_ready = false;
};

} // namespace slipway
