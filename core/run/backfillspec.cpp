#include "backfillspec.h"

#include "util/jsonerrorposition.h"
#include "util/yamljson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace slipway::run {

namespace {

struct IntField {
    const char *json;
    int BackfillSpec::*member;
    int minimum;
};

const IntField kIntFields[] = {
    {"target_batch_ms", &BackfillSpec::targetBatchMs, 1},
    {"initial_batch_size", &BackfillSpec::initialBatchSize, 1},
    {"min_batch_size", &BackfillSpec::minBatchSize, 1},
    {"max_batch_size", &BackfillSpec::maxBatchSize, 1},
    {"pause_ms", &BackfillSpec::pauseMs, 0},
    {"lock_timeout_ms", &BackfillSpec::lockTimeoutMs, 0},
    {"statement_timeout_ms", &BackfillSpec::statementTimeoutMs, 0},
    {"max_retries", &BackfillSpec::maxRetries, 0},
};

struct TextField {
    const char *json;
    QString BackfillSpec::*member;
};

const TextField kTextFields[] = {
    {"name", &BackfillSpec::name},
    {"table", &BackfillSpec::table},
    {"set", &BackfillSpec::set},
    {"template", &BackfillSpec::statementTemplate},
    {"predicate", &BackfillSpec::predicate},
};

QString field(const char *name) { return QLatin1String(name); }

// Reads one part of a possibly quoted dotted name starting at *pos.
bool readPart(const QString &text, qsizetype *pos, QString *part)
{
    part->clear();
    qsizetype i = *pos;
    if (i < text.size() && text.at(i) == QLatin1Char('"')) {
        ++i;
        for (;;) {
            if (i >= text.size()) return false;
            if (text.at(i) == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    *part += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            *part += text.at(i++);
        }
    } else {
        while (i < text.size() && text.at(i) != QLatin1Char('.'))
            *part += text.at(i++);
        *part = part->trimmed();
        if (part->isEmpty() || part->contains(QLatin1Char('"'))) return false;
    }
    *pos = i;
    return !part->isEmpty();
}

} // namespace

bool BackfillSpec::splitQualifiedName(const QString &text, QString *schema, QString *table)
{
    const QString trimmed = text.trimmed();
    qsizetype pos = 0;
    QString first;
    if (!readPart(trimmed, &pos, &first)) return false;
    if (pos == trimmed.size()) {
        *schema = QStringLiteral("public");
        *table = first;
        return true;
    }
    if (trimmed.at(pos) != QLatin1Char('.')) return false;
    ++pos;
    QString second;
    if (!readPart(trimmed, &pos, &second) || pos != trimmed.size()) return false;
    *schema = first;
    *table = second;
    return true;
}

QString BackfillSpec::schemaName() const
{
    QString schema, name;
    return splitQualifiedName(table, &schema, &name) ? schema : QString();
}

QString BackfillSpec::tableName() const
{
    QString schema, name;
    return splitQualifiedName(table, &schema, &name) ? name : QString();
}

QStringList BackfillSpec::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("\"name\" is required: it names the checkpoint and the runner lock.");
    QString schema, tableOnly;
    if (table.trimmed().isEmpty())
        problems << tr("\"table\" is required (schema.table).");
    else if (!splitQualifiedName(table, &schema, &tableOnly))
        problems << tr("\"table\" is not a table name: %1 (write schema.table, quoting parts with \"\" when needed).")
                        .arg(table);
    const bool hasSet = !set.trimmed().isEmpty();
    const bool hasTemplate = !statementTemplate.trimmed().isEmpty();
    if (hasSet == hasTemplate)
        problems << tr("Give exactly one of \"set\" (a SET clause) and \"template\" (a statement with %1).")
                        .arg(QLatin1String(kBatchPlaceholder));
    if (hasTemplate && !statementTemplate.contains(QLatin1String("{{batch")))
        problems << tr("\"template\" must contain %1 where the batch's key range goes.")
                        .arg(QLatin1String(kBatchPlaceholder));
    QSet<QString> seen;
    for (const QString &column : key) {
        if (column.trimmed().isEmpty())
            problems << tr("\"key\" has an empty column name.");
        else if (seen.contains(column))
            problems << tr("\"key\" names column %1 twice.").arg(column);
        seen.insert(column);
    }
    for (const IntField &f : kIntFields) {
        if (this->*f.member < f.minimum)
            problems << tr("\"%1\" must be at least %2 (it is %3).").arg(field(f.json)).arg(f.minimum).arg(this->*f.member);
    }
    if (minBatchSize > maxBatchSize)
        problems << tr("\"min_batch_size\" (%1) is above \"max_batch_size\" (%2).").arg(minBatchSize).arg(maxBatchSize);
    else if (initialBatchSize < minBatchSize || initialBatchSize > maxBatchSize)
        problems << tr("\"initial_batch_size\" (%1) must lie between \"min_batch_size\" (%2) and \"max_batch_size\" (%3).")
                        .arg(initialBatchSize)
                        .arg(minBatchSize)
                        .arg(maxBatchSize);
    return problems;
}

