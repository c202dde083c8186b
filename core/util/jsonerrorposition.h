#pragma once

#include <QByteArray>

namespace slipway {

// Where a JSON syntax error is, for messages that say file:line:column:
// QJsonParseError::offset (a byte offset) as a 1-based line and column.
struct JsonErrorPosition {
    int line = 1;
    int column = 1;

    static JsonErrorPosition at(const QByteArray &data, int offset);
};

} // namespace slipway
