#include "sqlscanner.h"

#include "sourcetext.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>
#include <memory>

namespace slipway {

namespace {

SqlToken::Kind kindOf(int tokenId, int keywordKind)
{
    switch (keywordKind) {
    case PG_QUERY__KEYWORD_KIND__RESERVED_KEYWORD:
        return SqlToken::Kind::ReservedKeyword;
    case PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD:
    case PG_QUERY__KEYWORD_KIND__COL_NAME_KEYWORD:
    case PG_QUERY__KEYWORD_KIND__TYPE_FUNC_NAME_KEYWORD:
        return SqlToken::Kind::Keyword;
    default:
        break;
    }
    switch (tokenId) {
    case PG_QUERY__TOKEN__IDENT:
    case PG_QUERY__TOKEN__UIDENT:
        return SqlToken::Kind::Identifier;
    case PG_QUERY__TOKEN__SCONST:
    case PG_QUERY__TOKEN__USCONST:
        return SqlToken::Kind::String;
    case PG_QUERY__TOKEN__BCONST:
    case PG_QUERY__TOKEN__XCONST:
        return SqlToken::Kind::BitString;
    case PG_QUERY__TOKEN__ICONST:
    case PG_QUERY__TOKEN__FCONST:
        return SqlToken::Kind::Number;
    case PG_QUERY__TOKEN__PARAM:
        return SqlToken::Kind::Parameter;
    case PG_QUERY__TOKEN__SQL_COMMENT:
    case PG_QUERY__TOKEN__C_COMMENT:
        return SqlToken::Kind::Comment;
    case PG_QUERY__TOKEN__Op:
    case PG_QUERY__TOKEN__TYPECAST:
    case PG_QUERY__TOKEN__DOT_DOT:
    case PG_QUERY__TOKEN__COLON_EQUALS:
    case PG_QUERY__TOKEN__EQUALS_GREATER:
    case PG_QUERY__TOKEN__LESS_EQUALS:
    case PG_QUERY__TOKEN__GREATER_EQUALS:
    case PG_QUERY__TOKEN__NOT_EQUALS:
    case PG_QUERY__TOKEN__ASCII_37: // %
    case PG_QUERY__TOKEN__ASCII_42: // *
    case PG_QUERY__TOKEN__ASCII_43: // +
    case PG_QUERY__TOKEN__ASCII_45: // -
    case PG_QUERY__TOKEN__ASCII_47: // /
    case PG_QUERY__TOKEN__ASCII_60: // <
    case PG_QUERY__TOKEN__ASCII_61: // =
    case PG_QUERY__TOKEN__ASCII_62: // >
    case PG_QUERY__TOKEN__ASCII_94: // ^
        return SqlToken::Kind::Operator;
    case PG_QUERY__TOKEN__ASCII_40: // (
    case PG_QUERY__TOKEN__ASCII_41: // )
    case PG_QUERY__TOKEN__ASCII_44: // ,
    case PG_QUERY__TOKEN__ASCII_46: // .
    case PG_QUERY__TOKEN__ASCII_58: // :
    case PG_QUERY__TOKEN__ASCII_59: // ;
    case PG_QUERY__TOKEN__ASCII_91: // [
    case PG_QUERY__TOKEN__ASCII_93: // ]
        return SqlToken::Kind::Punctuation;
    default:
        return SqlToken::Kind::Other;
    }
}

struct ScanResultDeleter {
    void operator()(PgQueryScanResult *result) const
    {
        pg_query_free_scan_result(*result);
        delete result;
    }
};

// pg_query_scan's protobuf read straight from the wire format, without
// protobuf-c's unpack (one allocation per token):
//   ScanResult { int32 version = 1; repeated ScanToken tokens = 2; }
//   ScanToken { int32 start = 1; int32 end = 2; Token token = 4; KeywordKind keyword_kind = 5; }
class WireReader {
public:
    WireReader(const uint8_t *data, size_t size)
        : m_p(data)
        , m_end(data + size)
    {
    }

    bool atEnd() const { return m_p >= m_end; }
    bool ok() const { return m_ok; }

    uint64_t varint()
    {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                break;
            const uint8_t byte = *m_p++;
            value |= uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }

    // The bytes of a length-delimited field.
    WireReader nested()
    {
        const uint64_t length = varint();
        if (!m_ok || length > uint64_t(m_end - m_p)) {
            m_ok = false;
            return WireReader(m_end, 0);
        }
        const uint8_t *start = m_p;
        m_p += length;
        return WireReader(start, size_t(length));
    }

    void skip(int wireType)
    {
        switch (wireType) {
        case 0: varint(); break;
        case 1: advance(8); break;
        case 2: nested(); break;
        case 5: advance(4); break;
        default: m_ok = false;
        }
    }

private:
    void advance(size_t bytes)
    {
        if (bytes > size_t(m_end - m_p))
            m_ok = false;
        else
            m_p += bytes;
    }

    const uint8_t *m_p;
    const uint8_t *m_end;
    bool m_ok = true;
};

bool decodeToken(WireReader in, QList<SqlToken> &tokens)
{
    int values[6] = {0, 0, 0, 0, 0, 0}; // by field number; proto3 leaves zeros out
    while (in.ok() && !in.atEnd()) {
        const uint64_t tag = in.varint();
        const int field = int(tag >> 3);
        const int wireType = int(tag & 7);
        if (wireType == 0 && field >= 1 && field <= 5)
            values[field] = int(int32_t(in.varint()));
        else
            in.skip(wireType);
    }
    if (!in.ok())
        return false;
    tokens.append(SqlToken{values[1], values[2], kindOf(values[4], values[5]), values[4]});
    return true;
}

bool decodeScanResult(const uint8_t *data, size_t size, QList<SqlToken> &tokens)
{
    WireReader in(data, size);
    tokens.reserve(qsizetype(size / 8)); // a token takes 8 to 12 bytes
    while (in.ok() && !in.atEnd()) {
        const uint64_t tag = in.varint();
        if ((tag >> 3) == 2 && (tag & 7) == 2) {
            if (!decodeToken(in.nested(), tokens))
                return false;
        } else {
            in.skip(int(tag & 7));
        }
    }
    return in.ok();
}

} // namespace

SqlScanner::Result SqlScanner::scan(const QByteArray &utf8)
{
    Result out;
    std::unique_ptr<PgQueryScanResult, ScanResultDeleter> raw(new PgQueryScanResult(pg_query_scan(utf8.constData())));
    if (raw->error) {
        out.error = QString::fromUtf8(raw->error->message);
        out.errorByte = SourceText::byteOfCodePoint(utf8, std::max(raw->error->cursorpos - 1, 0));
        // pg_query_scan stops at a lexical error (an unterminated string or
        // comment): scan the text before it so highlighting still works.
        if (out.errorByte > 0 && out.errorByte < utf8.size()) {
            Result before = scan(utf8.left(out.errorByte));
            if (before.error.isEmpty())
                out.tokens = before.tokens;
        }
        return out;
    }
    if (!decodeScanResult(reinterpret_cast<const uint8_t *>(raw->pbuf.data), raw->pbuf.len, out.tokens)) {
        out.tokens.clear();
        out.error = QStringLiteral("cannot decode the scanner output");
        out.errorByte = 0;
        return out;
    }
    return out;
}

} // namespace slipway
