#pragma once

#include "db/dberror.h"
#include "migrations/journal.h"
#include "sql/sourcetext.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace slipway::run {

// An index a failed CREATE INDEX CONCURRENTLY left behind (pg_index.indisvalid
// = false): it slows writes and is never used until dropped or rebuilt.
struct InvalidIndex {
    QString schema;
    QString name;
    QString table;
    QString definition;  // pg_get_indexdef
    QString cleanupSql;  // DROP INDEX CONCURRENTLY IF EXISTS "schema"."name";
};

// How one item ended.
struct ItemOutcome {
    enum class Status { NotRun, Succeeded, Failed, Cancelled, DryRunOk };

    int item = -1;
    QString version;
    Status status = Status::NotRun;
    qint64 durationMs = -1;
    qint64 rows = -1;         // sum over its statements that report rows
    int attempts = 0;         // tries of its last group
    qint64 journalId = 0;     // 0 when not journaled
    DbError error;
    int errorStatement = -1;
    TextPosition errorPosition; // line/column in the item's SQL
    std::optional<bool> verified; // verify SQL ran: passed or not
    int skippedStatements = 0;  // dry run: statements that cannot run in a transaction
};

// What a whole run came to. Plain value type.
struct ExecutionResult {
    enum class Status {
        Succeeded,
        Failed,
        Cancelled,  // cancel() was called (user, SIGINT, abort policy)
        LockHeld,   // another runner holds RunnerLock::migrationsKey()
    };

    Status status = Status::Succeeded;
    QList<ItemOutcome> items;  // one per item given, in order
    DbError error;             // the error that ended the run, if any
    QString lockHolder;        // RunnerLockHolder::describe() when LockHeld
    bool connectionLost = false; // the session died; reconnect before running again
    QList<InvalidIndex> invalidIndexes;         // found after a failed CONCURRENTLY step
    QList<migrations::JournalEntry> staleRuns;  // 'running' rows nobody runs
    bool verificationFailed = false;

    bool succeeded() const { return status == Status::Succeeded; }
    static QString statusName(Status status); // "succeeded", "failed", "cancelled", "lock-held"
};

} // namespace slipway::run

Q_DECLARE_METATYPE(slipway::run::ExecutionResult)
