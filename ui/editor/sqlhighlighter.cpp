#include "sqlhighlighter.h"

#include "severitystyle.h"
#include "sql/sourcetext.h"
#include "sql/sqlscanner.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>

#include <algorithm>

namespace slipway {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
{
    // Mark the scan stale before QSyntaxHighlighter reacts to the same change:
    // slots run in connection order, and setDocument() connects its own.
    connect(document, &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed || added)
            m_dirty = true;
    });
    setPalette(QGuiApplication::palette());
    setDocument(document);
}

void SqlHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = SeverityStyle::isDark(palette);
    const QColor text = palette.color(QPalette::Text);
    QTextCharFormat keyword;
    keyword.setForeground(dark ? mix(palette.color(QPalette::Link), text, 0.15)
                               : mix(palette.color(QPalette::Link), QColor(0, 0, 0x80), 0.35));
    keyword.setFontWeight(QFont::DemiBold);
    QTextCharFormat string;
    string.setForeground(dark ? QColor(0x9c, 0xd6, 0x8a) : QColor(0x0a, 0x7a, 0x1f));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xd4, 0xa0, 0xf0) : QColor(0x8a, 0x2b, 0xb0));
    QTextCharFormat comment;
    comment.setForeground(mix(palette.color(QPalette::PlaceholderText), text, 0.15));
    comment.setFontItalic(true);
    QTextCharFormat parameter;
    parameter.setForeground(dark ? QColor(0xff, 0xb8, 0x6c) : QColor(0xa0, 0x50, 0x00));
    QTextCharFormat quoted;
    quoted.setForeground(dark ? QColor(0x8e, 0xd1, 0xd1) : QColor(0x00, 0x6b, 0x75));
    m_formats = {
        {int(Role::Keyword), keyword}, {int(Role::String), string},       {int(Role::Number), number},
        {int(Role::Comment), comment}, {int(Role::Parameter), parameter}, {int(Role::QuotedIdentifier), quoted},
    };
    if (document())
        rehighlight();
}

std::optional<SqlHighlighter::Role> SqlHighlighter::roleOf(const SqlToken &token, const QString &text, int start)
{
    switch (token.kind) {
    case SqlToken::Kind::ReservedKeyword:
    case SqlToken::Kind::Keyword: return Role::Keyword;
    case SqlToken::Kind::String:
    case SqlToken::Kind::BitString: return Role::String;
    case SqlToken::Kind::Number: return Role::Number;
    case SqlToken::Kind::Comment: return Role::Comment;
    case SqlToken::Kind::Parameter: return Role::Parameter;
    case SqlToken::Kind::Identifier:
        if (start < text.size() && text.at(start) == QLatin1Char('"'))
            return Role::QuotedIdentifier;
        return std::nullopt;
    default: return std::nullopt;
    }
}

void SqlHighlighter::rescan()
{
    QElapsedTimer clock;
    clock.start();
    m_dirty = false;
    ++m_scanCount;
    m_spans.clear();
    m_multiLine.clear();
    const SourceText source(document()->toPlainText());
    const QString &text = source.text();
    const SqlScanner::Result result = SqlScanner::scan(source.utf8());
    m_spans.reserve(result.tokens.size());
    auto note = [&](int start, int end, std::optional<Role> role) {
        if (role)
            m_spans.append(Span{start, end, *role});
        if (QStringView(text).mid(start, end - start).contains(u'\n'))
            m_multiLine.append(Span{start, end, role.value_or(Role::Keyword)});
    };
    for (const SqlToken &token : result.tokens) {
        const int start = source.charOffset(token.byteStart);
        const int end = source.charOffset(token.byteEnd);
        note(start, end, roleOf(token, text, start));
    }
    // The lexer stops at an unterminated string or comment: what follows is
    // still that string or comment as far as the reader is concerned.
    if (!result.error.isEmpty() && result.errorByte >= 0) {
        const int start = source.charOffset(result.errorByte);
        if (start < text.size()) {
            const QStringView rest = QStringView(text).mid(start);
            Role role = Role::String;
            if (rest.startsWith(u"/*"))
                role = Role::Comment;
            else if (rest.startsWith(u'"'))
                role = Role::QuotedIdentifier;
            note(start, int(text.size()), role);
        }
    }
    m_lastScanUs = clock.nsecsElapsed() / 1000;
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    if (m_dirty)
        rescan();
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    auto first = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockStart,
                                  [](const Span &span, int position) { return span.end <= position; });
    for (auto it = first; it != m_spans.cend() && it->start < blockEnd; ++it) {
        const int from = std::max(it->start, blockStart);
        const int to = std::min(it->end, blockEnd);
        if (to > from)
            setFormat(from - blockStart, to - from, m_formats.value(int(it->role)));
    }
    // State: the token that runs over the line break at the end of this block,
    // by kind and extent; -1 when none. When it changes, the next block is
    // highlighted again (and so on while the states keep changing).
    int state = -1;
    auto spanning = std::lower_bound(m_multiLine.cbegin(), m_multiLine.cend(), blockEnd,
                                     [](const Span &span, int position) { return span.end <= position; });
    if (spanning != m_multiLine.cend() && spanning->start <= blockEnd && spanning->end > blockEnd)
        state = int(qHashMulti(0, spanning->start, spanning->end, int(spanning->role)) & 0x3fffffff);
    setCurrentBlockState(state);
}

} // namespace slipway
