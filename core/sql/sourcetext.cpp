#include "sourcetext.h"

#include <algorithm>

namespace slipway {

SourceText::SourceText(const QString &text)
    : m_text(text)
    , m_utf8(text.toUtf8())
{
    m_charAtByte.assign(size_t(m_utf8.size()) + 1, 0);
    m_byteAtChar.assign(size_t(m_text.size()) + 1, 0);
    m_lineStarts.push_back(0);
    int byte = 0;
    for (int i = 0; i < m_text.size(); ++i) {
        const char16_t unit = m_text.at(i).unicode();
        int bytes = 0;
        if (QChar::isHighSurrogate(unit) && i + 1 < m_text.size() && QChar::isLowSurrogate(m_text.at(i + 1).unicode()))
            bytes = 4; // the pair is one code point: 4 bytes, attributed to the high surrogate
        else if (QChar::isLowSurrogate(unit) && i > 0 && QChar::isHighSurrogate(m_text.at(i - 1).unicode()))
            bytes = 0;
        else if (unit < 0x80)
            bytes = 1;
        else if (unit < 0x800)
            bytes = 2;
        else
            bytes = 3;
        m_byteAtChar[size_t(i)] = byte;
        for (int b = 0; b < bytes && byte + b < m_utf8.size(); ++b)
            m_charAtByte[size_t(byte + b)] = i;
        byte += bytes;
        if (unit == u'\n')
            m_lineStarts.push_back(i + 1);
    }
    m_byteAtChar[size_t(m_text.size())] = int(m_utf8.size());
    m_charAtByte[size_t(m_utf8.size())] = int(m_text.size());
}

int SourceText::charOffset(int byteOffset) const
{
    return m_charAtByte[size_t(std::clamp(byteOffset, 0, int(m_utf8.size())))];
}

int SourceText::byteOffset(int charOffset) const
{
    return m_byteAtChar[size_t(std::clamp(charOffset, 0, int(m_text.size())))];
}

TextPosition SourceText::position(int charOffset) const
{
    charOffset = std::clamp(charOffset, 0, int(m_text.size()));
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), charOffset);
    const int line = int(it - m_lineStarts.begin()); // 1-based
    return {line, charOffset - m_lineStarts[size_t(line - 1)] + 1};
}

TextRange SourceText::rangeFromChars(int start, int end) const
{
    start = std::clamp(start, 0, int(m_text.size()));
    end = std::clamp(end, start, int(m_text.size()));
    TextRange range;
    range.start = start;
    range.end = end;
    range.byteStart = byteOffset(start);
    range.byteEnd = byteOffset(end);
    range.from = position(start);
    range.to = position(end > start ? end - 1 : start);
    return range;
}

TextRange SourceText::rangeFromBytes(int byteStart, int byteEnd) const
{
    return rangeFromChars(charOffset(byteStart), charOffset(byteEnd));
}

int SourceText::byteOfCodePoint(const QByteArray &utf8, int n)
{
    int seen = 0;
    for (int i = 0; i < utf8.size(); ++i) {
        if ((uchar(utf8[i]) & 0xC0) != 0x80) {
            if (seen == n)
                return i;
            ++seen;
        }
    }
    return int(utf8.size());
}

} // namespace slipway
