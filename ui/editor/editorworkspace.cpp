#include "editorworkspace.h"
#include "futurecallback.h"

#include "activeconnection.h"
#include "editortab.h"
#include "findreplacebar.h"
#include "problemsview.h"
#include "scriptanalyzer.h"
#include "sqleditor.h"

#include "db/localstore.h"
#include "db/serverinfo.h"
#include "lint/tablestatsfetcher.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>

namespace slipway {

namespace {

QAction *makeAction(QWidget *window, const QString &name, const QString &text, const QKeySequence &shortcut,
                    const QString &tip)
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : QCoreApplication::translate("slipway::EditorWorkspace", "%1 (%2)")
                                 .arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    window->addAction(action);
    return action;
}

} // namespace

EditorWorkspace::EditorWorkspace(QTabWidget *tabs, ProblemsView *problems, QWidget *window)
    : QObject(window)
    , m_tabs(tabs)
    , m_problems(problems)
    , m_window(window)
{
    m_new = makeAction(window, QStringLiteral("actionNewFile"), tr("&New Migration"), QKeySequence(Qt::CTRL | Qt::Key_N),
                       tr("Start a new migration in an editor tab"));
    m_open = makeAction(window, QStringLiteral("actionOpenMigration"), tr("&Open Migration…"),
                        QKeySequence(Qt::CTRL | Qt::Key_O), tr("Open migration files in editor tabs"));
    m_save = makeAction(window, QStringLiteral("actionSave"), tr("&Save"), QKeySequence(Qt::CTRL | Qt::Key_S),
                        tr("Save the migration"));
    m_saveAs = makeAction(window, QStringLiteral("actionSaveAs"), tr("Save &As…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), tr("Save the migration under a new name"));
    m_find = makeAction(window, QStringLiteral("actionFind"), tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F),
                        tr("Find in the migration"));
    m_replace = makeAction(window, QStringLiteral("actionReplace"), tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                           tr("Find and replace in the migration"));
    m_lint = makeAction(window, QStringLiteral("actionLint"), tr("&Lint"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        tr("Check the migration now; findings go to the Problems panel"));
    m_quickFix = makeAction(window, QStringLiteral("actionQuickFixCurrent"), tr("&Quick Fix"),
                            QKeySequence(Qt::CTRL | Qt::Key_Period), tr("Apply the quick fix of the finding at the cursor"));
    m_runStatement = makeAction(window, QStringLiteral("actionRunStatement"), tr("Run &Statement"), QKeySequence(),
                                tr("Run the statement at the cursor in the Run tab, with timeouts, retries and the monitor"));
    m_runSelection = makeAction(window, QStringLiteral("actionRunSelection"), tr("Run S&election"), QKeySequence(),
                                tr("Run the selected statements in the Run tab, with timeouts, retries and the monitor"));

    connect(m_new, &QAction::triggered, this, [this] { newFile(); });
    connect(m_open, &QAction::triggered, this, &EditorWorkspace::openWithDialog);
    connect(m_save, &QAction::triggered, this, [this] {
        if (EditorTab *tab = currentTab())
            save(tab);
    });
    connect(m_saveAs, &QAction::triggered, this, [this] {
        if (EditorTab *tab = currentTab())
            saveAs(tab);
    });
    connect(m_find, &QAction::triggered, this, [this] {
        if (EditorTab *tab = currentTab())
            tab->findBar()->showFind();
    });
    connect(m_replace, &QAction::triggered, this, [this] {
        if (EditorTab *tab = currentTab())
            tab->findBar()->showReplace();
    });
    connect(m_lint, &QAction::triggered, this, [this] {
        if (EditorTab *tab = currentTab())
            tab->editor()->lintNow();
    });
    connect(m_quickFix, &QAction::triggered, this, [this] {
        if (EditorTab *tab = currentTab()) {
            if (!tab->editor()->quickFixAtCursor())
                emit statusMessage(tr("No quick fix at the cursor."));
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateActions(); });

    m_fetchDelay.setSingleShot(true);
    m_fetchDelay.setInterval(400);
    connect(&m_fetchDelay, &QTimer::timeout, this, &EditorWorkspace::fetchMissingStats);
    updateActions();
}

void EditorWorkspace::setConnection(ActiveConnection *connection)
{
    m_connection = connection;
    connect(connection, &ActiveConnection::connected, this, &EditorWorkspace::onConnected);
    connect(connection, &ActiveConnection::disconnected, this, &EditorWorkspace::onDisconnected);
    connect(connection, &ActiveConnection::connectionLost, this, [this] { onDisconnected(); });
}

QList<EditorTab *> EditorWorkspace::editorTabs() const
{
    QList<EditorTab *> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<EditorTab *>(m_tabs->widget(i)))
            out << tab;
    return out;
}

EditorTab *EditorWorkspace::currentTab() const
{
    return qobject_cast<EditorTab *>(m_tabs->currentWidget());
}

void EditorWorkspace::updateActions()
{
    const bool editor = currentTab() != nullptr;
    for (QAction *a : {m_save, m_saveAs, m_find, m_replace, m_lint, m_quickFix})
        a->setEnabled(editor);
}

LintOptions EditorWorkspace::lintOptions() const
{
    LintOptions options;
    if (m_serverVersion > 0) {
        options.serverVersion = m_serverVersion;
        options.tableStats = [stats = m_stats](const QString &table) -> std::optional<TableStats> {
            auto it = stats.constFind(table);
            if (it == stats.constEnd())
                it = stats.constFind(table.toLower());
            if (it == stats.constEnd())
                return std::nullopt;
            return *it;
        };
    }
    return options;
}

EditorTab *EditorWorkspace::addTab(EditorTab *tab)
{
    SqlEditor *editor = tab->editor();
    // The window-wide Quick Fix action carries Ctrl+.; the editor's own would make it ambiguous.
    editor->removeAction(editor->quickFixAction());
    editor->setContextActions({m_runStatement, m_runSelection});
    editor->setLintOptions(lintOptions(), m_serverVersion > 0);
    applyAppearance(tab);
    connect(tab, &EditorTab::titleChanged, this, [this, tab] { updateTitle(tab); });
    connect(editor, &SqlEditor::analysisUpdated, this, [this, tab] { onAnalysisUpdated(tab); });
    connect(tab, &QObject::destroyed, m_problems, [problems = m_problems, tab] { problems->removeSource(tab); });
    const int index = m_tabs->addTab(tab, tab->displayName());
    m_tabs->setCurrentIndex(index);
    updateTitle(tab);
    updateActions();
    editor->setFocus();
    return tab;
}

void EditorWorkspace::setAppearance(const EditorAppearance &appearance)
{
    m_appearance = appearance;
    m_customAppearance = true;
    for (EditorTab *tab : editorTabs())
        applyAppearance(tab);
}

void EditorWorkspace::applyAppearance(EditorTab *tab)
{
    if (!m_customAppearance) // keep the editor's own defaults until preferences are applied
        return;
    SqlEditor *editor = tab->editor();
    editor->setFont(m_appearance.font);
    editor->setTabStopDistance(editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    editor->setPalette(m_appearance.palette(m_window->palette()));
}

EditorTab *EditorWorkspace::newFile()
{
    auto *tab = new EditorTab;
    tab->setUntitledName(tr("Untitled %1").arg(++m_untitledCounter));
    return addTab(tab);
}

EditorTab *EditorWorkspace::openFile(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (EditorTab *tab : editorTabs()) {
        if (tab->filePath() == absolute) {
            m_tabs->setCurrentWidget(tab);
            return tab;
        }
    }
    auto *tab = new EditorTab;
    QString why;
    if (!tab->load(path, &why)) {
        delete tab;
        if (error)
            *error = why;
        emit warning(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), why));
        return nullptr;
    }
    if (path.startsWith(QLatin1Char(':'))) // bundled demo file: a copy to save elsewhere
        tab->setUntitledName(QFileInfo(path).fileName());
    addTab(tab);
    if (!tab->filePath().isEmpty())
        recordRecent(tab->filePath());
    emit info(tr("Opened %1.").arg(QDir::toNativeSeparators(tab->filePath().isEmpty() ? path : tab->filePath())));
    return tab;
}

void EditorWorkspace::openWithDialog()
{
    QString dir;
    if (EditorTab *tab = currentTab(); tab && !tab->filePath().isEmpty())
        dir = QFileInfo(tab->filePath()).absolutePath();
    if (dir.isEmpty() && m_store && !m_store->recentFiles(1).isEmpty())
        dir = QFileInfo(m_store->recentFiles(1).constFirst()).absolutePath();
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Open Migration"), dir, tr("SQL files (*.sql);;All files (*)"));
    for (const QString &file : files)
        openFile(file);
}

bool EditorWorkspace::save(EditorTab *tab)
{
    if (tab->filePath().isEmpty() || tab->filePath().startsWith(QLatin1Char(':')))
        return saveAs(tab);
    QString error;
    if (!tab->saveTo(tab->filePath(), &error)) {
        QMessageBox::warning(m_window, tr("Save Migration"),
                             tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(tab->filePath()), error));
        return false;
    }
    recordRecent(tab->filePath());
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(tab->filePath())));
    return true;
}

