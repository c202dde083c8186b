#pragma once

#include "migrationplan.h"

#include "migrations/journal.h"
#include "run/backfillprogress.h"
#include "run/executionitem.h"
#include "run/executionresult.h"

#include <QCoreApplication>
#include <QString>

namespace pqxx {
class connection_base;
}

namespace slipway::plan {

// A plan run's record in slipway.journal: one row per step that ran (never in
// a dry run), keyed "plan:<plan>#<step>" (see migrations::JournalEntry), so
// the history and "Export Runbook with Results" see plan runs while status
// and pending never take them for folder migrations.
class PlanJournal {
    Q_DECLARE_TR_FUNCTIONS(PlanJournal)

public:
    // The plan's part of the key: its title as a lower-case slug
    // ("Add priority to orders" -> "add-priority-to-orders"), else its file's
    // base name, else "plan".
    static QString planSlug(const MigrationPlan &plan);
    static QString stepKey(const MigrationPlan &plan, int step); // "plan:<slug>#<step + 1>"
    // The row written as the step starts (status running).
    static migrations::JournalEntry started(const MigrationPlan &plan, int step, const run::ExecutionItem &item,
                                            const QString &runLog);
    // How a SQL step ended, for Journal::finish: a successful down is
    // rolled_back; errors carry SQLSTATE and the offset into the step's SQL.
    static migrations::JournalEntry outcome(const run::ItemOutcome &outcome, const run::ExecutionItem &item,
                                            bool down, int serverVersion);
    // How a backfill step ended: done succeeded, anything else failed.
    static migrations::JournalEntry outcome(const run::BackfillResult &result, bool started);

    // Journal::begin / finish that never throw: 0 / false and *error on failure.
    // finish() opens conninfo again when conn is broken (the step's outcome
    // must not stay 'running').
    static qint64 begin(pqxx::connection_base &conn, const migrations::JournalEntry &entry, QString *error);
    static bool finish(pqxx::connection_base &conn, const QString &conninfo, qint64 id,
                       const migrations::JournalEntry &outcome, QString *error);
};

} // namespace slipway::plan
