#include "mainwindow.h"

#include "activeconnection.h"
#include "connectionlist.h"
#include "connectionstatuswidget.h"
#include "democontroller.h"
#include "diff/diffview.h"
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "editor/scriptanalyzer.h"
#include "editor/sqleditor.h"
#include "environmentbanner.h"
#include "environmentstyle.h"
#include "history/historyview.h"
#include "history/migrationstatustracker.h"
#include "messagebanner.h"
#include "monitor/monitorcontroller.h"
#include "monitor/monitorview.h"
#include "objectbrowser.h"
#include "preferencesdialog.h"
#include "profilemanager.h"
#include "problemsview.h"
#include "run/runview.h"
#include "runlogview.h"
#include "shortcutsdialog.h"
#include "welcomepage.h"

#include "db/credentialstore.h"
#include "db/localstore.h"
#include "db/sandboxinfo.h"
#include "db/serverinfo.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace slipway {

namespace {

const char *const kGeometryKey = "mainWindow/geometry";
const char *const kStateKey = "mainWindow/state";
constexpr int kLayoutVersion = 1;

} // namespace

MainWindow::MainWindow()
    : MainWindow(Options{})
{
}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_credentials(new CredentialStore(this))
    , m_profiles(new ProfileManager(options.profilesPath, m_credentials, this))
    , m_connection(new ActiveConnection(m_credentials, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Slipway"));
    setDockNestingEnabled(true);
    resize(1400, 880);

    createActions();
    createCentral();
    createDocks();
    m_editors = new EditorWorkspace(m_tabs, m_problems, this);
    m_editors->setConnection(m_connection);
    connect(m_editors, &EditorWorkspace::info, this, &MainWindow::logInfo);
    connect(m_editors, &EditorWorkspace::warning, this, &MainWindow::logWarning);
    connect(m_editors, &EditorWorkspace::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_problems, &ProblemsView::problemActivated, this, [this](QObject *source, int position) {
        for (EditorTab *tab : m_editors->editorTabs()) {
            if (tab == source) {
                m_tabs->setCurrentWidget(tab);
                tab->editor()->goToPosition(position);
                return;
            }
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateActions(); });
    createMenus();

    m_status = new ConnectionStatusWidget(this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_status);
    m_historySummary = new QLabel(this);
    m_historySummary->setObjectName(QStringLiteral("historySummaryStatus"));
    m_historySummary->setToolTip(tr("Migrations in the History tab's folder"));
    m_historySummary->hide();
    statusBar()->insertPermanentWidget(0, m_historySummary);
    // Pending/changed/drift: in the status bar and as object badges, History tab open or not.
    auto *migrationStatus = new MigrationStatusTracker(m_connection, this);
    connect(migrationStatus, &MigrationStatusTracker::changed, this, [this, migrationStatus] {
        m_historySummary->setText(migrationStatus->summary());
        m_historySummary->setToolTip(migrationStatus->toolTip());
        m_historySummary->setVisible(!migrationStatus->summary().isEmpty());
        m_objectBrowser->setBadges(migrationStatus->badges());
    });

    m_connection->setPasswordPrompt(
        [this](const ConnectionProfile &profile, const DbError &error) { return askPassword(profile, error); });
    connect(m_connection, &ActiveConnection::stateChanged, this, [this] {
        updateConnectionViews();
        updateActions();
    });
    connect(m_connection, &ActiveConnection::connected, this, &MainWindow::onConnected);
    connect(m_connection, &ActiveConnection::connectFailed, this, &MainWindow::onConnectFailed);
    connect(m_connection, &ActiveConnection::connectionLost, this, &MainWindow::onConnectionLost);
    connect(m_connection, &ActiveConnection::note, this, &MainWindow::logInfo);
    connect(m_connection, &ActiveConnection::warning, this, &MainWindow::logWarning);
    connect(m_connection, &ActiveConnection::disconnected, this, [this] { m_objectBrowser->setSession(nullptr); });

    connect(m_objectBrowser, &ObjectBrowser::loaded, this, [this](int count, qint64 ms) {
        statusBar()->showMessage(tr("Loaded %1 objects in %2 ms").arg(count).arg(ms), 5000);
    });
    connect(m_objectBrowser, &ObjectBrowser::loadFailed, this, [this](const DbError &error) {
        logError(tr("Could not load the object list — %1").arg(error.toText()));
    });
    connect(m_objectBrowser, &ObjectBrowser::loadingChanged, this, [this] { updateActions(); });

    connect(m_profiles, &ProfileManager::changed, this, &MainWindow::reloadProfiles);
    connect(m_profiles, &ProfileManager::info, this, &MainWindow::logInfo);
    connect(m_profiles, &ProfileManager::warning, this, &MainWindow::logWarning);
    connect(m_profiles, &ProfileManager::saveFailed, this, [this](const QString &message) {
        logError(message);
        m_message->showMessage(MessageBanner::Level::Error, tr("Connections not saved"), message);
    });
    QString error;
    if (!m_profiles->load(&error)) {
        logError(tr("Could not read the saved connections (%1): %2").arg(m_profiles->path(), error));
        m_message->showMessage(MessageBanner::Level::Warning, tr("Saved connections could not be read"), error);
    } else {
        logInfo(tr("%n saved connection(s) in %1.", nullptr, int(m_profiles->saved().size())).arg(m_profiles->path()));
    }
    if (m_options.useLocalStore) {
        m_localStore = std::make_unique<LocalStore>(m_options.localStorePath);
        if (!m_localStore->open(&error)) {
            logWarning(tr("The local store is not available; going on without recent items and run history. %1")
                           .arg(error));
            statusBar()->showMessage(tr("Local store unavailable: %1").arg(error), 10000);
            m_localStore.reset();
        }
    }
    m_editors->setLocalStore(m_localStore.get());
    m_pastRunsAction->setEnabled(m_localStore != nullptr);
    connect(m_monitorController, &MonitorController::info, this, &MainWindow::logInfo);
    connect(m_monitorController, &MonitorController::warning, this, &MainWindow::logWarning);
    connect(m_monitor, &MonitorView::info, this, &MainWindow::logInfo);
    connect(m_monitor, &MonitorView::warning, this, &MainWindow::logWarning);
    if (m_localStore)
        m_monitorController->setLocalStorePath(m_localStore->path());
    m_preferences = m_options.persistLayout ? Preferences::load() : Preferences();
    applyPreferences();
    m_monitorController->attach(m_connection);

    m_defaultState = saveState(kLayoutVersion);
    restoreLayout();
    updateConnectionViews();
    updateActions();
}

const ProfileStore &MainWindow::profileStore() const
{
    return m_profiles->store();
}

// --- construction ---------------------------------------------------------

void MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new EnvironmentBanner(central);
    layout->addWidget(m_banner);

    m_message = new MessageBanner(central);
    m_message->setObjectName(QStringLiteral("messageBanner"));
    auto *messageHolder = new QWidget(central);
    auto *messageLayout = new QVBoxLayout(messageHolder);
    messageLayout->setContentsMargins(6, 6, 6, 0);
    messageLayout->addWidget(m_message);
    messageHolder->setVisible(false);
    connect(m_message, &MessageBanner::visibilityChanged, messageHolder, &QWidget::setVisible);
    layout->addWidget(messageHolder);
    connect(m_message, &MessageBanner::actionTriggered, this, [this] {
        m_message->hide();
        if (const auto action = std::exchange(m_messageAction, {})) {
            action();
            return;
        }
        if (m_connection->lastError().kind == DbError::Kind::ConnectionLost)
            reconnect();
        else if (m_profiles->isSaved(m_connection->profile().id))
            editConnection();
        else
            reconnect();
    });

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (auto *editor = qobject_cast<EditorTab *>(page)) {
            m_editors->closeTab(editor); // asks to save unsaved changes
            return;
        }
        m_tabs->removeTab(index);
        if (page != m_welcome)
            page->deleteLater();
    });
    m_welcome = new WelcomePage(m_newAction, m_connectAction, m_tabs);
    showStartPage();
    layout->addWidget(m_tabs, 1);

    setCentralWidget(central);
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, const QString &menuText,
                                 QWidget *widget, Qt::DockWidgetArea area, int shortcutDigit)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(objectName + QStringLiteral("Toggle"));
    toggle->setText(menuText); // with a mnemonic for the View menu
    toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + shortcutDigit)));
    toggle->setToolTip(tr("Show or hide the %1 panel (%2)")
                           .arg(title, toggle->shortcut().toString(QKeySequence::NativeText)));
    m_docks << dock;
    return dock;
}

