#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace slipway {

// Passwords of connection profiles, kept in the system keychain (QtKeychain:
// Secret Service, KWallet, macOS Keychain, Windows Credential Store). There is
// deliberately no plain-text fallback: when no keychain is available the caller
// asks for the password each time, or libpq finds it in .pgpass.
class CredentialStore : public QObject {
    Q_OBJECT

public:
    struct Result {
        enum class Status {
            Ok,          // read: password holds the secret; write/remove: done
            NotFound,    // nothing stored for this profile
            Unavailable, // no keychain service on this system
            Failed,      // denied or broken; message says why
        };
        Status status = Status::Failed;
        QString password;
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // Asynchronous; the callback runs on this object's thread.
    void readPassword(const QString &profileId, Callback done);
    void writePassword(const QString &profileId, const QString &password, Callback done);
    void removePassword(const QString &profileId, Callback done);

    static QString serviceName();
};

} // namespace slipway
