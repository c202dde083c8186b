#include "sqlscanner.h"

#include "sourcetext.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>
#include <memory>

namespace slipway {

namespace {

SqlToken::Kind kindOf(const PgQuery__ScanToken &token)
{
    switch (token.keyword_kind) {
    case PG_QUERY__KEYWORD_KIND__RESERVED_KEYWORD:
        return SqlToken::Kind::ReservedKeyword;
    case PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD:
    case PG_QUERY__KEYWORD_KIND__COL_NAME_KEYWORD:
    case PG_QUERY__KEYWORD_KIND__TYPE_FUNC_NAME_KEYWORD:
        return SqlToken::Kind::Keyword;
    default:
        break;
    }
    switch (token.token) {
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

struct UnpackedDeleter {
    void operator()(PgQuery__ScanResult *result) const { pg_query__scan_result__free_unpacked(result, nullptr); }
};

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
    std::unique_ptr<PgQuery__ScanResult, UnpackedDeleter> scan(
        pg_query__scan_result__unpack(nullptr, raw->pbuf.len, reinterpret_cast<const uint8_t *>(raw->pbuf.data)));
    if (!scan) {
        out.error = QStringLiteral("cannot decode the scanner output");
        out.errorByte = 0;
        return out;
    }
    out.tokens.reserve(qsizetype(scan->n_tokens));
    for (size_t i = 0; i < scan->n_tokens; ++i) {
        const PgQuery__ScanToken &t = *scan->tokens[i];
        out.tokens.append(SqlToken{t.start, t.end, kindOf(t), int(t.token)});
    }
    return out;
}

} // namespace slipway
