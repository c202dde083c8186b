#include "invalidindexes.h"

#include <pqxx/pqxx>

namespace slipway::run {

QString InvalidIndexes::cleanupSql(pqxx::connection_base &conn, const QString &schema,
                                   const QString &name)
{
    return QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1.%2;")
        .arg(QString::fromStdString(conn.quote_name(schema.toStdString())),
             QString::fromStdString(conn.quote_name(name.toStdString())));
}

QList<InvalidIndex> InvalidIndexes::find(pqxx::connection_base &conn)
{
    QList<InvalidIndex> out;
    pqxx::nontransaction tx(conn, "slipway invalid indexes");
    const pqxx::result rows = tx.exec(R"SQL(
SELECT n.nspname, c.relname, t.relname, pg_catalog.pg_get_indexdef(i.indexrelid)
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY 1, 2)SQL");
    for (const auto &row : rows) {
        InvalidIndex index;
        index.schema = QString::fromUtf8(row[0].c_str());
        index.name = QString::fromUtf8(row[1].c_str());
        index.table = QString::fromUtf8(row[2].c_str());
        index.definition = QString::fromUtf8(row[3].c_str());
        index.cleanupSql = cleanupSql(conn, index.schema, index.name);
        out << index;
    }
    return out;
}

} // namespace slipway::run
