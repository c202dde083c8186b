#pragma once

#include "executionplan.h"
#include "migrationexecutor.h"
#include "statementexecution_p.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>

struct pg_cancel;

namespace slipway::run::detail {

// Shared state of MigrationExecutor between run() and cancel().
struct ExecutorState {
    ExecutionOptions options;
    MigrationExecutor::EventSink sink;
    std::atomic<bool> cancelled{false};
    QMutex mutex;
    pg_cancel *cancelHandle = nullptr; // guarded by mutex
};

// How one group of statements ended.
struct GroupOutcome {
    bool ok = true;
    bool cancelled = false;
    DbError error;
    int statement = -1;
    bool retryable() const;
};

// One run of MigrationExecutor: the steps of run(), on the running thread.
class ExecutorRun {
    Q_DECLARE_TR_FUNCTIONS(MigrationExecutor)

public:
    ExecutorRun(ExecutorState &state, pqxx::connection_base &conn, pg_conn *pg,
                const QList<ExecutionItem> &items);
    ExecutionResult run();

private:
    // migrationexecutor.cpp: the run and its items
    bool takeRunnerLock();
    void runItem(int index);
    void journalFinish(int index, qint64 journalId, const ItemOutcome &outcome);
    bool backUpTables(int index, const ExecutionPlan &plan);
    void verify(int index, ItemOutcome &outcome);
    void saveSettings();
    void restoreSettings();

    // statementgroups.cpp: groups, statements, retries
    GroupOutcome runGroupWithRetries(int index, const ExecutionPlan &plan,
                                     const StatementGroup &group, ItemOutcome &outcome);
    GroupOutcome runGroupOnce(int index, const ExecutionPlan &plan, const StatementGroup &group,
                              ItemOutcome &outcome);
    bool applyTimeouts(bool local, GroupOutcome &out);
    void reportInvalidIndexes(int index, const QStringList &before, bool dropForRetry);
    void sleepInterruptibly(int ms);
    bool broken() const { return isBroken(m_pg); }

    ExecutionEvent event(ExecutionEvent::Kind kind, int index = -1) const;
    void emitEvent(const ExecutionEvent &event);
    bool dryRun() const { return m_state.options.isDryRun(); }
    bool cancelled() const { return m_state.cancelled.load(); }

    ExecutorState &m_state;
    pqxx::connection_base &m_conn;
    pg_conn *m_pg;
    const QList<ExecutionItem> &m_items;
    ExecutionResult m_result;
    int m_serverVersion = 0;
    bool m_userLockTimeout = false;      // the item's script set lock_timeout itself
    bool m_userStatementTimeout = false; // the item's script set statement_timeout itself
    QString m_savedLockTimeout;
    QString m_savedStatementTimeout;
};

} // namespace slipway::run::detail
