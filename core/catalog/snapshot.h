#pragma once

#include "schemamodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace slipway::catalog {

// A SchemaModel saved as a JSON file:
//   {"format": "slipway-schema-snapshot", "version": 1, "database": ...,
//    "server_version": ..., "server_version_num": ..., "captured_at": ...,
//    "schemas": [...], "tables": [...], ...}
// Output is deterministic (keys sorted, objects in the model's canonical
// order), so two snapshots of the same schema are byte-identical apart from
// captured_at and the stats, and diff well in git.
class Snapshot {
    Q_DECLARE_TR_FUNCTIONS(Snapshot)

public:
    static constexpr const char *kFormat = "slipway-schema-snapshot";
    static constexpr int kVersion = 1; // what this build writes and the newest it reads

    // The file's bytes. The model is written in canonical order (a sorted copy).
    static QByteArray toJson(const SchemaModel &model);
    // nullopt with *error (what is wrong and where, without a file name) for
    // malformed JSON, another format, a version newer than kVersion or a body
    // that does not describe a model.
    static std::optional<SchemaModel> fromJson(const QByteArray &json, QString *error = nullptr);

    // Writes atomically (a half-written snapshot never replaces a good one).
    static bool save(const SchemaModel &model, const QString &path, QString *error = nullptr);
    // Errors name the file: "/x/a.json: unsupported snapshot version 7 ...".
    static std::optional<SchemaModel> load(const QString &path, QString *error = nullptr);
};

} // namespace slipway::catalog