bool EditorWorkspace::saveAs(EditorTab *tab)
{
    QString suggestion = tab->filePath();
    if (suggestion.isEmpty() || suggestion.startsWith(QLatin1Char(':')))
        suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(tab->displayName().endsWith(QLatin1String(".sql")) ? tab->displayName()
                                                                                        : tab->displayName() + QStringLiteral(".sql"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Migration As"), suggestion,
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!tab->saveTo(path, &error)) {
        QMessageBox::warning(m_window, tr("Save Migration"),
                             tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    recordRecent(tab->filePath());
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(tab->filePath())));
    return true;
}

bool EditorWorkspace::maybeSave(EditorTab *tab)
{
    if (!tab->isModified())
        return true;
    m_tabs->setCurrentWidget(tab);
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them before closing?").arg(tab->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save(tab);
    return true;
}

bool EditorWorkspace::maybeSaveAll()
{
    for (EditorTab *tab : editorTabs())
        if (!maybeSave(tab))
            return false;
    return true;
}

bool EditorWorkspace::closeTab(EditorTab *tab)
{
    if (!maybeSave(tab))
        return false;
    m_problems->removeSource(tab);
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
    updateActions();
    return true;
}

void EditorWorkspace::updateTitle(EditorTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabText(index, tab->isModified() ? tab->displayName() + QStringLiteral(" •") : tab->displayName());
    m_tabs->setTabToolTip(index, tab->filePath().isEmpty() ? tab->displayName() : QDir::toNativeSeparators(tab->filePath()));
}

void EditorWorkspace::onAnalysisUpdated(EditorTab *tab)
{
    const ScriptAnalysis &analysis = tab->editor()->analysis();
    m_problems->setFindings(tab, tab->displayName(), analysis.findings);
    if (m_serverVersion > 0) {
        for (const QString &table : analysis.touchedTables) {
            if (!m_asked.contains(table)) {
                m_fetchDelay.start();
                break;
            }
        }
    }
}

void EditorWorkspace::recordRecent(const QString &path)
{
    if (!m_store)
        return;
    QString error;
    if (!m_store->addRecentFile(path, &error))
        emit warning(tr("Could not record the recent file: %1").arg(error));
}

// --- live context ------------------------------------------------------------------

void EditorWorkspace::onConnected(const ServerInfo &server)
{
    m_serverVersion = server.versionNumber;
    m_stats.clear();
    m_asked.clear();
    ++m_statsGeneration;
    applyOptions();
    fetchMissingStats();
}

void EditorWorkspace::onDisconnected()
{
    if (m_serverVersion == 0)
        return;
    m_serverVersion = 0;
    m_stats.clear();
    m_asked.clear();
    ++m_statsGeneration;
    m_fetching = false;
    applyOptions();
}

void EditorWorkspace::refreshTableStats()
{
    if (m_serverVersion == 0)
        return;
    m_stats.clear();
    m_asked.clear();
    ++m_statsGeneration;
    fetchMissingStats();
}

void EditorWorkspace::applyOptions()
{
    const LintOptions options = lintOptions();
    for (EditorTab *tab : editorTabs())
        tab->editor()->setLintOptions(options, m_serverVersion > 0);
}

void EditorWorkspace::fetchMissingStats()
{
    QStringList missing;
    for (EditorTab *tab : editorTabs()) {
        for (const QString &table : tab->editor()->analysis().touchedTables) {
            if (!m_asked.contains(table) && !missing.contains(table))
                missing << table;
        }
    }
    if (!missing.isEmpty())
        fetchStats(missing);
}

void EditorWorkspace::fetchStats(const QStringList &tables)
{
    if (!m_connection || !m_connection->isConnected() || !m_connection->session())
        return;
    for (const QString &t : tables)
        m_asked.insert(t);
    m_fetching = true;
    const quint64 generation = m_statsGeneration;
    emit statusMessage(tr("Reading the sizes of %n table(s)…", nullptr, int(tables.size())));
    onFinished(this, fetchTableStatsAsync(m_connection->session()->conninfo(), tables), [this, generation, count = tables.size()](const TableStatsSnapshot &snapshot) {
            if (generation != m_statsGeneration)
                return; // reconnected or refreshed since
            m_fetching = false;
            if (!snapshot.ok()) {
                emit warning(tr("Could not read table sizes for the linter: %1").arg(snapshot.error.toText()));
                return;
            }
            for (auto it = snapshot.stats.constBegin(); it != snapshot.stats.constEnd(); ++it)
                m_stats.insert(it.key(), it.value());
            emit statusMessage(tr("Table sizes: %1 of %n table(s) found; the lint now uses them.", nullptr, int(count))
                                   .arg(snapshot.stats.size()));
            applyOptions();
            emit tableStatsUpdated();
        });
}

} // namespace slipway
