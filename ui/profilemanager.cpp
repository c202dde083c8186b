#include "profilemanager.h"

#include "db/credentialstore.h"
#include "db/dberror.h"

#include <algorithm>

namespace slipway {

ProfileManager::ProfileManager(const QString &profilesPath, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_store(profilesPath)
    , m_credentials(credentials)
{
}

bool ProfileManager::load(QString *error)
{
    const bool ok = m_store.load(error);
    emit changed();
    return ok;
}

QList<ConnectionProfile> ProfileManager::all() const
{
    return m_store.profiles() + m_transient;
}

std::optional<ConnectionProfile> ProfileManager::byId(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    if (auto saved = m_store.byId(id))
        return saved;
    for (const ConnectionProfile &p : m_transient) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileManager::resolve(const QString &text, QString *error) const
{
    for (const ConnectionProfile &p : m_transient) {
        if (p.name == text)
            return p;
    }
    DbError parseError;
    if (auto profile = m_store.resolve(text, &parseError))
        return profile;
    if (error)
        *error = parseError.isError() ? parseError.message : tr("Unknown connection \"%1\".").arg(text);
    return std::nullopt;
}

void ProfileManager::addTransient(const ConnectionProfile &profile)
{
    dropTransient(profile.id);
    m_transient << profile;
    emit changed();
}

void ProfileManager::save(const ConnectionProfile &profile, const QString &password, bool hadSavedPassword)
{
    dropTransient(profile.id);
    m_store.upsert(profile);
    QString error;
    if (!m_store.save(&error))
        emit saveFailed(tr("Could not save the connections to %1: %2").arg(m_store.path(), error));
    else
        emit info(tr("Saved connection \"%1\" (%2).").arg(profile.name, profile.displayTarget()));
    if (profile.savePassword && !password.isEmpty()) {
        m_credentials->writePassword(profile.id, password, [this](const CredentialStore::Result &r) {
            if (r.status == CredentialStore::Result::Status::Ok)
                emit info(tr("Password saved in the system keychain."));
            else
                emit warning(tr("Could not save the password in the keychain; it will be asked for. %1")
                                 .arg(r.message));
        });
    } else if (!profile.savePassword && hadSavedPassword) {
        forgetPassword(profile.id);
    }
    emit changed();
}

void ProfileManager::remove(const ConnectionProfile &profile)
{
    dropTransient(profile.id);
    if (isSaved(profile.id)) {
        m_store.remove(profile.id);
        QString error;
        if (!m_store.save(&error))
            emit saveFailed(tr("Could not save the connections to %1: %2").arg(m_store.path(), error));
    }
    if (profile.savePassword)
        forgetPassword(profile.id);
    emit info(tr("Deleted connection \"%1\".").arg(profile.name));
    emit changed();
}

void ProfileManager::dropTransient(const QString &id)
{
    m_transient.erase(std::remove_if(m_transient.begin(), m_transient.end(),
                                     [&](const ConnectionProfile &p) { return p.id == id; }),
                      m_transient.end());
}

void ProfileManager::forgetPassword(const QString &id)
{
    m_credentials->removePassword(id, [this](const CredentialStore::Result &r) {
        if (r.status != CredentialStore::Result::Status::Ok && r.status != CredentialStore::Result::Status::NotFound)
            emit warning(tr("Could not remove the password from the keychain: %1").arg(r.message));
    });
}

} // namespace slipway
