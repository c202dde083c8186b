#include "democontroller.h"
#include "futurecallback.h"

#include "db/sandbox.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

DemoController::DemoController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<slipway::DemoWorkloadStats>();
}

DemoController::~DemoController()
{
    // Its owner (the main window) is being destroyed: the workload's last
    // stats and the sandbox's last words must not reach it.
    blockSignals(true);
    if (m_workload) {
        m_workload->stop();
        delete m_workload;
    }
    if (m_sandbox) {
        // Exit path: let a running start give up, then stop and remove the servers.
        m_sandbox->cancel();
        m_startJob.waitForFinished();
        delete m_sandbox;
    }
    delete m_dialog;
}

void DemoController::start(QWidget *dialogParent, qint64 orderRows)
{
    if (m_starting || m_ready)
        return;
    m_starting = true;
    Sandbox::Options options;
    options.demo = true;
    options.replica = true;
    options.demoOrderRows = orderRows;
    m_sandbox = new Sandbox(options);

    m_dialog = new QProgressDialog(tr("Starting the demo sandbox…"), tr("Cancel"), 0, 100, dialogParent);
    m_dialog->setObjectName(QStringLiteral("demoProgress"));
    m_dialog->setWindowTitle(tr("Slipway demo"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        if (m_sandbox)
            m_sandbox->cancel();
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling…"));
    });
    m_dialog->show();

    connect(m_sandbox, &Sandbox::progress, this, [this](int percent, const QString &step) {
        if (m_dialog) {
            m_dialog->setValue(qBound(0, percent, 99));
            m_dialog->setLabelText(step);
        }
        emit progress(percent, step);
    }, Qt::QueuedConnection);

    Sandbox *sandbox = m_sandbox;
    m_startJob = QtConcurrent::run([sandbox] {
        QString error;
        if (sandbox->start(&error))
            return QString();
        return error.isEmpty() ? tr("The sandbox did not start.") : error;
    });
    onFinished(this, m_startJob, [this](const QString &error) {
        m_starting = false;
        if (m_dialog)
            m_dialog->deleteLater();
        if (!error.isEmpty()) {
            delete m_sandbox;
            m_sandbox = nullptr;
            emit failed(error);
            return;
        }
        m_info = m_sandbox->info();
        m_ready = true;
        emit ready(m_info);
    });
}

QString DemoController::demoUri() const
{
    return m_ready ? m_info.primaryUri(m_info.demoDatabase) : QString();
}

void DemoController::startWorkload()
{
    if (!m_ready || isWorkloadRunning())
        return;
    delete m_workload;
    m_workload = new DemoWorkload(demoUri(), {}, nullptr); // no parent: stopWorkload() may outlive us
    connect(m_workload, &DemoWorkload::statsChanged, this, &DemoController::workloadStats);
    m_workload->start();
    emit workloadRunningChanged(true);
}

void DemoController::stopWorkload()
{
    if (!m_workload)
        return;
    // stop() joins the client threads (about a second): keep it off the GUI thread.
    DemoWorkload *workload = m_workload;
    m_workload = nullptr;
    onFinished(this, QtConcurrent::run([workload] { workload->stop(); }), [this, workload] {
        workload->deleteLater();
        emit workloadRunningChanged(false);
    });
}

bool DemoController::isWorkloadRunning() const
{
    return m_workload && m_workload->isRunning();
}

} // namespace slipway
