#include "historyview.h"

#include "driftpanel.h"
#include "historyfiltermodel.h"
#include "historymodel.h"
#include "migrationstatustracker.h"

#include "activeconnection.h"

#include "db/session.h"
#include "migrations/historyreader.h"
#include "migrations/migrationsource.h"
#include "migrations/migrationstatus.h"
#include "migrations/statusloader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace slipway {

using migrations::AppliedMigration;
using migrations::HistoryReader;
using migrations::LoadedHistory;
using migrations::MigrationSet;
using migrations::MigrationSource;
using migrations::MigrationStatus;
using migrations::StatusLoader;

namespace {
const char *const folderKey = "history/folder";
}

HistoryView::HistoryView(ActiveConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("historyView"));
    m_model = new HistoryModel(this);
    m_filter = new HistoryFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *folderRow = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Choose Fo&lder…"), this);
    m_chooseButton->setToolTip(tr("Pick the migrations folder to compare with the database's history"));
    m_reloadButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"), this);
    m_reloadButton->setToolTip(tr("Read the folder and the history table again"));
    folderRow->addWidget(new QLabel(tr("Folder:"), this));
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(m_chooseButton);
    folderRow->addWidget(m_reloadButton);
    m_driftButton = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                    tr("Check &Drift Against Folder"), this);
    m_driftButton->setObjectName(QStringLiteral("historyDriftButton"));
    m_driftButton->setToolTip(tr("Apply the folder's applied migrations to a scratch database on this server "
                                 "and compare it with the live schema"));
    m_snapshotDriftButton = new QPushButton(tr("Drift Against S&napshot…"), this);
    m_snapshotDriftButton->setObjectName(QStringLiteral("historySnapshotDriftButton"));
    m_snapshotDriftButton->setToolTip(tr("Compare the live schema with a saved schema snapshot file"));
    folderRow->addWidget(m_driftButton);
    folderRow->addWidget(m_snapshotDriftButton);
    layout->addLayout(folderRow);

    auto *filterRow = new QHBoxLayout;
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("historyStatusFilter"));
    m_stateCombo->addItem(tr("All statuses"), -1);
    using State = MigrationStatus::State;
    for (State state : {State::Applied, State::Pending, State::Changed, State::Missing, State::Failed, State::Dirty,
                        State::OutOfOrder}) {
        MigrationStatus s;
        s.state = state;
        m_stateCombo->addItem(s.stateText(), int(state));
    }
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("historyTextFilter"));
    m_textFilter->setAccessibleName(tr("Filter migrations"));
    m_textFilter->setPlaceholderText(tr("Filter by version or name"));
    m_textFilter->setClearButtonEnabled(true);
    m_openButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&Open SQL"), this);
    m_openButton->setToolTip(tr("Open the selected migration in the SQL editor (it is linted there)"));
    auto *stateLabel = new QLabel(tr("&Status:"), this);
    stateLabel->setBuddy(m_stateCombo);
    m_stateCombo->setAccessibleName(tr("Show migrations with status"));
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_stateCombo);
    filterRow->addWidget(m_textFilter, 1);
    m_tableLabel = new QLabel(tr("History ta&ble:"), this);
    m_tableCombo = new QComboBox(this);
    m_tableCombo->setObjectName(QStringLiteral("historyTableChoice"));
    m_tableCombo->setAccessibleName(tr("History table"));
    m_tableCombo->setToolTip(tr("This database has several migration history tables: the one to show"));
    m_tableLabel->setBuddy(m_tableCombo);
    m_tableLabel->hide();
    m_tableCombo->hide();
    filterRow->addWidget(m_tableLabel);
    filterRow->addWidget(m_tableCombo);
    filterRow->addWidget(m_openButton);
    layout->addLayout(filterRow);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("historyFolderErrors"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; "
                                               "border: 1px solid #e0a0a0; padding: 4px; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *summaryRow = new QHBoxLayout;
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("historySummary"));
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("historyNote"));
    summaryRow->addWidget(m_summaryLabel);
    summaryRow->addStretch(1);
    summaryRow->addWidget(m_noteLabel);
    layout->addLayout(summaryRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Migrations"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_drift = new DriftPanel(m_connection, this);
    m_drift->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_drift);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    // Tab follows the rows as drawn: the history table's choice sits before Open SQL.
    setTabOrder(m_textFilter, m_tableCombo);
    setTabOrder(m_tableCombo, m_openButton);

    connect(m_chooseButton, &QPushButton::clicked, this, &HistoryView::chooseFolder);
    connect(m_reloadButton, &QPushButton::clicked, this, &HistoryView::reload);
    connect(m_openButton, &QPushButton::clicked, this, &HistoryView::openSelected);
    connect(m_driftButton, &QPushButton::clicked, this, &HistoryView::checkDrift);
    connect(m_snapshotDriftButton, &QPushButton::clicked, this, &HistoryView::chooseSnapshotForDrift);
    connect(m_drift, &DriftPanel::finished, this, [this] {
        pushDrift();
        updateButtons();
    });
    connect(m_tableCombo, &QComboBox::activated, this, [this] {
        MigrationStatusTracker::rememberTable(m_connection, m_tableCombo->currentData().toString());
        reload();
    });
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::openSelected);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStateFilter(m_stateCombo->currentData().toInt()); });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &HistoryFilterModel::setTextFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateButtons);
    if (m_connection) {
        connect(m_connection, &ActiveConnection::connected, this, &HistoryView::reload);
        connect(m_connection, &ActiveConnection::disconnected, this, &HistoryView::reload);
    }
    setFolder(QString());
}

