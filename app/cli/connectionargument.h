#pragma once

#include "db/connectionprofile.h"
#include "db/profilestore.h"

#include <QCoreApplication>

#include <optional>

namespace slipway::cli {

struct ResolvedConnection {
    ConnectionProfile profile;
    QString conninfo; // with the password from the keychain when the profile saved one
};

// A command's <conn> argument: a saved profile's name, a URI or a key=value
// conninfo. The saved profiles are read once; when they cannot be read that
// is a warning on stderr (URIs and conninfo still work).
class ConnectionArguments {
    Q_DECLARE_TR_FUNCTIONS(ConnectionArguments)

public:
    ConnectionArguments();

    // nullopt with the reason printed on stderr.
    std::optional<ResolvedConnection> resolve(const QString &text) const;
    const ProfileStore &store() const { return m_store; }

private:
    ProfileStore m_store;
};

} // namespace slipway::cli
