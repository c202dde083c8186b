#include "diffrehearsalpanel.h"

#include "diffresult.h"
#include "futurecallback.h"
#include "messagebanner.h"
#include "profilemanager.h"

#include "db/credentialstore.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>

namespace slipway {

// One rehearsal under way; shared with the worker so it outlives the panel.
struct DiffRehearsalPanel::Run {
    explicit Run(const diff::RehearsalOptions &options) : rehearsal(options) {}
    diff::PlanRehearsal rehearsal;
    QMutex mutex;
    QString step;
    double fraction = 0;
};

DiffRehearsalPanel::DiffRehearsalPanel(ProfileManager *profiles, CredentialStore *credentials,
                                       QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_credentials(credentials)
{
    setAccessibleName(tr("Plan rehearsal"));
    auto *intro = new QLabel(
        tr("Runs the up plan on a throw-away copy of the source's schema (no data), "
           "re-compares it with the target, then runs the down plan and compares with the "
           "source. The scratch database is dropped afterwards."),
        this);
    intro->setWordWrap(true);
    m_server = new QComboBox(this);
    m_server->setAccessibleName(tr("Scratch server"));
    m_server->setToolTip(tr("The server where the scratch database is created; its role needs CREATEDB."));
    auto *serverLabel = new QLabel(tr("Scr&atch server:"), this);
    serverLabel->setBuddy(m_server);
    m_rehearse = new QPushButton(tr("&Rehearse"), this);
    m_rehearse->setAccessibleName(tr("Rehearse the plan"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the rehearsal"));
    connect(m_rehearse, &QPushButton::clicked, this, &DiffRehearsalPanel::rehearse);
    connect(m_cancel, &QPushButton::clicked, this, &DiffRehearsalPanel::cancel);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Rehearsal progress"));
    m_step = new QLabel(this);
    m_banner = new MessageBanner(this);
    m_banner->setVisible(false);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Rehearsal report"));
    m_text->setPlaceholderText(tr("Compare, pick a scratch server and press Rehearse."));

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_run) return;
        QMutexLocker lock(&m_run->mutex);
        m_progress->setValue(int(m_run->fraction * 100));
        m_step->setText(m_run->step);
    });
    if (m_profiles)
        connect(m_profiles, &ProfileManager::changed, this,
                [this] { refreshServers(m_server->currentData().toString()); });

    auto *row = new QHBoxLayout;
    row->addWidget(serverLabel);
    row->addWidget(m_server, 1);
    row->addWidget(m_rehearse);
    row->addWidget(m_cancel);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_step, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addLayout(progress);
    layout->addWidget(m_banner);
    layout->addWidget(m_text, 1);
    refreshServers(QString());
    setRunning(false);
}

DiffRehearsalPanel::~DiffRehearsalPanel()
{
    if (m_run) m_run->rehearsal.cancel(); // the worker drops its scratch database and ends
}

void DiffRehearsalPanel::refreshServers(const QString &preferredId)
{
    const QString current = m_server->currentData().toString();
    m_server->clear();
    int preferred = -1;
    int firstSafe = -1;
    const QList<ConnectionProfile> profiles = m_profiles ? m_profiles->all() : QList<ConnectionProfile>();
    for (const ConnectionProfile &profile : profiles) {
        const bool production = profile.environment == Environment::Production;
        m_server->addItem(production ? tr("%1 (production)").arg(profile.name) : profile.name,
                          profile.id);
        const int at = m_server->count() - 1;
        if (production) continue;
        if (firstSafe < 0) firstSafe = at;
        if (profile.id == preferredId || (preferredId.isEmpty() && profile.id == current))
            preferred = at;
    }
    m_server->setCurrentIndex(preferred >= 0 ? preferred : firstSafe);
}

void DiffRehearsalPanel::setResult(std::shared_ptr<const DiffResult> result,
                                   const QString &sourceProfileId)
{
    cancel();
    m_result = std::move(result);
    m_report.reset();
    m_text->clear();
    m_banner->setVisible(false);
    refreshServers(sourceProfileId);
    setRunning(false);
}

void DiffRehearsalPanel::rehearse()
{
    if (m_running || !m_result || !m_profiles) return;
    const auto profile = m_profiles->byId(m_server->currentData().toString());
    if (!profile) {
        m_banner->showMessage(MessageBanner::Level::Warning, tr("No scratch server"),
                              tr("Pick a connection whose server may hold a throw-away database."));
        return;
    }
    m_report.reset();
    m_text->clear();
    m_banner->setVisible(false);
    setRunning(true);
    const quint64 generation = ++m_generation;
    auto startWith = [this, profile = *profile](const QString &password) {
        DbError error;
        const QString conninfo = profile.conninfo(password, &error);
        if (error.isError()) {
            setRunning(false);
            m_banner->showError(error, tr("Could not use %1").arg(profile.name));
            return;
        }
        start(conninfo);
    };
    if (!profile->savePassword || !m_credentials) {
        startWith(QString());
        return;
    }
    QPointer<DiffRehearsalPanel> self(this);
    m_credentials->readPassword(profile->id, [self, generation, startWith](const CredentialStore::Result &r) {
        if (!self || generation != self->m_generation || !self->m_running) return;
        startWith(r.status == CredentialStore::Result::Status::Ok ? r.password : QString());
    });
}

void DiffRehearsalPanel::start(const QString &conninfo)
{
    diff::RehearsalOptions options;
    options.scratchConninfo = conninfo;
    options.diff = m_result->options;
    auto run = std::make_shared<Run>(options);
    std::weak_ptr<Run> weak = run;
    run->rehearsal.setProgress([weak](const QString &step, double fraction) {
        if (const auto r = weak.lock()) {
            QMutexLocker lock(&r->mutex);
            r->step = step;
            r->fraction = fraction;
        }
    });
    m_run = run;
    const quint64 generation = m_generation;
    auto result = m_result;
    const QFuture<diff::RehearsalReport> future = QtConcurrent::run([run, result] {
        return run->rehearsal.run(result->source, result->target, result->plan, result->down);
    });
    onFinished(this, future, [this, generation](const diff::RehearsalReport &report) {
        if (generation != m_generation) return;
        finish(report);
    });
}

void DiffRehearsalPanel::finish(const diff::RehearsalReport &report)
{
    m_run.reset();
    setRunning(false);
    m_report = report;
    m_text->setPlainText(report.toText());
    using Status = diff::RehearsalReport::Status;
    switch (report.status) {
    case Status::Clean:
        m_banner->showMessage(MessageBanner::Level::Success, tr("Rehearsal clean"),
                              tr("Up gave the target, down gave the source back."));
        break;
    case Status::Residual:
        m_banner->showMessage(MessageBanner::Level::Error, tr("Rehearsal not clean"),
                              tr("The plan ran, but differences are left: see the report."));
        break;
    case Status::StatementFailed:
        m_banner->showMessage(MessageBanner::Level::Error, tr("A statement failed"),
                              report.failure ? report.failure->error.message : QString());
        break;
    case Status::Failed:
        m_banner->showError(report.error, tr("Could not rehearse"));
        break;
    case Status::Cancelled:
        m_banner->showMessage(MessageBanner::Level::Information, tr("Rehearsal cancelled"), QString());
        break;
    }
    m_step->setText(tr("Done."));
    emit rehearsalFinished();
}

void DiffRehearsalPanel::cancel()
{
    if (!m_running) return;
    ++m_generation;
    if (m_run) m_run->rehearsal.cancel();
    m_run.reset();
    setRunning(false);
    m_step->setText(tr("Cancelled."));
}

void DiffRehearsalPanel::setRunning(bool running)
{
    m_running = running;
    m_rehearse->setEnabled(!running && m_result && m_server->count() > 0);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_server->setEnabled(!running);
    if (running) {
        m_progress->setValue(0);
        m_step->setText(tr("Starting…"));
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

} // namespace slipway