HistoryView::~HistoryView() = default;

QString HistoryView::rememberedFolder()
{
    return QSettings().value(QLatin1String(folderKey)).toString();
}

void HistoryView::chooseFolder()
{
    const QString start = m_folder.isEmpty() ? rememberedFolder() : m_folder;
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Migrations Folder"), start);
    if (chosen.isEmpty())
        return;
    QSettings().setValue(QLatin1String(folderKey), chosen);
    setFolder(chosen);
}

void HistoryView::setFolder(const QString &folder)
{
    m_folder = folder;
    m_folderLabel->setText(folder.isEmpty() ? tr("(none — choose a migrations folder)")
                                            : QDir::toNativeSeparators(folder));
    reload();
}

void HistoryView::reload()
{
    const quint64 generation = ++m_generation;
    if (m_folder.isEmpty()) {
        m_loading = false;
        finish(generation, MigrationSet(), {}, tr("No folder chosen."));
        return;
    }
    m_loading = true;
    m_noteLabel->setText(tr("Loading…"));
    updateButtons();
    auto *watcher = new QFutureWatcher<MigrationSet>(this);
    connect(watcher, &QFutureWatcher<MigrationSet>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        startHistoryRead(generation, watcher->result());
    });
    const QString folder = m_folder;
    watcher->setFuture(QtConcurrent::run([folder] { return MigrationSource::load(folder); }));
}

void HistoryView::startHistoryRead(quint64 generation, const MigrationSet &set)
{
    Session *session = m_connection && m_connection->isConnected() ? m_connection->session() : nullptr;
    if (!session) {
        finish(generation, set, {}, tr("Not connected: every migration is shown as pending."));
        return;
    }
    auto *watcher = new QFutureWatcher<DbResult<LoadedHistory>>(this);
    connect(watcher, &QFutureWatcher<DbResult<LoadedHistory>>::finished, this, [this, watcher, generation, set] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (watcher->future().resultCount() == 0) {
            finish(generation, set, {}, tr("The history read was cancelled."));
            return;
        }
        const DbResult<LoadedHistory> result = watcher->result();
        if (!result.ok()) {
            finish(generation, set, {}, tr("Could not read the history: %1").arg(result.error.title()));
            return;
        }
        const LoadedHistory &h = result.value;
        const QString note = h.table ? tr("History: %1 (%2.%3)")
                                           .arg(HistoryReader::toolName(h.table->tool), h.table->schema,
                                                h.table->table)
                                     : tr("No history table in this database: nothing applied yet.");
        showHistoryTables(h.tables, h.table);
        finish(generation, set, h.rows, note);
    });
    watcher->setFuture(StatusLoader::loadHistory(*session, set.format,
                                                 MigrationStatusTracker::rememberedTable(m_connection)));
}

