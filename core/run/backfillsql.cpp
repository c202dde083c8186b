#include "backfillsql.h"

#include <QRegularExpression>

#include <pqxx/pqxx>

#include <stdexcept>

namespace slipway::run {

namespace {

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

QString quoted(pqxx::transaction_base &tx, const QString &identifier)
{
    return QString::fromStdString(tx.quote_name(identifier.toStdString()));
}

QString params(const BackfillTarget &target, int first)
{
    QStringList list;
    for (int i = 0; i < target.key.size(); ++i)
        list << QStringLiteral("$%1::%2").arg(first + i).arg(target.keyTypes.at(i));
    return QLatin1Char('(') + list.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString columns(const BackfillTarget &target, const QString &prefix = {}, const QString &suffix = {})
{
    QStringList list;
    for (const QString &column : target.quotedKey)
        list << prefix + column + suffix;
    return list.join(QStringLiteral(", "));
}

} // namespace

BackfillTarget BackfillSql::resolve(pqxx::transaction_base &tx, const BackfillSpec &spec)
{
    BackfillTarget target;
    target.schema = spec.schemaName();
    target.table = spec.tableName();
    target.quotedTable = quoted(tx, target.schema) + QLatin1Char('.') + quoted(tx, target.table);
    const pqxx::result table = tx.exec_params(
        "SELECT c.oid, c.reltuples FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')",
        target.schema.toStdString(), target.table.toStdString());
    if (table.empty())
        fail(tr("Table %1.%2 does not exist (or is not a table).").arg(target.schema, target.table));
    const long long oid = table[0][0].as<long long>();
    target.reltuples = table[0][1].as<double>();

    if (spec.key.isEmpty()) {
        target.keyFromPrimaryKey = true;
        const pqxx::result pk = tx.exec_params(R"SQL(
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
WHERE i.indrelid = $1::oid AND i.indisprimary
ORDER BY pg_catalog.array_position(i.indkey::int2[], a.attnum))SQL",
                                               oid);
        if (pk.empty())
            fail(tr("Table %1.%2 has no primary key: name the key columns in the spec (\"key\").")
                     .arg(target.schema, target.table));
        for (const pqxx::row &row : pk) {
            target.key << text(row[0]);
            target.keyTypes << text(row[1]);
            target.keyNullable = target.keyNullable || row[2].as<bool>();
        }
    } else {
        for (const QString &column : spec.key) {
            const pqxx::result row = tx.exec_params(
                "SELECT pg_catalog.format_type(atttypid, atttypmod), NOT attnotnull FROM pg_catalog.pg_attribute "
                "WHERE attrelid = $1::oid AND attname = $2 AND attnum > 0 AND NOT attisdropped",
                oid, column.toStdString());
            if (row.empty())
                fail(tr("\"key\": table %1.%2 has no column %3.").arg(target.schema, target.table, column));
            target.key << column;
            target.keyTypes << text(row[0][0]);
            target.keyNullable = target.keyNullable || row[0][1].as<bool>();
        }
    }
    for (const QString &column : target.key)
        target.quotedKey << quoted(tx, column);
    return target;
}

QString BackfillSql::rangeCondition(const BackfillTarget &target, bool hasLower, const QString &quotedAlias)
{
    const QString prefix = quotedAlias.isEmpty() ? QString() : quotedAlias + QLatin1Char('.');
    const QString row = QLatin1Char('(') + columns(target, prefix) + QLatin1Char(')');
    const int k = int(target.key.size());
    QString condition;
    if (hasLower)
        condition = row + QStringLiteral(" > ") + params(target, 1) + QStringLiteral(" AND ");
    condition += row + QStringLiteral(" <= ") + params(target, hasLower ? k + 1 : 1);
    return condition;
}

std::string BackfillSql::upperBoundQuery(const BackfillTarget &target, bool hasLower)
{
    const int k = int(target.key.size());
    const QString row = QLatin1Char('(') + columns(target) + QLatin1Char(')');
    QStringList asText;
    for (const QString &column : target.quotedKey)
        asText << column + QStringLiteral("::text");
    const QString sql =
        QStringLiteral("SELECT %1 FROM (SELECT %2 FROM %3%4 ORDER BY %2 LIMIT $%5) AS batch ORDER BY %6 LIMIT 1")
            .arg(asText.join(QStringLiteral(", ")), columns(target), target.quotedTable,
                 hasLower ? QStringLiteral(" WHERE ") + row + QStringLiteral(" > ") + params(target, 1) : QString())
            .arg(hasLower ? k + 1 : 1)
            .arg(columns(target, QStringLiteral("batch."), QStringLiteral(" DESC"))); // batch.: not the text output columns
    return sql.toStdString();
}

std::string BackfillSql::batchStatement(const BackfillSpec &spec, const BackfillTarget &target, bool hasLower)
{
    if (!spec.usesTemplate()) {
        QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                          .arg(target.quotedTable, spec.set.trimmed(), rangeCondition(target, hasLower));
        if (!spec.predicate.trimmed().isEmpty())
            sql += QStringLiteral(" AND (%1)").arg(spec.predicate.trimmed());
        return sql.toStdString();
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{batch(?::([A-Za-z_][A-Za-z0-9_]*))?\\}\\}"));
    QString sql;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(spec.statementTemplate); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sql += spec.statementTemplate.mid(last, match.capturedStart() - last);
        sql += QLatin1Char('(') + rangeCondition(target, hasLower, match.captured(1)) + QLatin1Char(')');
        last = match.capturedEnd();
    }
    sql += spec.statementTemplate.mid(last);
    return sql.toStdString();
}

std::string BackfillSql::remainingCountQuery(const BackfillSpec &spec, const BackfillTarget &target, bool hasLower)
{
    QStringList conditions;
    if (hasLower)
        conditions << QLatin1Char('(') + columns(target) + QStringLiteral(") > ") + params(target, 1);
    if (!spec.predicate.trimmed().isEmpty())
        conditions << QLatin1Char('(') + spec.predicate.trimmed() + QLatin1Char(')');
    QString sql = QStringLiteral("SELECT 1 FROM %1").arg(target.quotedTable);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql.toStdString();
}

} // namespace slipway::run