void MainWindow::createDocks()
{
    m_connectionList = new ConnectionList(this);
    m_connectionList->toolBar()->addAction(m_newAction);
    m_connectionList->toolBar()->addAction(m_editAction);
    m_connectionList->toolBar()->addAction(m_deleteAction);
    m_connectionList->toolBar()->addSeparator();
    m_connectionList->toolBar()->addAction(m_connectAction);
    m_connectionList->toolBar()->addAction(m_disconnectAction);
    for (QAction *action : {m_connectAction, m_disconnectAction, m_editAction, m_deleteAction})
        m_connectionList->view()->addAction(action);
    m_connectionList->addAction(m_deleteAction);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_connectionList, &ConnectionList::activated, this, [this](const QString &id) {
        if (auto profile = m_profiles->byId(id))
            connectToProfile(*profile);
    });
    connect(m_connectionList, &ConnectionList::currentChanged, this, [this] { updateActions(); });

    m_objectBrowser = new ObjectBrowser(this);
    m_problems = new ProblemsView(this);
    m_runLog = new RunLogView(this);

    m_monitorController = new MonitorController(this);
    m_monitor = new MonitorView(m_monitorController->monitor(), MonitorView::Mode::Dock, m_monitorController, this);
    connect(m_monitor, &MonitorView::openFullViewRequested, this, &MainWindow::showMonitor);

    QDockWidget *connections = addDock(QStringLiteral("connectionsDock"), tr("Connections"), tr("&Connections"), m_connectionList,
                                       Qt::LeftDockWidgetArea, 1);
    QDockWidget *objects =
        addDock(QStringLiteral("objectsDock"), tr("Objects"), tr("&Objects"), m_objectBrowser, Qt::LeftDockWidgetArea, 2);
    splitDockWidget(connections, objects, Qt::Vertical);
    QDockWidget *problems =
        addDock(QStringLiteral("problemsDock"), tr("Problems"), tr("&Problems"), m_problems, Qt::BottomDockWidgetArea, 3);
    QDockWidget *runLog = addDock(QStringLiteral("runLogDock"), tr("Run Log"), tr("Run &Log"), m_runLog, Qt::BottomDockWidgetArea, 4);
    QDockWidget *monitor =
        addDock(QStringLiteral("monitorDock"), tr("Monitor"), tr("Moni&tor Panel"), m_monitor, Qt::BottomDockWidgetArea, 5);
    tabifyDockWidget(problems, runLog);
    tabifyDockWidget(runLog, monitor);
    runLog->raise();
    resizeDocks({connections, objects}, {220, 520}, Qt::Vertical);
    resizeDocks({connections}, {360}, Qt::Horizontal);
    resizeDocks({runLog}, {190}, Qt::Vertical);
}

