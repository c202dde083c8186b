#include "activeconnection.h"
#include "futurecallback.h"

#include "sessionreaper.h"

#include "db/credentialstore.h"
#include "db/session.h"

namespace slipway {

ActiveConnection::ActiveConnection(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
}

ActiveConnection::~ActiveConnection()
{
    dropSession();
}

void ActiveConnection::connectTo(const ConnectionProfile &profile, const QString &password)
{
    dropSession();
    ++m_generation;
    m_profile = profile;
    m_server = {};
    m_lastError = {};
    setState(State::Connecting);
    emit note(tr("Connecting to %1 (%2)…").arg(profile.name, profile.displayTarget()));

    if (!password.isEmpty() || !profile.savePassword || !m_credentials) {
        attempt(password, !password.isEmpty());
        return;
    }
    const quint64 generation = m_generation;
    m_credentials->readPassword(profile.id, [this, generation](const CredentialStore::Result &result) {
        if (generation != m_generation)
            return;
        using Status = CredentialStore::Result::Status;
        switch (result.status) {
        case Status::Ok:
            attempt(result.password, false);
            return;
        case Status::NotFound:
            break;
        case Status::Unavailable:
            emit warning(tr("No system keychain is available; the password will be asked for. %1")
                             .arg(result.message));
            break;
        case Status::Failed:
            emit warning(tr("Could not read the password from the keychain: %1").arg(result.message));
            break;
        }
        attempt({}, false);
    });
}

void ActiveConnection::attempt(const QString &password, bool prompted)
{
    DbError invalid;
    const QString conninfo = m_profile.conninfo(password, &invalid);
    if (invalid.isError()) {
        fail(invalid);
        return;
    }
    dropSession();
    m_session = new Session(this);
    connect(m_session, &Session::connectionLost, this, [this](const DbError &error) {
        if (m_state != State::Connected)
            return;
        m_lastError = error;
        setState(State::Lost);
        emit warning(tr("Connection to %1 lost: %2").arg(target(), error.toText()));
        emit connectionLost(error);
    });

    const quint64 generation = m_generation;
    onFinished(this, m_session->open(conninfo), [this, generation, password, prompted](DbResult<ServerInfo> result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_server = result.value;
            setState(State::Connected);
            emit note(tr("Connected to %1 — PostgreSQL %2, role %3%4, backend PID %5.")
                          .arg(target(), m_server.version, m_server.user,
                               m_server.superuser ? tr(" (superuser)") : QString())
                          .arg(m_server.backendPid));
            if (prompted && m_profile.savePassword && m_credentials && !password.isEmpty()) {
                m_credentials->writePassword(m_profile.id, password, [this](const CredentialStore::Result &r) {
                    if (r.status == CredentialStore::Result::Status::Ok)
                        emit note(tr("Password saved in the system keychain."));
                    else
                        emit warning(tr("Could not save the password in the keychain: %1").arg(r.message));
                });
            }
            emit connected(m_server);
            return;
        }
        const bool wantsPassword = result.error.kind == DbError::Kind::PasswordRequired
                                   || result.error.kind == DbError::Kind::AuthenticationFailed;
        if (wantsPassword && m_prompt) {
            emit note(tr("%1: %2").arg(result.error.title(), result.error.message));
            const std::optional<QString> typed = m_prompt(m_profile, result.error);
            if (generation != m_generation)
                return; // disconnected or reconnected while the prompt was open
            if (typed) {
                attempt(*typed, true);
                return;
            }
        }
        fail(result.error);
    });
}

void ActiveConnection::fail(const DbError &error)
{
    m_lastError = error;
    dropSession();
    setState(State::Disconnected);
    emit connectFailed(error);
}

void ActiveConnection::disconnectFromServer()
{
    ++m_generation;
    const bool wasActive = m_state != State::Disconnected;
    dropSession();
    m_server = {};
    setState(State::Disconnected);
    if (wasActive) {
        emit note(tr("Disconnected from %1.").arg(m_profile.displayTarget()));
        emit disconnected();
    }
}

void ActiveConnection::dropSession()
{
    if (m_session)
        retireSession(m_session);
    m_session = nullptr;
}

void ActiveConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString ActiveConnection::target() const
{
    if (m_server.user.isEmpty())
        return m_profile.displayTarget();
    QString host = m_server.host;
    if (host.startsWith(QLatin1Char('/')))
        host = QStringLiteral("localhost");
    return QStringLiteral("%1@%2:%3/%4").arg(m_server.user, host).arg(m_server.port).arg(m_server.database);
}

bool ActiveConnection::isReadOnly() const
{
    return m_profile.readOnly || m_server.readOnly || m_server.inRecovery;
}

} // namespace slipway
