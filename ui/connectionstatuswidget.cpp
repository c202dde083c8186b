#include "connectionstatuswidget.h"

#include "environmentstyle.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace slipway {

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_environment = addLabel(QStringLiteral("statusEnvironment"), tr("Environment of the active connection"));
    m_access = addLabel(QStringLiteral("statusAccess"), tr("Whether this session may write"));
    m_database = addLabel(QStringLiteral("statusDatabase"), tr("Database"));
    m_role = addLabel(QStringLiteral("statusRole"), tr("Role the session runs as"));
    m_version = addLabel(QStringLiteral("statusVersion"), tr("Server version"));
    m_state = addLabel(QStringLiteral("statusState"), tr("Connection state"));
    showDisconnected();
}

QLabel *ConnectionStatusWidget::addLabel(const QString &objectName, const QString &toolTip)
{
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    if (layout->count() > 0) {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        layout->addSpacing(6);
        layout->addWidget(line);
        layout->addSpacing(6);
    }
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setToolTip(toolTip);
    label->setAccessibleDescription(toolTip);
    layout->addWidget(label);
    return label;
}

void ConnectionStatusWidget::setEnvironment(const ConnectionProfile &profile)
{
    const EnvironmentStyle style = EnvironmentStyle::forEnvironment(profile.environment);
    m_environment->setText(style.label);
    m_environment->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 0 6px;"
                                                " border-radius: 3px; font-weight: bold; }")
                                     .arg(style.background.name(), style.foreground.name()));
    m_environment->show();
}

void ConnectionStatusWidget::showDisconnected()
{
    m_state->setText(tr("Not connected"));
    for (QLabel *label : {m_version, m_role, m_database, m_access})
        label->clear();
    m_environment->clear();
    m_environment->setStyleSheet({});
    for (QLabel *label : {m_version, m_role, m_database, m_access, m_environment})
        label->setVisible(false);
    for (QFrame *line : findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (line->frameShape() == QFrame::VLine)
            line->setVisible(false);
    }
}

void ConnectionStatusWidget::showConnecting(const ConnectionProfile &profile)
{
    showDisconnected();
    setEnvironment(profile);
    m_state->setText(tr("Connecting to %1…").arg(profile.displayTarget()));
    for (QFrame *line : findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (line->frameShape() == QFrame::VLine)
            line->setVisible(true);
    }
}

void ConnectionStatusWidget::showConnected(const ConnectionProfile &profile, const ServerInfo &server)
{
    for (QFrame *line : findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (line->frameShape() == QFrame::VLine)
            line->setVisible(true);
    }
    setEnvironment(profile);
    m_version->setText(tr("PostgreSQL %1").arg(server.version));
    m_version->setToolTip(server.versionString);
    m_role->setText(server.superuser ? tr("%1 (superuser)").arg(server.user) : server.user);
    m_database->setText(tr("db: %1").arg(server.database));
    QString access;
    if (server.inRecovery)
        access = tr("read-only (standby)");
    else if (profile.readOnly || server.readOnly)
        access = tr("read-only");
    else
        access = tr("read-write");
    m_access->setText(access);
    m_state->setText(tr("Connected"));
    m_state->setToolTip(tr("Connected to %1:%2, backend PID %3")
                            .arg(server.host)
                            .arg(server.port)
                            .arg(server.backendPid));
    for (QLabel *label : {m_version, m_role, m_database, m_access, m_environment})
        label->setVisible(true);
}

void ConnectionStatusWidget::showLost(const ConnectionProfile &profile)
{
    showDisconnected();
    setEnvironment(profile);
    m_state->setText(tr("Connection lost"));
}

QString ConnectionStatusWidget::stateText() const { return m_state->text(); }
QString ConnectionStatusWidget::versionText() const { return m_version->text(); }
QString ConnectionStatusWidget::roleText() const { return m_role->text(); }
QString ConnectionStatusWidget::databaseText() const { return m_database->text(); }
QString ConnectionStatusWidget::environmentText() const { return m_environment->text(); }
QString ConnectionStatusWidget::accessText() const { return m_access->text(); }

} // namespace slipway
