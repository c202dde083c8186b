#pragma once

#include "migrations/appliedmigration.h"
#include "migrations/journal.h"
#include "migrations/migration.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace pqxx {
class connection_base;
}

namespace slipway::run {

// Which migrations of a folder are applied: the folder joined with the tool's
// history table (as `slipway-cli status` and the History view do, through
// MigrationStatus::join), overlaid with Slipway's journal, where the last
// succeeded / rolled_back row of a version decides.
struct AppliedState {
    Q_DECLARE_TR_FUNCTIONS(AppliedState)

public:
    std::optional<migrations::HistoryTable> historyTable; // the tool's table, when one was found
    QList<migrations::AppliedMigration> history;
    QList<migrations::JournalEntry> journal;
    QSet<QString> applied; // versions

    // Reads the history table chosen by StatusLoader::chooseTable and the journal.
    static AppliedState read(pqxx::connection_base &conn, const migrations::MigrationSet &folder);
    // Pure: the applied versions.
    static QSet<QString> appliedVersions(const QList<migrations::Migration> &folder,
                                         const QList<migrations::AppliedMigration> &history,
                                         const QList<migrations::JournalEntry> &journal);

    // Pending migrations in folder order, up to and including `to` (all when
    // empty); with no `to`, then the Flyway repeatables never applied or changed
    // since they were (journaled as R__<description>).
    QList<migrations::Migration> pending(const QList<migrations::Migration> &folder,
                                         const QString &to = {}) const;
    // Applied migrations from the newest down to and including `version`, in
    // the order their down scripts must run. Empty with *error when version
    // is not applied, not in the folder, or one of them has no down script.
    QList<migrations::Migration> rollbackChain(const QList<migrations::Migration> &folder,
                                               const QString &version, QString *error) const;
};

} // namespace slipway::run