QString BackfillSpec::compatibilityHash(const QStringList &resolvedKey) const
{
    QString schema, tableOnly;
    splitQualifiedName(table, &schema, &tableOnly);
    const QJsonObject identity{
        {QLatin1String("schema"), schema},
        {QLatin1String("table"), tableOnly},
        {QLatin1String("set"), set.trimmed()},
        {QLatin1String("template"), statementTemplate.trimmed()},
        {QLatin1String("predicate"), predicate.trimmed()},
        {QLatin1String("key"), QJsonArray::fromStringList(resolvedKey)},
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(identity).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QJsonObject BackfillSpec::toJson() const
{
    QJsonObject object;
    for (const TextField &f : kTextFields) {
        if (!(this->*f.member).isEmpty())
            object.insert(field(f.json), this->*f.member);
    }
    if (!key.isEmpty())
        object.insert(QLatin1String("key"), QJsonArray::fromStringList(key));
    for (const IntField &f : kIntFields)
        object.insert(field(f.json), this->*f.member);
    return object;
}

std::optional<BackfillSpec> BackfillSpec::fromJson(const QJsonObject &object, QString *error)
{
    BackfillSpec spec;
    auto fail = [&](const QString &message) {
        if (error) *error = message;
        return std::optional<BackfillSpec>();
    };
    QSet<QString> known{QStringLiteral("key")};
    for (const TextField &f : kTextFields) {
        known.insert(field(f.json));
        const QJsonValue value = object.value(field(f.json));
        if (value.isUndefined() || value.isNull()) continue;
        if (!value.isString()) return fail(tr("\"%1\" must be a string.").arg(field(f.json)));
        spec.*f.member = value.toString();
    }
    for (const IntField &f : kIntFields) {
        known.insert(field(f.json));
        const QJsonValue value = object.value(field(f.json));
        if (value.isUndefined() || value.isNull()) continue;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(number) != number || number < f.minimum || number > 2147483647.0)
            return fail(tr("\"%1\" must be a whole number >= %2.").arg(field(f.json)).arg(f.minimum));
        spec.*f.member = int(number);
    }
    const QJsonValue keyValue = object.value(QLatin1String("key"));
    if (keyValue.isString()) {
        spec.key << keyValue.toString();
    } else if (keyValue.isArray()) {
        for (const QJsonValue &column : keyValue.toArray()) {
            if (!column.isString()) return fail(tr("\"key\" must be a list of column names."));
            spec.key << column.toString();
        }
    } else if (!keyValue.isUndefined() && !keyValue.isNull()) {
        return fail(tr("\"key\" must be a column name or a list of column names."));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()) && !it.key().startsWith(QLatin1Char('_')))
            return fail(tr("Unknown field \"%1\" (fields starting with _ are comments).").arg(it.key()));
    }
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) return fail(problems.join(QLatin1Char('\n')));
    return spec;
}

std::optional<BackfillSpec> BackfillSpec::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    QJsonObject object;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) {
        YamlJson::Error yamlError;
        const std::optional<QJsonValue> value = YamlJson::read(text, &yamlError);
        if (!value) {
            if (error) *error = tr("%1:%2:%3: not valid YAML: %4").arg(path).arg(yamlError.line).arg(yamlError.column).arg(yamlError.message);
            return std::nullopt;
        }
        if (!value->isObject()) {
            if (error) *error = tr("%1 must hold one mapping (name: value lines).").arg(path);
            return std::nullopt;
        }
        object = value->toObject();
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const JsonErrorPosition at = JsonErrorPosition::at(text, parseError.offset);
            if (error) *error = tr("%1:%2:%3: not valid JSON: %4").arg(path).arg(at.line).arg(at.column).arg(parseError.errorString());
            return std::nullopt;
        }
        if (!document.isObject()) {
            if (error) *error = tr("%1 must hold one JSON object.").arg(path);
            return std::nullopt;
        }
        object = document.object();
    }
    QString message;
    auto spec = fromJson(object, &message);
    if (!spec && error) *error = tr("%1: %2").arg(path, message);
    return spec;
}

bool BackfillSpec::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace slipway::run
