#pragma once

#include "db/dberror.h"

#include <QString>

struct pg_conn;

namespace slipway::run::detail {

// One statement sent on the simple-query protocol, with everything the
// server said: SQLSTATE, detail, hint and position (libpqxx 6.4 hides those).
struct StatementOutcome {
    bool ok = false;
    qint64 rows = -1;       // PQcmdTuples, -1 when the command reports none
    QString commandTag;
    QString firstValue;     // first column of the first row, when any
    int resultRows = 0;
    qint64 elapsedMs = 0;
    DbError error;
    bool connectionBroken = false;
};

StatementOutcome execute(pg_conn *conn, const QString &sql);
bool isBroken(pg_conn *conn);
// A conninfo string with the options conn was opened with (password included),
// to reach the same database again after conn was lost.
QString conninfoOf(pg_conn *conn);

} // namespace slipway::run::detail
