#include "pendingmigrations.h"

#include "migrations/historyreader.h"
#include "migrations/journaloverlay.h"
#include "migrations/migrationsource.h"
#include "migrations/migrationstatus.h"
#include "migrations/statusloader.h"

#include <QHash>

namespace slipway::run {

using namespace slipway::migrations;

QSet<QString> AppliedState::appliedVersions(const QList<Migration> &folder,
                                            const QList<AppliedMigration> &history,
                                            const QList<JournalEntry> &journal)
{
    QSet<QString> applied;
    for (const MigrationStatus &s : MigrationStatus::join(folder, history)) {
        if (s.hasApplied && (s.state == MigrationStatus::State::Applied
                             || s.state == MigrationStatus::State::Changed
                             || s.state == MigrationStatus::State::Missing))
            applied.insert(s.version);
    }
    // The journal is read oldest first: the last decisive row wins.
    QHash<QString, bool> decided;
    for (const JournalEntry &e : journal) {
        if (e.status == JournalEntry::Status::Succeeded) decided[e.version] = true;
        else if (e.status == JournalEntry::Status::RolledBack) decided[e.version] = false;
    }
    for (auto it = decided.cbegin(); it != decided.cend(); ++it) {
        if (it.value()) applied.insert(it.key());
        else applied.remove(it.key());
    }
    return applied;
}

AppliedState AppliedState::read(pqxx::connection_base &conn, const MigrationSet &folder)
{
    AppliedState state;
    state.historyTable = StatusLoader::chooseTable(HistoryReader::detect(conn), folder.format);
    if (state.historyTable && state.historyTable->tool != HistoryTool::Slipway)
        state.history = HistoryReader::read(conn, *state.historyTable);
    state.journal = Journal::read(conn);
    state.applied = appliedVersions(folder.migrations, state.history, state.journal);
    return state;
}

QList<Migration> AppliedState::pending(const QList<Migration> &folder, const QString &to) const
{
    QList<Migration> out;
    for (const Migration &m : folder) {
        if (m.repeatable || m.version.isEmpty()) continue;
        if (!to.isEmpty() && MigrationSource::compareVersions(m.version, to) > 0) continue;
        if (!applied.contains(m.version)) out << m;
    }
    if (!to.isEmpty())
        return out;
    // As Flyway does: after the versioned ones, every repeatable never applied
    // or changed since (its checksum), in description order.
    for (const MigrationStatus &s : MigrationStatus::join(folder, overlayJournal(history, journal))) {
        if (s.migration.repeatable && s.state == MigrationStatus::State::Pending)
            out << s.migration;
    }
    return out;
}

QList<Migration> AppliedState::rollbackChain(const QList<Migration> &folder, const QString &version,
                                             QString *error) const
{
    QList<Migration> out;
    bool found = false;
    for (const Migration &m : folder) {
        if (m.version == version) found = true;
        if (found && applied.contains(m.version)) out.prepend(m);
    }
    if (!found || !applied.contains(version)) {
        if (error)
            *error = !found ? tr("Version %1 is not in the folder.").arg(version)
                            : tr("Version %1 is not applied.").arg(version);
        return {};
    }
    // All or nothing: never undo a few and then stop at one that cannot be undone.
    for (const Migration &m : std::as_const(out)) {
        if (m.downSql.trimmed().isEmpty()) {
            if (error) *error = tr("Version %1 has no down script: nothing was rolled back.").arg(m.version);
            return {};
        }
    }
    return out;
}

} // namespace slipway::run
