#pragma once

#include "editorappearance.h"
#include "lint/lintoptions.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class QAction;
class QTabWidget;
class QWidget;

namespace slipway {

class ActiveConnection;
class EditorTab;
class LocalStore;
class ProblemsView;
struct ServerInfo;

// The open migrations: editor tabs in the window's central tab widget, their
// file actions (new, open, save, save as, close asking to save), find and
// replace, lint and quick fix, their findings in the Problems panel, and the
// live context of the connection (server version, sizes of the tables the
// files touch: fetched on connect off the GUI thread, cached, refreshed on
// demand) that makes the lint size-aware.
class EditorWorkspace : public QObject {
    Q_OBJECT

public:
    EditorWorkspace(QTabWidget *tabs, ProblemsView *problems, QWidget *window);

    void setLocalStore(LocalStore *store) { m_store = store; }
    void setConnection(ActiveConnection *connection);
    // Font and theme of every editor, open now or later.
    void setAppearance(const EditorAppearance &appearance);
    const EditorAppearance &appearance() const { return m_appearance; }

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *findAction() const { return m_find; }
    QAction *replaceAction() const { return m_replace; }
    QAction *lintAction() const { return m_lint; }
    QAction *quickFixAction() const { return m_quickFix; }
    QAction *runStatementAction() const { return m_runStatement; }
    QAction *runSelectionAction() const { return m_runSelection; }

    QList<EditorTab *> editorTabs() const;
    EditorTab *currentTab() const;
    EditorTab *newFile();
    EditorTab *openFile(const QString &path, QString *error = nullptr); // an open file is brought to front
    bool save(EditorTab *tab);
    bool saveAs(EditorTab *tab);
    // Asks to save unsaved changes; false when the user cancelled.
    bool maybeSave(EditorTab *tab);
    bool maybeSaveAll();
    // Closes the tab (asking to save first); false when the user cancelled.
    bool closeTab(EditorTab *tab);

    // Fetches the sizes of every table the open files touch again.
    void refreshTableStats();
    bool isFetchingStats() const { return m_fetching; }
    const QHash<QString, TableStats> &tableStats() const { return m_stats; }
    LintOptions lintOptions() const;

public slots:
    void openWithDialog();

signals:
    void info(const QString &message);
    void warning(const QString &message);
    void statusMessage(const QString &message);
    void tableStatsUpdated();

private:
    EditorTab *addTab(EditorTab *tab);
    void updateTitle(EditorTab *tab);
    void updateActions();
    void onAnalysisUpdated(EditorTab *tab);
    void applyOptions();
    void applyAppearance(EditorTab *tab);
    void fetchMissingStats();
    void fetchStats(const QStringList &tables);
    void onConnected(const ServerInfo &server);
    void onDisconnected();
    void recordRecent(const QString &path);

    QTabWidget *m_tabs = nullptr;
    ProblemsView *m_problems = nullptr;
    QWidget *m_window = nullptr;
    LocalStore *m_store = nullptr;
    ActiveConnection *m_connection = nullptr;
    int m_untitledCounter = 0;
    EditorAppearance m_appearance = EditorAppearance::fromPreferences(Preferences());
    bool m_customAppearance = false;

    int m_serverVersion = 0; // 0: not connected
    QHash<QString, TableStats> m_stats;
    QSet<QString> m_asked; // tables fetched (or being fetched) on this connection
    quint64 m_statsGeneration = 0;
    bool m_fetching = false;
    QTimer m_fetchDelay;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_find = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_lint = nullptr;
    QAction *m_quickFix = nullptr;
    QAction *m_runStatement = nullptr;
    QAction *m_runSelection = nullptr;
};

} // namespace slipway
