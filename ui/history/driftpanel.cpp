#include "driftpanel.h"

#include "activeconnection.h"
#include "futurecallback.h"
#include "messagebanner.h"

#include "diff/diffddlpane.h"
#include "diff/difffiltermodel.h"
#include "diff/diffresult.h"
#include "diff/difftreemodel.h"

#include "catalog/introspector.h"
#include "catalog/snapshot.h"
#include "db/session.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

using migrations::DriftApplyError;
using migrations::DriftCheck;
using migrations::DriftOptions;
using migrations::DriftReport;

// Written by the worker, read by the GUI's poll timer.
struct DriftPanel::Progress {
    QMutex mutex;
    QString phase;
    double fraction = 0;
};

namespace {

struct DriftOutcome {
    DriftReport report;
    std::shared_ptr<const DiffResult> result;
};

diff::DiffOptions driftDiffOptions()
{
    diff::DiffOptions options;
    options.excludeSchemas << QStringLiteral("slipway") << QStringLiteral("sqitch");
    return options;
}

} // namespace

DriftPanel::DriftPanel(ActiveConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_progressState(std::make_shared<Progress>())
{
    setObjectName(QStringLiteral("driftPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *progressRow = new QHBoxLayout;
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("driftPhase"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("driftProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Drift check progress"));
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Cancel Drift Chec&k"), this);
    m_cancel->setObjectName(QStringLiteral("driftCancel"));
    m_cancel->setToolTip(tr("Stop the check; the scratch database is dropped"));
    progressRow->addWidget(m_phase, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("driftBanner"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_model = new DiffTreeModel(this);
    m_filter = new DiffFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setShow(DiffFilterModel::Show::AllDifferences);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("driftTree"));
    m_tree->setAccessibleName(tr("Objects that drifted"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    // The name takes the room, the state its own width; a long name keeps its schema and its end.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::StateColumn, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(280);
    m_ddl = new DiffDdlPane(split);
    m_ddl->setSideNames(tr("Live database"), tr("Expected (migrations)"));
    split->addWidget(m_tree);
    split->addWidget(m_ddl);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({360, 900});
    layout->addWidget(split, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &DriftPanel::pollProgress);
    connect(m_cancel, &QPushButton::clicked, this, &DriftPanel::cancel);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showObject(m_filter->mapToSource(current)); });
    if (m_connection)
        connect(m_connection, &ActiveConnection::disconnected, this, [this] {
            if (!isRunning())
                return;
            ++m_generation;
            m_poll->stop();
            m_outcome = Outcome::Cancelled;
            m_banner->showMessage(MessageBanner::Level::Warning, tr("Drift check stopped"),
                                  tr("The connection was closed while it ran."));
            m_progress->hide();
            m_cancel->hide();
            m_phase->clear();
            emit finished(m_outcome);
        });
    m_progress->hide();
    m_cancel->hide();
}

DriftPanel::~DriftPanel()
{
    // The job may still run on the session's worker: let it stop early. (The
    // connection may be gone already when the window closes: not touched.)
    if (m_check)
        m_check->cancel();
    if (m_cancelled)
        m_cancelled->store(true);
}

Session *DriftPanel::session() const
{
    return m_connection && m_connection->isConnected() ? m_connection->session() : nullptr;
}

void DriftPanel::start(const QString &what)
{
    ++m_generation;
    m_outcome = Outcome::Running;
    m_result.reset();
    m_applyError.reset();
    m_model->setResult(nullptr);
    m_ddl->clear();
    m_banner->hide();
    {
        QMutexLocker lock(&m_progressState->mutex);
        m_progressState->phase = what;
        m_progressState->fraction = 0;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_phase->setText(what);
    m_poll->start();
}

void DriftPanel::checkFolder(const QString &folder)
{
    Session *live = session();
    if (!live || isRunning() || folder.isEmpty()) {
        if (!live)
            m_banner->showMessage(MessageBanner::Level::Warning, tr("Not connected"),
                                  tr("Connect to the database to check it for drift."));
        return;
    }
    DriftOptions options;
    options.scratchConninfo = live->conninfo();
    auto check = std::make_shared<DriftCheck>(options);
    auto progress = m_progressState;
    check->setProgress([progress](const QString &phase, double fraction) {
        QMutexLocker lock(&progress->mutex);
        progress->phase = phase;
        progress->fraction = fraction;
    });
    m_check = check;
    m_cancelled.reset();
    start(tr("Starting the drift check…"));
    const quint64 generation = m_generation;
    const auto future = live->run<DriftOutcome>([check, folder](pqxx::connection_base &conn) {
        DriftOutcome out;
        out.report = check->run(conn, folder);
        if (out.report.status == DriftReport::Status::Compared)
            out.result = std::make_shared<const DiffResult>(
                DiffResult::build(out.report.live, out.report.expected, driftDiffOptions()));
        return out;
    });
    onFinished(this, future, [this, generation, folder](const DbResult<DriftOutcome> &r) {
        if (generation != m_generation)
            return;
        DriftReport report = r.value.report;
        if (!r.ok()) {
            report.status = DriftReport::Status::Failed;
            report.error = r.error;
        }
        showOutcome(report, r.value.result, QDir::toNativeSeparators(folder));
    });
}

void DriftPanel::checkSnapshot(const QString &path)
{
    Session *live = session();
    if (!live || isRunning() || path.isEmpty())
        return;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto progress = m_progressState;
    m_check.reset();
    m_cancelled = cancelled;
    start(tr("Reading the snapshot…"));
    const quint64 generation = m_generation;
    const auto future = live->run<DriftOutcome>([path, cancelled, progress](pqxx::connection_base &conn) {
        DriftOutcome out;
        QString error;
        const auto snapshot = catalog::Snapshot::load(path, &error);
        if (!snapshot) {
            out.report.status = DriftReport::Status::Failed;
            out.report.error = DbError::invalidInput(error);
            return out;
        }
        catalog::IntrospectOptions introspect;
        introspect.excludeSchemas = driftDiffOptions().excludeSchemas;
        introspect.exactSizes = false;
        const auto step = [progress](int percent, const QString &) {
            QMutexLocker lock(&progress->mutex);
            progress->phase = DriftPanel::tr("Reading the live schema");
            progress->fraction = 0.1 + 0.8 * percent / 100.0;
        };
        const catalog::SchemaModel liveModel = catalog::Introspector::read(conn, introspect, step, cancelled.get());
        auto result = std::make_shared<const DiffResult>(DiffResult::build(liveModel, *snapshot, driftDiffOptions()));
        out.report.status = DriftReport::Status::Compared;
        out.report.changes = result->changes;
        out.result = result;
        return out;
    });
    onFinished(this, future, [this, generation, path, cancelled](const DbResult<DriftOutcome> &r) {
        if (generation != m_generation)
            return;
        DriftReport report = r.value.report;
        if (!r.ok()) {
            report.status = cancelled->load() ? DriftReport::Status::Cancelled : DriftReport::Status::Failed;
            report.error = r.error;
        }
        showOutcome(report, r.value.result, QDir::toNativeSeparators(path));
    });
}

void DriftPanel::cancel()
{
    if (!isRunning())
        return;
    if (m_check)
        m_check->cancel();
    if (m_cancelled)
        m_cancelled->store(true);
    if (Session *live = session())
        live->cancel();
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Cancelling…"));
}

void DriftPanel::pollProgress()
{
    QMutexLocker lock(&m_progressState->mutex);
    if (m_cancel->isEnabled())
        m_phase->setText(m_progressState->phase);
    m_progress->setValue(int(m_progressState->fraction * 100));
}

void DriftPanel::showOutcome(const DriftReport &report, std::shared_ptr<const DiffResult> result,
                             const QString &against)
{
    m_poll->stop();
    m_progress->hide();
    m_cancel->hide();
    m_phase->clear();
    m_check.reset();
    switch (report.status) {
    case DriftReport::Status::Compared:
        m_result = std::move(result);
        m_model->setResult(m_result);
        m_tree->expandAll();
        if (report.changes.isEmpty()) {
            m_outcome = Outcome::NoDrift;
            m_banner->showMessage(MessageBanner::Level::Success, tr("No drift"),
                                  tr("The live database matches %1.").arg(against));
        } else {
            m_outcome = Outcome::Drift;
            const int objects = int(driftObjects().size());
            m_banner->showMessage(MessageBanner::Level::Warning,
                                  objects == 1 ? tr("Drift in 1 object") : tr("Drift in %1 objects").arg(objects),
                                  tr("The live database differs from %1 (%2 changes). Select an object: "
                                     "left, the live database; right, what the migrations build.")
                                      .arg(against)
                                      .arg(report.changes.size()));
            const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
            if (first.isValid())
                m_tree->setCurrentIndex(first);
        }
        break;
    case DriftReport::Status::ApplyFailed:
        m_outcome = Outcome::ApplyFailed;
        if (report.applyError)
            showApplyError(*report.applyError);
        break;
    case DriftReport::Status::Cancelled:
        m_outcome = Outcome::Cancelled;
        m_banner->showMessage(MessageBanner::Level::Information, tr("Drift check cancelled"),
                              report.scratchDatabase.isEmpty() || report.scratchDropped
                                  ? tr("Nothing was left behind.")
                                  : tr("The scratch database %1 could not be dropped; drop it by hand.")
                                        .arg(report.scratchDatabase));
        break;
    case DriftReport::Status::Failed:
        m_outcome = Outcome::Failed;
        m_banner->showError(report.error, tr("Could not check for drift"));
        break;
    }
    emit finished(m_outcome);
}

void DriftPanel::showApplyError(const DriftApplyError &e)
{
    m_applyError = e;
    const QString where = e.line > 0 ? tr("%1, line %2").arg(QDir::toNativeSeparators(e.path)).arg(e.line)
                                     : QDir::toNativeSeparators(e.path);
    QString body = tr("Migration %1 %2 does not apply cleanly to a fresh database, so the folder cannot "
                      "be compared with the live database.")
                       .arg(e.version, e.name)
                   + QLatin1Char('\n') + where + QLatin1Char('\n');
    body += e.error.sqlState.isEmpty() ? e.error.message
                                       : tr("SQLSTATE %1: %2").arg(e.error.sqlState, e.error.message);
    if (!e.error.detail.isEmpty())
        body += QLatin1Char('\n') + tr("Detail: %1").arg(e.error.detail);
    if (!e.error.hint.isEmpty())
        body += QLatin1Char('\n') + tr("Hint: %1").arg(e.error.hint);
    m_banner->showMessage(MessageBanner::Level::Error, tr("Migration %1 failed on the scratch database").arg(e.version),
                          body);
}

void DriftPanel::showObject(const QModelIndex &index)
{
    const int at = index.isValid() ? index.data(DiffTreeModel::ObjectRole).toInt() : -1;
    if (!m_result || at < 0) {
        m_ddl->clear();
        return;
    }
    const DiffObject &object = m_result->objects.at(at);
    QString state;
    switch (object.state) {
    case DiffObject::State::Identical: state = tr("same on both sides"); break;
    case DiffObject::State::Different: state = tr("differs"); break;
    case DiffObject::State::OnlyInSource: state = tr("only in the live database"); break;
    case DiffObject::State::OnlyInTarget: state = tr("missing from the live database"); break;
    }
    m_ddl->setTexts(tr("%1 %2 — %3").arg(diff::SchemaChange::kindName(object.kind), object.display(), state),
                    m_result->ddl(object, true), m_result->ddl(object, false));
}

QStringList DriftPanel::driftObjects() const
{
    QStringList out;
    if (!m_result)
        return out;
    for (const DiffObject &o : m_result->objects)
        if (o.state != DiffObject::State::Identical)
            out << o.display();
    return out;
}

bool DriftPanel::selectObject(const QString &display)
{
    if (!m_result)
        return false;
    for (int i = 0; i < m_result->objects.size(); ++i) {
        if (m_result->objects.at(i).display() != display)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOfObject(i));
        if (!index.isValid())
            return false;
        m_tree->setCurrentIndex(index);
        return true;
    }
    return false;
}

} // namespace slipway
