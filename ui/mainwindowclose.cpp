// Closing the main window: a run in progress stops only when the user says so,
// editors are saved, and the views that write to the local store go before it.
#include "mainwindow.h"

#include "democontroller.h"
#include "editor/editorworkspace.h"
#include "run/runview.h"

#include "db/localstore.h"
#include "run/backfillrunner.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace slipway {

MainWindow::~MainWindow()
{
    // A run view stops its run as it goes and logs that to the local store,
    // which is a member of this window: the views go first.
    qDeleteAll(findChildren<RunView *>());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmStoppingRun() || !m_editors->maybeSaveAll()) {
        event->ignore();
        return;
    }
    saveLayout();
    saveSession();
    if (m_demo && m_demo->isReady())
        logInfo(tr("Stopping the demo sandbox…"));
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmStoppingRun()
{
    RunView *view = m_tabs->findChild<RunView *>();
    if (!view || !view->isRunning() || !m_askBeforeStoppingRun)
        return true;
    const bool backfill = view->backfillRunner() && view->backfillRunner()->isRunning();
    QMessageBox box(QMessageBox::Warning, tr("Run in Progress"),
                    backfill ? tr("A backfill is running. Stop it and quit?")
                             : tr("A migration run is in progress. Stop it and quit?"),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        backfill ? tr("The batch running now rolls back. The checkpoint keeps every batch done before it, so the "
                      "backfill can be resumed later.")
                 : tr("The statement running now is cancelled and its transaction rolled back; slipway.journal "
                      "records the migration as failed."));
    QPushButton *stop = box.addButton(tr("&Stop and Quit"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == stop;
}

} // namespace slipway
