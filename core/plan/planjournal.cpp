#include "planjournal.h"

#include "db/dberror.h"
#include "migrations/checksum.h"
#include "run/migrationexecutor.h"

#include <QFileInfo>

#include <pqxx/pqxx>

namespace slipway::plan {

using migrations::JournalEntry;

QString PlanJournal::planSlug(const MigrationPlan &plan)
{
    const auto slug = [](const QString &text) {
        QString out;
        for (const QChar c : text.toLower()) {
            if (c.isLetterOrNumber() || c == u'_')
                out += c;
            else if (!out.isEmpty() && !out.endsWith(u'-'))
                out += u'-';
        }
        while (out.endsWith(u'-'))
            out.chop(1);
        return out;
    };
    QString out = slug(plan.title);
    if (out.isEmpty() && !plan.sourceName.isEmpty())
        out = slug(QFileInfo(plan.sourceName).completeBaseName());
    return out.isEmpty() ? QStringLiteral("plan") : out;
}

QString PlanJournal::stepKey(const MigrationPlan &plan, int step)
{
    return JournalEntry::planStepKey(planSlug(plan), step + 1);
}

JournalEntry PlanJournal::started(const MigrationPlan &plan, int step, const run::ExecutionItem &item,
                                  const QString &runLog)
{
    JournalEntry e;
    e.version = stepKey(plan, step);
    e.name = item.name;
    e.sql = item.sql;
    e.checksum = migrations::Checksum::sha256Hex(item.sql.toUtf8());
    e.rollbackAvailable = plan.steps.at(step).hasDown();
    e.runLog = runLog;
    return e;
}

JournalEntry PlanJournal::outcome(const run::ItemOutcome &o, const run::ExecutionItem &item, bool down,
                                  int serverVersion)
{
    JournalEntry e = run::MigrationExecutor::journalOutcome(o, item, down, serverVersion);
    if (e.status == JournalEntry::Status::Failed && o.error.message.isEmpty())
        e.errorMessage = tr("the step did not run");
    return e;
}

JournalEntry PlanJournal::outcome(const run::BackfillResult &r, bool started)
{
    JournalEntry e;
    e.rowsAffected = r.rowsThisRun;
    if (started && r.state == run::BackfillState::Done) {
        e.status = JournalEntry::Status::Succeeded;
        return e;
    }
    e.status = JournalEntry::Status::Failed;
    e.errorMessage = r.error.isError() ? r.error.message : r.message;
    if (r.state == run::BackfillState::Aborted)
        e.errorMessage = tr("aborted: %1").arg(e.errorMessage);
    if (e.errorMessage.isEmpty())
        e.errorMessage = tr("the backfill did not finish (%1)").arg(run::backfillStateName(r.state));
    e.errorSqlState = r.error.sqlState;
    e.errorPosition = r.error.position;
    return e;
}

qint64 PlanJournal::begin(pqxx::connection_base &conn, const JournalEntry &entry, QString *error)
{
    try {
        return migrations::Journal::begin(conn, entry);
    } catch (const std::exception &e) {
        *error = DbError::fromException(e).message;
        return 0;
    }
}

bool PlanJournal::finish(pqxx::connection_base &conn, const QString &conninfo, qint64 id, const JournalEntry &outcome,
                         QString *error)
{
    try {
        if (conn.is_open()) {
            migrations::Journal::finish(conn, id, outcome);
        } else {
            pqxx::connection again(conninfo.toStdString());
            migrations::Journal::finish(again, id, outcome);
        }
        return true;
    } catch (const std::exception &e) {
        *error = DbError::fromException(e).message;
        return false;
    }
}

} // namespace slipway::plan
