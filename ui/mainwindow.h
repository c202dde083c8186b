#pragma once

#include "db/connectionprofile.h"
#include "settings/preferences.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace slipway {

namespace plan {
class MigrationPlan;
}

class ActiveConnection;
class ConnectionList;
class ConnectionStatusWidget;
class DemoController;
class EditorWorkspace;
class EnvironmentBanner;
class HistoryView;
class LocalStore;
class MessageBanner;
class MonitorController;
class MonitorView;
class ObjectBrowser;
class PlanView;
class PlanWizard;
class PresentationView;
class ProblemsView;
class CredentialStore;
class ProfileManager;
class ProfileStore;
class RunLogView;
class RunView;
class DiffView;
class WelcomePage;
struct DbError;
struct DemoWorkloadStats;
struct SandboxInfo;
struct ServerInfo;
struct SessionState;

// The workbench window: saved connections and the object browser on the left,
// tabs in the middle under the environment banner, Problems / Run log /
// Monitor docks below, connection facts in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        QString profilesPath;    // empty: ProfileStore's default
        QString localStorePath;  // empty: LocalStore's default
        bool useLocalStore = true;
        bool persistLayout = true; // QSettings: geometry/state and preferences
    };

    MainWindow();
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects the window to a profile (saved or transient). A password, when
    // given, is tried first.
    void connectToProfile(const ConnectionProfile &profile, const QString &password = {});
    // `--connect`: a saved profile name, a libpq URI or a key=value conninfo.
    bool connectTo(const QString &text, QString *error = nullptr);
    // Shown in the Connections list for this run only, never saved.
    void addTransientProfile(const ConnectionProfile &profile);
    // `--demo`: starts a private sandbox with the demo database, then connects.
    // With startWorkload the demo workload starts as soon as the demo is connected.
    void startDemo(qint64 orderRows = -1, bool startWorkload = false);

    // Opens migration files in editor tabs (the Problems panel comes to the front).
    // A relative path that does not exist is looked up among the bundled demo
    // files (e.g. "migrations/V002__*.sql"); '*' and '?' match file names.
    int openFiles(const QStringList &paths);

    // Nothing in flight: no connect, no object load, no demo start, no table-size
    // fetch, no lint running.
    bool isSettled() const;
    // Closing the window while a run is in progress asks first (default);
    // false stops the run without asking (`--screenshot`).
    void setAskBeforeStoppingRun(bool ask) { m_askBeforeStoppingRun = ask; }

    ActiveConnection *connection() const { return m_connection; }
    ConnectionList *connectionList() const { return m_connectionList; }
    ObjectBrowser *objectBrowser() const { return m_objectBrowser; }
    ConnectionStatusWidget *connectionStatus() const { return m_status; }
    EnvironmentBanner *environmentBanner() const { return m_banner; }
    MessageBanner *messageBanner() const { return m_message; }
    RunLogView *runLog() const { return m_runLog; }
    ProblemsView *problems() const { return m_problems; }
    QTabWidget *tabs() const { return m_tabs; }
    EditorWorkspace *editors() const { return m_editors; }
    MonitorController *monitorController() const { return m_monitorController; }
    WelcomePage *welcomePage() const { return m_welcome; }
    const ProfileStore &profileStore() const;
    ProfileManager *profiles() const { return m_profiles; }
    const Preferences &preferences() const { return m_preferences; }
    // Applies (and, with persistLayout, saves) new preferences.
    void setPreferences(const Preferences &preferences);

    // The open tabs now; saved on quit (with persistLayout).
    SessionState sessionState() const;
    // Reopens the tabs of the last session (files still on disk, views);
    // false when there was nothing to restore.
    bool restoreSession();
    bool restoreSession(const SessionState &state);

