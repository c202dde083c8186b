#include "profilestore.h"

#include "util/jsonerrorposition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace slipway {

ProfileStore::ProfileStore(const QString &path)
    : m_path(path.isEmpty()
                 ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                       .filePath(QStringLiteral("connections.json"))
                 : path)
{
}

bool ProfileStore::load(QString *error)
{
    m_profiles.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QByteArray data = file.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        if (error) {
            const JsonErrorPosition at = JsonErrorPosition::at(data, parseError.offset);
            *error = parseError.error != QJsonParseError::NoError
                ? tr("%1:%2:%3: not a valid connections file: %4")
                      .arg(QDir::toNativeSeparators(m_path))
                      .arg(at.line)
                      .arg(at.column)
                      .arg(parseError.errorString())
                : tr("%1 is not a valid connections file: the top level is not a JSON object.")
                      .arg(QDir::toNativeSeparators(m_path));
        }
        return false;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &value : list)
        m_profiles << ConnectionProfile::fromJson(value.toObject());
    return true;
}

bool ProfileStore::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray list;
    for (const ConnectionProfile &profile : m_profiles)
        list << profile.toJson();
    QJsonObject root;
    root[QStringLiteral("format")] = 1;
    root[QStringLiteral("profiles")] = list;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

std::optional<ConnectionProfile> ProfileStore::byName(const QString &name) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::byId(const QString &id) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

void ProfileStore::upsert(const ConnectionProfile &profile)
{
    for (ConnectionProfile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            return;
        }
    }
    m_profiles << profile;
}

bool ProfileStore::remove(const QString &id)
{
    return m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; }) > 0;
}

std::optional<ConnectionProfile> ProfileStore::resolve(const QString &text, DbError *error) const
{
    if (auto profile = byName(text))
        return profile;
    const QString trimmed = text.trimmed();
    const bool looksLikeConninfo = trimmed.startsWith(QLatin1String("postgres://"))
                                   || trimmed.startsWith(QLatin1String("postgresql://"))
                                   || trimmed.contains(QLatin1Char('='));
    if (!looksLikeConninfo) {
        if (error)
            *error = DbError::invalidInput(
                tr("\"%1\" is neither a saved connection profile nor a libpq URI or key=value "
                   "conninfo.").arg(text));
        return std::nullopt;
    }
    DbError parseError;
    ConnectionProfile profile = ConnectionProfile::fromConnectionString(trimmed, &parseError);
    if (parseError.isError()) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    return profile;
}

} // namespace slipway
