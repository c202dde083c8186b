#include "runcontroller.h"

#include "migrationexecutor.h"

#include "db/pgconnection.h"
#include "db/session.h"

#include <QFutureWatcher>
#include <QPromise>

#include <pqxx/connection_base>

namespace slipway::run {

RunController::RunController(Session &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    qRegisterMetaType<slipway::run::ExecutionEvent>();
    qRegisterMetaType<slipway::run::ExecutionResult>();
}

RunController::~RunController()
{
    if (isRunning()) {
        m_executor->cancel();
        m_future.waitForFinished();
    }
}

bool RunController::isRunning() const
{
    return m_executor && m_future.isValid() && !m_future.isFinished();
}

void RunController::cancel()
{
    if (auto executor = m_executor) executor->cancel();
}

QFuture<DbResult<ExecutionResult>> RunController::start(const QList<ExecutionItem> &items,
                                                         const ExecutionOptions &options)
{
    if (isRunning()) {
        QPromise<DbResult<ExecutionResult>> promise;
        promise.start();
        DbResult<ExecutionResult> busy;
        busy.error = DbError::internal(tr("A run is already going on this connection."));
        promise.addResult(busy);
        promise.finish();
        return promise.future();
    }
    auto executor = std::make_shared<MigrationExecutor>(options);
    executor->setEventSink([this](const ExecutionEvent &e) { emit eventOccurred(e); });
    m_executor = executor;
    m_future = m_session.run<ExecutionResult>(
        [executor, items](pqxx::connection_base &conn) {
            // Session's connection is always a PgConnection (session.cpp creates
            // nothing else); the executor needs its libpq handle.
            return executor->run(static_cast<PgConnection &>(conn), items);
        });
    auto *watcher = new QFutureWatcher<DbResult<ExecutionResult>>(this);
    connect(watcher, &QFutureWatcher<DbResult<ExecutionResult>>::finished, this, [this, watcher] {
        const DbResult<ExecutionResult> result = watcher->result();
        watcher->deleteLater();
        if (result.error.isError()) emit failed(result.error);
        else emit finished(result.value);
    });
    watcher->setFuture(m_future);
    return m_future;
}

} // namespace slipway::run
