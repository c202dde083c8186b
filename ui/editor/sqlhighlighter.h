#pragma once

#include "sql/sqltoken.h"

#include <QList>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <optional>

namespace slipway {

// Highlights PostgreSQL SQL with PostgreSQL's own lexer (SqlScanner): right
// for dollar quotes, E'' strings, nested comments and every keyword. The whole
// document is scanned once per change (lazily, on the first block highlighted
// after it), and each block takes its formats from the cached tokens. A block's
// state names the token that runs over its end (kind and extent), so a change
// that opens or closes a multi-line string or comment re-highlights the blocks
// after it, and only those. Colours come from the palette (light and dark).
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    enum class Role { Keyword, String, Number, Comment, Parameter, QuotedIdentifier };

    explicit SqlHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette); // new colours, re-highlights
    QTextCharFormat format(Role role) const { return m_formats.value(int(role)); }
    int scanCount() const { return m_scanCount; }     // full scans so far
    qint64 lastScanMicroseconds() const { return m_lastScanUs; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span {
        int start = 0; // character offsets in the document
        int end = 0;
        Role role = Role::Keyword;
    };

    void rescan();
    static std::optional<Role> roleOf(const SqlToken &token, const QString &text, int start);

    QList<Span> m_spans; // highlighted tokens, in order
    QList<Span> m_multiLine; // tokens (highlighted or not) that contain a line break
    QHash<int, QTextCharFormat> m_formats;
    bool m_dirty = true;
    int m_scanCount = 0;
    qint64 m_lastScanUs = 0;
};

} // namespace slipway
