#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// The saved connection profiles, in the user's config directory as JSON
// (connections.json). Holds no secrets: ConnectionProfile never carries one.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    // Default path: <AppConfigLocation>/connections.json.
    explicit ProfileStore(const QString &path = {});

    QString path() const { return m_path; }
    // Reads the file; a missing file is an empty list. False with *error for an unreadable or corrupt file.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> byName(const QString &name) const;
    std::optional<ConnectionProfile> byId(const QString &id) const;
    // Inserts or replaces (by id).
    void upsert(const ConnectionProfile &profile);
    bool remove(const QString &id);

    // What every `<conn>` argument accepts: a saved profile name, a libpq URI,
    // or a key=value conninfo. Profile names win over conninfo parsing.
    std::optional<ConnectionProfile> resolve(const QString &text, DbError *error = nullptr) const;

private:
    QString m_path;
    QList<ConnectionProfile> m_profiles;
};

} // namespace slipway
