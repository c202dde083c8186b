#include "executionplan.h"

#include "sql/lockimpact.h"

#include <QJsonArray>
#include <QJsonObject>

namespace slipway::run {

namespace {

QString rangeVarName(const QJsonObject &value)
{
    // List elements wrap it ({"RangeVar": {...}}); typed fields do not.
    const QJsonObject rv = value.contains(QStringLiteral("RangeVar"))
        ? value.value(QStringLiteral("RangeVar")).toObject()
        : value;
    const QString schema = rv.value(QStringLiteral("schemaname")).toString();
    const QString name = rv.value(QStringLiteral("relname")).toString();
    return schema.isEmpty() ? name : schema + u'.' + name;
}

QString dottedName(const QJsonObject &listNode)
{
    QStringList parts;
    const QJsonArray items =
        listNode.value(QStringLiteral("List")).toObject().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items)
        parts << v.toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
    return parts.join(u'.');
}

bool setsVariable(const SqlStatement &statement, const char *name)
{
    if (statement.nodeType() != QLatin1String("VariableSetStmt")) return false;
    return statement.node().value(QStringLiteral("name")).toString() == QLatin1String(name);
}

void addUnique(QStringList &list, const QString &name)
{
    if (!name.isEmpty() && !list.contains(name)) list << name;
}

} // namespace

QStringList ExecutionPlan::destructiveTargets(const SqlStatement &statement)
{
    QStringList out;
    const QString type = statement.nodeType();
    const QJsonObject node = statement.node();
    if (type == QLatin1String("DropStmt")) {
        if (node.value(QStringLiteral("removeType")).toString() != QLatin1String("OBJECT_TABLE"))
            return out;
        for (const QJsonValue &v : node.value(QStringLiteral("objects")).toArray())
            addUnique(out, dottedName(v.toObject()));
    } else if (type == QLatin1String("TruncateStmt")) {
        for (const QJsonValue &v : node.value(QStringLiteral("relations")).toArray())
            addUnique(out, rangeVarName(v.toObject()));
    } else if (type == QLatin1String("DeleteStmt")) {
        if (!node.contains(QStringLiteral("whereClause")))
            addUnique(out, rangeVarName(node.value(QStringLiteral("relation")).toObject()));
    } else if (type == QLatin1String("AlterTableStmt")) {
        for (const QJsonValue &v : node.value(QStringLiteral("cmds")).toArray()) {
            const QJsonObject cmd = v.toObject().value(QStringLiteral("AlterTableCmd")).toObject();
            if (cmd.value(QStringLiteral("subtype")).toString() == QLatin1String("AT_DropColumn"))
                addUnique(out, rangeVarName(node.value(QStringLiteral("relation")).toObject()));
        }
    }
    return out;
}

ExecutionPlan ExecutionPlan::build(const ExecutionItem &item, int serverVersion)
{
    ExecutionPlan plan;
    const SqlScript script = SqlScript::parse(item.sql);
    plan.source = script.source();
    plan.syntaxErrors = script.errors();
    bool userTransactions = false;
    for (const SqlStatement &s : script.statements()) {
        PlannedStatement p;
        p.index = int(plan.statements.size());
        p.text = s.text;
        p.range = s.range;
        if (!s.error) {
            const LockImpact impact = LockClassifier::classify(s, serverVersion);
            p.transactionAllowed = impact.transactionAllowed;
            p.transactionNote = impact.transactionNote;
            p.transactionControl = s.nodeType() == QLatin1String("TransactionStmt");
            p.setsLockTimeout = setsVariable(s, "lock_timeout");
            p.setsStatementTimeout = setsVariable(s, "statement_timeout");
            p.backupTables = destructiveTargets(s);
        }
        userTransactions = userTransactions || p.transactionControl;
        plan.statements << p;
    }

    const bool allOutside = item.outsideTransaction || userTransactions;
    if (item.outsideTransaction)
        plan.notes << tr("The migration is marked to run without a transaction: each statement "
                         "commits on its own.");
    else if (userTransactions)
        plan.notes << tr("The script controls its own transactions (BEGIN/COMMIT): its statements "
                         "run as written, without an extra transaction around them.");
    for (const PlannedStatement &p : std::as_const(plan.statements)) {
        const bool outside = allOutside || !p.transactionAllowed;
        if (!outside && !plan.groups.isEmpty() && plan.groups.last().inTransaction) {
            plan.groups.last().statements << p.index;
            continue;
        }
        StatementGroup group;
        group.inTransaction = !outside;
        group.statements << p.index;
        plan.groups << group;
        if (!allOutside && !p.transactionAllowed)
            plan.notes << tr("Statement %1 (line %2) runs outside a transaction: %3.")
                              .arg(p.index + 1)
                              .arg(p.range.from.line)
                              .arg(p.transactionNote);
    }
    if (!allOutside && plan.groups.size() > 1)
        plan.notes << tr("The migration runs in %1 steps; if a later step fails, the earlier ones "
                         "stay applied.")
                          .arg(plan.groups.size());
    return plan;
}

int ExecutionPlan::offsetOf(int statement, int serverPosition) const
{
    if (statement < 0 || statement >= statements.size()) return 0;
    const PlannedStatement &p = statements.at(statement);
    const int within = qBound(0, serverPosition > 0 ? serverPosition - 1 : 0,
                              qMax(0, int(p.text.size()) - 1));
    return p.range.start + within + 1;
}

TextPosition ExecutionPlan::positionOf(int statement, int serverPosition) const
{
    const int offset = offsetOf(statement, serverPosition);
    return offset > 0 ? source.position(offset - 1) : TextPosition{};
}

} // namespace slipway::run
