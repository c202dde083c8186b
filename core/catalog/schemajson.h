#pragma once

#include "schemamodel.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace slipway::catalog {

// SchemaModel <-> JSON object, the body of a snapshot (Snapshot adds the
// envelope and the file). Keys are snake_case; a member equal to its default
// (empty string, false, empty list, ...) is left out, and a missing key reads
// back as that default, so toJson/fromJson round-trip exactly. 64-bit numbers
// beyond 2^53 are written as strings (JSON numbers are doubles); both forms read.
class SchemaJson {
    Q_DECLARE_TR_FUNCTIONS(SchemaJson)

public:
    static QJsonObject toJson(const SchemaModel &model);
    // nullopt with *error naming the place ("tables[3].columns[0].name: expected
    // a string") when the object does not describe a model. Unknown keys are ignored.
    static std::optional<SchemaModel> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace slipway::catalog
