#pragma once

namespace slipway {

// One lexical token of PostgreSQL SQL, as PostgreSQL's own scanner sees it
// (via libpg_query), with its span in UTF-8 bytes of the scanned text.
struct SqlToken {
    enum class Kind {
        ReservedKeyword,   // SELECT, TABLE, ...
        Keyword,           // unreserved, column-name and type/function-name keywords
        Identifier,        // plain or "quoted"
        String,            // '...', E'...', $tag$...$tag$, U&'...'
        BitString,         // B'...' and X'...'
        Number,
        Parameter,         // $1
        Operator,          // + - ::, <=, custom operators
        Punctuation,       // ( ) , ; [ ] .
        Comment,           // -- and /* */ (nested too)
        Other,
    };

    int byteStart = 0;
    int byteEnd = 0;  // exclusive
    Kind kind = Kind::Other;
    int tokenId = 0;  // libpg_query's token number (PgQuery__Token)

    bool isComment() const { return kind == Kind::Comment; }
    bool isKeyword() const { return kind == Kind::ReservedKeyword || kind == Kind::Keyword; }
};

} // namespace slipway
