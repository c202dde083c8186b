#include "scriptstate.h"

#include "lintoptions.h"
#include "sql/sqlstatement.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace slipway {

QString ScriptState::fingerprint() const
{
    QStringList tables(createdTables.begin(), createdTables.end());
    std::sort(tables.begin(), tables.end());
    return QStringLiteral("%1%2%3%4|%5")
        .arg(int(inTransaction))
        .arg(int(explicitTransaction))
        .arg(int(lockTimeoutSet))
        .arg(int(statementTimeoutSet))
        .arg(tables.join(QLatin1Char(',')));
}

void ScriptState::advance(const SqlStatement &statement, const LintOptions &options)
{
    const QString type = statement.nodeType();
    const QJsonObject node = statement.node();
    if (type == QLatin1String("TransactionStmt")) {
        const QString kind = node.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START")) {
            explicitTransaction = true;
            inTransaction = true;
        } else if (kind == QLatin1String("TRANS_STMT_COMMIT") || kind == QLatin1String("TRANS_STMT_ROLLBACK")
                   || kind == QLatin1String("TRANS_STMT_COMMIT_PREPARED")
                   || kind == QLatin1String("TRANS_STMT_PREPARE")) {
            explicitTransaction = false;
            inTransaction = options.assumeInTransaction;
        }
    } else if (type == QLatin1String("VariableSetStmt")) {
        const QString name = node.value(QStringLiteral("name")).toString().toLower();
        const bool reset = node.value(QStringLiteral("kind")).toString().startsWith(QLatin1String("VAR_RESET"));
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
        const QString name = relation.value(QStringLiteral("relname")).toString().toLower();
        const QString schema = relation.value(QStringLiteral("schemaname")).toString().toLower();
        if (!name.isEmpty()) {
            createdTables.insert(name);
            if (!schema.isEmpty())
                createdTables.insert(schema + QLatin1Char('.') + name);
        }
    }
}

} // namespace slipway