public slots:
    void newConnection();
    void editConnection();
    void deleteConnection();
    void connectSelected();
    void disconnectFromServer();
    void reconnect();
    void refreshObjects();
    void closeCurrentTab();
    void showStartPage();
    void showMonitor(); // the full monitor view as a tab
    // The migration history as a tab. folder empty: the open view's folder, else
    // the remembered one, else the demo migrations folder.
    HistoryView *showHistory(const QString &folder = {});
    void resetLayout();
    void editPreferences();
    // The Run tab; folder empty: the History tab's folder, else the remembered one, else the demo's.
    RunView *showRun(const QString &folder = {});
    void runCurrentScript();
    void showPastRuns(); // Migration > Past Runs…
    void runCurrentStatement(); // the statement at the cursor, in the Run tab
    void runSelection();        // the selected text, in the Run tab
    DiffView *showDiff(); // the Schema Diff tab
    // `--diff`: the Schema Diff tab comparing `from` with `to`, each a saved
    // connection name, a libpq URI or conninfo, or a snapshot .json file, and
    // the comparison started; nullptr and *error when a side is none of these.
    DiffView *compareSchemas(const QString &from, const QString &to, QString *error = nullptr);
    // New Expand/Contract Plan (`--wizard`): with a kind (planWizardKinds()),
    // at that kind's inputs page with `inputs` (field key -> text, "true" or
    // "false" for a check box) filled in. Connected, the database's schema
    // (column types, keys, table sizes) becomes its context once read. With
    // `review`, it then generates and shows the steps (or the inputs' errors).
    // nullptr and *error for an unknown kind or input.
    PlanWizard *openPlanWizard(const QString &kind = {}, const QHash<QString, QString> &inputs = {},
                               bool review = false, QString *error = nullptr);
    // The wizard kinds by name: "rename-column", "change-type", ...
    static QStringList planWizardKinds();
    void showShortcuts();
    // Migration plans: a tab per plan; presentation mode in a window of its own.
    PlanView *showPlan(const slipway::plan::MigrationPlan &plan, const QString &path = {});
    void planCurrentScript(); // live table sizes when connected, offline otherwise
    void openPlan();
    PlanView *openPlanFile(const QString &path);
    PresentationView *present(const slipway::plan::MigrationPlan &plan);
    // The Run tab with a saved plan (path empty: not saved); refused while a run runs.
    RunView *runPlan(const slipway::plan::MigrationPlan &plan, const QString &path = {});
    void presentCurrentPlan();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool confirmStoppingRun();
    void createActions();
    void createMenus();
    void createDocks();
    void createCentral();
    void restoreLayout();
    void applyPreferences();
    QString defaultMigrationsFolder() const;
    void saveLayout();
    void saveSession();
    void fillRecentFilesMenu(QMenu *menu);
    void fillRecentConnectionsMenu(QMenu *menu);
    void reloadProfiles();
    std::optional<ConnectionProfile> selectedProfile() const;
    std::optional<QString> askPassword(const ConnectionProfile &profile, const DbError &error);
    void updateActions();
    void nameTabCloseButtons();
    void switchTab(int step); // +1 right, -1 left, wrapping around
    void runText(const QString &sql, const QString &title, const QString &path);
    void updateConnectionViews();
    void onConnected(const ServerInfo &server);
    bool isReadingWizardModel() const; // a wizard of openPlanWizard() waits for the schema
    void checkStaleRuns(); // journal rows left 'running' by a run that died: say so
    void onConnectFailed(const DbError &error);
    void onConnectionLost(const DbError &error);
    void onDemoReady(const SandboxInfo &info);
    void onDemoWorkloadStats(const DemoWorkloadStats &stats);
    void logInfo(const QString &message);
    void logWarning(const QString &message);
    void logError(const QString &message);
    QDockWidget *addDock(const QString &objectName, const QString &title, const QString &menuText, QWidget *widget,
                         Qt::DockWidgetArea area, int shortcutDigit);

    Options m_options;
    CredentialStore *m_credentials = nullptr;
    ProfileManager *m_profiles = nullptr;
    ActiveConnection *m_connection = nullptr;
    std::unique_ptr<LocalStore> m_localStore;
    DemoController *m_demo = nullptr;
    bool m_askBeforeStoppingRun = true;
    QString m_demoProfileId;
    QString m_demoMigrationsDir;
    bool m_demoAutoWorkload = false;
    QByteArray m_defaultState;
    Preferences m_preferences;
    std::function<void()> m_messageAction; // the banner's button, when not the connection's

    EnvironmentBanner *m_banner = nullptr;
    MessageBanner *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    EditorWorkspace *m_editors = nullptr;
    WelcomePage *m_welcome = nullptr;
    ConnectionList *m_connectionList = nullptr;
    ObjectBrowser *m_objectBrowser = nullptr;
    ProblemsView *m_problems = nullptr;
    RunLogView *m_runLog = nullptr;
    MonitorView *m_monitor = nullptr; // in the Monitor dock
    MonitorController *m_monitorController = nullptr;
    ConnectionStatusWidget *m_status = nullptr;
    QLabel *m_historySummary = nullptr; // "3 pending, 1 changed" in the status bar
    QList<QDockWidget *> m_docks;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startPageAction = nullptr;
    QAction *m_monitorTabAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_demoWorkloadAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_diffAction = nullptr;
    QAction *m_runScriptAction = nullptr;
    QAction *m_pastRunsAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_planScriptAction = nullptr;
    QAction *m_openPlanAction = nullptr;
    QAction *m_presentAction = nullptr;
};

} // namespace slipway
