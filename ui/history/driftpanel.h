#pragma once

#include "migrations/driftcheck.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace slipway {

class ActiveConnection;
class DiffDdlPane;
class DiffTreeModel;
class DiffFilterModel;
class MessageBanner;
class Session;
struct DiffResult;

// Drift of the connected database, in the History tab: against the migrations
// folder (DriftCheck replays it on a scratch database of the same server) or a
// saved schema snapshot. Runs on the connection's Session worker with visible
// progress and Cancel; then shows the objects that differ as a tree with both
// sides' DDL, or the migration that did not apply (file:line, SQLSTATE).
class DriftPanel : public QWidget {
    Q_OBJECT

public:
    enum class Outcome { None, Running, NoDrift, Drift, ApplyFailed, Failed, Cancelled };
    Q_ENUM(Outcome)

    explicit DriftPanel(ActiveConnection *connection, QWidget *parent = nullptr);
    ~DriftPanel() override;

    // Replays folder's applied migrations on a scratch database of the live
    // server (the connection's own conninfo; it needs CREATEDB) and compares.
    void checkFolder(const QString &folder);
    // Compares the live database with a schema snapshot file (slipway-schema-snapshot).
    void checkSnapshot(const QString &path);
    void cancel();

    bool isRunning() const { return m_outcome == Outcome::Running; }
    Outcome outcome() const { return m_outcome; }
    std::shared_ptr<const DiffResult> result() const { return m_result; }
    const std::optional<migrations::DriftApplyError> &applyError() const { return m_applyError; }
    // The objects that differ ("schema.name"), empty when none or not compared.
    QStringList driftObjects() const;
    // Selects an object of the tree by its display name ("public.orders").
    bool selectObject(const QString &display);

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *phaseLabel() const { return m_phase; }
    QPushButton *cancelButton() const { return m_cancel; }
    MessageBanner *banner() const { return m_banner; }
    QTreeView *tree() const { return m_tree; }
    DiffDdlPane *ddlPane() const { return m_ddl; }

signals:
    void finished(slipway::DriftPanel::Outcome outcome);

private:
    struct Progress;
    void start(const QString &what);
    void showOutcome(const migrations::DriftReport &report, std::shared_ptr<const DiffResult> result,
                     const QString &against);
    void showApplyError(const migrations::DriftApplyError &e);
    void showObject(const QModelIndex &index);
    void pollProgress();
    Session *session() const;

    ActiveConnection *m_connection = nullptr;
    Outcome m_outcome = Outcome::None;
    quint64 m_generation = 0;
    std::shared_ptr<migrations::DriftCheck> m_check;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<Progress> m_progressState;
    std::shared_ptr<const DiffResult> m_result;
    std::optional<migrations::DriftApplyError> m_applyError;

    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_poll = nullptr;
    MessageBanner *m_banner = nullptr;
    DiffTreeModel *m_model = nullptr;
    DiffFilterModel *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    DiffDdlPane *m_ddl = nullptr;
};

} // namespace slipway
