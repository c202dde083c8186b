#pragma once

#include "activeconnection.h"
#include "diffsidepicker.h"

#include "catalog/introspector.h"
#include "catalog/schemamodel.h"
#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace slipway {

class CredentialStore;

// Reads one side of a comparison off the GUI thread: a snapshot file through
// QtConcurrent, or a database through its own Session (the password from the
// keychain when the profile saves one, else libpq's .pgpass/PGPASSWORD, else
// the prompt when the server asks, as ActiveConnection does) and the
// Introspector on the session's worker thread. Progress is polled (percent(), step()), so the
// worker never touches a QObject. cancel() never waits: the session is
// retired in the background and a late result is ignored.
class DiffSideLoader : public QObject {
    Q_OBJECT

public:
    explicit DiffSideLoader(CredentialStore *credentials, QObject *parent = nullptr);
    ~DiffSideLoader() override;

    void setPasswordPrompt(ActiveConnection::PasswordPrompt prompt);

    // `profile` is used for a connection side.
    void load(const DiffSide &side, const ConnectionProfile &profile,
              const catalog::IntrospectOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    int percent() const;
    QString step() const;

signals:
    void loaded(const slipway::catalog::SchemaModel &model);
    void failed(const slipway::DbError &error);

private:
    struct Progress;

    void connectWith(const QString &password);
    void introspect();
    void fail(const DbError &error);
    void finish();

    CredentialStore *m_credentials = nullptr;
    ActiveConnection::PasswordPrompt m_prompt;
    ConnectionProfile m_profile;
    catalog::IntrospectOptions m_options;
    QPointer<Session> m_session;
    std::shared_ptr<Progress> m_progress;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace slipway
