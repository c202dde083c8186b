#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace slipway {

// Reads a small YAML file (one document) as the JSON value it stands for, so a
// YAML spec goes through the same checks as its JSON twin. Mappings become
// objects (string keys, no duplicates), sequences arrays; a plain scalar is
// null (null, ~, nothing), a boolean (true/false), a number or a string; a
// quoted or block (| >) scalar is always a string. Parsed by libyaml.
class YamlJson {
    Q_DECLARE_TR_FUNCTIONS(YamlJson)

public:
    struct Error {
        int line = 0;   // 1-based
        int column = 0; // 1-based
        QString message;
    };

    static std::optional<QJsonValue> read(const QByteArray &text, Error *error);
};

} // namespace slipway
