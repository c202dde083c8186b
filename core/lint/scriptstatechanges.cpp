// ScriptState's record of schema changes and backfills in the open transaction
// (for mixed-schema-and-data-change).
#include "scriptstate.h"

#include "sql/sqlstatement.h"

#include <QJsonArray>

namespace slipway {

namespace {

QString relationName(const QJsonObject &rangeVar)
{
    const QString schema = rangeVar.value(QStringLiteral("schemaname")).toString();
    const QString name = rangeVar.value(QStringLiteral("relname")).toString();
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

} // namespace

QString ScriptState::schemaChangeTarget(const SqlStatement &statement)
{
    const QString type = statement.nodeType();
    const QJsonObject node = statement.node();
    if (type == QLatin1String("AlterTableStmt") || type == QLatin1String("CreateTrigStmt")
        || (type == QLatin1String("IndexStmt") && !node.value(QStringLiteral("concurrent")).toBool())
        || (type == QLatin1String("RenameStmt") && node.contains(QStringLiteral("relation"))))
        return relationName(node.value(QStringLiteral("relation")).toObject());
    return {};
}

QString ScriptState::backfillTarget(const SqlStatement &statement)
{
    const QString type = statement.nodeType();
    const QJsonObject node = statement.node();
    if (type == QLatin1String("UpdateStmt"))
        return relationName(node.value(QStringLiteral("relation")).toObject());
    if (type == QLatin1String("InsertStmt")) {
        const QJsonObject select = node.value(QStringLiteral("selectStmt")).toObject()
                                       .value(QStringLiteral("SelectStmt")).toObject();
        if (!select.value(QStringLiteral("fromClause")).toArray().isEmpty())
            return relationName(node.value(QStringLiteral("relation")).toObject());
    }
    return {};
}

void ScriptState::trackSchemaAndDataChanges(const SqlStatement &statement)
{
    if (!inTransaction || statement.nodeType() == QLatin1String("TransactionStmt")) {
        // Outside a transaction block each statement commits on its own; a
        // transaction statement starts or ends one (savepoints end nothing, but
        // forgetting there only loses a finding).
        schemaChangedTable.clear();
        backfilledTable.clear();
        return;
    }
    const QString changed = schemaChangeTarget(statement);
    if (schemaChangedTable.isEmpty() && !changed.isEmpty() && !createdTables.contains(changed.toLower()))
        schemaChangedTable = changed;
    if (backfilledTable.isEmpty())
        backfilledTable = backfillTarget(statement);
}

} // namespace slipway
