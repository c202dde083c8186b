#pragma once

#include "dberror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace slipway {

enum class Environment { Development, Staging, Production };

QString environmentName(Environment environment);          // "development", ... (stable, for files)
Environment environmentFromName(const QString &name);       // unknown names mean development

// A saved way to reach a database. Never holds a password: those live in the
// keychain (CredentialStore), in .pgpass or in PGPASSWORD, as libpq honours them.
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Source {
        ConnectionString, // a libpq URI or key=value conninfo, as typed
        Fields,           // host/port/dbname/user/... filled in one by one
        Service,          // a service name from pg_service.conf
    };

    QString id;   // stable identifier (keychain key), survives renames
    QString name; // what the user calls it
    Source source = Source::Fields;
    QString connectionString; // for Source::ConnectionString
    QString service;          // for Source::Service (fields below may refine it)
    QString host;
    int port = 0;             // 0 = libpq default
    QString database;
    QString user;
    QString sslMode;          // empty = libpq default ("prefer")
    QString sslRootCert;
    QString sslCert;
    QString sslKey;
    int connectTimeoutSeconds = 10;
    Environment environment = Environment::Development;
    bool readOnly = false;    // opens with default_transaction_read_only
    bool savePassword = false; // password kept in the keychain
    // A standby the monitor reads replay delay from (libpq URI or conninfo).
    // Never carries a password: .pgpass, or the primary's password is tried.
    QString monitorReplica;

    // A new profile with a fresh id; production profiles start read-only.
    static ConnectionProfile create(const QString &name, Environment environment);
    // Parses a URI or key=value conninfo (libpq's own parser) into a profile.
    static ConnectionProfile fromConnectionString(const QString &text, DbError *error = nullptr);

    // libpq keyword -> value for this profile (never a password), validated by
    // libpq. Empty map and *error set when the input is malformed.
    QMap<QString, QString> parameters(DbError *error = nullptr) const;
    // The conninfo string to connect with; the password, when given, is added
    // here and nowhere else.
    QString conninfo(const QString &password = {}, DbError *error = nullptr) const;
    // "user@host:port/database" for titles and lists.
    QString displayTarget() const;

    // Why monitorReplica cannot be used (libpq cannot parse it, or it holds a
    // password that would end up in a file), or empty.
    QString monitorReplicaProblem() const;
    // monitorReplica as a conninfo, with password added when it names none.
    QString monitorReplicaConninfo(const QString &password = {}) const;
    // The password inside a conninfo or URI (e.g. an open session's), or empty.
    static QString passwordOf(const QString &conninfo);

    QJsonObject toJson() const;
    static ConnectionProfile fromJson(const QJsonObject &json);
};

// Quotes a value for a key=value conninfo string.
QString quoteConninfoValue(const QString &value);

} // namespace slipway
