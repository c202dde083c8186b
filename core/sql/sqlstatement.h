#pragma once

#include "sourcetext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// A syntax error as PostgreSQL's parser reports it, placed in the source.
struct SqlSyntaxError {
    QString message;   // "syntax error at or near \"TABEL\""
    TextRange range;   // where it points (at least one character when possible)
};

// One statement of a script: its exact place in the file, the comments that
// lead up to it (suppression comments live there), and its parse tree.
struct SqlStatement {
    int index = 0;          // 0-based position in the script
    QString text;           // the statement without leading comments/whitespace, without the ';'
    TextRange range;        // of text within the script
    TextRange rangeWithSemicolon; // extends over the terminating ';' when there is one
    QStringList leadingComments;  // comment tokens between the previous statement and this one
    QJsonObject tree;       // libpg_query's JSON of the statement node, e.g. {"IndexStmt": {...}}
    std::optional<SqlSyntaxError> error;

    // "IndexStmt", "AlterTableStmt", ... ; empty when it did not parse.
    QString nodeType() const { return tree.isEmpty() ? QString() : tree.constBegin().key(); }
    QJsonObject node() const { return tree.isEmpty() ? QJsonObject() : tree.constBegin().value().toObject(); }
};

} // namespace slipway
