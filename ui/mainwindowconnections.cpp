// MainWindow's connections: the saved and transient profiles, connecting,
// and what the window does when a connection opens, fails or is lost.
#include "mainwindow.h"
#include "futurecallback.h"

#include "activeconnection.h"
#include "connectiondialog.h"
#include "connectionlist.h"
#include "editor/editorworkspace.h"
#include "messagebanner.h"
#include "objectbrowser.h"
#include "profilemanager.h"

#include "db/localstore.h"
#include "db/serverinfo.h"
#include "db/session.h"
#include "run/staleruns.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace slipway {

// --- profiles ----------------------------------------------------------------

void MainWindow::reloadProfiles()
{
    m_connectionList->setProfiles(m_profiles->saved(), m_profiles->transient());
    updateActions();
    updateConnectionViews();
}

std::optional<ConnectionProfile> MainWindow::selectedProfile() const
{
    return m_profiles->byId(m_connectionList->currentId());
}

void MainWindow::addTransientProfile(const ConnectionProfile &profile)
{
    m_profiles->addTransient(profile);
    m_connectionList->setCurrentId(profile.id);
}

void MainWindow::newConnection()
{
    ConnectionDialog dialog(ConnectionProfile::create(QString(), Environment::Development), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile profile = dialog.profile();
    m_profiles->save(profile, dialog.password(), false);
    m_connectionList->setCurrentId(profile.id);
    if (dialog.connectRequested())
        connectToProfile(profile, dialog.password());
}

void MainWindow::editConnection()
{
    auto profile = selectedProfile();
    if (!profile)
        return;
    ConnectionDialog dialog(*profile, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile edited = dialog.profile();
    m_profiles->save(edited, dialog.password(), profile->savePassword);
    m_connectionList->setCurrentId(edited.id);
    if (dialog.connectRequested())
        connectToProfile(edited, dialog.password());
}

void MainWindow::deleteConnection()
{
    auto profile = selectedProfile();
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Connection"),
        tr("Delete the connection \"%1\" (%2)?%3")
            .arg(profile->name, profile->displayTarget(),
                 profile->savePassword ? tr("\nIts password is removed from the keychain too.") : QString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_connection->profile().id == profile->id && m_connection->state() != ActiveConnection::State::Disconnected)
        m_connection->disconnectFromServer();
    m_profiles->remove(*profile);
}

// --- connecting ----------------------------------------------------------------

void MainWindow::connectSelected()
{
    if (auto profile = selectedProfile())
        connectToProfile(*profile);
}

void MainWindow::connectToProfile(const ConnectionProfile &profile, const QString &password)
{
    m_message->hide();
    m_objectBrowser->setSession(nullptr);
    m_connectionList->setCurrentId(profile.id);
    m_connection->connectTo(profile, password);
}

bool MainWindow::connectTo(const QString &text, QString *error)
{
    QString message;
    const auto profile = m_profiles->resolve(text, &message);
    if (!profile) {
        if (error)
            *error = message;
        m_message->showMessage(MessageBanner::Level::Error, tr("Cannot connect to \"%1\"").arg(text), message);
        logError(tr("Cannot connect to \"%1\": %2").arg(text, message));
        return false;
    }
    if (!m_profiles->byId(profile->id))
        addTransientProfile(*profile);
    connectToProfile(*profile);
    return true;
}

void MainWindow::disconnectFromServer()
{
    m_connection->disconnectFromServer();
}

void MainWindow::reconnect()
{
    if (m_connection->profile().id.isEmpty())
        return;
    // Pick up edits made since the connection was opened.
    connectToProfile(m_profiles->byId(m_connection->profile().id).value_or(m_connection->profile()));
}

void MainWindow::refreshObjects()
{
    if (m_connection->isConnected()) {
        m_objectBrowser->refresh();
        m_editors->refreshTableStats(); // the linter's table sizes too
    }
}

std::optional<QString> MainWindow::askPassword(const ConnectionProfile &profile, const DbError &error)
{
    bool ok = false;
    const QString label = tr("%1\n%2\n\nPassword for %3:").arg(error.title(), error.message, profile.displayTarget());
    const QString password = QInputDialog::getText(this, tr("Password for %1").arg(profile.name), label,
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

void MainWindow::onConnected(const ServerInfo &server)
{
    Q_UNUSED(server)
    m_message->hide();
    if (m_localStore && m_profiles->isSaved(m_connection->profile().id)) {
        QString error;
        if (!m_localStore->addRecentConnection(m_connection->profile().id, &error))
            logWarning(tr("Could not record the recent connection: %1").arg(error));
    }
    m_objectBrowser->setSession(m_connection->session());
    m_objectBrowser->refresh();
    checkStaleRuns();
    updateActions();
    if (m_demoAutoWorkload && m_connection->profile().id == m_demoProfileId && m_demoWorkloadAction->isEnabled()) {
        m_demoAutoWorkload = false;
        m_demoWorkloadAction->setChecked(true);
    }
}

void MainWindow::checkStaleRuns()
{
    Session *session = m_connection->session();
    if (!session)
        return;
    const QString profileId = m_connection->profile().id;
    onFinished(this, session->run<QList<migrations::JournalEntry>>(&run::StaleRuns::find), [this, profileId](DbResult<QList<migrations::JournalEntry>> result) {
            if (result.error.isError()) {
                logWarning(tr("Could not look for unfinished runs in slipway.journal: %1").arg(result.error.toText()));
                return;
            }
            if (result.value.isEmpty() || m_connection->profile().id != profileId)
                return;
            QStringList lines;
            for (const migrations::JournalEntry &entry : std::as_const(result.value)) {
                lines << run::StaleRuns::describe(entry);
                logWarning(tr("Unfinished run: %1").arg(lines.constLast()));
            }
            m_message->showMessage(MessageBanner::Level::Warning,
                                   tr("%n migration run(s) did not finish on this database", nullptr,
                                      int(lines.size())),
                                   lines.join(QLatin1Char('\n'))
                                       + QLatin1Char('\n')
                                       + tr("Slipway (or its connection) stopped while they ran. Their "
                                            "transactions were rolled back by the server, but statements run "
                                            "outside a transaction may have taken effect: inspect the database "
                                            "before running again."));
            m_message->setAction(tr("Show History"));
            m_messageAction = [this] { showHistory(); };
        });
}

void MainWindow::onConnectFailed(const DbError &error)
{
    m_messageAction = {};
    logError(tr("Could not connect to %1 — %2").arg(m_connection->profile().displayTarget(), error.toText()));
    m_message->showError(error, tr("Could not connect to %1").arg(m_connection->profile().name));
    m_message->setAction(m_profiles->isSaved(m_connection->profile().id) ? tr("Edit Connection…") : tr("Retry"));
    statusBar()->showMessage(tr("Connection failed: %1").arg(error.title()), 10000);
}

void MainWindow::onConnectionLost(const DbError &error)
{
    m_messageAction = {};
    m_message->showError(error, tr("Connection to %1 lost").arg(m_connection->profile().name));
    m_message->setAction(tr("Reconnect"));
    m_objectBrowser->setSession(nullptr);
}

} // namespace slipway