void HistoryView::finish(quint64 generation, const MigrationSet &set, const QList<AppliedMigration> &history,
                         const QString &note)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_errors.clear();
    for (const auto &e : set.errors)
        m_errors << e.message;
    m_errorLabel->setText(m_errors.isEmpty()
                              ? QString()
                              : tr("Folder problems (%1):").arg(m_errors.size()) + QLatin1Char('\n')
                                    + m_errors.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!m_errors.isEmpty());
    m_model->setStatuses(m_folder.isEmpty() ? QList<MigrationStatus>()
                                            : MigrationStatus::join(set.migrations, history));
    m_table->resizeColumnsToContents();
    m_note = note;
    m_noteLabel->setText(note);
    m_summaryLabel->setText(summary());
    updateButtons();
    if (m_tracker) // not connected: nothing is known about the database
        m_tracker->setStatuses(m_folder, m_connection && m_connection->isConnected() ? m_model->statuses()
                                                                                      : QList<MigrationStatus>());
    emit summaryChanged(summary());
    emit loaded();
    if (m_driftWhenReady && m_connection && m_connection->isConnected())
        finishDriftRequest();
}

QString HistoryView::summary() const
{
    return m_model->summary();
}

QString HistoryView::historyNote() const
{
    return m_note;
}

void HistoryView::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString path = current.siblingAtColumn(HistoryModel::VersionColumn).data(HistoryModel::PathRole).toString();
    if (!path.isEmpty())
        emit openFileRequested(path);
}

void HistoryView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_openButton->setEnabled(current.isValid()
                             && !current.siblingAtColumn(HistoryModel::VersionColumn)
                                     .data(HistoryModel::PathRole)
                                     .toString()
                                     .isEmpty());
    m_reloadButton->setEnabled(!m_folder.isEmpty());
    const bool connected = m_connection && m_connection->isConnected();
    m_driftButton->setEnabled(connected && !m_folder.isEmpty() && !m_drift->isRunning());
    m_snapshotDriftButton->setEnabled(connected && !m_drift->isRunning());
}

void HistoryView::setTracker(MigrationStatusTracker *tracker)
{
    m_tracker = tracker;
    if (!tracker)
        return;
    tracker->attachView(this);
    if (!m_loading && !m_folder.isEmpty())
        tracker->setStatuses(m_folder, m_model->statuses());
}

void HistoryView::showHistoryTables(const QList<migrations::HistoryTable> &tables,
                                    const std::optional<migrations::HistoryTable> &chosen)
{
    m_tables.clear();
    for (const auto &t : tables)
        m_tables << StatusLoader::tableKey(t);
    const QString remembered = MigrationStatusTracker::rememberedTable(m_connection);
    m_tableCombo->clear();
    m_tableCombo->addItem(tr("Automatic"), QString());
    for (const auto &t : tables)
        m_tableCombo->addItem(tr("%1 (%2)").arg(StatusLoader::tableKey(t), HistoryReader::toolName(t.tool)),
                              StatusLoader::tableKey(t));
    const int at = remembered.isEmpty() ? 0 : m_tableCombo->findData(remembered);
    m_tableCombo->setCurrentIndex(at < 0 ? 0 : at);
    if (at <= 0 && chosen)
        m_tableCombo->setItemText(0, tr("Automatic: %1").arg(StatusLoader::tableKey(*chosen)));
    const bool several = tables.size() > 1;
    m_tableLabel->setVisible(several);
    m_tableCombo->setVisible(several);
}

bool HistoryView::isLoading() const
{
    return m_loading || m_driftWhenReady || m_drift->isRunning();
}

void HistoryView::checkDriftWhenReady()
{
    m_driftWhenReady = true;
    if (!m_loading && m_connection && m_connection->isConnected())
        finishDriftRequest();
}

void HistoryView::finishDriftRequest()
{
    m_driftWhenReady = false;
    checkDrift();
}

void HistoryView::checkDrift()
{
    if (m_folder.isEmpty())
        return;
    m_drift->show();
    m_drift->checkFolder(m_folder);
    updateButtons();
}

void HistoryView::chooseSnapshotForDrift()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Schema Snapshot"), m_folder,
                                                      tr("Schema snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        checkDriftAgainstSnapshot(path);
}

void HistoryView::checkDriftAgainstSnapshot(const QString &path)
{
    m_drift->show();
    m_drift->checkSnapshot(path);
    updateButtons();
}

void HistoryView::pushDrift()
{
    if (m_tracker && m_drift->outcome() != DriftPanel::Outcome::Cancelled)
        m_tracker->setDrift(m_drift->driftObjects());
}

} // namespace slipway
