// MainWindow's migration plans: Plan for Current Script (live sizes through the
// session's worker when connected, offline otherwise), Open Plan, the plan tabs
// and presentation mode.
#include "mainwindow.h"

#include "activeconnection.h"
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "editor/sqleditor.h"
#include "futurecallback.h"
#include "monitor/monitorcontroller.h"
#include "plan/planbuilder.h"
#include "plan/planview.h"
#include "plan/presentationview.h"
#include "run/runview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStyle>
#include <QTabWidget>

namespace slipway {

namespace {

struct LivePlan {
    std::optional<plan::MigrationPlan> plan;
    DbError error;
};

} // namespace

PlanView *MainWindow::showPlan(const plan::MigrationPlan &plan, const QString &path)
{
    auto *view = new PlanView(m_tabs);
    view->setPlan(plan, path);
    connect(view, &PlanView::info, this, &MainWindow::logInfo);
    connect(view, &PlanView::warning, this, &MainWindow::logWarning);
    connect(view, &PlanView::presentRequested, this, [this](const plan::MigrationPlan &p) { present(p); });
    connect(view, &PlanView::runRequested, this, &MainWindow::runPlan);
    connect(view, &PlanView::titleChanged, this, [this, view](const QString &title) {
        const int index = m_tabs->indexOf(view);
        if (index >= 0)
            m_tabs->setTabText(index, title);
    });
    m_tabs->addTab(view, style()->standardIcon(QStyle::SP_FileDialogDetailedView), view->displayName());
    m_tabs->setTabToolTip(m_tabs->indexOf(view), plan.title);
    m_tabs->setCurrentWidget(view);
    nameTabCloseButtons();
    updateActions();
    return view;
}

// The Run tab with a saved plan: previewed there, run with its guards.
RunView *MainWindow::runPlan(const plan::MigrationPlan &plan, const QString &path)
{
    RunView *view = showRun();
    if (view->isRunning()) {
        logWarning(tr("A run is in progress; wait for it to finish or abort it."));
        return view;
    }
    view->setPlan(plan, path);
    return view;
}

void MainWindow::planCurrentScript()
{
    EditorTab *tab = m_editors->currentTab();
    if (!tab) {
        logWarning(tr("Open or write a migration first: the plan is made from the current editor tab."));
        return;
    }
    const QString sql = tab->editor()->toPlainText();
    plan::PlanContext context;
    context.source = tab->filePath().isEmpty() ? plan::PlanSource::Editor : plan::PlanSource::File;
    context.sourceName = tab->filePath().isEmpty() ? tab->displayName() : tab->filePath();
    context.title = tr("Migration plan for %1").arg(tab->displayName());
    context.downtimeThresholdSeconds = 5;
    Session *session = m_connection->isConnected() ? m_connection->session() : nullptr;
    if (!session) {
        showPlan(plan::PlanBuilder::build(sql, context));
        logInfo(tr("Planned %1 offline: not connected, so durations that depend on table sizes are unknown.")
                    .arg(tab->displayName()));
        return;
    }
    const QString conninfo = session->conninfo();
    const QString target = m_connection->target();
    logInfo(tr("Planning %1 with the table sizes of %2…").arg(tab->displayName(), target));
    // On the session's worker: buildLive reads sizes on a short read-only connection of its own.
    auto future = session->run<LivePlan>([sql, conninfo, context](pqxx::connection_base &) {
        LivePlan result;
        result.plan = plan::PlanBuilder::buildLive(sql, conninfo, context, false, &result.error);
        return result;
    });
    onFinished(this, future, [this, sql, context, target](const DbResult<LivePlan> &result) {
        if (result.ok() && result.value.plan) {
            showPlan(*result.value.plan);
            logInfo(tr("Plan ready, with the table sizes of %1.").arg(target));
            return;
        }
        const DbError error = result.ok() ? result.value.error : result.error;
        logWarning(tr("Could not read table sizes from %1 (%2); planned offline instead.").arg(target, error.message));
        showPlan(plan::PlanBuilder::build(sql, context));
    });
}

PlanView *MainWindow::openPlanFile(const QString &path)
{
    QString error;
    std::optional<plan::MigrationPlan> loaded = plan::MigrationPlan::load(path, &error);
    if (!loaded) {
        logError(error);
        return nullptr;
    }
    PlanView *view = showPlan(*loaded, QFileInfo(path).absoluteFilePath());
    logInfo(tr("Opened plan %1.").arg(QDir::toNativeSeparators(path)));
    return view;
}

void MainWindow::openPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), QString(),
                                                      tr("Migration plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!openPlanFile(path))
        QMessageBox::warning(this, tr("Open Plan"), tr("%1 is not a Slipway plan file.").arg(path));
}

PresentationView *MainWindow::present(const plan::MigrationPlan &plan)
{
    auto *view = new PresentationView(plan, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setMonitor(m_monitorController->monitor());
    // The live charts show while the Run tab runs something.
    if (auto *run = m_tabs->findChild<RunView *>()) {
        view->setRunInProgress(run->isRunning());
        connect(run, &RunView::runningChanged, view, [view, run] { view->setRunInProgress(run->isRunning()); });
    }
    view->start();
    return view;
}

void MainWindow::presentCurrentPlan()
{
    if (auto *view = qobject_cast<PlanView *>(m_tabs->currentWidget())) {
        present(view->plan());
        return;
    }
    if (auto *view = m_tabs->findChild<PlanView *>()) {
        present(view->plan());
        return;
    }
    logWarning(tr("Open a plan first (Migration › Plan for Current Script, or File › Open Plan)."));
}

} // namespace slipway
