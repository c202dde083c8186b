#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace slipway {

// 1-based line and column; the column counts characters (UTF-16 units, as an editor does).
struct TextPosition {
    int line = 0;
    int column = 0;
    bool operator==(const TextPosition &) const = default;
};

// A span of the source in every coordinate a caller needs: UTF-8 bytes (what
// libpg_query reports), characters (what QString and the editor use), and
// line/column (what people read).
struct TextRange {
    int byteStart = 0;
    int byteEnd = 0; // exclusive
    int start = 0;   // character offset
    int end = 0;     // exclusive
    TextPosition from;
    TextPosition to; // position of the last character of the range
    bool isEmpty() const { return end <= start; }
};

// Source text with the maps between byte offsets, character offsets and lines.
class SourceText {
public:
    explicit SourceText(const QString &text = {});

    const QString &text() const { return m_text; }
    const QByteArray &utf8() const { return m_utf8; }

    int charOffset(int byteOffset) const;  // clamps to the text
    int byteOffset(int charOffset) const;
    TextPosition position(int charOffset) const;
    TextRange rangeFromBytes(int byteStart, int byteEnd) const;
    TextRange rangeFromChars(int start, int end) const;
    int lineCount() const { return int(m_lineStarts.size()); }

    // Byte offset of the n-th code point (0-based) of UTF-8 text: libpg_query
    // reports error positions in code points.
    static int byteOfCodePoint(const QByteArray &utf8, int n);

private:
    QString m_text;
    QByteArray m_utf8;
    std::vector<int> m_charAtByte;  // size utf8.size() + 1
    std::vector<int> m_byteAtChar;  // size text.size() + 1
    std::vector<int> m_lineStarts;  // character offsets
};

} // namespace slipway
