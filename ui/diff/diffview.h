#pragma once

#include "activeconnection.h"
#include "diffresult.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

namespace slipway {

class CredentialStore;
class DiffController;
class DiffDdlPane;
class DiffFilterModel;
class DiffPlanPanel;
class DiffRehearsalPanel;
class DiffSidePicker;
class DiffTreeModel;
class MessageBanner;
class ProfileManager;

// The schema diff tab: pick a source and a target (each a connection profile
// or a snapshot file), compare, and browse the objects of both sides by kind
// with their state (identical / different / only in source / only in
// target); a selected object shows both definitions side by side with the
// differing lines marked and its part of the plan with hazards. "Whole plan"
// holds the up plan, the down plan and the verification queries.
//
// Connections: each side connects through its own ActiveConnection, so a
// saved profile's password comes from the keychain (CredentialStore), else
// from setPasswordPrompt()'s prompt when the server asks, else libpq finds
// it (.pgpass, PGPASSWORD). Reading, comparing and planning run off the GUI
// thread, with progress and Cancel.
class DiffView : public QWidget {
    Q_OBJECT

public:
    // `credentials` may be null (no keychain: prompt or .pgpass only).
    DiffView(ProfileManager *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~DiffView() override;

    void setPasswordPrompt(const ActiveConnection::PasswordPrompt &prompt);

    void compare();
    void cancel();
    bool isRunning() const;
    std::shared_ptr<const DiffResult> result() const { return m_result; }
    // Selects the object shown as `display` ("app.orders"); false when absent or filtered out.
    bool selectObject(const QString &display);
    // Writes the model of one side (read from a database or a file) as a snapshot.
    void saveSnapshot(bool sourceSide, const QString &path);

    DiffSidePicker *sourcePicker() const { return m_source; }
    DiffSidePicker *targetPicker() const { return m_target; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    MessageBanner *banner() const { return m_banner; }
    QLineEdit *includeSchemasEdit() const { return m_include; }
    QLineEdit *excludeSchemasEdit() const { return m_exclude; }
    QCheckBox *ignoreOwnersBox() const { return m_ignoreOwners; }
    QCheckBox *ignorePrivilegesBox() const { return m_ignorePrivileges; }
    QCheckBox *ignoreCommentsBox() const { return m_ignoreComments; }
    QComboBox *showCombo() const { return m_show; }
    QLineEdit *textFilterEdit() const { return m_textFilter; }
    QLabel *countsLabel() const { return m_counts; }
    QTreeView *tree() const { return m_tree; }
    DiffTreeModel *treeModel() const { return m_model; }
    DiffFilterModel *filterModel() const { return m_filter; }
    DiffDdlPane *ddlPane() const { return m_ddl; }
    QPlainTextEdit *objectPlanEdit() const { return m_objectPlan; }
    DiffPlanPanel *planPanel() const { return m_plan; }
    DiffRehearsalPanel *rehearsalPanel() const { return m_rehearsal; }
    QTabWidget *detailTabs() const { return m_details; }
    QPushButton *saveSnapshotButton(bool sourceSide) const { return m_save[sourceSide ? 0 : 1]; }

signals:
    // A script for the SQL editor (the plan, the down plan, ...), where it gets lint.
    void openInEditorRequested(const QString &sql, const QString &title);
    void comparisonFinished();

private:
    QWidget *buildInputs();
    QWidget *buildResults();
    diff::DiffOptions options() const;
    void setRunning(bool running);
    void showResult(std::shared_ptr<const DiffResult> result);
    void showFailure(bool sourceSide, const DbError &error);
    void showObject(const QModelIndex &index);
    void updateCounts();
    void updateButtons();
    void askSaveSnapshot(bool sourceSide);

    ProfileManager *m_profiles = nullptr;
    DiffController *m_controller = nullptr;
    std::shared_ptr<const DiffResult> m_result;
    bool m_sideIsDatabase[2] = {false, false};

    DiffSidePicker *m_source = nullptr;
    DiffSidePicker *m_target = nullptr;
    QLineEdit *m_include = nullptr;
    QLineEdit *m_exclude = nullptr;
    QCheckBox *m_ignoreOwners = nullptr;
    QCheckBox *m_ignorePrivileges = nullptr;
    QCheckBox *m_ignoreComments = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QTimer *m_poll = nullptr;
    MessageBanner *m_banner = nullptr;

    QComboBox *m_show = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_save[2] = {};
    QTreeView *m_tree = nullptr;
    DiffTreeModel *m_model = nullptr;
    DiffFilterModel *m_filter = nullptr;
    QTabWidget *m_details = nullptr;
    DiffDdlPane *m_ddl = nullptr;
    QPlainTextEdit *m_objectPlan = nullptr;
    QPushButton *m_openObjectPlan = nullptr;
    DiffPlanPanel *m_plan = nullptr;
    DiffRehearsalPanel *m_rehearsal = nullptr;
    CredentialStore *m_credentials = nullptr;
};

} // namespace slipway
