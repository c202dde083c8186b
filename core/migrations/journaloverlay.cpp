#include "journaloverlay.h"

#include "migration.h"

#include <QHash>

namespace slipway::migrations {

QList<AppliedMigration> overlayJournal(const QList<AppliedMigration> &history, const QList<JournalEntry> &journal)
{
    // The journal is read oldest first: the last row of a version decides.
    QHash<QString, JournalEntry> last;
    QStringList order;
    for (const JournalEntry &entry : journal) {
        if (entry.version.isEmpty() || !entry.isMigration())
            continue; // a plan's steps and editor scripts are not the folder's migrations
        if (!last.contains(entry.version))
            order << entry.version;
        last.insert(entry.version, entry);
    }
    // A Flyway repeatable's row has no version: the journal keys it R__<description>.
    const auto keyOf = [](const AppliedMigration &row) {
        return row.version.isEmpty() ? Migration::repeatableKey(row.description) : row.version;
    };
    QList<AppliedMigration> out;
    QSet<QString> inHistory;
    for (const AppliedMigration &row : history) {
        const auto decided = last.constFind(keyOf(row));
        if (decided != last.cend() && (decided->status == JournalEntry::Status::Succeeded
                                       || decided->status == JournalEntry::Status::RolledBack))
            continue; // the journal's newer word replaces the tool's row
        if (row.success)
            inHistory.insert(keyOf(row));
        out << row;
    }
    for (const QString &version : std::as_const(order)) {
        const JournalEntry &entry = last[version];
        if (entry.status == JournalEntry::Status::RolledBack)
            continue;
        if (entry.status != JournalEntry::Status::Succeeded && inHistory.contains(version))
            continue; // applied by the tool; a later failed attempt does not undo that
        out << entry.toApplied();
    }
    return out;
}

} // namespace slipway::migrations
