#include "objectlist.h"

#include "session.h"

#include <QElapsedTimer>
#include <QHash>

#include <pqxx/pqxx>

namespace slipway {

namespace {

// Schemas the object browser never shows.
constexpr const char *kUserSchemas =
    "n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg\\_toast%'"
    " AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromStdString(field.as<std::string>());
}

qint64 number(const pqxx::field &field)
{
    return field.is_null() ? -1 : field.as<long long>();
}

DbObject::Kind relationKind(const std::string &relkind)
{
    switch (relkind.empty() ? 'r' : relkind.front()) {
    case 'p': return DbObject::Kind::PartitionedTable;
    case 'f': return DbObject::Kind::ForeignTable;
    case 'v': return DbObject::Kind::View;
    case 'm': return DbObject::Kind::MaterializedView;
    default: return DbObject::Kind::Table;
    }
}

ObjectList readObjects(pqxx::connection_base &conn)
{
    QElapsedTimer timer;
    timer.start();
    ObjectList list;
    pqxx::read_transaction tx(conn);
    tx.exec("SET LOCAL statement_timeout = '30s'");
    const std::string userSchemas = kUserSchemas;
    QHash<long long, qsizetype> byOid; // relation oid -> index into list.objects

    for (const auto &row : tx.exec("SELECT n.nspname FROM pg_namespace n WHERE " + userSchemas
                                   + " ORDER BY n.nspname = 'public' DESC, n.nspname")) {
        DbObject o;
        o.kind = DbObject::Kind::Schema;
        o.schema = o.name = text(row[0]);
        list.objects << o;
    }

    // reltuples is -1 (PostgreSQL 14+) or 0 before the first VACUUM/ANALYZE.
    for (const auto &row : tx.exec(
             "SELECT n.nspname, c.relname, c.relkind::text,"
             " CASE WHEN c.relkind IN ('r', 'm', 'p', 'f') AND c.reltuples >= 0"
             "      THEN c.reltuples::bigint END,"
             " CASE WHEN c.relkind IN ('r', 'm') THEN c.relpages::bigint"
             "      * current_setting('block_size')::bigint END,"
             " pg_get_userbyid(c.relowner), c.oid::bigint"
             " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
             " WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm') AND NOT c.relispartition AND "
             + userSchemas + " ORDER BY n.nspname, c.relname")) {
        DbObject o;
        o.schema = text(row[0]);
        o.name = text(row[1]);
        o.kind = relationKind(row[2].as<std::string>());
        o.estimatedRows = number(row[3]);
        o.totalBytes = number(row[4]);
        o.detail = text(row[5]);
        byOid.insert(row[6].as<long long>(), list.objects.size());
        list.objects << o;
    }

    for (const auto &row : tx.exec(
             "SELECT n.nspname, i.relname, t.relname,"
             " i.relpages::bigint * current_setting('block_size')::bigint,"
             " pg_get_indexdef(i.oid), i.oid::bigint"
             " FROM pg_index x"
             " JOIN pg_class i ON i.oid = x.indexrelid"
             " JOIN pg_class t ON t.oid = x.indrelid"
             " JOIN pg_namespace n ON n.oid = i.relnamespace"
             " WHERE NOT t.relispartition AND "
             + userSchemas + " ORDER BY n.nspname, t.relname, i.relname")) {
        DbObject o;
        o.kind = DbObject::Kind::Index;
        o.schema = text(row[0]);
        o.name = text(row[1]);
        o.parent = text(row[2]);
        o.totalBytes = number(row[3]);
        o.detail = text(row[4]);
        byOid.insert(row[5].as<long long>(), list.objects.size());
        list.objects << o;
    }

    for (const auto &row : tx.exec(
             "SELECT n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',"
             " p.prokind = 'p', pg_get_function_result(p.oid)"
             " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
             " LEFT JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'"
             " WHERE p.prokind IN ('f', 'p') AND d.objid IS NULL AND "
             + userSchemas + " ORDER BY n.nspname, p.proname, 2")) {
        DbObject o;
        o.schema = text(row[0]);
        o.name = text(row[1]);
        o.kind = row[2].as<bool>() ? DbObject::Kind::Procedure : DbObject::Kind::Function;
        o.detail = text(row[3]);
        list.objects << o;
    }
    // Exact sizes need an ACCESS SHARE lock per relation. A migration holding
    // ACCESS EXCLUSIVE must not stall the browser: give up after a moment and
    // keep the page-count estimates from above.
    try {
        pqxx::subtransaction sizes(tx, "sizes");
        sizes.exec("SET LOCAL lock_timeout = '500ms'");
        for (const auto &row : sizes.exec(
                 "SELECT c.oid::bigint, CASE WHEN c.relkind = 'i' THEN pg_relation_size(c.oid)"
                 " ELSE pg_total_relation_size(c.oid) END"
                 " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                 " WHERE c.relkind IN ('r', 'm', 'p', 'i', 'I') AND NOT c.relispartition AND "
                 + userSchemas)) {
            const auto at = byOid.constFind(row[0].as<long long>());
            if (at != byOid.cend() && !row[1].is_null())
                list.objects[*at].totalBytes = row[1].as<long long>();
        }
        sizes.commit();
        list.sizesExact = true;
    } catch (const pqxx::sql_error &) {
        list.sizesExact = false; // lock_timeout: estimates stay
    }
    tx.commit();
    list.elapsedMs = timer.elapsed();
    return list;
}

} // namespace

QList<DbObject> ObjectList::ofKind(DbObject::Kind kind) const
{
    QList<DbObject> out;
    for (const DbObject &o : objects) {
        if (o.kind == kind)
            out << o;
    }
    return out;
}

QFuture<DbResult<ObjectList>> listObjects(Session &session)
{
    return session.run<ObjectList>(&readObjects);
}

} // namespace slipway
