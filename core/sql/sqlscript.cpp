#include "sqlscript.h"

#include "sqlscanner.h"

#include "sourcetext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <pg_query.h>

#include <algorithm>
#include <atomic>

namespace slipway {

namespace {

constexpr int kSemicolon = 59; // PG_QUERY__TOKEN__ASCII_59
constexpr int kBackslash = 92; // PG_QUERY__TOKEN__ASCII_92
constexpr int kOpenParen = 40;
constexpr int kCloseParen = 41;

struct Piece {
    int byteStart;
    int byteEnd;
};

// Splits on top-level semicolons of the token stream (strings, comments and
// dollar quotes are already single tokens), keeping SQL-standard function
// bodies (BEGIN ATOMIC ... END) and parenthesised rule actions whole. This is
// what the parser's split does, without parsing the whole file on every edit,
// and it still works when a statement has a syntax error. When the lexer
// stopped early, the rest of the text is the last statement.
QList<Piece> splitOnSemicolons(const QList<SqlToken> &tokens, const QByteArray &utf8)
{
    // Case-insensitive keyword test on the bytes, without a copy per token.
    auto is = [&](const SqlToken &token, QByteArrayView word) {
        const qsizetype length = token.byteEnd - token.byteStart;
        return length == word.size() && qstrnicmp(utf8.constData() + token.byteStart, word.data(), size_t(length)) == 0;
    };
    QList<Piece> out;
    int start = 0;
    int atomicDepth = 0;
    int caseDepth = 0;
    int parenDepth = 0;
    const SqlToken *previous = nullptr;
    for (const SqlToken &token : tokens) {
        if (token.isComment())
            continue;
        if (token.isKeyword()) {
            if (is(token, "ATOMIC") && previous && is(*previous, "BEGIN"))
                ++atomicDepth;
            else if (atomicDepth > 0 && is(token, "CASE"))
                ++caseDepth;
            else if (atomicDepth > 0 && is(token, "END"))
                caseDepth > 0 ? --caseDepth : --atomicDepth;
        }
        if (token.tokenId == kOpenParen)
            ++parenDepth;
        else if (token.tokenId == kCloseParen && parenDepth > 0)
            --parenDepth;
        if (token.tokenId == kSemicolon && atomicDepth == 0 && parenDepth == 0) {
            out.append({start, token.byteStart});
            start = token.byteEnd;
        }
        previous = &token;
    }
    out.append({start, int(utf8.size())});
    return out;
}

} // namespace

namespace {

// Parse results by statement text, shared by every script: after an edit only
// the statements that changed go through the parser again.
class ParseCache {
public:
    std::optional<SqlStatement> find(const QString &text)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(text);
        return it == m_entries.constEnd() ? std::nullopt : std::optional<SqlStatement>(*it);
    }
    void insert(const QString &text, const SqlStatement &statement)
    {
        QMutexLocker lock(&m_mutex);
        if (m_entries.size() >= kMaxEntries)
            m_entries.clear(); // bounded; refills with what is in use
        m_entries.insert(text, statement);
    }

private:
    static constexpr qsizetype kMaxEntries = 50000;
    QMutex m_mutex;
    QHash<QString, SqlStatement> m_entries;
};

ParseCache &parseCache()
{
    // Never destroyed: freeing thousands of parse trees at exit is pure cost.
    static ParseCache *cache = new ParseCache;
    return *cache;
}

std::atomic<bool> parseCacheEnabled{true};

} // namespace

void SqlScript::setParseCacheEnabled(bool enabled)
{
    parseCacheEnabled = enabled;
}

SqlStatement SqlScript::parseStatement(const QString &text)
{
    if (!parseCacheEnabled)
        return parseUncached(text);
    if (auto cached = parseCache().find(text))
        return *cached;
    SqlStatement parsed = parseUncached(text);
    parseCache().insert(text, parsed);
    return parsed;
}

SqlStatement SqlScript::parseUncached(const QString &text)
{
    SqlStatement statement;
    statement.text = text;
    const QByteArray utf8 = text.toUtf8();
    PgQueryParseResult result = pg_query_parse(utf8.constData());
    if (result.error) {
        const SourceText source(text);
        const int byte = SourceText::byteOfCodePoint(utf8, std::max(result.error->cursorpos - 1, 0));
        const int at = source.charOffset(byte);
        SqlSyntaxError error;
        error.message = QString::fromUtf8(result.error->message);
        error.range = source.rangeFromChars(at, std::min<int>(at + 1, int(text.size())));
        statement.error = error;
    } else {
        const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromRawData(result.parse_tree, qsizetype(qstrlen(result.parse_tree)))).object();
        const QJsonArray stmts = root.value(QStringLiteral("stmts")).toArray();
        if (!stmts.isEmpty())
            statement.tree = stmts.first().toObject().value(QStringLiteral("stmt")).toObject();
    }
    pg_query_free_parse_result(result);
    return statement;
}

