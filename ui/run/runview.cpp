#include "runview.h"
#include "futurecallback.h"

#include "activeconnection.h"
#include "monitor/monitorcontroller.h"
#include "monitor/monitorview.h"
#include "runeventlog.h"
#include "planrunjob.h"
#include "runpreview.h"
#include "sessionreaper.h"

#include "db/session.h"
#include "migrations/migrationsource.h"
#include "run/backfillrunner.h"
#include "run/pendingmigrations.h"
#include "run/productionguard.h"
#include "run/runcontroller.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace slipway {

namespace {

// What the worker finds for a folder: the items to run and the applied versions.
struct FolderPlan {
    QList<run::ExecutionItem> items;
    QStringList applied; // folder order
    QStringList errors;
    QString error;       // why nothing can run (rollback target unknown, ...)
};

} // namespace

RunView::RunView(ActiveConnection *connection, MonitorController *monitor, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("runView"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("runSource"));
    m_source->setAccessibleName(tr("What to run"));
    m_source->addItem(tr("Pending migrations of a folder"), int(Source::Folder));
    m_source->addItem(tr("Script from the editor"), int(Source::Script));
    m_source->addItem(tr("Backfill spec"), int(Source::Backfill));
    m_source->addItem(tr("Saved migration plan"), int(Source::Plan));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("runPath"));
    m_path->setAccessibleName(tr("Folder or file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("runMode"));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->addItem(tr("Dry run, all in one transaction"), int(Mode::DryRun));
    m_mode->addItem(tr("Dry run, each migration apart"), int(Mode::DryRunEach));
    m_mode->setItemData(1, tr("Each migration in its own transaction, rolled back at its end: locks are held one "
                              "migration at a time, but a migration that needs an earlier one's changes fails"),
                        Qt::ToolTipRole);
    m_mode->addItem(tr("Run"), int(Mode::Run));
    m_mode->addItem(tr("Roll back to…"), int(Mode::Rollback));
    m_rollbackTo = new QComboBox(this);
    m_rollbackTo->setObjectName(QStringLiteral("runRollbackTo"));
    m_rollbackTo->setAccessibleName(tr("Roll back down to and including this version"));
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh Pla&n"), this);
    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("runStart"));
    m_pause = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("runPause"));
    m_abort = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("&Abort"), this);
    m_abort->setObjectName(QStringLiteral("runAbort"));
    m_abort->setToolTip(tr("Cancel the running statement; the transaction rolls back"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Run progress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_dryRunNote = new QLabel(this);
    m_dryRunNote->setObjectName(QStringLiteral("runDryRunNote"));
    m_dryRunNote->setWordWrap(true);
    m_dryRunNote->setTextFormat(Qt::RichText);
    m_summaryIcon = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new RunPreview(this);
    m_log = new RunEventLog(this);
    m_exportResults = new QPushButton(tr("E&xport Runbook with Results…"), this);
    m_exportResults->setObjectName(QStringLiteral("runExportResults"));
    m_exportResults->setToolTip(tr("The runbook (PDF, HTML or Markdown) with what actually happened: durations, "
                                   "rows, errors, lag peak, throttle events and the charts; or the JSON run log"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Run:"), this));
    pick->addWidget(m_source);
    pick->addWidget(m_path, 1);
    pick->addWidget(m_browse);
    pick->addWidget(m_refresh);

    // Two short rows rather than one long one: the tab's minimum width must
    // leave room for the docks beside it.
    auto *controls = new QHBoxLayout;
    auto *modeLabel = new QLabel(tr("M&ode:"), this);
    modeLabel->setBuddy(m_mode);
    controls->addWidget(modeLabel);
    controls->addWidget(m_mode);
    controls->addWidget(m_rollbackTo);
    controls->addWidget(m_start);
    controls->addWidget(m_abort);
    controls->addStretch(1);
    auto *running = new QHBoxLayout;
    running->addWidget(m_pause);
    running->addWidget(buildBackfillControls());
    running->addWidget(m_progress, 1);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Saved migration plan" in full
    m_rollbackTo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rollbackTo->setMinimumContentsLength(12);
    m_path->setMinimumWidth(80);

    m_status->setWordWrap(true);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_summaryIcon);
    summary->addWidget(m_summary, 1);
    summary->addWidget(m_exportResults, 0, Qt::AlignTop);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_preview);
    left->addWidget(m_log);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(left);
    if (m_monitor) {
        auto *charts = new MonitorView(m_monitor->monitor(), MonitorView::Mode::Side, m_monitor, sides);
        charts->setObjectName(QStringLiteral("runMonitor"));
        sides->addWidget(charts);
        connect(m_monitor->monitor(), &Monitor::decided, this, &RunView::onDecision);
    }
    sides->setStretchFactor(0, 1);
    sides->setStretchFactor(1, 1);
    sides->setSizes({700, 600});
    left->setSizes({300, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addLayout(controls);
    layout->addLayout(running);
    layout->addWidget(m_dryRunNote);
    layout->addWidget(m_status);
    layout->addLayout(summary);
    layout->addWidget(sides, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_path->setText(source() == Source::Script ? m_scriptLabel : QString());
        refreshPlan();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        refreshPlan();
    });
    connect(m_rollbackTo, &QComboBox::activated, this, [this] { refreshPlan(); });
    connect(m_path, &QLineEdit::editingFinished, this, &RunView::refreshPlan);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        if (source() == Source::Plan)
            return choosePlanFile();
        const QString chosen = source() == Source::Folder
                                   ? QFileDialog::getExistingDirectory(this, tr("Migrations Folder"), m_path->text())
                                   : QFileDialog::getOpenFileName(this, tr("Backfill Spec"), m_path->text(),
                                                                  tr("Backfill specs (*.json *.yaml *.yml)"));
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
            refreshPlan();
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &RunView::refreshPlan);
    connect(m_exportResults, &QPushButton::clicked, this, &RunView::exportRunbookWithResults);
    connect(m_start, &QPushButton::clicked, this, &RunView::start);
    connect(m_abort, &QPushButton::clicked, this, &RunView::abort);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        const bool resume = m_planBackfillPaused;
        if (controlPlanBackfill(
                [resume](plan::PlanRunner &r) { return resume ? r.resumeBackfill() : r.pauseBackfill(); },
                resume ? tr("Resume: the plan's backfill step will run its batches.")
                       : tr("Pause: the plan's backfill step will start paused."))) {
            m_planBackfillPaused = !resume;
            markOnCharts(resume ? PolicyDecision::Action::Resume : PolicyDecision::Action::Throttle,
                         resume ? tr("Plan backfill resumed from the Run view.")
                                : tr("Plan backfill paused from the Run view."));
            updateControls();
            return;
        }
        if (!m_backfill)
            return;
        if (m_backfill->state() == run::BackfillState::Paused) {
            m_backfill->resume();
            markOnCharts(PolicyDecision::Action::Resume, tr("Backfill resumed from the Run view."));
        } else {
            m_backfill->pause();
            markOnCharts(PolicyDecision::Action::Throttle, tr("Backfill paused from the Run view."));
        }
    });
    connect(m_connection, &ActiveConnection::stateChanged, this, &RunView::updateControls);
    setUpRecording();
    setUpPolicy();
    connect(m_connection, &ActiveConnection::connected, this, [this] {
        if (!m_running)
            refreshPlan(); // what is pending on this database
    });
    setSummary(-1, QString());
    updateControls();
}

