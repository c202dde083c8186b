#pragma once

#include "executionitem.h"

#include "sql/sqlscript.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::run {

// One statement of an item, with what the executor needs to know about it.
struct PlannedStatement {
    int index = 0;
    QString text;            // sent to the server as is
    TextRange range;         // in the item's SQL
    bool transactionAllowed = true;
    QString transactionNote; // why not, when not
    bool transactionControl = false; // BEGIN/COMMIT/ROLLBACK/SAVEPOINT written in the script
    bool setsLockTimeout = false;      // the script sets lock_timeout itself
    bool setsStatementTimeout = false; // the script sets statement_timeout itself
    QStringList backupTables;          // tables it destroys data of (DROP TABLE/COLUMN, TRUNCATE, DELETE without WHERE)
};

// Statements run together: in one transaction, or alone outside any.
struct StatementGroup {
    bool inTransaction = true;
    QList<int> statements; // indexes into ExecutionPlan::statements
};

// How one item will run: its statements split into transaction groups. Pure:
// no server needed, so the Run view shows it before anything runs.
struct ExecutionPlan {
    Q_DECLARE_TR_FUNCTIONS(ExecutionPlan)

public:
    SourceText source;
    QList<PlannedStatement> statements;
    QList<StatementGroup> groups;
    QStringList notes;                  // translated; e.g. why it runs outside a transaction
    QList<SqlSyntaxError> syntaxErrors; // an item with syntax errors is not run

    // serverVersion as server_version_num (e.g. 150004): ALTER TYPE ... ADD
    // VALUE may run in a transaction from 12 on.
    static ExecutionPlan build(const ExecutionItem &item, int serverVersion);

    bool runsInOneTransaction() const { return groups.size() == 1 && groups.first().inTransaction; }
    // Line/column in the item's SQL of a server error position (1-based,
    // characters into the statement text); the statement start when 0.
    TextPosition positionOf(int statement, int serverPosition) const;
    // 1-based character offset in the item's SQL (what the journal stores).
    int offsetOf(int statement, int serverPosition) const;

    // Tables whose data a statement destroys (pure, from the parse tree).
    static QStringList destructiveTargets(const SqlStatement &statement);
};

} // namespace slipway::run
