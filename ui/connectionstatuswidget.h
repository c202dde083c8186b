#pragma once

#include "db/connectionprofile.h"
#include "db/serverinfo.h"

#include <QWidget>

class QLabel;

namespace slipway {

// The connection part of the status bar: state, server version, role (with a
// superuser marker), database, environment tag and read-only state.
class ConnectionStatusWidget : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    void showDisconnected();
    void showConnecting(const ConnectionProfile &profile);
    void showConnected(const ConnectionProfile &profile, const ServerInfo &server);
    void showLost(const ConnectionProfile &profile);

    // The texts, for tests and accessibility.
    QString stateText() const;
    QString versionText() const;
    QString roleText() const;
    QString databaseText() const;
    QString environmentText() const;
    QString accessText() const;

private:
    QLabel *addLabel(const QString &objectName, const QString &toolTip);
    void setEnvironment(const ConnectionProfile &profile);

    QLabel *m_state = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_environment = nullptr;
    QLabel *m_access = nullptr;
};

} // namespace slipway
