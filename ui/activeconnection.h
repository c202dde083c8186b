#pragma once

#include "db/connectionprofile.h"
#include "db/dberror.h"
#include "db/serverinfo.h"
#include "db/session.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace slipway {

class CredentialStore;

// The window's connection: which profile, which Session, and the way there —
// the password from the keychain when saved, else from a prompt when the
// server asks for one. Never waits on the database: every step is a future or
// a callback.
class ActiveConnection : public QObject {
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Lost };
    Q_ENUM(State)

    // Asked on the GUI thread when the server wants a password (or rejected the
    // one given); nullopt = the user cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const ConnectionProfile &, const DbError &)>;

    explicit ActiveConnection(CredentialStore *credentials, QObject *parent = nullptr);
    ~ActiveConnection() override;

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }

    // Drops any current connection and connects with this profile. A password,
    // when given, is used for the first attempt (and saved to the keychain on
    // success when the profile says so).
    void connectTo(const ConnectionProfile &profile, const QString &password = {});
    void disconnectFromServer();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const ConnectionProfile &profile() const { return m_profile; }
    ServerInfo serverInfo() const { return m_server; }
    Session *session() const { return m_session; } // nullptr when disconnected
    DbError lastError() const { return m_lastError; }

    // "user@host:port/db" from the server once connected, else from the profile.
    QString target() const;
    // The session may write: not a read-only profile, not read-only on the server, not a standby.
    bool isReadOnly() const;

signals:
    void stateChanged(slipway::ActiveConnection::State state);
    void connected(const slipway::ServerInfo &server);
    void connectFailed(const slipway::DbError &error); // not logged through note()/warning()
    void connectionLost(const slipway::DbError &error);
    void disconnected();
    // Human-readable events for the run log.
    void note(const QString &message);
    void warning(const QString &message);

private:
    void attempt(const QString &password, bool prompted);
    void setState(State state);
    void fail(const DbError &error);
    void dropSession();

    CredentialStore *m_credentials = nullptr;
    PasswordPrompt m_prompt;
    ConnectionProfile m_profile;
    ServerInfo m_server;
    DbError m_lastError;
    QPointer<Session> m_session;
    State m_state = State::Disconnected;
    quint64 m_generation = 0; // bumps on every connect/disconnect; stale results are ignored
};

} // namespace slipway