SqlScript SqlScript::parse(const QString &text)
{
    SqlScript script;
    script.m_source = SourceText(text);
    const QByteArray &utf8 = script.m_source.utf8();
    SqlScanner::Result scanned = SqlScanner::scan(utf8);
    script.m_tokens = scanned.tokens;

    const QList<Piece> pieces = splitOnSemicolons(script.m_tokens, utf8);

    const QList<SqlToken> &tokens = script.m_tokens;
    int previousEnd = 0;
    qsizetype t = 0; // token cursor
    for (const Piece &piece : pieces) {
        SqlStatement statement;
        // Leading comments: between the previous statement and the first real token.
        while (t < tokens.size() && tokens[t].byteEnd <= previousEnd)
            ++t;
        int first = -1;
        int last = -1;
        qsizetype i = t;
        for (; i < tokens.size() && tokens[i].byteStart < piece.byteEnd; ++i) {
            const SqlToken &token = tokens[i];
            const bool leading = first < 0;
            if (token.byteStart < piece.byteStart || leading) {
                if (token.isComment() && token.byteStart >= previousEnd)
                    statement.leadingComments << QString::fromUtf8(utf8.mid(token.byteStart, token.byteEnd - token.byteStart));
                if (token.byteStart < piece.byteStart || token.isComment() || token.tokenId == kSemicolon)
                    continue; // before the statement, or an empty statement
            }
            if (first < 0)
                first = token.byteStart;
            if (!token.isComment() && token.tokenId != kSemicolon)
                last = token.byteEnd;
        }
        // i: the first token after the piece; the terminating ';' is the next real token.
        i = t;
        while (i < tokens.size() && tokens[i].byteStart < std::max(last, piece.byteStart))
            ++i;
        int start = first >= 0 ? first : piece.byteStart;
        int end = last >= 0 ? last : piece.byteEnd;
        if (first < 0 && scanned.errorByte < 0) {
            previousEnd = piece.byteEnd;
            continue; // only comments and whitespace
        }
        if (first < 0 || (scanned.errorByte >= 0 && piece.byteEnd == int(utf8.size()) && scanned.errorByte >= start)) {
            // The lexer stopped inside this statement: keep the raw text to the end.
            if (first < 0) {
                start = piece.byteStart;
                while (start < piece.byteEnd && QChar::isSpace(uchar(utf8[start])))
                    ++start;
                if (start >= piece.byteEnd) {
                    previousEnd = piece.byteEnd;
                    continue;
                }
            }
            end = piece.byteEnd;
            while (end > start && QChar::isSpace(uchar(utf8[end - 1])))
                --end;
        }
        statement.index = int(script.m_statements.size());
        statement.range = script.m_source.rangeFromBytes(start, end);
        statement.text = text.mid(statement.range.start, statement.range.end - statement.range.start);
        int endWithSemicolon = end;
        for (qsizetype k = i; k < tokens.size(); ++k) {
            if (tokens[k].isComment())
                continue;
            if (tokens[k].tokenId == kSemicolon)
                endWithSemicolon = tokens[k].byteEnd;
            break;
        }
        statement.rangeWithSemicolon = script.m_source.rangeFromBytes(start, endWithSemicolon);

        SqlStatement parsed = parseStatement(statement.text);
        statement.tree = parsed.tree;
        if (parsed.error) {
            SqlSyntaxError error = *parsed.error;
            error.range = script.m_source.rangeFromChars(statement.range.start + parsed.error->range.start,
                                                         statement.range.start + parsed.error->range.end);
            statement.error = error;
        }
        // psql meta-commands are not SQL: say so where they are.
        for (qsizetype k = t; k < tokens.size() && tokens[k].byteStart < end; ++k) {
            const SqlToken &token = tokens[k];
            if (token.byteStart < start || token.tokenId != kBackslash)
                continue;
            int lineStart = token.byteStart;
            while (lineStart > 0 && utf8[lineStart - 1] != '\n' && QChar::isSpace(uchar(utf8[lineStart - 1])))
                --lineStart;
            if (lineStart > 0 && utf8[lineStart - 1] != '\n')
                continue;
            int lineEnd = utf8.indexOf('\n', token.byteStart);
            if (lineEnd < 0)
                lineEnd = int(utf8.size());
            const QString command = QString::fromUtf8(utf8.mid(token.byteStart, lineEnd - token.byteStart)).trimmed();
            SqlSyntaxError error;
            error.message = tr("psql meta-command \"%1\" is not SQL: Slipway runs SQL statements only. "
                               "Remove it, or run this file with psql.")
                                .arg(command.section(QLatin1Char(' '), 0, 0));
            error.range = script.m_source.rangeFromBytes(token.byteStart, lineEnd);
            statement.error = error;
            statement.tree = {};
            break;
        }
        if (scanned.errorByte >= start && scanned.errorByte < std::max(end, start + 1) && !statement.error) {
            SqlSyntaxError error;
            error.message = scanned.error;
            error.range = script.m_source.rangeFromBytes(scanned.errorByte, scanned.errorByte + 1);
            statement.error = error;
        }
        script.m_statements << statement;
        previousEnd = std::max(endWithSemicolon, piece.byteEnd);
    }
    return script;
}

qsizetype SqlScript::firstTokenAt(int byteOffset) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), byteOffset,
                                     [](const SqlToken &token, int offset) { return token.byteStart < offset; });
    return it - m_tokens.cbegin();
}

QList<SqlSyntaxError> SqlScript::errors() const
{
    QList<SqlSyntaxError> out;
    for (const SqlStatement &statement : m_statements) {
        if (statement.error)
            out << *statement.error;
    }
    return out;
}

} // namespace slipway
