#pragma once

#include "db/connectionprofile.h"
#include "db/profilestore.h"

#include <QObject>

#include <optional>

namespace slipway {

class CredentialStore;

// The connections the user can pick: saved profiles (connections.json, their
// passwords in the keychain) and transient ones that live for this run only
// (`--connect <uri>`, the demo sandbox). Writes report through signals; no
// dialogs here.
class ProfileManager : public QObject {
    Q_OBJECT

public:
    ProfileManager(const QString &profilesPath, CredentialStore *credentials, QObject *parent = nullptr);

    bool load(QString *error);
    const ProfileStore &store() const { return m_store; }
    QString path() const { return m_store.path(); }

    QList<ConnectionProfile> saved() const { return m_store.profiles(); }
    const QList<ConnectionProfile> &transient() const { return m_transient; }
    QList<ConnectionProfile> all() const; // saved, then transient
    std::optional<ConnectionProfile> byId(const QString &id) const;
    bool isSaved(const QString &id) const { return m_store.byId(id).has_value(); }
    // A saved profile name, a transient profile name, a libpq URI or a conninfo.
    std::optional<ConnectionProfile> resolve(const QString &text, QString *error) const;

    // Replaces a transient profile with the same id.
    void addTransient(const ConnectionProfile &profile);
    // Saves (or updates) a profile; its password goes to the keychain when it
    // is to be saved, and a password no longer to be saved is removed.
    void save(const ConnectionProfile &profile, const QString &password, bool hadSavedPassword);
    // Forgets a saved or transient profile and its saved password.
    void remove(const ConnectionProfile &profile);

signals:
    void changed();
    void info(const QString &message);
    void warning(const QString &message);
    void saveFailed(const QString &message);

private:
    void dropTransient(const QString &id);
    void forgetPassword(const QString &id);

    ProfileStore m_store;
    QList<ConnectionProfile> m_transient;
    CredentialStore *m_credentials = nullptr;
};

} // namespace slipway
