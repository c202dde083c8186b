#pragma once

#include "executionevent.h"
#include "executionitem.h"
#include "executionoptions.h"
#include "executionresult.h"

#include "migrations/journal.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace slipway {
class PgConnection;
}

namespace slipway::run {

// Runs migrations (or any SQL) safely on one connection: holds the runner
// lock for the whole run, wraps each item in a transaction unless it has
// statements that cannot run in one (those run alone, with a note), sets
// lock_timeout/statement_timeout before each statement, retries on lock
// timeout with backoff and jitter, journals every item (the journal write
// survives the item's failure, and a lost connection), maps errors to
// line/column of the item's file, verifies, backs up, detects INVALID indexes.
//
// run() blocks: call it on the connection's thread (e.g. inside Session::run,
// or use RunController). cancel() may be called from any thread.
class MigrationExecutor {
    Q_DECLARE_TR_FUNCTIONS(MigrationExecutor)

public:
    using EventSink = std::function<void(const ExecutionEvent &)>;

    explicit MigrationExecutor(const ExecutionOptions &options = {});
    ~MigrationExecutor();
    MigrationExecutor(const MigrationExecutor &) = delete;
    MigrationExecutor &operator=(const MigrationExecutor &) = delete;

    const ExecutionOptions &options() const;
    // Called on the running thread, in order, for every event.
    void setEventSink(EventSink sink);

    // Runs items in order on conn (a Session's connection is one: see
    // RunController). Never throws; stops at the first failure (see
    // ExecutionOptions::stopOnFailure).
    ExecutionResult run(PgConnection &conn, const QList<ExecutionItem> &items);

    // Thread-safe. Cancels the running statement on the server (libpq cancel),
    // drops pending retries and items; run() returns Status::Cancelled.
    void cancel();
    bool isCancelled() const;

    // The journal row's outcome of a finished item: succeeded (rolled_back
    // when rolledBack), or failed with the error, its SQLSTATE and its offset
    // into the item's SQL.
    static migrations::JournalEntry journalOutcome(const ItemOutcome &outcome, const ExecutionItem &item,
                                                   bool rolledBack, int serverVersion);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace slipway::run
