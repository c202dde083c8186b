#include "statementcontext.h"

#include <QJsonArray>

namespace slipway {

StatementContext::StatementContext(const SqlScript &script, const SqlStatement &statement,
                                   const LockImpact &impact, const ScriptState &state,
                                   const LintOptions &options)
    : m_script(script)
    , m_statement(statement)
    , m_impact(impact)
    , m_state(state)
    , m_options(options)
    , m_node(statement.node())
    , m_nodeType(statement.nodeType())
{
}

const QJsonArray &StatementContext::commands() const
{
    return memo<QJsonArray>(Memo::Commands, [this] { return alterCommands(m_node); });
}

bool StatementContext::createdInFile(const QString &table) const
{
    return m_state.createdTables.contains(table.toLower());
}

std::optional<TableStats> StatementContext::stats(const QString &table) const
{
    if (createdInFile(table))
        return TableStats{0, 0};
    if (!m_options.tableStats)
        return std::nullopt;
    return m_options.tableStats(table);
}

TextRange StatementContext::rangeAt(int location, int length) const
{
    const SourceText &source = m_script.source();
    if (location < 0)
        return m_statement.range;
    const int byte = m_statement.range.byteStart + location;
    int endByte = byte + 1;
    const QList<SqlToken> &tokens = m_script.tokens();
    const qsizetype at = m_script.firstTokenAt(byte);
    if (at < tokens.size() && tokens[at].byteStart == byte)
        endByte = tokens[at].byteEnd;
    else if (at > 0 && tokens[at - 1].byteEnd > byte)
        endByte = tokens[at - 1].byteEnd;
    TextRange range = source.rangeFromBytes(byte, endByte);
    if (length > 0)
        range = source.rangeFromChars(range.start, std::min(range.start + length, m_statement.range.end));
    return range;
}

TextRange StatementContext::rangeFrom(int location) const
{
    if (location < 0)
        return m_statement.range;
    const int byte = m_statement.range.byteStart + location;
    return m_script.source().rangeFromBytes(byte, m_statement.range.byteEnd);
}

Finding StatementContext::finding(const QString &rule, const TextRange &range, const QString &message,
                                  const QString &explanation, const QString &help) const
{
    Finding f;
    f.rule = rule;
    f.range = range;
    f.statementIndex = m_statement.index;
    f.message = message;
    f.explanation = explanation;
    f.help = help;
    return f;
}

std::optional<SqlToken> StatementContext::findToken(const QString &word, int fromLocation) const
{
    const QByteArray wanted = word.toUtf8();
    const QByteArray &utf8 = m_script.source().utf8();
    const int from = m_statement.range.byteStart + std::max(fromLocation, 0);
    const QList<SqlToken> &tokens = m_script.tokens();
    for (qsizetype i = m_script.firstTokenAt(from); i < tokens.size(); ++i) {
        const SqlToken &token = tokens[i];
        if (token.isComment())
            continue;
        if (token.byteStart >= m_statement.range.byteEnd)
            break;
        const int length = token.byteEnd - token.byteStart;
        if (length == wanted.size() && qstrnicmp(utf8.constData() + token.byteStart, wanted.constData(), uint(length)) == 0)
            return token;
    }
    return std::nullopt;
}

TextRange StatementContext::tokenRange(const SqlToken &token) const
{
    return m_script.source().rangeFromBytes(token.byteStart, token.byteEnd);
}

QString StatementContext::rangeVarName(const QJsonObject &rangeVar)
{
    const QString schema = rangeVar.value(QStringLiteral("schemaname")).toString();
    const QString name = rangeVar.value(QStringLiteral("relname")).toString();
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

QString StatementContext::typeName(const QJsonObject &typeName)
{
    const QJsonArray names = typeName.value(QStringLiteral("names")).toArray();
    if (names.isEmpty())
        return {};
    return names.last().toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
}

QJsonArray StatementContext::alterCommands(const QJsonObject &alterTableStmt)
{
    QJsonArray out;
    for (const QJsonValue &v : alterTableStmt.value(QStringLiteral("cmds")).toArray())
        out.append(v.toObject().value(QStringLiteral("AlterTableCmd")).toObject());
    return out;
}

} // namespace slipway
