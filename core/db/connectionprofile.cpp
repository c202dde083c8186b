#include "connectionprofile.h"

#include <QStringList>
#include <QUuid>

#include <libpq-fe.h>

#include <memory>

namespace slipway {

namespace {

struct ConninfoOptionsDeleter {
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};
using ConninfoOptions = std::unique_ptr<PQconninfoOption, ConninfoOptionsDeleter>;

// libpq's parser: accepts exactly what libpq accepts, errors in libpq's words.
QMap<QString, QString> parseWithLibpq(const QString &text, DbError *error)
{
    char *message = nullptr;
    ConninfoOptions options(PQconninfoParse(text.toUtf8().constData(), &message));
    QMap<QString, QString> out;
    if (!options) {
        if (error) {
            *error = DbError::invalidInput(message ? QString::fromUtf8(message).trimmed()
                                                   : ConnectionProfile::tr("out of memory"));
        }
        PQfreemem(message);
        return out;
    }
    for (PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (o->val && *o->val)
            out.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    return out;
}

void setIfPresent(QMap<QString, QString> &map, const char *key, const QString &value)
{
    if (!value.isEmpty())
        map.insert(QLatin1String(key), value);
}

// What libpq only finds out when connecting: say it before.
bool validate(const QMap<QString, QString> &params, DbError *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = DbError::invalidInput(message);
        return false;
    };
    const QString ports = params.value(QStringLiteral("port"));
    if (!ports.isEmpty()) {
        for (const QString &port : ports.split(QLatin1Char(','))) {
            bool ok = false;
            const int number = port.trimmed().toInt(&ok);
            if (!ok || number < 1 || number > 65535)
                return fail(ConnectionProfile::tr("Invalid port \"%1\": expected a number from 1 to 65535.").arg(port));
        }
    }
    if (const QString mode = params.value(QStringLiteral("sslmode")); !mode.isEmpty()) {
        static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                          QStringLiteral("prefer"), QStringLiteral("require"),
                                          QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(mode))
            return fail(ConnectionProfile::tr("Unknown sslmode \"%1\"; expected one of %2.")
                            .arg(mode, modes.join(QStringLiteral(", "))));
    }
    return true;
}

const QString kReadOnlyOption = QStringLiteral("-c default_transaction_read_only=on");

} // namespace

QString environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Development: return QStringLiteral("development");
    case Environment::Staging: return QStringLiteral("staging");
    case Environment::Production: return QStringLiteral("production");
    }
    return QStringLiteral("development");
}

Environment environmentFromName(const QString &name)
{
    if (name.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0)
        return Environment::Production;
    if (name.compare(QLatin1String("staging"), Qt::CaseInsensitive) == 0)
        return Environment::Staging;
    return Environment::Development;
}

QString quoteConninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

ConnectionProfile ConnectionProfile::create(const QString &name, Environment environment)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.environment = environment;
    profile.readOnly = environment == Environment::Production;
    return profile;
}

ConnectionProfile ConnectionProfile::fromConnectionString(const QString &text, DbError *error)
{
    ConnectionProfile profile = create(QString(), Environment::Development);
    profile.source = Source::ConnectionString;
    profile.connectionString = text.trimmed();
    DbError parseError;
    const auto params = parseWithLibpq(profile.connectionString, &parseError);
    if (parseError.isError()) {
        if (error)
            *error = parseError;
        return profile;
    }
    if (!validate(params, &parseError)) {
        if (error)
            *error = parseError;
        return profile;
    }
    profile.service = params.value(QStringLiteral("service"));
    profile.host = params.value(QStringLiteral("host"), params.value(QStringLiteral("hostaddr")));
    profile.port = params.value(QStringLiteral("port")).toInt();
    profile.database = params.value(QStringLiteral("dbname"));
    profile.user = params.value(QStringLiteral("user"));
    profile.sslMode = params.value(QStringLiteral("sslmode"));
    profile.sslRootCert = params.value(QStringLiteral("sslrootcert"));
    profile.sslCert = params.value(QStringLiteral("sslcert"));
    profile.sslKey = params.value(QStringLiteral("sslkey"));
    if (params.contains(QStringLiteral("connect_timeout")))
        profile.connectTimeoutSeconds = params.value(QStringLiteral("connect_timeout")).toInt();
    profile.name = profile.displayTarget();
    return profile;
}

