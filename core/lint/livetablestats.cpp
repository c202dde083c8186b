#include "livetablestats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

namespace slipway {

namespace {

// $1: [{"name": as written, "schema": "" or schema, "rel": table}]. Names are
// quoted with quote_ident() on the server and resolved with to_regclass(), so
// an unknown table is a missing row, not an error.
const char *const kStatsQuery = R"SQL(
WITH RECURSIVE wanted AS (
    SELECT w.name,
           to_regclass(CASE WHEN coalesce(w.schema, '') = '' THEN quote_ident(w.rel)
                            ELSE quote_ident(w.schema) || '.' || quote_ident(w.rel) END) AS relid
    FROM json_to_recordset($1::json) AS w(name text, schema text, rel text)
), tree AS (
    SELECT name, relid FROM wanted WHERE relid IS NOT NULL
    UNION
    SELECT t.name, i.inhrelid FROM tree t JOIN pg_inherits i ON i.inhparent = t.relid
), leaf AS (
    SELECT t.name, c.oid, c.relkind, c.reltuples::float8 AS reltuples,
           pg_relation_size(c.oid) AS heap_bytes,
           pg_total_relation_size(c.oid) AS total_bytes,
           current_setting('block_size')::int AS block_size,
           (SELECT coalesce(sum(CASE WHEN a.attlen > 0 THEN a.attlen ELSE 32 END), 0)
              FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS width
    FROM tree t JOIN pg_class c ON c.oid = t.relid
)
SELECT name,
       sum(CASE
             WHEN reltuples > 0 THEN reltuples::bigint
             WHEN relkind NOT IN ('r', 'm') OR heap_bytes = 0 THEN 0
             WHEN heap_bytes <= 8 * 1024 * 1024 AND has_table_privilege(oid, 'SELECT')
               THEN (xpath('/row/n/text()',
                           query_to_xml(format('SELECT count(*) AS n FROM %s', oid::regclass),
                                        false, true, '')))[1]::text::bigint
             ELSE (heap_bytes / block_size) * greatest(1, (block_size - 24) / (width + 28))
           END)::bigint AS estimated_rows,
       sum(total_bytes)::bigint AS total_bytes
FROM leaf
GROUP BY name
)SQL";

} // namespace

bool LiveTableStats::fetch(const QString &conninfo, const QStringList &tables, DbError *error)
{
    m_stats.clear();
    m_serverVersion = 0;
    try {
        pqxx::connection connection(conninfo.toStdString());
        m_serverVersion = connection.server_version();
        if (tables.isEmpty())
            return true;
        QJsonArray wanted;
        for (const QString &table : tables) {
            const qsizetype dot = table.indexOf(QLatin1Char('.'));
            wanted.append(QJsonObject{
                {QStringLiteral("name"), table},
                {QStringLiteral("schema"), dot < 0 ? QString() : table.left(dot)},
                {QStringLiteral("rel"), dot < 0 ? table : table.mid(dot + 1)},
            });
        }
        const std::string json = QJsonDocument(wanted).toJson(QJsonDocument::Compact).toStdString();
        pqxx::read_transaction tx(connection);
        tx.exec0("SET LOCAL lock_timeout = '2s'");
        tx.exec0("SET LOCAL statement_timeout = '30s'");
        const pqxx::result rows = tx.exec_params(kStatsQuery, json);
        for (const auto &row : rows) {
            TableStats stats;
            stats.estimatedRows = row[1].is_null() ? 0 : row[1].as<qint64>();
            stats.totalBytes = row[2].is_null() ? 0 : row[2].as<qint64>();
            m_stats.insert(QString::fromStdString(row[0].as<std::string>()), stats);
        }
        tx.commit();
        return true;
    } catch (const pqxx::broken_connection &e) {
        if (error)
            *error = DbError::fromConnectFailure(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        if (error)
            *error = DbError::fromException(e, QString::fromUtf8(kStatsQuery));
    }
    return false;
}

std::optional<TableStats> LiveTableStats::lookup(const QString &table) const
{
    auto it = m_stats.constFind(table);
    if (it == m_stats.constEnd())
        it = m_stats.constFind(table.toLower());
    if (it == m_stats.constEnd())
        return std::nullopt;
    return *it;
}

std::function<std::optional<TableStats>(const QString &)> LiveTableStats::provider() const
{
    return [stats = m_stats](const QString &table) -> std::optional<TableStats> {
        auto it = stats.constFind(table);
        if (it == stats.constEnd())
            it = stats.constFind(table.toLower());
        if (it == stats.constEnd())
            return std::nullopt;
        return *it;
    };
}

} // namespace slipway
