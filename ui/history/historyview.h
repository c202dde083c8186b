#pragma once

#include "migrations/appliedmigration.h"
#include "migrations/migration.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace slipway {

class ActiveConnection;
class DriftPanel;
class HistoryFilterModel;
class HistoryModel;
class MigrationStatusTracker;

// Migration history as a tab: a migrations folder joined with the connected
// database's history table. Applied ones as a timeline (when, who, how long,
// checksum), pending ones after them, filters, folder errors above the table,
// and a migration's SQL one double-click away. Reads the folder on a pool
// thread and the history through the connection's Session: never waits.
class HistoryView : public QWidget {
    Q_OBJECT

public:
    explicit HistoryView(ActiveConnection *connection, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Loads folder (and the history when connected). Empty: nothing loaded.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    // Reads folder and history again.
    void reload();
    // Asks for a folder (remembered for next time).
    void chooseFolder();

    // Reading folder or history, or a drift check asked for or running.
    bool isLoading() const;
    QString summary() const;
    QStringList folderErrors() const { return m_errors; }
    QString historyNote() const; // which table was read, or why none

    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_stateCombo; }
    QLineEdit *textFilter() const { return m_textFilter; }
    // Which history table is shown when the database has several ("Automatic"
    // first, then "schema.table" of each); hidden when there is only one.
    QComboBox *historyTableCombo() const { return m_tableCombo; }
    QStringList historyTables() const { return m_tables; } // "schema.table", as detected
    DriftPanel *driftPanel() const { return m_drift; }
    QPushButton *driftButton() const { return m_driftButton; }

    // The window's tracker gets this view's statuses and drift (status bar, object badges).
    void setTracker(MigrationStatusTracker *tracker);

    // The folder chosen last time (QSettings), empty when none.
    static QString rememberedFolder();

public slots:
    void openSelected(); // the selected migration's SQL in the editor
    // Drift of the connected database against the folder (scratch replay) or a snapshot file.
    void checkDrift();
    void checkDriftAgainstSnapshot(const QString &path);
    // Checks drift once connected and loaded (the --drift command-line option).
    void checkDriftWhenReady();
    void chooseSnapshotForDrift();

signals:
    void openFileRequested(const QString &path);
    void summaryChanged(const QString &summary);
    void loaded();

private:
    void startHistoryRead(quint64 generation, const migrations::MigrationSet &set);
    void finish(quint64 generation, const migrations::MigrationSet &set,
                const QList<migrations::AppliedMigration> &history, const QString &note);
    void updateButtons();
    void showHistoryTables(const QList<migrations::HistoryTable> &tables,
                           const std::optional<migrations::HistoryTable> &chosen);
    void pushDrift();
    void finishDriftRequest();

    ActiveConnection *m_connection = nullptr;
    QString m_folder;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_driftWhenReady = false;
    QStringList m_errors;
    QString m_note;

    HistoryModel *m_model = nullptr;
    HistoryFilterModel *m_filter = nullptr;
    QLabel *m_folderLabel = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_tableLabel = nullptr;
    QComboBox *m_tableCombo = nullptr;
    QStringList m_tables;
    QPushButton *m_driftButton = nullptr;
    QPushButton *m_snapshotDriftButton = nullptr;
    DriftPanel *m_drift = nullptr;
    QPointer<MigrationStatusTracker> m_tracker;
};

} // namespace slipway
