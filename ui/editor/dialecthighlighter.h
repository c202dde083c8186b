#pragma once

#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace slipway {

// The hook for SQL dialects other than PostgreSQL's (MySQL, SQLite, ...),
// highlighted by KDE's KSyntaxHighlighting when the build found it
// (SLIPWAY_HAVE_KSYNTAXHIGHLIGHTING). PostgreSQL always uses SqlHighlighter.
bool dialectHighlightingAvailable();
// A highlighter for the named KSyntaxHighlighting definition ("SQL (MySQL)")
// installed on document, or nullptr when unavailable or unknown.
QSyntaxHighlighter *createDialectHighlighter(QTextDocument *document, const QString &definitionName, bool dark);

} // namespace slipway