// --- layout persistence -----------------------------------------------------

void MainWindow::restoreLayout()
{
    if (!m_options.persistLayout)
        return;
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray(), kLayoutVersion);
}

void MainWindow::saveLayout()
{
    if (!m_options.persistLayout)
        return;
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState(kLayoutVersion));
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kLayoutVersion);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->show();
    logInfo(tr("Panel layout reset."));
}

// --- preferences --------------------------------------------------------------

void MainWindow::setPreferences(const Preferences &preferences)
{
    const bool newLanguage = preferences.language != m_preferences.language;
    m_preferences = preferences;
    if (m_options.persistLayout)
        m_preferences.save();
    applyPreferences();
    logInfo(tr("Preferences saved."));
    if (newLanguage)
        logInfo(tr("The new language takes effect the next time Slipway starts."));
}

void MainWindow::applyPreferences()
{
    m_editors->setAppearance(EditorAppearance::fromPreferences(m_preferences));
    if (auto *run = m_tabs->findChild<RunView *>())
        run->setPreferences(m_preferences);
    m_monitorController->setSampling(m_preferences.samplingIntervalMs, m_preferences.thresholds);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() == QDialog::Accepted && dialog.preferences() != m_preferences)
        setPreferences(dialog.preferences());
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

// --- demo ----------------------------------------------------------------------------