RunView::~RunView()
{
    m_planRun.reset(); // cancels a running plan and waits for it
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    m_runner.reset(); // waits for the cancelled run to wind down
    m_backfill.reset(); // aborts, cancelling the batch (it rolls back), and joins
    clearBackfillFromCharts();
    if (m_session)
        retireSession(m_session);
}

RunView::Source RunView::source() const
{
    return Source(m_source->currentData().toInt());
}

RunView::Mode RunView::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void RunView::setFolder(const QString &folder)
{
    m_source->setCurrentIndex(m_source->findData(int(Source::Folder)));
    m_path->setText(folder);
    refreshPlan();
}

void RunView::setScript(const QString &sql, const QString &label, const QString &path)
{
    m_scriptSql = sql;
    m_scriptLabel = label;
    m_scriptPath = path;
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(m_source->findData(int(Source::Script)));
    m_path->setText(label);
    refreshPlan();
}

void RunView::setBackfillSpec(const QString &path)
{
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(m_source->findData(int(Source::Backfill)));
    m_path->setText(path);
    refreshPlan();
}

void RunView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

bool RunView::isRunning() const
{
    return m_running;
}

bool RunView::isWaitingForFolder() const
{
    return !m_running && source() == Source::Folder && m_path->text().isEmpty();
}

