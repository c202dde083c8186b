#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace slipway {

class ProfileManager;

// One side of a comparison: a connection profile or a snapshot file.
struct DiffSide {
    enum class Kind { Connection, Snapshot };
    Kind kind = Kind::Connection;
    QString profileId; // Connection
    QString path;      // Snapshot
};

// Picks a DiffSide: "Database" with a combo of the saved and transient
// profiles, or "Snapshot file" with a path and a file chooser. Keeps the
// choice when the profile list changes.
class DiffSidePicker : public QGroupBox {
    Q_OBJECT

public:
    DiffSidePicker(const QString &title, ProfileManager *profiles, QWidget *parent = nullptr);

    DiffSide side() const;
    bool isComplete() const;  // a profile picked, or a path typed
    QString describe() const; // "orders-prod (app@db:5432/orders)", "/x/a.json"

    void setConnection(const QString &profileId);
    void setSnapshotFile(const QString &path);

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *pathEdit() const { return m_path; }

signals:
    void changed();

private:
    void reloadProfiles();
    void browse();

    ProfileManager *m_profiles = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
};

} // namespace slipway