void MainWindow::startDemo(qint64 orderRows, bool startWorkload)
{
    if (m_demo)
        return;
    m_demoAutoWorkload = startWorkload;
    m_demo = new DemoController(this);
    connect(m_demo, &DemoController::progress, this, [this](int percent, const QString &step) {
        statusBar()->showMessage(tr("Demo sandbox: %1 (%2%)").arg(step).arg(percent));
    });
    connect(m_demo, &DemoController::ready, this, &MainWindow::onDemoReady);
    connect(m_demo, &DemoController::failed, this, [this](const QString &message) {
        logError(tr("The demo sandbox did not start: %1").arg(message));
        m_message->showMessage(MessageBanner::Level::Error, tr("The demo sandbox did not start"), message);
        m_message->setAction({});
        statusBar()->clearMessage();
        m_demo->deleteLater();
        m_demo = nullptr;
        updateActions();
    });
    connect(m_demo, &DemoController::workloadStats, this, &MainWindow::onDemoWorkloadStats);
    connect(m_demo, &DemoController::workloadRunningChanged, this, [this](bool running) {
        const QSignalBlocker blocker(m_demoWorkloadAction);
        m_demoWorkloadAction->setChecked(running);
        if (!running) {
            logInfo(tr("Demo workload stopped."));
        } else if (auto *dock = findChild<QDockWidget *>(QStringLiteral("monitorDock"))) {
            dock->show();
            dock->raise();
        }
        updateActions();
    });
    logInfo(tr("Starting the demo sandbox (PostgreSQL primary + replica with the demo shop database)…"));
    m_demo->start(this, orderRows);
    updateActions();
}

void MainWindow::onDemoReady(const SandboxInfo &info)
{
    statusBar()->clearMessage();
    logInfo(tr("Demo sandbox ready in %1: primary %2, replica %3. Demo migrations: %4")
                .arg(info.dir, info.primaryUri(info.demoDatabase), info.replicaUri(info.demoDatabase),
                     info.demoMigrationsDir));
    DbError error;
    ConnectionProfile profile = ConnectionProfile::fromConnectionString(info.primaryUri(info.demoDatabase), &error);
    profile.name = tr("Sandbox demo");
    profile.environment = Environment::Development;
    profile.readOnly = false;
    profile.savePassword = false;
    m_demoProfileId = profile.id;
    m_demoMigrationsDir = info.demoMigrationsDir;
    if (auto *history = m_tabs->findChild<HistoryView *>(); history && history->folder().isEmpty())
        history->setFolder(m_demoMigrationsDir);
    if (auto *run = m_tabs->findChild<RunView *>(); run && run->isWaitingForFolder())
        run->setFolder(m_demoMigrationsDir);
    m_monitorController->setReplicaFor(profile.id, info.replicaUri(info.demoDatabase));
    addTransientProfile(profile);
    connectToProfile(profile);
}

void MainWindow::onDemoWorkloadStats(const DemoWorkloadStats &stats)
{
    QString text = tr("Demo workload: %1 committed, %2 failed, %3 reconnects")
                       .arg(QLocale().toString(stats.committed), QLocale().toString(stats.failed),
                            QLocale().toString(stats.reconnects));
    if (!stats.lastError.isEmpty())
        text += QLatin1Char('\n') + tr("Last failure: %1").arg(stats.lastError);
    m_monitor->setStatusText(text);
}

// --- state -> views ---------------------------------------------------------------

bool MainWindow::isSettled() const
{
    if (m_editors->isFetchingStats())
        return false;
    for (EditorTab *tab : m_editors->editorTabs())
        if (tab->editor()->analyzer()->isBusy())
            return false;
    if (auto *history = m_tabs->findChild<HistoryView *>(); history && history->isLoading())
        return false;
    if (auto *run = m_tabs->findChild<RunView *>(); run && run->isPlanning())
        return false;
    if (auto *diff = m_tabs->findChild<DiffView *>(); diff && diff->isRunning())
        return false;
    if (isReadingWizardModel())
        return false;
    return !(m_demo && m_demo->isStarting()) && m_connection->state() != ActiveConnection::State::Connecting
           && !m_objectBrowser->isLoading();
}

