#pragma once

#include "migrations/journal.h"

#include <QCoreApplication>
#include <QList>

namespace pqxx {
class connection_base;
}

namespace slipway::run {

// Journal rows left 'running' by a run that died (app crash, kill -9, lost
// connection): the run held the runner lock for its whole life, so a
// 'running' row while no other session holds that lock is stale. The next
// start shows them and offers to inspect.
class StaleRuns {
    Q_DECLARE_TR_FUNCTIONS(StaleRuns)

public:
    // Empty when there is no journal or another runner is live (its rows are not stale).
    static QList<migrations::JournalEntry> find(pqxx::connection_base &conn);
    // Closes a stale row as failed, saying it was abandoned (after a person
    // inspected the database).
    static void markAbandoned(pqxx::connection_base &conn, const migrations::JournalEntry &entry);
    // "V3 add_index: started 2026-11-21 14:02 by alice, never finished".
    static QString describe(const migrations::JournalEntry &entry);
};

} // namespace slipway::run
