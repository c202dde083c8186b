#pragma once

#include "db/connectionprofile.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolBar;

namespace slipway {

// The Connections dock: saved profiles with an environment badge, their
// target on a second line, and which one is connected. Double-click or Enter
// asks to connect.
class ConnectionList : public QWidget {
    Q_OBJECT

public:
    enum Role { ProfileIdRole = Qt::UserRole + 1, TargetRole, ActiveRole };

    explicit ConnectionList(QWidget *parent = nullptr);

    // Saved profiles, then those of this run only (marked "not saved").
    void setProfiles(const QList<ConnectionProfile> &saved, const QList<ConnectionProfile> &transient = {});
    // Marks one profile as the window's connection; state is a short word
    // ("connected", "connecting…"), empty id clears the mark.
    void setActive(const QString &profileId, const QString &state);

    QString currentId() const;
    void setCurrentId(const QString &profileId);
    int count() const;

    QListWidget *view() const { return m_list; }
    QToolBar *toolBar() const { return m_toolBar; }

    static QIcon environmentIcon(Environment environment, int size);

signals:
    void activated(const QString &profileId);
    void currentChanged(const QString &profileId);

private:

    QListWidget *m_list = nullptr;
    QToolBar *m_toolBar = nullptr;
    QString m_activeId;
    QString m_activeState;
};

} // namespace slipway
