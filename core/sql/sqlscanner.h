#pragma once

#include "sqltoken.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace slipway {

// PostgreSQL's lexer (libpg_query's pg_query_scan): correct for dollar quotes,
// E'' strings, nested comments and every keyword of the server's grammar.
class SqlScanner {
public:
    struct Result {
        QList<SqlToken> tokens;
        QString error;       // e.g. "unterminated quoted string"; tokens before it are kept
        int errorByte = -1;  // byte offset of the error in the input, -1 when none
    };

    static Result scan(const QByteArray &utf8);
};

} // namespace slipway
