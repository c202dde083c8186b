#include "snapshot.h"

#include "schemajson.h"

#include "util/jsonerrorposition.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace slipway::catalog {

namespace {

const QLatin1String kFormatKey("format");
const QLatin1String kVersionKey("version");

void setError(QString *error, const QString &message)
{
    if (error) *error = message;
}

} // namespace

QByteArray Snapshot::toJson(const SchemaModel &model)
{
    SchemaModel sorted = model;
    sorted.sort();
    QJsonObject json = SchemaJson::toJson(sorted);
    json.insert(kFormatKey, QLatin1String(kFormat));
    json.insert(kVersionKey, kVersion);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

std::optional<SchemaModel> Snapshot::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonErrorPosition at = JsonErrorPosition::at(json, parseError.offset);
        setError(error, tr("not valid JSON: %1 at line %2, column %3")
                            .arg(parseError.errorString())
                            .arg(at.line)
                            .arg(at.column));
        return std::nullopt;
    }
    if (!document.isObject()) {
        setError(error, tr("not a Slipway schema snapshot (the top level is not a JSON object)"));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue format = object.value(kFormatKey);
    if (format.toString() != QLatin1String(kFormat)) {
        setError(error, format.isUndefined()
                            ? tr("not a Slipway schema snapshot (no \"format\" key)")
                            : tr("not a Slipway schema snapshot (format is \"%1\", expected \"%2\")")
                                  .arg(format.toVariant().toString(), QLatin1String(kFormat)));
        return std::nullopt;
    }
    const QJsonValue version = object.value(kVersionKey);
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != int(number) || number < 1) {
        setError(error, tr("the snapshot has no valid \"version\" (expected a whole number >= 1)"));
        return std::nullopt;
    }
    if (int(number) > kVersion) {
        setError(error, tr("unsupported snapshot version %1: this Slipway reads versions up to "
                           "%2; a newer Slipway wrote it")
                            .arg(int(number))
                            .arg(kVersion));
        return std::nullopt;
    }
    QString bodyError;
    auto model = SchemaJson::fromJson(object, &bodyError);
    if (!model) {
        setError(error, tr("malformed snapshot: %1").arg(bodyError));
        return std::nullopt;
    }
    return model;
}

bool Snapshot::save(const SchemaModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Could not write %1: %2").arg(shown, file.errorString()));
        return false;
    }
    file.write(toJson(model));
    if (!file.commit()) {
        setError(error, tr("Could not write %1: %2").arg(shown, file.errorString()));
        return false;
    }
    return true;
}

std::optional<SchemaModel> Snapshot::load(const QString &path, QString *error)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Could not read %1: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    QString problem;
    auto model = fromJson(file.readAll(), &problem);
    if (!model) setError(error, QStringLiteral("%1: %2").arg(shown, problem));
    return model;
}

} // namespace slipway::catalog
