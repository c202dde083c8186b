// MainWindow's tabs: Start, History, Run, Monitor (the editors have EditorWorkspace).
#include "mainwindow.h"

#include "diff/diffplanpanel.h"
#include "diff/diffview.h"
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "editor/sqleditor.h"
#include "history/historyview.h"
#include "history/migrationstatustracker.h"
#include "db/localstore.h"
#include "monitor/monitorcontroller.h"
#include "monitor/monitorview.h"
#include "pastrunsdialog.h"
#include "plan/migrationplan.h"
#include "run/runview.h"
#include "sql/sqlscript.h"
#include "welcomepage.h"

#include <QLabel>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

namespace slipway {

void MainWindow::closeCurrentTab()
{
    const int index = m_tabs->currentIndex();
    if (index >= 0)
        emit m_tabs->tabCloseRequested(index);
    updateActions();
}

void MainWindow::showStartPage()
{
    if (m_tabs->indexOf(m_welcome) < 0) {
        m_tabs->insertTab(0, m_welcome, tr("Start"));
        // The Start tab closes with Ctrl+W but wears no close button.
        m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    }
    m_tabs->setCurrentWidget(m_welcome);
    if (m_connectionList && m_objectBrowser) // not during construction
        updateActions();
}

HistoryView *MainWindow::showHistory(const QString &folder)
{
    auto *view = m_tabs->findChild<HistoryView *>();
    if (!view) {
        view = new HistoryView(m_connection, m_tabs);
        connect(view, &HistoryView::openFileRequested, this, [this](const QString &path) { openFiles({path}); });
        view->setTracker(findChild<MigrationStatusTracker *>(QStringLiteral("migrationStatusTracker")));
        m_tabs->addTab(view, style()->standardIcon(QStyle::SP_FileDialogListView), tr("History"));
        QString start = folder;
        if (start.isEmpty())
            start = HistoryView::rememberedFolder();
        if (start.isEmpty())
            start = m_demoMigrationsDir;
        view->setFolder(start);
    } else if (!folder.isEmpty()) {
        view->setFolder(folder);
    }
    m_tabs->setCurrentWidget(view);
    updateActions();
    return view;
}

QString MainWindow::defaultMigrationsFolder() const
{
    if (auto *history = m_tabs->findChild<HistoryView *>(); history && !history->folder().isEmpty())
        return history->folder();
    const QString remembered = HistoryView::rememberedFolder();
    return remembered.isEmpty() ? m_demoMigrationsDir : remembered;
}

RunView *MainWindow::showRun(const QString &folder)
{
    auto *view = m_tabs->findChild<RunView *>();
    if (!view) {
        view = new RunView(m_connection, m_monitorController, m_tabs);
        view->setPreferences(m_preferences);
        view->setLocalStore(m_localStore.get());
        connect(view, &RunView::info, this, &MainWindow::logInfo);
        connect(view, &RunView::warning, this, &MainWindow::logWarning);
        connect(view, &RunView::runningChanged, this, [this] { updateActions(); });
        m_tabs->addTab(view, style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"));
        view->setFolder(folder.isEmpty() ? defaultMigrationsFolder() : folder);
    } else if (!folder.isEmpty() && !view->isRunning()) {
        view->setFolder(folder);
    }
    m_tabs->setCurrentWidget(view);
    updateActions();
    return view;
}

void MainWindow::showPastRuns()
{
    if (!m_localStore)
        return;
    auto *dialog = new PastRunsDialog(m_localStore->path(), m_preferences.thresholds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::runCurrentScript()
{
    if (EditorTab *tab = m_editors->currentTab())
        runText(tab->editor()->toPlainText(), tab->displayName(), tab->filePath());
}

void MainWindow::runCurrentStatement()
{
    EditorTab *tab = m_editors->currentTab();
    if (!tab)
        return;
    const SqlScript script = SqlScript::parse(tab->editor()->toPlainText());
    const int cursor = tab->editor()->textCursor().position();
    // The statement under the cursor, else the last one that ends before it.
    const SqlStatement *chosen = nullptr;
    for (const SqlStatement &statement : script.statements()) {
        if (statement.range.start > cursor)
            break;
        chosen = &statement;
    }
    if (!chosen && !script.statements().isEmpty())
        chosen = &script.statements().constFirst();
    if (!chosen) {
        logWarning(tr("There is no statement at the cursor."));
        return;
    }
    runText(chosen->text + QLatin1Char(';'),
            tr("%1, statement at line %2").arg(tab->displayName()).arg(chosen->range.from.line), tab->filePath());
}

void MainWindow::runSelection()
{
    EditorTab *tab = m_editors->currentTab();
    if (!tab)
        return;
    QString sql = tab->editor()->textCursor().selectedText();
    sql.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (sql.trimmed().isEmpty()) {
        logWarning(tr("Select the statements to run first."));
        return;
    }
    runText(sql, tr("%1, selection").arg(tab->displayName()), tab->filePath());
}

// The Run tab with `sql` as its script: previewed there, run with its guards.
void MainWindow::runText(const QString &sql, const QString &title, const QString &path)
{
    RunView *view = showRun();
    if (view->isRunning()) {
        logWarning(tr("A run is in progress; wait for it to finish or abort it."));
        return;
    }
    view->setScript(sql, title, path);
}

void MainWindow::switchTab(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

// Screen readers name a tab's close button after its tab.
void MainWindow::nameTabCloseButtons()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (QWidget *button = m_tabs->tabBar()->tabButton(i, QTabBar::RightSide))
            button->setAccessibleName(tr("Close %1").arg(m_tabs->tabText(i).remove(QLatin1Char('&'))));
}

DiffView *MainWindow::showDiff()
{
    auto *view = m_tabs->findChild<DiffView *>();
    if (!view) {
        view = new DiffView(m_profiles, m_credentials, m_tabs);
        view->setPasswordPrompt(
            [this](const ConnectionProfile &profile, const DbError &error) { return askPassword(profile, error); });
        connect(view, &DiffView::openInEditorRequested, this, [this](const QString &sql, const QString &title) {
            EditorTab *tab = m_editors->newFile();
            tab->setUntitledName(title);
            tab->editor()->setPlainText(sql);
        });
        connect(view->planPanel(), &DiffPlanPanel::openAsPlanRequested, this,
                [this](const plan::MigrationPlan &plan) { showPlan(plan); });
        m_tabs->addTab(view, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Schema Diff"));
    }
    m_tabs->setCurrentWidget(view);
    updateActions();
    return view;
}

void MainWindow::showMonitor()
{
    auto *view = m_tabs->findChild<MonitorView *>(QStringLiteral("monitorFullView"));
    if (!view) {
        view = new MonitorView(m_monitorController->monitor(), MonitorView::Mode::Full, m_monitorController, m_tabs);
        connect(view, &MonitorView::info, this, &MainWindow::logInfo);
        connect(view, &MonitorView::warning, this, &MainWindow::logWarning);
        m_tabs->addTab(view, style()->standardIcon(QStyle::SP_ComputerIcon), tr("Monitor"));
    }
    m_tabs->setCurrentWidget(view);
    updateActions();
}

} // namespace slipway
