#include "staleruns.h"

#include "runnerlock.h"

namespace slipway::run {

using migrations::Journal;
using migrations::JournalEntry;

QList<JournalEntry> StaleRuns::find(pqxx::connection_base &conn)
{
    QList<JournalEntry> out;
    if (!Journal::exists(conn)) return out;
    if (RunnerLock::holder(conn, RunnerLock::migrationsKey())) return out;
    const QList<JournalEntry> entries = Journal::read(conn);
    for (const JournalEntry &e : entries)
        if (e.status == JournalEntry::Status::Running) out << e;
    return out;
}

void StaleRuns::markAbandoned(pqxx::connection_base &conn, const JournalEntry &entry)
{
    JournalEntry outcome = entry;
    outcome.status = JournalEntry::Status::Failed;
    outcome.errorMessage = tr("abandoned: the run ended without recording its outcome (crash or "
                              "lost connection)");
    Journal::finish(conn, entry.id, outcome);
}

QString StaleRuns::describe(const JournalEntry &entry)
{
    const QString what = entry.name.isEmpty() ? entry.version : entry.version + u' ' + entry.name;
    return tr("%1: started %2 by %3, never finished (journal #%4)")
        .arg(what, entry.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             entry.runBy)
        .arg(entry.id);
}

} // namespace slipway::run
