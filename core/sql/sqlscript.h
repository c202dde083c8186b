#pragma once

#include "sourcetext.h"
#include "sqlstatement.h"
#include "sqltoken.h"

#include <QCoreApplication>
#include <QList>

namespace slipway {

// A SQL file as PostgreSQL sees it: split into statements with exact byte and
// line/column ranges, each parsed by the server's own grammar (libpg_query).
// A syntax error stays with its statement; the others still parse.
class SqlScript {
    Q_DECLARE_TR_FUNCTIONS(SqlScript)

public:
    static SqlScript parse(const QString &text);

    const SourceText &source() const { return m_source; }
    const QList<SqlToken> &tokens() const { return m_tokens; }
    // Index of the first token starting at or after byteOffset (binary search).
    qsizetype firstTokenAt(int byteOffset) const;
    const QList<SqlStatement> &statements() const { return m_statements; }
    // Every syntax error, statement by statement, in source order.
    QList<SqlSyntaxError> errors() const;

    // Parses one statement's text on its own (no splitting); the tree or the
    // error. Results are cached by text, so re-parsing after an edit is cheap.
    static SqlStatement parseStatement(const QString &text);
    // The cache above is on by default (the editor re-parses on every edit); a
    // one-shot reader such as `slipway-cli lint` turns it off to save memory.
    static void setParseCacheEnabled(bool enabled);

private:
    static SqlStatement parseUncached(const QString &text);

    SourceText m_source;
    QList<SqlToken> m_tokens;
    QList<SqlStatement> m_statements;
};

} // namespace slipway
