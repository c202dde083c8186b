#include "sandboxinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace slipway {

namespace {

QString uri(const SandboxInfo &info, int port, const QString &database)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(info.superuser);
    url.setHost(info.host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace

QString SandboxInfo::primaryUri(const QString &database) const
{
    return uri(*this, primaryPort, database);
}

QString SandboxInfo::replicaUri(const QString &database) const
{
    return replicaPort ? uri(*this, replicaPort, database) : QString();
}

QByteArray SandboxInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = 1;
    o[QStringLiteral("dir")] = dir;
    o[QStringLiteral("host")] = host;
    o[QStringLiteral("primary_port")] = primaryPort;
    o[QStringLiteral("replica_port")] = replicaPort;
    o[QStringLiteral("superuser")] = superuser;
    o[QStringLiteral("replication_slot")] = replicationSlot;
    o[QStringLiteral("owner_pid")] = ownerPid;
    o[QStringLiteral("demo_database")] = demoDatabase;
    o[QStringLiteral("demo_migrations_dir")] = demoMigrationsDir;
    o[QStringLiteral("primary_uri")] = primaryUri();
    if (replicaPort)
        o[QStringLiteral("replica_uri")] = replicaUri();
    if (!demoDatabase.isEmpty())
        o[QStringLiteral("demo_uri")] = primaryUri(demoDatabase);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<SandboxInfo> SandboxInfo::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("slipway::SandboxInfo",
                                                 "sandbox.json is not valid JSON: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    SandboxInfo info;
    info.dir = o.value(QStringLiteral("dir")).toString();
    info.host = o.value(QStringLiteral("host")).toString();
    info.primaryPort = o.value(QStringLiteral("primary_port")).toInt();
    info.replicaPort = o.value(QStringLiteral("replica_port")).toInt();
    info.superuser = o.value(QStringLiteral("superuser")).toString();
    info.replicationSlot = o.value(QStringLiteral("replication_slot")).toString();
    info.ownerPid = o.value(QStringLiteral("owner_pid")).toInteger();
    info.demoDatabase = o.value(QStringLiteral("demo_database")).toString();
    info.demoMigrationsDir = o.value(QStringLiteral("demo_migrations_dir")).toString();
    if (info.host.isEmpty() || info.primaryPort <= 0 || info.superuser.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("slipway::SandboxInfo",
                                                 "sandbox.json lacks host, port or superuser");
        return std::nullopt;
    }
    return info;
}

std::optional<SandboxInfo> SandboxInfo::load(const QString &dir, QString *error)
{
    QFile file(QDir(dir).filePath(QStringLiteral("sandbox.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("slipway::SandboxInfo",
                                                 "No running sandbox in %1 (%2)")
                         .arg(QDir::toNativeSeparators(dir), file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

} // namespace slipway