QString RunView::summary() const
{
    return m_summary->text();
}

void RunView::startWhenReady()
{
    m_autoStart = true;
    updateControls();
}

void RunView::updateControls()
{
    const bool connected = m_connection->isConnected();
    const bool backfill = source() == Source::Backfill;
    m_source->setEnabled(!m_running);
    m_path->setEnabled(!m_running && source() != Source::Script);
    m_path->setReadOnly(source() == Source::Script);
    m_browse->setEnabled(!m_running && source() != Source::Script);
    m_mode->setEnabled(!m_running);
    const bool planSource = source() == Source::Plan;
    // Each-migration-apart dry runs are not for plans: their dry run is one
    // transaction. A backfill's dry run is a few batches, each rolled back; it
    // has no rollback.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_mode->model())) {
        model->item(m_mode->findData(int(Mode::DryRunEach)))->setEnabled(!planSource && !backfill);
        model->item(m_mode->findData(int(Mode::Rollback)))->setEnabled(!backfill);
    }
    const int dryRun = m_mode->findData(int(Mode::DryRun));
    m_mode->setItemText(dryRun, backfill ? tr("Dry run, a few batches rolled back") : tr("Dry run, all in one transaction"));
    m_mode->setItemData(dryRun,
                        backfill ? tr("A few batches of the backfill, each rolled back: how fast it goes here and how "
                                      "long the whole backfill would take; nothing changes")
                                 : tr("Every migration in one transaction, rolled back at the end: later migrations see "
                                      "earlier ones, but every lock is held until the end"),
                        Qt::ToolTipRole);
    if (backfill && (mode() == Mode::DryRunEach || mode() == Mode::Rollback)) {
        const QSignalBlocker blocker(m_mode);
        setMode(Mode::DryRun);
    }
    m_rollbackTo->setVisible(mode() == Mode::Rollback && source() == Source::Folder);
    m_dryRunNote->setText(
        QStringLiteral("<span style=\"color:#b35c00\">&#9888; %1</span>")
            .arg(planSource
                     ? tr("<b>This dry run holds every lock until its final rollback.</b> All steps of the plan run "
                          "in one transaction (a backfill as one UPDATE): an ACCESS EXCLUSIVE lock taken by an early "
                          "step blocks the application's queries on that table until the last step has run. "
                          "Rehearse plans on a copy of the database, not on a live one.")
                     : tr("<b>This dry run holds every lock until its final rollback.</b> All migrations run in one "
                          "transaction: an ACCESS EXCLUSIVE lock taken by the first one blocks the application's "
                          "queries on that table until the last one has run. On a live database choose "
                          "<i>Dry run, each migration apart</i>.")));
    m_dryRunNote->setVisible(mode() == Mode::DryRun && !backfill
                             && (planSource ? m_plan && m_plan->steps.size() > 1 : m_items.size() > 1));
    m_rollbackTo->setEnabled(!m_running);
    m_refresh->setEnabled(!m_running && !m_planning);
    const bool hasWork = backfill ? !m_path->text().isEmpty() : planSource ? planHasWork() : !m_items.isEmpty();
    m_start->setEnabled(connected && !m_running && !m_planning && hasWork);
    m_start->setText(mode() == Mode::DryRun || mode() == Mode::DryRunEach ? tr("&Start Dry Run")
                     : backfill                 ? tr("&Start Backfill")
                     : mode() == Mode::Rollback ? tr("&Start Rollback")
                                                : tr("&Start Run"));
    m_start->setToolTip(connected ? QString() : tr("Connect to a database first"));
    // A plan's backfill step takes the same controls (held until the step starts).
    const bool planBackfill = planRunsBackfill();
    const bool controllable = m_running && (m_backfill || (planBackfill && m_planRun));
    m_pause->setVisible(backfill || planBackfill);
    m_pause->setEnabled(controllable);
    m_throttle->parentWidget()->setVisible(backfill || planBackfill);
    m_throttle->setEnabled(controllable);
    const bool paused = m_backfill ? m_backfill->state() == run::BackfillState::Paused
                                   : planBackfill && m_planBackfillPaused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_abort->setEnabled(m_running);
    m_exportResults->setEnabled(!m_running && !m_runItems.isEmpty() && !m_lastResult.items.isEmpty());
    if (m_autoStart && m_start->isEnabled()) {
        m_autoStart = false;
        QTimer::singleShot(0, this, &RunView::start);
    }
}