int MainWindow::openFiles(const QStringList &paths)
{
    int opened = 0;
    for (const QString &path : paths) {
        QStringList candidates;
        const QFileInfo info(path);
        const bool pattern = info.fileName().contains(QLatin1Char('*')) || info.fileName().contains(QLatin1Char('?'));
        // As given, then among the bundled demo files (":/demo/...").
        for (const QString &base : {QString(), QStringLiteral(":/demo/"), QStringLiteral(":/demo/migrations/")}) {
            if (!base.isEmpty() && QDir::isAbsolutePath(path))
                break;
            const QString full = base + path;
            if (pattern) {
                const QFileInfo f(full);
                const QDir dir = f.dir();
                for (const QString &name : dir.entryList({f.fileName()}, QDir::Files, QDir::Name))
                    candidates << dir.filePath(name);
            } else if (QFileInfo::exists(full)) {
                candidates << full;
            }
            if (!candidates.isEmpty())
                break;
        }
        if (candidates.isEmpty()) {
            logError(tr("No migration file matches %1.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        for (const QString &file : std::as_const(candidates))
            opened += m_editors->openFile(file) != nullptr;
    }
    if (opened > 0) {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock"))) {
            dock->show();
            dock->raise();
        }
    }
    updateActions();
    return opened;
}

void MainWindow::updateActions()
{
    const auto selected = selectedProfile();
    const auto state = m_connection->state();
    const bool active = state != ActiveConnection::State::Disconnected;
    m_editAction->setEnabled(selected.has_value());
    m_deleteAction->setEnabled(selected.has_value());
    m_connectAction->setEnabled(selected.has_value());
    m_disconnectAction->setEnabled(active);
    m_reconnectAction->setEnabled(!m_connection->profile().id.isEmpty() && state != ActiveConnection::State::Connecting);
    m_refreshAction->setEnabled(state == ActiveConnection::State::Connected && !m_objectBrowser->isLoading());
    m_closeTabAction->setEnabled(m_tabs->count() > 0);
    m_nextTabAction->setEnabled(m_tabs->count() > 1);
    m_previousTabAction->setEnabled(m_tabs->count() > 1);
    m_runScriptAction->setEnabled(m_editors->currentTab() != nullptr);
    m_editors->runStatementAction()->setEnabled(m_editors->currentTab() != nullptr);
    m_editors->runSelectionAction()->setEnabled(m_editors->currentTab() != nullptr);
    nameTabCloseButtons();

    const bool demoConnected = m_demo && m_demo->isReady() && state == ActiveConnection::State::Connected
                               && m_connection->profile().id == m_demoProfileId;
    const bool running = m_demo && m_demo->isWorkloadRunning();
    m_demoWorkloadAction->setEnabled(demoConnected || running);
    m_demoWorkloadAction->setToolTip(
        m_demo ? (demoConnected || running ? tr("Start or stop a small shop workload against the demo database")
                                           : tr("Connect to \"Sandbox demo\" to run the demo workload"))
               : tr("Start Slipway with --demo to get a sandbox with a demo workload"));
}

void MainWindow::updateConnectionViews()
{
    const auto state = m_connection->state();
    const ConnectionProfile &profile = m_connection->profile();
    const QString target = m_connection->target();
    const QString name = profile.name == target || profile.name == profile.displayTarget() ? QString() : profile.name;
    switch (state) {
    case ActiveConnection::State::Disconnected:
        m_banner->clearConnection();
        m_status->showDisconnected();
        m_connectionList->setActive({}, {});
        m_welcome->setStep(m_connectionList->count() == 0 ? WelcomePage::Step::AddConnection
                                                          : WelcomePage::Step::Connect);
        setWindowTitle(tr("Slipway"));
        break;
    case ActiveConnection::State::Connecting:
        m_banner->showConnection(profile.environment, profile.readOnly, target, name, tr("connecting…"));
        m_status->showConnecting(profile);
        m_connectionList->setActive(profile.id, tr("connecting…"));
        m_welcome->setStep(WelcomePage::Step::Connecting, target);
        break;
    case ActiveConnection::State::Connected:
        m_banner->showConnection(profile.environment, m_connection->isReadOnly(), target, name,
                                 m_connection->serverInfo().inRecovery ? tr("standby") : QString());
        m_status->showConnected(profile, m_connection->serverInfo());
        m_connectionList->setActive(profile.id, tr("connected"));
        m_welcome->setStep(WelcomePage::Step::Explore, target);
        setWindowTitle(tr("%1 — %2 — Slipway")
                           .arg(profile.name, EnvironmentStyle::forEnvironment(profile.environment).label));
        break;
    case ActiveConnection::State::Lost:
        m_banner->showConnection(profile.environment, m_connection->isReadOnly(), target, name,
                                 tr("connection lost"));
        m_status->showLost(profile);
        m_connectionList->setActive(profile.id, tr("connection lost"));
        m_welcome->setStep(WelcomePage::Step::Connect);
        break;
    }
}

// --- log ----------------------------------------------------------------------------

void MainWindow::logInfo(const QString &message)
{
    m_runLog->append(RunLogView::Level::Info, message);
}

void MainWindow::logWarning(const QString &message)
{
    m_runLog->append(RunLogView::Level::Warning, message);
}

void MainWindow::logError(const QString &message)
{
    m_runLog->append(RunLogView::Level::Error, message);
}

} // namespace slipway
