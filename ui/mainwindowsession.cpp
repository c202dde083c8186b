// MainWindow's memory across starts: recent files and connections in the menus
// (kept in the local store) and the open tabs (SessionState in QSettings).
#include "mainwindow.h"

#include "activeconnection.h"
#include "db/localstore.h"
#include "diff/diffview.h"
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "editor/sqleditor.h"
#include "history/historyview.h"
#include "monitor/monitorview.h"
#include "profilemanager.h"
#include "recentmenu.h"
#include "run/runview.h"
#include "sessionstate.h"
#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QTabWidget>
#include <QTextBlock>

namespace slipway {

void MainWindow::fillRecentFilesMenu(QMenu *menu)
{
    QList<RecentEntry> entries;
    if (m_localStore) {
        for (const QString &path : m_localStore->recentFiles())
            entries << RecentEntry{path, QFileInfo(path).fileName(), QDir::toNativeSeparators(path)};
    }
    fillRecentMenu(
        menu, entries,
        [this](const QString &path) {
            if (!QFileInfo::exists(path)) {
                logWarning(tr("%1 no longer exists; removed from the recent files.").arg(QDir::toNativeSeparators(path)));
                m_localStore->removeRecentFile(path);
                return;
            }
            m_editors->openFile(path);
        },
        [this] {
            QString error;
            if (!m_localStore->clearRecentFiles(&error))
                logWarning(tr("Could not clear the recent files: %1").arg(error));
        });
}

void MainWindow::fillRecentConnectionsMenu(QMenu *menu)
{
    QList<RecentEntry> entries;
    if (m_localStore) {
        for (const QString &id : m_localStore->recentConnections()) {
            if (auto profile = m_profiles->byId(id)) // deleted profiles drop out
                entries << RecentEntry{id, profile->name, profile->displayTarget()};
        }
    }
    fillRecentMenu(
        menu, entries,
        [this](const QString &id) {
            if (auto profile = m_profiles->byId(id))
                connectToProfile(*profile);
        },
        [this] {
            QString error;
            if (!m_localStore->clearRecentConnections(&error))
                logWarning(tr("Could not clear the recent connections: %1").arg(error));
        });
}

SessionState MainWindow::sessionState() const
{
    SessionState state;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        SessionState::Tab tab;
        if (auto *editor = qobject_cast<EditorTab *>(page)) {
            if (editor->filePath().isEmpty() || editor->filePath().startsWith(QLatin1Char(':')))
                continue; // untitled or a bundled demo file: nothing to reopen
            const QTextCursor cursor = editor->editor()->textCursor();
            tab = {QStringLiteral("file"), editor->filePath(), cursor.blockNumber(), cursor.positionInBlock()};
        } else if (auto *history = qobject_cast<HistoryView *>(page)) {
            tab = {QStringLiteral("history"), history->folder()};
        } else if (qobject_cast<RunView *>(page)) {
            tab = {QStringLiteral("run"), {}};
        } else if (qobject_cast<DiffView *>(page)) {
            tab = {QStringLiteral("diff"), {}};
        } else if (qobject_cast<MonitorView *>(page)) {
            tab = {QStringLiteral("monitor"), {}};
        } else if (page == m_welcome) {
            tab = {QStringLiteral("start"), {}};
        } else {
            continue;
        }
        if (i == m_tabs->currentIndex())
            state.current = int(state.tabs.size());
        state.tabs << tab;
    }
    return state;
}

void MainWindow::saveSession()
{
    if (m_options.persistLayout)
        sessionState().save();
}

bool MainWindow::restoreSession()
{
    return restoreSession(SessionState::load());
}

bool MainWindow::restoreSession(const SessionState &state)
{
    if (state.isEmpty())
        return false;
    if (!state.tabs.contains(SessionState::Tab{QStringLiteral("start"), {}}))
        m_tabs->removeTab(m_tabs->indexOf(m_welcome));
    QWidget *current = nullptr;
    QStringList missing;
    for (int i = 0; i < state.tabs.size(); ++i) {
        const SessionState::Tab &tab = state.tabs[i];
        QWidget *page = nullptr;
        if (tab.kind == QLatin1String("file")) {
            if (!QFileInfo::exists(tab.path)) {
                missing << QDir::toNativeSeparators(tab.path);
                continue;
            }
            if (EditorTab *editor = m_editors->openFile(tab.path)) {
                QTextCursor cursor(editor->editor()->document()->findBlockByNumber(tab.line));
                cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                    qMin(tab.column, cursor.block().length() - 1));
                editor->editor()->setTextCursor(cursor);
                editor->editor()->centerCursor();
                page = editor;
            }
        } else if (tab.kind == QLatin1String("history")) {
            page = showHistory(QFileInfo(tab.path).isDir() ? tab.path : QString());
        } else if (tab.kind == QLatin1String("run")) {
            page = showRun();
        } else if (tab.kind == QLatin1String("diff")) {
            page = showDiff();
        } else if (tab.kind == QLatin1String("monitor")) {
            showMonitor();
            page = m_tabs->currentWidget();
        } else if (tab.kind == QLatin1String("start")) {
            showStartPage();
            page = m_welcome;
        }
        if (i == state.current)
            current = page;
    }
    if (!missing.isEmpty())
        logWarning(tr("Not reopened, no longer on disk: %1").arg(missing.join(QLatin1String(", "))));
    if (m_tabs->count() == 0)
        showStartPage();
    if (current)
        m_tabs->setCurrentWidget(current);
    updateActions();
    return true;
}

} // namespace slipway