void RunView::setSummary(int severity, const QString &text)
{
    static const QStyle::StandardPixmap icons[] = {QStyle::SP_MessageBoxInformation, QStyle::SP_DialogApplyButton,
                                                   QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxCritical};
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
    m_summaryIcon->setVisible(severity >= 0 && !text.isEmpty());
    if (severity >= 0) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_summaryIcon->setPixmap(style()->standardIcon(icons[severity]).pixmap(size, size));
    }
}

void RunView::withSession(std::function<void()> next)
{
    Session *active = m_connection->session();
    if (!active || !m_connection->isConnected()) {
        m_planning = false;
        setSummary(2, tr("Connect to a database to see what is pending and to run."));
        updateControls();
        return;
    }
    if (m_session && m_sessionConninfo == active->conninfo() && m_session->state() == Session::State::Connected) {
        next();
        return;
    }
    if (m_session) {
        m_runner.reset();
        retireSession(m_session);
    }
    m_session = new Session(this);
    m_sessionConninfo = active->conninfo();
    onFinished(this, m_session->open(m_sessionConninfo), [this, next = std::move(next)](DbResult<ServerInfo> result) {
        if (result.error.isError()) {
            fail(tr("Could not open the run's connection"), result.error);
            return;
        }
        next();
    });
}

void RunView::refreshPlan()
{
    if (m_running)
        return;
    setSummary(-1, QString());
    m_items.clear();
    switch (source()) {
    case Source::Script:
        if (m_scriptSql.trimmed().isEmpty()) {
            m_preview->setMessage(tr("Open a migration in the editor and choose Migration > Run Script."));
        } else {
            m_items = {run::ExecutionItem::script(m_scriptSql, m_scriptLabel, m_scriptPath)};
            m_preview->setItems(m_items, m_connection->serverInfo().versionNumber);
        }
        break;
    case Source::Backfill: {
        QString error;
        const auto spec = m_path->text().isEmpty() ? std::nullopt : run::BackfillSpec::load(m_path->text(), &error);
        if (!spec) {
            m_preview->setMessage(error.isEmpty() ? tr("Choose a backfill spec (JSON).") : error);
            if (!error.isEmpty())
                setSummary(3, error);
        } else {
            QStringList lines{tr("Backfill \"%1\" on %2, in batches of about %3 ms:")
                                  .arg(spec->name, spec->table)
                                  .arg(spec->targetBatchMs)};
            if (spec->usesTemplate())
                lines << QStringLiteral("    ") + spec->statementTemplate.simplified();
            else
                lines << QStringLiteral("    SET ") + spec->set.simplified();
            lines << (spec->predicate.isEmpty() ? tr("    on every row")
                                                : QStringLiteral("    WHERE ") + spec->predicate.simplified());
            if (!spec->usesTemplate())
                lines << tr("Each batch holds ROW EXCLUSIVE on %1 (reads and writes go on) and locks only the rows "
                            "it changes, until it commits.")
                             .arg(spec->table);
            lines << tr("Progress is checkpointed with every batch: stopped, it resumes where it was.");
            m_preview->setMessage(lines.join(u'\n'));
        }
        break;
    }
    case Source::Plan: showPlanPreview(); break;
    case Source::Folder:
        if (m_path->text().isEmpty()) {
            m_preview->setMessage(tr("Choose a migrations folder."));
            break;
        }
        planFolder(false);
        return;
    }
    updateControls();
}

