#pragma once

#include "finding.h"
#include "lintoptions.h"
#include "scriptstate.h"
#include "sql/lockimpact.h"
#include "sql/sqlscript.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <memory>

namespace slipway {

// Everything a rule may look at for one statement.
class StatementContext {
public:
    StatementContext(const SqlScript &script, const SqlStatement &statement, const LockImpact &impact,
                     const ScriptState &state, const LintOptions &options);

    const SqlScript &script() const { return m_script; }
    const SqlStatement &statement() const { return m_statement; }
    const QJsonObject &node() const { return m_node; }
    const QString &nodeType() const { return m_nodeType; }
    // alterCommands(node()), worked out once for all rules.
    const QJsonArray &commands() const;
    const LockImpact &impact() const { return m_impact; }
    const ScriptState &state() const { return m_state; }
    const LintOptions &options() const { return m_options; }
    int serverVersion() const { return m_options.serverVersion; }
    bool inTransaction() const { return m_state.inTransaction; }

    // Was this table created earlier in the same file (so it is new and empty)?
    bool createdInFile(const QString &table) const;
    // Live size of a table; nullopt offline or when the table is unknown.
    std::optional<TableStats> stats(const QString &table) const;

    // The whole statement.
    TextRange statementRange() const { return m_statement.range; }
    // The token at a parse-tree "location" (a byte offset into the statement
    // text), extended to cover `length` characters when given.
    TextRange rangeAt(int location, int length = 0) const;
    // From a parse-tree location to the end of the statement.
    TextRange rangeFrom(int location) const;

    // A finding on this statement, with the rule's severity filled in by the engine.
    Finding finding(const QString &rule, const TextRange &range, const QString &message,
                    const QString &explanation, const QString &help) const;

    // The first token of the statement spelling `word` (case-insensitive), at or
    // after byte `fromLocation` of the statement; nullopt when absent.
    std::optional<SqlToken> findToken(const QString &word, int fromLocation = 0) const;
    // Character range of a token, in the script.
    TextRange tokenRange(const SqlToken &token) const;

    // What several rules derive from the same statement (its token list, its
    // column types), computed by the first rule that asks and kept for the
    // others: the rules run back to back on one context.
    enum class Memo { Tokens, ColumnTypeSites, IsAlterTable, Commands, Count };
    template <typename T, typename Compute>
    const T &memo(Memo slot, Compute compute) const
    {
        std::shared_ptr<void> &cell = m_memo[size_t(slot)];
        if (!cell)
            cell = std::make_shared<T>(compute());
        return *static_cast<const T *>(cell.get());
    }

    // Helpers for the JSON parse tree.
    static QString rangeVarName(const QJsonObject &rangeVar);
    static QString typeName(const QJsonObject &typeName); // "int4", "varchar", ...
    static QJsonArray alterCommands(const QJsonObject &alterTableStmt);

private:
    const SqlScript &m_script;
    const SqlStatement &m_statement;
    const LockImpact &m_impact;
    const ScriptState &m_state;
    const LintOptions &m_options;
    const QJsonObject m_node;
    const QString m_nodeType;
    mutable std::array<std::shared_ptr<void>, size_t(Memo::Count)> m_memo;
};

} // namespace slipway
