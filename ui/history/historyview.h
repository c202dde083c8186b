#pragma once

#include "migrations/appliedmigration.h"
#include "migrations/migration.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace slipway {

class ActiveConnection;
class HistoryFilterModel;
class HistoryModel;

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

    bool isLoading() const { return m_loading; }
    QString summary() const;
    QStringList folderErrors() const { return m_errors; }
    QString historyNote() const; // which table was read, or why none

    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_stateCombo; }
    QLineEdit *textFilter() const { return m_textFilter; }

    // The folder chosen last time (QSettings), empty when none.
    static QString rememberedFolder();

public slots:
    void openSelected(); // the selected migration's SQL in the editor

signals:
    void openFileRequested(const QString &path);
    void summaryChanged(const QString &summary);
    void loaded();

private:
    void startHistoryRead(quint64 generation, const migrations::MigrationSet &set);
    void finish(quint64 generation, const migrations::MigrationSet &set,
                const QList<migrations::AppliedMigration> &history, const QString &note);
    void updateButtons();

    ActiveConnection *m_connection = nullptr;
    QString m_folder;
    quint64 m_generation = 0;
    bool m_loading = false;
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
};

} // namespace slipway