void RunView::planFolder(bool thenStart)
{
    m_planning = true;
    m_preview->setMessage(tr("Reading the folder and the migration history…"));
    updateControls();
    const QString folder = m_path->text();
    const bool rollback = mode() == Mode::Rollback;
    const QString to = m_rollbackTo->currentText();
    withSession([this, folder, rollback, to, thenStart] {
        onFinished(this, m_session->run<FolderPlan>([folder, rollback, to](pqxx::connection_base &conn) {
                      FolderPlan plan;
                      const migrations::MigrationSet set = migrations::MigrationSource::load(folder);
                      for (const migrations::MigrationError &error : set.errors)
                          plan.errors << error.message;
                      const run::AppliedState state = run::AppliedState::read(conn, set);
                      for (const migrations::Migration &m : set.migrations)
                          if (state.applied.contains(m.version))
                              plan.applied << m.version;
                      if (rollback) {
                          if (to.isEmpty())
                              return plan;
                          const auto chain = state.rollbackChain(set.migrations, to, &plan.error);
                          for (const migrations::Migration &m : chain)
                              plan.items << run::ExecutionItem::down(m);
                      } else {
                          for (const migrations::Migration &m : state.pending(set.migrations))
                              plan.items << run::ExecutionItem::up(m);
                      }
                      return plan;
                  }), [this, thenStart, rollback](DbResult<FolderPlan> result) {
                m_planning = false;
                if (result.error.isError()) {
                    fail(tr("Could not read what is pending"), result.error);
                    return;
                }
                const FolderPlan &plan = result.value;
                m_items = plan.items;
                showItems(plan.items, plan.applied);
                for (const QString &error : plan.errors)
                    m_log->addLine(RunEventLog::Severity::Warning, QString(), error);
                if (!plan.error.isEmpty())
                    setSummary(3, plan.error);
                else if (plan.items.isEmpty())
                    m_preview->setMessage(rollback ? tr("Choose the version to roll back to.")
                                                   : tr("Nothing pending: every migration of the folder is applied."));
                updateControls();
                if (thenStart && !m_items.isEmpty())
                    startItems();
            });
    });
}

void RunView::showItems(const QList<run::ExecutionItem> &items, const QStringList &appliedVersions)
{
    const QString current = m_rollbackTo->currentText();
    m_rollbackTo->clear();
    for (auto it = appliedVersions.crbegin(); it != appliedVersions.crend(); ++it)
        m_rollbackTo->addItem(*it);
    m_rollbackTo->setCurrentIndex(qMax(0, m_rollbackTo->findText(current)));
    m_preview->setItems(items, m_connection->serverInfo().versionNumber);
}

bool RunView::confirmProduction()
{
    const ConnectionProfile &profile = m_connection->profile();
    if (m_connection->isReadOnly()) {
        setSummary(3, tr("This connection is read-only: edit it (or its environment tag) to run migrations."));
        return false;
    }
    if (!run::ProductionGuard::confirmationRequired(profile))
        return true;
    const QString database = m_connection->serverInfo().database;
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Production Database"),
                                                run::ProductionGuard::prompt(database), QLineEdit::Normal, {}, &ok);
    if (ok && run::ProductionGuard::confirmed(typed, database))
        return true;
    setSummary(2, tr("Not started: the database name was not confirmed."));
    return false;
}

void RunView::start()
{
    if (m_running || !confirmProduction())
        return;
    m_log->clear();
    setSummary(-1, QString());
    if (source() == Source::Backfill)
        startBackfill();
    else if (source() == Source::Plan)
        startPlan();
    else if (source() == Source::Folder)
        planFolder(true); // what is pending may have changed since the preview
    else
        withSession([this] { startItems(); });
}

void RunView::abort()
{
    if (abortPlan())
        return;
    if (m_backfill && m_backfill->isRunning()) {
        m_backfill->abort(tr("aborted from the Run view"), true);
        markOnCharts(PolicyDecision::Action::Abort, tr("Backfill aborted from the Run view."));
        return;
    }
    if (m_runner && m_runner->isRunning()) {
        m_log->addLine(RunEventLog::Severity::Warning, QString(), tr("Abort requested: cancelling the statement."));
        m_runner->cancel();
        markOnCharts(PolicyDecision::Action::Abort, tr("Run aborted from the Run view."));
    }
}

void RunView::fail(const QString &what, const DbError &error)
{
    m_planning = false;
    m_preview->setMessage(what);
    setSummary(3, what + QStringLiteral(" — ") + error.toText());
    m_log->addLine(RunEventLog::Severity::Error, QString(), what, error.toText());
    updateControls();
}

} // namespace slipway
