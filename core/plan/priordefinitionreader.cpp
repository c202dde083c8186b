#include "priordefinitionreader.h"

#include <pqxx/pqxx>

namespace slipway::plan {

namespace {

const char *const kColumnType =
    "SELECT format_type(atttypid, atttypmod) FROM pg_attribute\n"
    "WHERE attrelid = to_regclass($1) AND attname = $2 AND attnum > 0 AND NOT attisdropped";
const char *const kConstraint =
    "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = to_regclass($1) AND conname = $2";
const char *const kIndex = "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indexrelid = to_regclass($1)";

} // namespace

bool PriorDefinitionReader::read(const QString &conninfo, const QList<PriorDefinitions::Lookup> &lookups,
                                 PriorDefinitions *into, DbError *error)
{
    using Kind = PriorDefinitions::Kind;
    const char *query = nullptr;
    try {
        pqxx::connection connection(conninfo.toStdString());
        pqxx::read_transaction tx(connection);
        tx.exec0("SET LOCAL lock_timeout = '2s'");
        tx.exec0("SET LOCAL statement_timeout = '10s'");
        for (const PriorDefinitions::Lookup &lookup : lookups) {
            pqxx::result rows;
            switch (lookup.kind) {
            case Kind::ColumnType:
                query = kColumnType;
                rows = tx.exec_params(query, lookup.table.toStdString(), lookup.name.toStdString());
                break;
            case Kind::Constraint:
                query = kConstraint;
                rows = tx.exec_params(query, lookup.table.toStdString(), lookup.name.toStdString());
                break;
            case Kind::Index:
                query = kIndex;
                rows = tx.exec_params(query, lookup.name.toStdString());
                break;
            }
            if (!rows.empty() && !rows[0][0].is_null())
                into->definitions.insert(lookup.key(), QString::fromUtf8(rows[0][0].c_str()));
        }
        tx.commit();
        return true;
    } catch (const pqxx::broken_connection &e) {
        if (error)
            *error = DbError::fromConnectFailure(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        if (error)
            *error = DbError::fromException(e, query ? QString::fromUtf8(query) : QString());
    }
    return false;
}

} // namespace slipway::plan
