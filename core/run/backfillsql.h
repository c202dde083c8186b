#pragma once

#include "backfillspec.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <string>

namespace pqxx {
class transaction_base;
}

namespace slipway::run {

// The table a backfill walks, as found in the catalog.
struct BackfillTarget {
    QString schema;
    QString table;
    QString quotedTable;      // "schema"."table", quoted by the driver
    QStringList key;          // key columns in order
    QStringList keyTypes;     // format_type() of each key column
    QStringList quotedKey;    // quoted by the driver
    bool keyNullable = false; // some key column allows NULL (those rows are never visited)
    bool keyFromPrimaryKey = false;
    double reltuples = -1;    // pg_class.reltuples (-1: never analyzed)
};

// Builds the SQL of a backfill. Key values travel as text parameters cast to
// the key columns' types; identifiers are quoted with the driver's quoting.
// Parameter layout of the range statements: $1..$k the last key done (only
// when there is one), then the batch's upper key, then the batch size.
class BackfillSql {
    Q_DECLARE_TR_FUNCTIONS(BackfillSql)

public:
    // Reads the table and its key; throws std::runtime_error with a message
    // for a person when the table or a key column is missing, or no key is
    // given and the table has no primary key.
    static BackfillTarget resolve(pqxx::transaction_base &tx, const BackfillSpec &spec);

    // The key of the last row of the next batch (the batch-size-th key after
    // the last key done, or the table's last key): params lower..., size.
    static std::string upperBoundQuery(const BackfillTarget &target, bool hasLower);
    // The batch's UPDATE (or the expanded template): params lower..., upper...
    static std::string batchStatement(const BackfillSpec &spec, const BackfillTarget &target, bool hasLower);
    // "SELECT 1 FROM <table> WHERE <after the last key> AND (<predicate>)", to
    // wrap in count(*) or EXPLAIN: params lower...
    static std::string remainingCountQuery(const BackfillSpec &spec, const BackfillTarget &target, bool hasLower);

    // "(k1, k2) > ($1::t1, $2::t2) AND (k1, k2) <= ($3::t1, $4::t2)" on
    // alias.<column> when alias is given.
    static QString rangeCondition(const BackfillTarget &target, bool hasLower, const QString &quotedAlias = {});
};

} // namespace slipway::run
