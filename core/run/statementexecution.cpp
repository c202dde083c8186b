#include "statementexecution_p.h"

#include "db/connectionprofile.h"

#include <QElapsedTimer>
#include <QStringList>

#include <libpq-fe.h>

namespace slipway::run::detail {

namespace {

DbError lostError(pg_conn *conn, const QString &sql)
{
    DbError error;
    error.kind = DbError::Kind::ConnectionLost;
    error.message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (error.message.isEmpty())
        error.message = QStringLiteral("server closed the connection unexpectedly");
    error.statement = sql;
    return error;
}

} // namespace

bool isBroken(pg_conn *conn)
{
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

StatementOutcome execute(pg_conn *conn, const QString &sql)
{
    StatementOutcome out;
    QElapsedTimer timer;
    timer.start();
    if (!PQsendQuery(conn, sql.toUtf8().constData())) {
        out.error = lostError(conn, sql);
        out.connectionBroken = isBroken(conn);
        if (!out.connectionBroken) out.error.kind = DbError::Kind::Internal;
        return out;
    }
    bool failed = false;
    while (PGresult *result = PQgetResult(conn)) {
        switch (PQresultStatus(result)) {
        case PGRES_TUPLES_OK:
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY: {
            out.commandTag = QString::fromUtf8(PQcmdStatus(result));
            const QString affected = QString::fromUtf8(PQcmdTuples(result));
            out.rows = affected.isEmpty() ? -1 : affected.toLongLong();
            out.resultRows = PQntuples(result);
            if (out.resultRows > 0 && PQnfields(result) > 0 && !PQgetisnull(result, 0, 0))
                out.firstValue = QString::fromUtf8(PQgetvalue(result, 0, 0));
            break;
        }
        case PGRES_COPY_IN:
            PQputCopyEnd(conn, "COPY FROM STDIN cannot be run by Slipway's executor");
            break;
        case PGRES_COPY_OUT: {
            char *buffer = nullptr;
            while (PQgetCopyData(conn, &buffer, 0) > 0) PQfreemem(buffer);
            break;
        }
        default:
            if (!failed) out.error = DbError::fromResult(result, sql);
            failed = true;
            break;
        }
        PQclear(result);
    }
    out.elapsedMs = timer.elapsed();
    out.connectionBroken = isBroken(conn);
    if (out.connectionBroken) {
        if (!failed) out.error = lostError(conn, sql);
        out.error.kind = DbError::Kind::ConnectionLost;
        failed = true;
    }
    out.ok = !failed;
    return out;
}

QString conninfoOf(pg_conn *conn)
{
    QStringList parts;
    PQconninfoOption *options = PQconninfo(conn);
    for (PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (!o->val || !*o->val) continue;
        parts << QString::fromUtf8(o->keyword) + u'=' + quoteConninfoValue(QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    return parts.join(u' ');
}

} // namespace slipway::run::detail
