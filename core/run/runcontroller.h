#pragma once

#include "executionevent.h"
#include "executionitem.h"
#include "executionoptions.h"
#include "executionresult.h"

#include "db/dbresult.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <memory>

namespace slipway {
class Session;
}

namespace slipway::run {

class MigrationExecutor;

// The executor for views: runs items on a Session's worker thread (the GUI
// thread never waits) and re-emits the executor's events as signals, queued
// to the receivers' thread. One run at a time.
class RunController : public QObject {
    Q_OBJECT

public:
    explicit RunController(Session &session, QObject *parent = nullptr);
    ~RunController() override; // cancels a run still going and waits for it

    // Starts a run; the future (and finished()) carry its result. Work sent
    // to the session after this runs after the run. Returns a finished future
    // with an error when a run is already going.
    QFuture<DbResult<ExecutionResult>> start(const QList<ExecutionItem> &items,
                                             const ExecutionOptions &options);
    bool isRunning() const;
    // Thread-safe: cancels the running statement and what is left of the run.
    void cancel();

signals:
    void eventOccurred(const slipway::run::ExecutionEvent &event);
    void finished(const slipway::run::ExecutionResult &result);
    // The run could not start or the session failed (connection gone before it began).
    void failed(const slipway::DbError &error);

private:
    Session &m_session;
    std::shared_ptr<MigrationExecutor> m_executor;
    QFuture<DbResult<ExecutionResult>> m_future;
};

} // namespace slipway::run
