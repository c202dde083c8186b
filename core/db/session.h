#pragma once

#include "dbresult.h"
#include "queryresult.h"
#include "serverinfo.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

namespace pqxx {
class connection_base;
}

namespace slipway {

// One PostgreSQL connection living on its own worker thread. Callers send work
// and get futures back; nothing here blocks the calling thread. Work runs in
// the order it was sent. cancel() may be called from any thread.
class Session : public QObject {
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Lost };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override; // cancels what runs, closes the connection, joins the thread

    QFuture<DbResult<ServerInfo>> open(const QString &conninfo);
    // Opens again with the conninfo of the last open(), e.g. after the connection was lost.
    QFuture<DbResult<ServerInfo>> reconnect();
    QFuture<void> close();

    // Runs SQL text (one or several statements) on the simple-query protocol and
    // returns the last statement's result. Errors carry SQLSTATE, detail, hint
    // and the position within sql.
    QFuture<DbResult<QueryResult>> execute(const QString &sql);

    // Runs a job with the libpqxx connection on the worker thread. Exceptions
    // from libpqxx become DbError; a broken connection marks the session Lost.
    template<typename T>
    QFuture<DbResult<T>> run(std::function<T(pqxx::connection_base &)> job);

    // Asks the server to cancel the statement now running (libpq cancel).
    // Thread-safe. Returns false with *error when the request could not be sent.
    bool cancel(QString *error = nullptr);

    State state() const;           // thread-safe
    ServerInfo serverInfo() const; // thread-safe; empty until connected
    QString conninfo() const;

signals:
    void stateChanged(slipway::Session::State state);
    // The server went away or terminated this backend. reconnect() to go on.
    void connectionLost(const slipway::DbError &error);

private:
    struct Private;
    std::unique_ptr<Private> d;

    void post(std::function<void()> work);
    // Worker thread only: the live connection, or nullptr with *error set.
    pqxx::connection_base *liveConnection(DbError *error);
    // Worker thread only: records a failure, marking the session Lost when the
    // connection is gone.
    void noteFailure(const DbError &error);
};

template<typename T>
QFuture<DbResult<T>> Session::run(std::function<T(pqxx::connection_base &)> job)
{
    auto promise = std::make_shared<QPromise<DbResult<T>>>();
    QFuture<DbResult<T>> future = promise->future();
    promise->start();
    post([this, promise, job = std::move(job)] {
        DbResult<T> result;
        if (pqxx::connection_base *conn = liveConnection(&result.error)) {
            try {
                result.value = job(*conn);
            } catch (const std::exception &e) {
                result.error = DbError::fromException(e);
                noteFailure(result.error);
            }
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

} // namespace slipway
