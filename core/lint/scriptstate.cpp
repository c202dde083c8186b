#include "scriptstate.h"

#include "lintoptions.h"
#include "sql/sqlstatement.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace slipway {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

namespace {

// Order-independent: sets need no sorting, so this stays cheap on every statement.
size_t hashOf(const QSet<QString> &set, size_t seed)
{
    size_t h = qHash(set.size(), seed);
    for (const QString &item : set)
        h += qHash(item, seed);
    return h;
}

} // namespace

QString ScriptState::fingerprint() const
{
    size_t h = qHashMulti(0, inTransaction, explicitTransaction, lockTimeoutSet, statementTimeoutSet,
                          slowStatementSeen, schemaChangedTable, backfilledTable);
    h ^= hashOf(createdTables, 1) * 3;
    h ^= hashOf(createdTablesInTransaction, 2) * 5;
    h ^= hashOf(droppedConstraints, 3) * 7;
    h ^= hashOf(notValidInTransaction, 4) * 11;
    h ^= hashOf(validated, 5) * 13;
    for (auto it = notNullChecks.begin(); it != notNullChecks.end(); ++it)
        h += qHashMulti(6, it.key(), it.value());
    return QString::number(h, 16);
}

bool ScriptState::possiblySlow(const SqlStatement &statement)
{
    const QString type = statement.nodeType();
    if (type.isEmpty())
        return false;
    if (type == QLatin1String("CreateStmt")) {
        // A new table only matters to others when it references one of theirs.
        const QJsonObject node = statement.node();
        for (const QJsonValue &element : node.value(QStringLiteral("tableElts")).toArray()) {
            const QJsonObject object = element.toObject();
            QJsonArray constraints;
            if (object.contains(QStringLiteral("ColumnDef")))
                constraints = object.value(QStringLiteral("ColumnDef")).toObject().value(QStringLiteral("constraints")).toArray();
            else
                constraints.append(element);
            for (const QJsonValue &c : constraints) {
                if (str(c.toObject().value(QStringLiteral("Constraint")).toObject(), "contype") == QLatin1String("CONSTR_FOREIGN"))
                    return true;
            }
        }
        return false;
    }
    static const QSet<QString> notSlow = {
        QStringLiteral("SelectStmt"), QStringLiteral("InsertStmt"), QStringLiteral("UpdateStmt"),
        QStringLiteral("DeleteStmt"), QStringLiteral("MergeStmt"), QStringLiteral("TransactionStmt"),
        QStringLiteral("VariableSetStmt"), QStringLiteral("VariableShowStmt"), QStringLiteral("CopyStmt"),
        QStringLiteral("DoStmt"), QStringLiteral("CallStmt"), QStringLiteral("ExplainStmt"),
        QStringLiteral("GrantStmt"), QStringLiteral("GrantRoleStmt"), QStringLiteral("PrepareStmt"),
        QStringLiteral("ExecuteStmt"), QStringLiteral("DeallocateStmt"), QStringLiteral("DeclareCursorStmt"),
        QStringLiteral("FetchStmt"), QStringLiteral("ClosePortalStmt"), QStringLiteral("ListenStmt"),
        QStringLiteral("UnlistenStmt"), QStringLiteral("NotifyStmt"), QStringLiteral("CheckPointStmt"),
        QStringLiteral("DiscardStmt"), QStringLiteral("ConstraintsSetStmt"), QStringLiteral("ReassignOwnedStmt"),
        QStringLiteral("SecLabelStmt"), QStringLiteral("PLAssignStmt"), QStringLiteral("ReturnStmt"),
    };
    if (notSlow.contains(type))
        return false;
    if (type == QLatin1String("VacuumStmt")) // VACUUM yes, ANALYZE no
        return statement.node().value(QStringLiteral("is_vacuumcmd")).toBool();
    return true;
}

