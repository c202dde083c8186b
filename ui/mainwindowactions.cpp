// MainWindow's actions (with their shortcuts and tips), menus and toolbar.
#include "mainwindow.h"

#include "democontroller.h"
#include "editor/editorworkspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

namespace slipway {

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                       const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setToolTip(shortcut.isEmpty() ? tip
                                              : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(QStringLiteral("actionNewConnection"), tr("New &Connection…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Add a saved connection"),
                       &MainWindow::newConnection);
    m_editAction = make(QStringLiteral("actionEditConnection"), tr("&Edit Connection…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), tr("Edit the selected connection"),
                        &MainWindow::editConnection);
    m_deleteAction = make(QStringLiteral("actionDeleteConnection"), tr("De&lete Connection"), QKeySequence(),
                          tr("Delete the selected connection and its saved password"),
                          &MainWindow::deleteConnection);
    m_connectAction = make(QStringLiteral("actionConnect"), tr("&Connect"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Connect to the selected connection"),
                           &MainWindow::connectSelected);
    m_disconnectAction = make(QStringLiteral("actionDisconnect"), tr("&Disconnect"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Close the active connection"),
                              &MainWindow::disconnectFromServer);
    m_reconnectAction = make(QStringLiteral("actionReconnect"), tr("&Reconnect"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Open the active connection again"),
                             &MainWindow::reconnect);
    m_refreshAction = make(QStringLiteral("actionRefresh"), tr("Re&fresh Objects"), QKeySequence(Qt::Key_F5),
                           tr("Reload the object list"), &MainWindow::refreshObjects);
    m_closeTabAction = make(QStringLiteral("actionCloseTab"), tr("Close &Tab"), QKeySequence(Qt::CTRL | Qt::Key_W),
                            tr("Close the current tab"), &MainWindow::closeCurrentTab);
    m_quitAction = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                        tr("Quit Slipway"), &MainWindow::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_startPageAction = make(QStringLiteral("actionStartPage"), tr("&Start Page"), QKeySequence(),
                             tr("Show the Start tab"), &MainWindow::showStartPage);
    m_monitorTabAction = make(QStringLiteral("actionMonitor"), tr("&Monitor"), QKeySequence(Qt::CTRL | Qt::Key_M),
                              tr("Live lock waits, blocking tree, replication lag, progress and activity in a tab"),
                              &MainWindow::showMonitor);
    m_nextTabAction = make(QStringLiteral("actionNextTab"), tr("&Next Tab"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                           tr("Show the tab to the right"), [this] { switchTab(+1); });
    m_previousTabAction = make(QStringLiteral("actionPreviousTab"), tr("Pre&vious Tab"),
                               QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Show the tab to the left"),
                               [this] { switchTab(-1); });
    m_resetLayoutAction = make(QStringLiteral("actionResetLayout"), tr("&Reset Layout"), QKeySequence(),
                               tr("Put the panels back where they started"), &MainWindow::resetLayout);
    m_aboutAction = make(QStringLiteral("actionAbout"), tr("&About Slipway"), QKeySequence(),
                         tr("Version and licence"), [this] {
                             QMessageBox::about(this, tr("About Slipway"),
                                                tr("<h3>Slipway %1</h3><p>A desktop workbench for safe "
                                                   "PostgreSQL migrations.</p><p>Built with Qt %2.</p>")
                                                    .arg(QApplication::applicationVersion(),
                                                         QString::fromLatin1(qVersion())));
                         });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_preferencesAction = make(QStringLiteral("actionPreferences"), tr("&Preferences…"),
                               QKeySequence(Qt::CTRL | Qt::Key_Comma),
                               tr("Timeouts, backfill batches, monitor thresholds, editor font and language"),
                               &MainWindow::editPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_runAction = make(QStringLiteral("actionRun"), tr("&Run Migrations…"), QKeySequence(Qt::CTRL | Qt::Key_F5),
                       tr("Dry-run, run or roll back pending migrations or a backfill, with the monitor alongside"),
                       [this] { showRun(); });
    m_runScriptAction = make(QStringLiteral("actionRunScript"), tr("Run &Current Script…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5),
                             tr("Run the current editor tab as one migration, with timeouts, retries and the monitor"),
                             &MainWindow::runCurrentScript);
    m_pastRunsAction = make(QStringLiteral("actionPastRuns"), tr("Past R&uns…"), QKeySequence(),
                            tr("Earlier runs and monitoring sessions with their logs and the monitor's charts"),
                            &MainWindow::showPastRuns);
    m_planScriptAction = make(QStringLiteral("actionPlanScript"), tr("&Plan for Current Script"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                              tr("Steps, locks, estimated durations, risk, rollback and approvals for the current "
                                 "editor tab (table sizes from the connected database)"),
                              &MainWindow::planCurrentScript);
    m_openPlanAction = make(QStringLiteral("actionOpenPlan"), tr("Open P&lan…"), QKeySequence(),
                            tr("Open a saved migration plan (.json) for review"), &MainWindow::openPlan);
    m_presentAction = make(QStringLiteral("actionPresentPlan"), tr("Presen&t Plan"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                           tr("Walk stakeholders through the current plan, one step per screen, full screen"),
                           &MainWindow::presentCurrentPlan);
    m_diffAction = make(QStringLiteral("actionSchemaDiff"), tr("Schema &Diff…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                        tr("Compare two databases or snapshots and plan lock-safe DDL, with its down plan"),
                        [this] { showDiff(); });
    m_shortcutsAction = make(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"),
                             QKeySequence(QKeySequence::HelpContents), tr("Every keyboard shortcut, by menu"),
                             &MainWindow::showShortcuts);

    m_demoWorkloadAction = new QAction(tr("Demo &Workload"), this);
    m_demoWorkloadAction->setObjectName(QStringLiteral("actionDemoWorkload"));
    m_demoWorkloadAction->setCheckable(true);
    m_demoWorkloadAction->setStatusTip(tr("Run a small shop workload against the demo database"));
    connect(m_demoWorkloadAction, &QAction::toggled, this, [this](bool on) {
        if (!m_demo)
            return;
        if (on && !m_demo->isWorkloadRunning()) {
            m_demo->startWorkload();
            logInfo(tr("Demo workload started against %1.").arg(m_demo->demoUri()));
        } else if (!on && m_demo->isWorkloadRunning()) {
            m_demo->stopWorkload();
            logInfo(tr("Demo workload stopping…"));
        }
    });

    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_connectAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_disconnectAction->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_editAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_historyAction = make(QStringLiteral("actionHistory"), tr("Migration &History"), QKeySequence(),
                           tr("Applied, pending and changed migrations of a folder against this database"),
                           [this] { showHistory(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_editors->newAction());
    file->addAction(m_editors->openAction());
    QMenu *recentFiles = file->addMenu(tr("Open &Recent"));
    recentFiles->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(recentFiles, &QMenu::aboutToShow, this, [this, recentFiles] { fillRecentFilesMenu(recentFiles); });
    file->addAction(m_editors->saveAction());
    file->addAction(m_editors->saveAsAction());
    file->addAction(m_openPlanAction);
    file->addSeparator();
    file->addAction(m_newAction);
    file->addSeparator();
    file->addAction(m_closeTabAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_editors->findAction());
    edit->addAction(m_editors->replaceAction());
    edit->addSeparator();
    edit->addAction(m_editors->quickFixAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->setObjectName(QStringLiteral("connectionMenu"));
    connection->addAction(m_connectAction);
    QMenu *recentConnections = connection->addMenu(tr("Recent C&onnections"));
    recentConnections->setObjectName(QStringLiteral("recentConnectionsMenu"));
    connect(recentConnections, &QMenu::aboutToShow, this,
            [this, recentConnections] { fillRecentConnectionsMenu(recentConnections); });
    connection->addAction(m_disconnectAction);
    connection->addAction(m_reconnectAction);
    connection->addSeparator();
    connection->addAction(m_editAction);
    connection->addAction(m_deleteAction);
    connection->addSeparator();
    connection->addAction(m_refreshAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_nextTabAction);
    view->addAction(m_previousTabAction);
    view->addSeparator();
    view->addAction(m_monitorTabAction);
    view->addAction(m_startPageAction);
    view->addAction(m_resetLayoutAction);

    QMenu *migration = menuBar()->addMenu(tr("&Migration"));
    migration->setObjectName(QStringLiteral("migrationMenu"));
    migration->setToolTipsVisible(true);
    migration->addAction(m_editors->openAction());
    migration->addAction(m_editors->lintAction());
    migration->addAction(m_editors->quickFixAction());
    migration->addSeparator();
    connect(m_editors->runStatementAction(), &QAction::triggered, this, &MainWindow::runCurrentStatement);
    connect(m_editors->runSelectionAction(), &QAction::triggered, this, &MainWindow::runSelection);
    migration->addAction(m_editors->runStatementAction());
    migration->addAction(m_editors->runSelectionAction());
    migration->addSeparator();
    migration->addAction(m_diffAction);
    migration->addAction(m_runAction);
    migration->addAction(m_runScriptAction);
    migration->addAction(m_pastRunsAction);
    migration->addAction(m_planScriptAction);
    migration->addAction(m_presentAction);
    QAction *planWizard = migration->addAction(tr("New E&xpand/Contract Plan…"));
    planWizard->setObjectName(QStringLiteral("actionPlanWizard"));
    planWizard->setStatusTip(tr("Generate a multi-step plan for a rename, type change, NOT NULL column, table split, "
                                "foreign key or index replacement"));
    connect(planWizard, &QAction::triggered, this, [this] { openPlanWizard(); });
    migration->addSeparator();
    migration->addAction(m_historyAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setToolTipsVisible(true);
    tools->addAction(m_demoWorkloadAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_connectAction);
    toolBar->addAction(m_disconnectAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    m_editors->openAction()->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_editors->saveAction()->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    toolBar->addAction(m_editors->openAction());
    toolBar->addAction(m_editors->lintAction());
    toolBar->addSeparator();
    toolBar->addAction(m_demoWorkloadAction);
}

} // namespace slipway
