#pragma once

#include "db/dberror.h"
#include "sql/sourcetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace slipway::run {

// One thing that happened during a run, for the live log of the Run view and
// the CLI. Plain value type; delivered in order through the executor's
// callback (RunController re-emits it as a queued signal).
struct ExecutionEvent {
    Q_DECLARE_TR_FUNCTIONS(ExecutionEvent)

public:
    enum class Kind {
        RunStarted,        // message: mode and item count
        LockWaiting,       // another runner holds the lock; message names it (holder)
        LockAcquired,
        LockHeld,          // gave up: holder still holds it
        StaleRun,          // a journal row left 'running' by a crashed run (message)
        ItemStarted,
        Note,              // e.g. a statement runs outside a transaction
        StatementStarted,  // statement, range, sql
        StatementFinished, // durationMs, rows
        StatementSkipped,  // dry run: cannot run in a transaction (message says why)
        Retry,             // attempt (the one about to start), maxAttempts, delayMs, error
        Error,             // error (SQLSTATE, detail, hint), position (line/column in path)
        Backup,            // message; suggestedSql holds a pg_dump command for large tables
        Verification,      // passed, message
        InvalidIndex,      // an INVALID index left by CONCURRENTLY; suggestedSql drops it
        ItemFinished,      // message: outcome; durationMs, rows
        RunFinished,       // message: outcome
    };

    Kind kind = Kind::Note;
    QDateTime at;             // when it happened (UTC)
    int item = -1;            // index into the items given to the executor
    QString version;          // of the item
    QString path;             // the item's file, when known
    int statement = -1;       // index in the item's script
    TextRange range;          // of the statement in the item's SQL
    QString sql;              // statement text (or SQL to show)
    qint64 durationMs = -1;
    qint64 rows = -1;         // rows affected / returned, -1 when none
    int attempt = 0;          // 1-based try of the statement or transaction
    int maxAttempts = 0;
    int delayMs = 0;          // Retry: wait before the next try
    bool passed = false;      // Verification
    QString message;          // translated, one line
    DbError error;            // Error / Retry
    TextPosition position;    // Error: where in the item's SQL (line/column), {0,0} when unknown
    QString suggestedSql;     // InvalidIndex cleanup, Backup pg_dump command

    static QString kindName(Kind kind); // "statement-started", ... (stable, for logs and JSON)
    // One line for a log: "[V2] statement 3 (line 7) finished in 12 ms, 40 rows".
    QString toText() const;
    // Every set field, keys in snake_case ("kind", "at", "item", "version",
    // "statement", "line", "duration_ms", "rows", "sqlstate", ...), for JSON
    // lines (slipway-cli migrate --json) and saved run logs.
    QJsonObject toJson() const;
};

} // namespace slipway::run

Q_DECLARE_METATYPE(slipway::run::ExecutionEvent)