QMap<QString, QString> ConnectionProfile::parameters(DbError *error) const
{
    QMap<QString, QString> params;
    switch (source) {
    case Source::ConnectionString: {
        if (connectionString.trimmed().isEmpty()) {
            if (error)
                *error = DbError::invalidInput(tr("The connection string is empty."));
            return {};
        }
        DbError parseError;
        params = parseWithLibpq(connectionString, &parseError);
        if (parseError.isError()) {
            if (error)
                *error = parseError;
            return {};
        }
        params.remove(QStringLiteral("password")); // never carried past this point
        break;
    }
    case Source::Service:
        if (service.trimmed().isEmpty()) {
            if (error)
                *error = DbError::invalidInput(tr("No service name given."));
            return {};
        }
        params.insert(QStringLiteral("service"), service.trimmed());
        Q_FALLTHROUGH();
    case Source::Fields:
        setIfPresent(params, "host", host.trimmed());
        if (port > 0)
            params.insert(QStringLiteral("port"), QString::number(port));
        setIfPresent(params, "dbname", database.trimmed());
        setIfPresent(params, "user", user.trimmed());
        setIfPresent(params, "sslmode", sslMode);
        setIfPresent(params, "sslrootcert", sslRootCert);
        setIfPresent(params, "sslcert", sslCert);
        setIfPresent(params, "sslkey", sslKey);
        break;
    }
    if (port < 0 || port > 65535) {
        if (error)
            *error = DbError::invalidInput(tr("Port %1 is out of range (1-65535).").arg(port));
        return {};
    }
    if (!params.contains(QStringLiteral("connect_timeout")) && connectTimeoutSeconds > 0)
        params.insert(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    if (!params.contains(QStringLiteral("application_name")))
        params.insert(QStringLiteral("fallback_application_name"), QStringLiteral("slipway"));
    if (readOnly) {
        const QString existing = params.value(QStringLiteral("options"));
        params.insert(QStringLiteral("options"),
                      existing.isEmpty() ? kReadOnlyOption : existing + QLatin1Char(' ') + kReadOnlyOption);
    }
    // Let libpq validate the final set (unknown sslmode, bad port, ...).
    QStringList parts;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoteConninfoValue(it.value());
    DbError validation;
    parseWithLibpq(parts.join(QLatin1Char(' ')), &validation);
    if (validation.isError()) {
        if (error)
            *error = validation;
        return {};
    }
    if (!validate(params, error))
        return {};
    return params;
}

QString ConnectionProfile::conninfo(const QString &password, DbError *error) const
{
    DbError parseError;
    QMap<QString, QString> params = parameters(&parseError);
    if (parseError.isError()) {
        if (error)
            *error = parseError;
        return {};
    }
    QString secret = password;
    if (secret.isEmpty() && source == Source::ConnectionString) {
        // A password typed into a one-off connection string is used, never stored.
        secret = parseWithLibpq(connectionString, nullptr).value(QStringLiteral("password"));
    }
    if (!secret.isEmpty())
        params.insert(QStringLiteral("password"), secret);
    QStringList parts;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoteConninfoValue(it.value());
    return parts.join(QLatin1Char(' '));
}

QString ConnectionProfile::monitorReplicaProblem() const
{
    if (monitorReplica.trimmed().isEmpty())
        return {};
    DbError error;
    const auto params = parseWithLibpq(monitorReplica.trimmed(), &error);
    if (error.isError())
        return tr("Replica: %1").arg(error.message);
    if (params.contains(QStringLiteral("password")))
        return tr("Replica: leave the password out (it would be saved in a file); .pgpass or this "
                  "connection's password is used.");
    if (!validate(params, &error))
        return tr("Replica: %1").arg(error.message);
    return {};
}

QString ConnectionProfile::monitorReplicaConninfo(const QString &password) const
{
    if (monitorReplica.trimmed().isEmpty() || !monitorReplicaProblem().isEmpty())
        return {};
    QMap<QString, QString> params = parseWithLibpq(monitorReplica.trimmed(), nullptr);
    if (!password.isEmpty())
        params.insert(QStringLiteral("password"), password);
    QStringList parts;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoteConninfoValue(it.value());
    return parts.join(QLatin1Char(' '));
}

QString ConnectionProfile::passwordOf(const QString &conninfo)
{
    return parseWithLibpq(conninfo, nullptr).value(QStringLiteral("password"));
}

QString ConnectionProfile::displayTarget() const
{
    const auto params = parameters();
    if (params.isEmpty() && source == Source::ConnectionString)
        return connectionString;
    QString target;
    const QString who = params.value(QStringLiteral("user"));
    if (!who.isEmpty())
        target += who + QLatin1Char('@');
    const QString svc = params.value(QStringLiteral("service"));
    QString where = params.value(QStringLiteral("host"));
    if (where.isEmpty())
        where = svc.isEmpty() ? QStringLiteral("localhost") : tr("service %1").arg(svc);
    target += where;
    if (params.contains(QStringLiteral("port")))
        target += QLatin1Char(':') + params.value(QStringLiteral("port"));
    const QString db = params.value(QStringLiteral("dbname"));
    if (!db.isEmpty())
        target += QLatin1Char('/') + db;
    return target;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("source")] = source == Source::ConnectionString ? QStringLiteral("connection_string")
                                  : source == Source::Service        ? QStringLiteral("service")
                                                                     : QStringLiteral("fields");
    // A connection string may embed a password: strip it before it reaches a file.
    QString stored = connectionString;
    if (source == Source::ConnectionString && !stored.isEmpty()) {
        DbError error;
        auto params = parseWithLibpq(stored, &error);
        if (!error.isError() && params.contains(QStringLiteral("password"))) {
            params.remove(QStringLiteral("password"));
            QStringList parts;
            for (auto it = params.cbegin(); it != params.cend(); ++it)
                parts << it.key() + QLatin1Char('=') + quoteConninfoValue(it.value());
            stored = parts.join(QLatin1Char(' '));
        }
    }
    o[QStringLiteral("connection_string")] = stored;
    o[QStringLiteral("service")] = service;
    o[QStringLiteral("host")] = host;
    o[QStringLiteral("port")] = port;
    o[QStringLiteral("database")] = database;
    o[QStringLiteral("user")] = user;
    o[QStringLiteral("sslmode")] = sslMode;
    o[QStringLiteral("sslrootcert")] = sslRootCert;
    o[QStringLiteral("sslcert")] = sslCert;
    o[QStringLiteral("sslkey")] = sslKey;
    o[QStringLiteral("connect_timeout")] = connectTimeoutSeconds;
    o[QStringLiteral("environment")] = environmentName(environment);
    o[QStringLiteral("read_only")] = readOnly;
    o[QStringLiteral("save_password")] = savePassword;
    if (!monitorReplica.isEmpty() && monitorReplicaProblem().isEmpty())
        o[QStringLiteral("monitor_replica")] = monitorReplica.trimmed();
    return o;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &o)
{
    ConnectionProfile p;
    p.id = o.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = o.value(QStringLiteral("name")).toString();
    const QString source = o.value(QStringLiteral("source")).toString();
    p.source = source == QLatin1String("connection_string") ? Source::ConnectionString
               : source == QLatin1String("service")         ? Source::Service
                                                            : Source::Fields;
    p.connectionString = o.value(QStringLiteral("connection_string")).toString();
    p.service = o.value(QStringLiteral("service")).toString();
    p.host = o.value(QStringLiteral("host")).toString();
    p.port = o.value(QStringLiteral("port")).toInt();
    p.database = o.value(QStringLiteral("database")).toString();
    p.user = o.value(QStringLiteral("user")).toString();
    p.sslMode = o.value(QStringLiteral("sslmode")).toString();
    p.sslRootCert = o.value(QStringLiteral("sslrootcert")).toString();
    p.sslCert = o.value(QStringLiteral("sslcert")).toString();
    p.sslKey = o.value(QStringLiteral("sslkey")).toString();
    p.connectTimeoutSeconds = o.value(QStringLiteral("connect_timeout")).toInt(10);
    p.environment = environmentFromName(o.value(QStringLiteral("environment")).toString());
    p.readOnly = o.value(QStringLiteral("read_only")).toBool(p.environment == Environment::Production);
    p.savePassword = o.value(QStringLiteral("save_password")).toBool();
    p.monitorReplica = o.value(QStringLiteral("monitor_replica")).toString();
    return p;
}

} // namespace slipway