void ScriptState::advance(const SqlStatement &statement, const LintOptions &options)
{
    Q_UNUSED(options)
    const QString type = statement.nodeType();
    const QJsonObject node = statement.node();
    trackSchemaAndDataChanges(statement);
    if (possiblySlow(statement))
        slowStatementSeen = true;
    if (type == QLatin1String("TransactionStmt")) {
        const QString kind = str(node, "kind");
        if (kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START")) {
            explicitTransaction = true;
            inTransaction = true;
            createdTablesInTransaction.clear();
            notValidInTransaction.clear();
        } else if (kind == QLatin1String("TRANS_STMT_COMMIT") || kind == QLatin1String("TRANS_STMT_ROLLBACK")
                   || kind == QLatin1String("TRANS_STMT_COMMIT_PREPARED")
                   || kind == QLatin1String("TRANS_STMT_PREPARE")) {
            // After a COMMIT the rest of the file runs outside any transaction,
            // even when the runner wrapped the file in one (as squawk sees it).
            explicitTransaction = false;
            inTransaction = false;
            createdTablesInTransaction.clear();
            notValidInTransaction.clear();
        }
    } else if (type == QLatin1String("VariableSetStmt")) {
        const QString name = str(node, "name").toLower();
        const bool reset = str(node, "kind").startsWith(QLatin1String("VAR_RESET"));
        if (name == QLatin1String("lock_timeout"))
            lockTimeoutSet = !reset;
        else if (name == QLatin1String("statement_timeout"))
            statementTimeoutSet = !reset;
    } else if (type == QLatin1String("CreateStmt") || type == QLatin1String("CreateTableAsStmt")) {
        QJsonObject into = node.value(QStringLiteral("into")).toObject();
        if (into.contains(QStringLiteral("IntoClause")))
            into = into.value(QStringLiteral("IntoClause")).toObject();
        const QJsonObject relation = type == QLatin1String("CreateStmt")
                                         ? node.value(QStringLiteral("relation")).toObject()
                                         : into.value(QStringLiteral("rel")).toObject();
        const QString name = str(relation, "relname").toLower();
        const QString schema = str(relation, "schemaname").toLower();
        if (!name.isEmpty()) {
            createdTables.insert(name);
            if (!schema.isEmpty())
                createdTables.insert(schema + QLatin1Char('.') + name);
            if (inTransaction) {
                createdTablesInTransaction.insert(name);
                if (!schema.isEmpty())
                    createdTablesInTransaction.insert(schema + QLatin1Char('.') + name);
            }
        }
    } else if (type == QLatin1String("AlterTableStmt")) {
        const QString table = str(node.value(QStringLiteral("relation")).toObject(), "relname");
        for (const QJsonValue &v : node.value(QStringLiteral("cmds")).toArray()) {
            const QJsonObject cmd = v.toObject().value(QStringLiteral("AlterTableCmd")).toObject();
            const QString subtype = str(cmd, "subtype");
            if (subtype == QLatin1String("AT_DropConstraint")) {
                droppedConstraints.insert(str(cmd, "name"));
            } else if (subtype == QLatin1String("AT_AddConstraint")) {
                const QJsonObject c = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("Constraint")).toObject();
                const QString name = str(c, "conname");
                if (name.isEmpty())
                    continue;
                if (c.value(QStringLiteral("skip_validation")).toBool() && inTransaction)
                    notValidInTransaction.insert(name);
                const QJsonObject test = c.value(QStringLiteral("raw_expr")).toObject().value(QStringLiteral("NullTest")).toObject();
                const QJsonArray fields = test.value(QStringLiteral("arg")).toObject()
                                              .value(QStringLiteral("ColumnRef")).toObject()
                                              .value(QStringLiteral("fields")).toArray();
                if (str(c, "contype") == QLatin1String("CONSTR_CHECK")
                    && str(test, "nulltesttype") == QLatin1String("IS_NOT_NULL") && fields.size() == 1)
                    notNullChecks.insert(name, str(fields.first().toObject().value(QStringLiteral("String")).toObject(), "sval"));
                else
                    notNullChecks.remove(name);
            } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
                const QString column = notNullChecks.value(str(cmd, "name"));
                validated.insert(table + QChar(0x1f) + (column.isEmpty() ? QStringLiteral("*") : column));
            }
        }
    }
}

} // namespace slipway
