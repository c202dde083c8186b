#pragma once

#include <QString>

namespace slipway::run {

// How the executor runs what it is given. Plain value type; the defaults are
// the safe ones from the reference guides (3 s lock timeout, 5 tries).
struct ExecutionOptions {
    enum class Mode {
        Run,      // apply: each migration in its own transaction, journaled
        DryRun,   // everything in one transaction that is rolled back; nothing journaled.
                  // Every lock taken is held until that final rollback: the
                  // application waits on all of them for the whole dry run.
        Rollback, // run the given down scripts; journal status rolled_back
        DryRunEach, // each migration in its own transaction, rolled back at its end:
                    // locks are held one migration at a time, but a migration that
                    // needs an earlier one's changes fails
    };

    Mode mode = Mode::Run;
    int lockTimeoutMs = 3000;      // SET lock_timeout before each statement (0 = none)
    int statementTimeoutMs = 0;    // SET statement_timeout before each statement (0 = none)
    int maxAttempts = 5;           // tries of a statement / transaction that hit lock_timeout
    int backoffBaseMs = 500;       // first retry waits about this long, doubling each time
    int backoffMaxMs = 30000;      // cap of one wait
    int waitForRunnerLockMs = 0;   // how long to wait for another runner (0 = give up at once)
    bool takeRunnerLock = true;    // false when the caller already holds RunnerLock::migrationsKey()
    bool journal = true;           // record each item in slipway.journal (never in a dry run)
    bool verify = true;            // run an item's verify SQL after it (and after a rollback)
    bool backupBeforeDestructive = false; // snapshot tables before DROP/TRUNCATE/unbounded DELETE
    qint64 backupMaxBytes = 256ll * 1024 * 1024; // larger tables get a pg_dump command instead
    bool stopOnFailure = true;     // later items are not run after a failure
    bool isDryRun() const { return mode == Mode::DryRun || mode == Mode::DryRunEach; }
    QString applicationName = QStringLiteral("slipway migrate"); // shown to other runners; empty keeps it
    // Where the run's full log is kept, written to each journal row's run_log:
    // "slipway-local-run:<id>" (the GUI's local store, Migration > Past Runs) or
    // a file URL (slipway-cli migrate --log-json). Empty: none.
    QString runLog;

    static QString modeName(Mode mode); // "run", "dry-run", "rollback", "dry-run-each"
};

} // namespace slipway::run
