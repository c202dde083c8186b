#include "session.h"

#include "pgconnection.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <libpq-fe.h>
#include <pqxx/nontransaction>

namespace slipway {

struct Session::Private {
    QThread thread;
    QObject *context = nullptr; // lives on thread; work is posted to it

    // Worker thread only.
    std::unique_ptr<PgConnection> connection;

    // Shared between threads, guarded by mutex.
    mutable QMutex mutex;
    State state = State::Disconnected;
    ServerInfo serverInfo;
    QString conninfo;
    PGcancel *cancelHandle = nullptr;
};

namespace {

QueryResult queryResultFrom(const PGresult *result)
{
    QueryResult out;
    const int columns = PQnfields(result);
    const int rows = PQntuples(result);
    out.columns.reserve(columns);
    for (int c = 0; c < columns; ++c)
        out.columns << QString::fromUtf8(PQfname(result, c));
    out.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QList<QVariant> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            row << (PQgetisnull(result, r, c) ? QVariant()
                                              : QVariant(QString::fromUtf8(PQgetvalue(result, r, c),
                                                                           PQgetlength(result, r, c))));
        }
        out.rows << row;
    }
    out.commandTag = QString::fromUtf8(PQcmdStatus(const_cast<PGresult *>(result)));
    const QString affected = QString::fromUtf8(PQcmdTuples(const_cast<PGresult *>(result)));
    out.rowsAffected = affected.isEmpty() ? -1 : affected.toLongLong();
    return out;
}

ServerInfo readServerInfo(PgConnection &conn)
{
    pqxx::nontransaction tx(conn);
    const pqxx::row row = tx.exec1(
        "SELECT version(), current_setting('server_version'),"
        " current_setting('server_version_num')::int, current_database(), current_user,"
        " pg_backend_pid(), coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false),"
        " pg_is_in_recovery(), current_setting('default_transaction_read_only') = 'on'");
    ServerInfo info;
    info.versionString = QString::fromStdString(row[0].as<std::string>());
    info.version = QString::fromStdString(row[1].as<std::string>()).section(QLatin1Char(' '), 0, 0);
    info.versionNumber = row[2].as<int>();
    info.database = QString::fromStdString(row[3].as<std::string>());
    info.user = QString::fromStdString(row[4].as<std::string>());
    info.backendPid = row[5].as<int>();
    info.superuser = row[6].as<bool>();
    info.inRecovery = row[7].as<bool>();
    info.readOnly = row[8].as<bool>();
    info.host = QString::fromUtf8(PQhost(conn.handle()));
    info.port = QString::fromUtf8(PQport(conn.handle())).toInt();
    return info;
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<slipway::DbError>();
    qRegisterMetaType<slipway::Session::State>();
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("slipway-session"));
    d->thread.start();
}

Session::~Session()
{
    cancel();
    QMetaObject::invokeMethod(
        d->context,
        [this] {
            QMutexLocker lock(&d->mutex);
            if (d->cancelHandle)
                PQfreeCancel(d->cancelHandle);
            d->cancelHandle = nullptr;
            lock.unlock();
            d->connection.reset();
        },
        Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete d->context;
}

void Session::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(d->context, std::move(work), Qt::QueuedConnection);
}

QFuture<DbResult<ServerInfo>> Session::open(const QString &conninfo)
{
    auto promise = std::make_shared<QPromise<DbResult<ServerInfo>>>();
    QFuture<DbResult<ServerInfo>> future = promise->future();
    promise->start();
    {
        QMutexLocker lock(&d->mutex);
        d->conninfo = conninfo;
    }
    post([this, promise, conninfo] {
        DbResult<ServerInfo> result;
        {
            QMutexLocker lock(&d->mutex);
            if (d->cancelHandle)
                PQfreeCancel(d->cancelHandle);
            d->cancelHandle = nullptr;
            d->state = State::Connecting;
            d->serverInfo = {};
        }
        d->connection.reset();
        emit stateChanged(State::Connecting);
        State state = State::Disconnected;
        try {
            auto connection = std::make_unique<PgConnection>(conninfo.toStdString());
            result.value = readServerInfo(*connection);
            QMutexLocker lock(&d->mutex);
            d->cancelHandle = PQgetCancel(connection->handle());
            d->serverInfo = result.value;
            d->connection = std::move(connection);
            state = State::Connected;
        } catch (const pqxx::broken_connection &e) {
            result.error = DbError::fromConnectFailure(QString::fromUtf8(e.what()));
        } catch (const std::exception &e) {
            result.error = DbError::fromException(e);
        }
        {
            QMutexLocker lock(&d->mutex);
            d->state = state;
        }
        emit stateChanged(state);
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

QFuture<DbResult<ServerInfo>> Session::reconnect()
{
    return open(conninfo());
}

QFuture<void> Session::close()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    post([this, promise] {
        {
            QMutexLocker lock(&d->mutex);
            if (d->cancelHandle)
                PQfreeCancel(d->cancelHandle);
            d->cancelHandle = nullptr;
            d->state = State::Disconnected;
            d->serverInfo = {};
        }
        d->connection.reset();
        emit stateChanged(State::Disconnected);
        promise->finish();
    });
    return future;
}

QFuture<DbResult<QueryResult>> Session::execute(const QString &sql)
{
    auto promise = std::make_shared<QPromise<DbResult<QueryResult>>>();
    QFuture<DbResult<QueryResult>> future = promise->future();
    promise->start();
    post([this, promise, sql] {
        DbResult<QueryResult> result;
        if (liveConnection(&result.error)) {
            PGconn *handle = d->connection->handle();
            QElapsedTimer timer;
            timer.start();
            bool haveResult = false;
            if (!PQsendQuery(handle, sql.toUtf8().constData())) {
                result.error = DbError::fromConnectFailure(QString::fromUtf8(PQerrorMessage(handle)));
                if (PQstatus(handle) == CONNECTION_BAD)
                    result.error.kind = DbError::Kind::ConnectionLost;
            }
            while (PGresult *pgResult = PQgetResult(handle)) {
                switch (PQresultStatus(pgResult)) {
                case PGRES_TUPLES_OK:
                case PGRES_COMMAND_OK:
                case PGRES_EMPTY_QUERY:
                    if (!result.error.isError()) {
                        result.value = queryResultFrom(pgResult);
                        haveResult = true;
                    }
                    break;
                case PGRES_COPY_IN:
                    PQputCopyEnd(handle, "COPY FROM STDIN is not supported by Slipway's SQL runner");
                    break;
                case PGRES_COPY_OUT: {
                    char *buffer = nullptr;
                    while (PQgetCopyData(handle, &buffer, 0) > 0)
                        PQfreemem(buffer);
                    if (!result.error.isError())
                        result.error = DbError::invalidInput(
                            tr("COPY TO STDOUT is not supported by Slipway's SQL runner."));
                    break;
                }
                default:
                    if (!result.error.isError())
                        result.error = DbError::fromResult(pgResult, sql);
                    break;
                }
                PQclear(pgResult);
            }
            if (PQstatus(handle) == CONNECTION_BAD) {
                if (!result.error.isError())
                    result.error = DbError::fromConnectFailure(QString::fromUtf8(PQerrorMessage(handle)));
                result.error.kind = DbError::Kind::ConnectionLost;
            }
            if (!haveResult && !result.error.isError())
                result.error = DbError::internal(tr("The server returned no result."));
            result.value.elapsedMs = timer.elapsed();
            if (result.error.isError())
                noteFailure(result.error);
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

bool Session::cancel(QString *error)
{
    QMutexLocker lock(&d->mutex);
    if (!d->cancelHandle) {
        if (error)
            *error = tr("Not connected.");
        return false;
    }
    char message[256] = {};
    if (!PQcancel(d->cancelHandle, message, int(sizeof message))) {
        if (error)
            *error = tr("Could not send the cancel request: %1").arg(QString::fromUtf8(message).trimmed());
        return false;
    }
    return true;
}

Session::State Session::state() const
{
    QMutexLocker lock(&d->mutex);
    return d->state;
}

ServerInfo Session::serverInfo() const
{
    QMutexLocker lock(&d->mutex);
    return d->serverInfo;
}

QString Session::conninfo() const
{
    QMutexLocker lock(&d->mutex);
    return d->conninfo;
}

pqxx::connection_base *Session::liveConnection(DbError *error)
{
    if (d->connection)
        return d->connection.get();
    DbError e;
    e.kind = state() == State::Lost ? DbError::Kind::ConnectionLost : DbError::Kind::NotConnected;
    e.message = e.kind == DbError::Kind::ConnectionLost
                    ? tr("The connection was lost; reconnect to go on.")
                    : tr("The session has no open connection.");
    *error = e;
    return nullptr;
}

void Session::noteFailure(const DbError &error)
{
    const bool broken = error.kind == DbError::Kind::ConnectionLost
                        || (d->connection && PQstatus(d->connection->handle()) == CONNECTION_BAD);
    if (!broken || !d->connection)
        return;
    {
        QMutexLocker lock(&d->mutex);
        if (d->cancelHandle)
            PQfreeCancel(d->cancelHandle);
        d->cancelHandle = nullptr;
        d->state = State::Lost;
    }
    d->connection.reset();
    DbError lost = error;
    lost.kind = DbError::Kind::ConnectionLost;
    emit stateChanged(State::Lost);
    emit connectionLost(lost);
}

} // namespace slipway
