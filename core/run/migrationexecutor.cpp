#include "migrationexecutor.h"

#include "executorrun_p.h"
#include "runnerlock.h"
#include "staleruns.h"
#include "tablebackup.h"

#include "db/pgconnection.h"
#include "migrations/journal.h"

#include <QMutexLocker>

#include <libpq-fe.h>
#include <pqxx/pqxx>

namespace slipway::run {

using migrations::Journal;
using migrations::JournalEntry;
using Kind = ExecutionEvent::Kind;

namespace {

// What a failed item or run carries in its finished event: the error that
// ended it, or (a failed verification, say) one that says so.
DbError failure(const DbError &error, const QString &message)
{
    return error.isError() ? error : DbError::internal(message);
}

} // namespace

struct MigrationExecutor::Private : detail::ExecutorState {};

MigrationExecutor::MigrationExecutor(const ExecutionOptions &options)
    : d(std::make_unique<Private>())
{
    qRegisterMetaType<slipway::run::ExecutionEvent>();
    qRegisterMetaType<slipway::run::ExecutionResult>();
    d->options = options;
}

MigrationExecutor::~MigrationExecutor() = default;

const ExecutionOptions &MigrationExecutor::options() const { return d->options; }

void MigrationExecutor::setEventSink(EventSink sink) { d->sink = std::move(sink); }

void MigrationExecutor::cancel()
{
    d->cancelled = true;
    QMutexLocker lock(&d->mutex);
    if (d->cancelHandle) {
        char message[256] = {};
        PQcancel(d->cancelHandle, message, int(sizeof message));
    }
}

bool MigrationExecutor::isCancelled() const { return d->cancelled.load(); }

ExecutionResult MigrationExecutor::run(PgConnection &conn, const QList<ExecutionItem> &items)
{
    pg_conn *pg = conn.handle();
    if (!pg || detail::isBroken(pg)) {
        ExecutionResult result;
        result.status = ExecutionResult::Status::Failed;
        result.error = DbError::fromConnectFailure(tr("The connection is not open."));
        result.error.kind = DbError::Kind::ConnectionLost;
        return result;
    }
    {
        QMutexLocker lock(&d->mutex);
        d->cancelHandle = PQgetCancel(pg);
    }
    detail::ExecutorRun runner(*d, conn, pg, items);
    ExecutionResult result = runner.run();
    QMutexLocker lock(&d->mutex);
    if (d->cancelHandle) PQfreeCancel(d->cancelHandle);
    d->cancelHandle = nullptr;
    return result;
}

JournalEntry MigrationExecutor::journalOutcome(const ItemOutcome &outcome, const ExecutionItem &item,
                                              bool rolledBack, int serverVersion)
{
    JournalEntry entry;
    entry.rowsAffected = outcome.rows;
    if (outcome.status == ItemOutcome::Status::Succeeded) {
        entry.status = rolledBack ? JournalEntry::Status::RolledBack : JournalEntry::Status::Succeeded;
        return entry;
    }
    entry.status = JournalEntry::Status::Failed;
    entry.errorMessage = outcome.status == ItemOutcome::Status::Cancelled
        ? tr("cancelled: %1").arg(outcome.error.message)
        : outcome.error.message;
    entry.errorSqlState = outcome.error.sqlState;
    if (outcome.errorStatement >= 0)
        entry.errorPosition = ExecutionPlan::build(item, serverVersion).offsetOf(outcome.errorStatement,
                                                                                 outcome.error.position);
    return entry;
}

namespace detail {

ExecutorRun::ExecutorRun(ExecutorState &state, pqxx::connection_base &conn, pg_conn *pg,
                         const QList<ExecutionItem> &items)
    : m_state(state), m_conn(conn), m_pg(pg), m_items(items)
{
}

ExecutionEvent ExecutorRun::event(ExecutionEvent::Kind kind, int index) const
{
    ExecutionEvent e;
    e.kind = kind;
    e.at = QDateTime::currentDateTimeUtc();
    e.item = index;
    if (index >= 0 && index < m_items.size()) {
        e.version = m_items.at(index).version;
        e.path = m_items.at(index).path;
    }
    return e;
}

void ExecutorRun::emitEvent(const ExecutionEvent &event)
{
    if (m_state.sink) m_state.sink(event);
}

ExecutionResult ExecutorRun::run()
{
    for (int i = 0; i < m_items.size(); ++i) {
        ItemOutcome o;
        o.item = i;
        o.version = m_items.at(i).version;
        m_result.items << o;
    }
    ExecutionEvent started = event(Kind::RunStarted);
    started.message = tr("%1: %n item(s)", nullptr, int(m_items.size()))
                          .arg(ExecutionOptions::modeName(m_state.options.mode));
    emitEvent(started);
    bool locked = false;
    bool inDryRun = false;
    try {
        m_serverVersion = m_conn.server_version();
        if (!m_state.options.applicationName.isEmpty()) {
            pqxx::nontransaction tx(m_conn, "slipway application name");
            tx.exec_params("SELECT pg_catalog.set_config('application_name', $1, false)",
                           m_state.options.applicationName.toStdString());
        }
        saveSettings();
        if (m_state.options.takeRunnerLock) {
            if (!takeRunnerLock()) return m_result;
            locked = true;
        }
        if (!dryRun()) {
            m_result.staleRuns = StaleRuns::find(m_conn);
            for (const JournalEntry &stale : std::as_const(m_result.staleRuns)) {
                ExecutionEvent e = event(Kind::StaleRun);
                e.version = stale.version;
                e.message = StaleRuns::describe(stale);
                emitEvent(e);
            }
        }
        const bool eachApart = m_state.options.mode == ExecutionOptions::Mode::DryRunEach;
        const auto begin = [&] {
            const StatementOutcome begun = execute(m_pg, QStringLiteral("BEGIN"));
            if (!begun.ok) throw std::runtime_error(begun.error.message.toStdString());
            inDryRun = true;
        };
        if (dryRun() && !eachApart) begin();
        for (int i = 0; i < m_items.size(); ++i) {
            if (cancelled()) {
                m_result.status = ExecutionResult::Status::Cancelled;
                break;
            }
            if (eachApart) begin();
            runItem(i);
            if (eachApart && !broken()) {
                execute(m_pg, QStringLiteral("ROLLBACK")); // its locks are released here
                inDryRun = false;
            }
            const ItemOutcome &o = m_result.items.at(i);
            if (o.status == ItemOutcome::Status::Cancelled) {
                m_result.status = ExecutionResult::Status::Cancelled;
                m_result.error = o.error;
                break;
            }
            if (o.status == ItemOutcome::Status::Failed) {
                m_result.status = ExecutionResult::Status::Failed;
                m_result.error = o.error;
                if (m_state.options.stopOnFailure || broken()) break;
            }
        }
    } catch (const std::exception &e) {
        m_result.status = ExecutionResult::Status::Failed;
        m_result.error = DbError::fromException(e);
        ExecutionEvent ev = event(Kind::Error);
        ev.error = m_result.error;
        ev.message = m_result.error.message;
        emitEvent(ev);
    }
    m_result.connectionLost = broken();
    if (!broken()) {
        if (inDryRun) execute(m_pg, QStringLiteral("ROLLBACK"));
        try {
            restoreSettings();
            if (locked) RunnerLock::release(m_conn, RunnerLock::migrationsKey());
        } catch (const std::exception &) {
            // the run's outcome is what matters; the session lock ends with the connection
        }
    }
    ExecutionEvent finished = event(Kind::RunFinished);
    switch (m_result.status) {
    case ExecutionResult::Status::Succeeded: finished.message = tr("Run succeeded."); break;
    case ExecutionResult::Status::Failed:
        finished.message = tr("Run failed.");
        finished.error = failure(m_result.error, finished.message);
        break;
    case ExecutionResult::Status::Cancelled: finished.message = tr("Run cancelled."); break;
    case ExecutionResult::Status::LockHeld:
        finished.message = tr("Run not started: the runner lock is held.");
        finished.error = DbError::internal(finished.message);
        break;
    }
    emitEvent(finished);
    return m_result;
}

bool ExecutorRun::takeRunnerLock()
{
    const int key = RunnerLock::migrationsKey();
    if (RunnerLock::tryAcquire(m_conn, key)) {
        emitEvent(event(Kind::LockAcquired));
        return true;
    }
    const auto holder = RunnerLock::holder(m_conn, key);
    const QString who = holder ? holder->describe() : tr("another session");
    const int wait = m_state.options.waitForRunnerLockMs;
    if (wait > 0) {
        ExecutionEvent e = event(Kind::LockWaiting);
        e.message = tr("Another runner holds this database's migration lock: %1. Waiting up to %2 s.")
                        .arg(who)
                        .arg(wait / 1000.0);
        emitEvent(e);
        if (RunnerLock::acquire(m_conn, key, wait, [this] { return cancelled(); })) {
            emitEvent(event(Kind::LockAcquired));
            return true;
        }
    }
    const auto still = RunnerLock::holder(m_conn, key);
    m_result.lockHolder = still ? still->describe() : who;
    m_result.status = cancelled() ? ExecutionResult::Status::Cancelled : ExecutionResult::Status::LockHeld;
    m_result.error = DbError::internal(
        tr("Another Slipway runner holds this database's migration lock: %1.").arg(m_result.lockHolder));
    ExecutionEvent e = event(Kind::LockHeld);
    e.message = m_result.error.message;
    emitEvent(e);
    return false;
}

void ExecutorRun::saveSettings()
{
    pqxx::nontransaction tx(m_conn, "slipway save settings");
    const pqxx::row row = tx.exec1(
        "SELECT current_setting('lock_timeout'), current_setting('statement_timeout')");
    m_savedLockTimeout = QString::fromUtf8(row[0].c_str());
    m_savedStatementTimeout = QString::fromUtf8(row[1].c_str());
}

void ExecutorRun::restoreSettings()
{
    pqxx::nontransaction tx(m_conn, "slipway restore settings");
    tx.exec_params("SELECT pg_catalog.set_config('lock_timeout', $1, false), "
                   "pg_catalog.set_config('statement_timeout', $2, false)",
                   m_savedLockTimeout.toStdString(), m_savedStatementTimeout.toStdString());
}

void ExecutorRun::runItem(int index)
{
    const ExecutionItem &item = m_items.at(index);
    ItemOutcome &outcome = m_result.items[index];
    QElapsedTimer timer;
    timer.start();
    m_userLockTimeout = false;
    m_userStatementTimeout = false;
    const ExecutionPlan plan = ExecutionPlan::build(item, m_serverVersion);

    ExecutionEvent started = event(Kind::ItemStarted, index);
    started.message = item.direction == ExecutionItem::Direction::Down
        ? tr("Rolling back %1").arg(item.displayName())
        : tr("Running %1").arg(item.displayName());
    emitEvent(started);
    for (const QString &note : plan.notes) {
        ExecutionEvent e = event(Kind::Note, index);
        e.message = note;
        emitEvent(e);
    }
    auto fail = [&](const DbError &error, int statement, TextPosition at) {
        outcome.status = ItemOutcome::Status::Failed;
        outcome.error = error;
        outcome.errorStatement = statement;
        outcome.errorPosition = at;
        ExecutionEvent e = event(Kind::Error, index);
        e.statement = statement;
        e.error = error;
        e.position = at;
        e.message = error.message;
        emitEvent(e);
    };
    if (!plan.syntaxErrors.isEmpty()) {
        const SqlSyntaxError &s = plan.syntaxErrors.first();
        DbError error = DbError::invalidInput(s.message);
        error.sqlState = QStringLiteral("42601");
        fail(error, -1, s.range.from);
        return;
    }
    if (plan.statements.isEmpty() && item.direction == ExecutionItem::Direction::Down) {
        fail(DbError::invalidInput(tr("%1 has no down script.").arg(item.displayName())), -1, {});
        return;
    }

    qint64 journalId = 0;
    if (!dryRun() && m_state.options.journal && !item.version.isEmpty()) {
        JournalEntry entry;
        entry.version = item.journalKey();
        entry.name = item.name;
        entry.checksum = item.checksum;
        entry.sql = item.sql;
        entry.rollbackAvailable = item.rollbackAvailable;
        entry.runLog = m_state.options.runLog;
        journalId = Journal::begin(m_conn, entry);
        outcome.journalId = journalId;
    }

    GroupOutcome last;
    if (!dryRun() && m_state.options.backupBeforeDestructive && !backUpTables(index, plan)) {
        last.ok = false;
    } else if (dryRun()) {
        StatementGroup all;
        for (const PlannedStatement &p : plan.statements) all.statements << p.index;
        last = runGroupWithRetries(index, plan, all, outcome);
    } else {
        for (const StatementGroup &group : plan.groups) {
            last = runGroupWithRetries(index, plan, group, outcome);
            if (!last.ok) break;
        }
    }
    if (last.ok && outcome.status == ItemOutcome::Status::NotRun) {
        outcome.status = dryRun() ? ItemOutcome::Status::DryRunOk : ItemOutcome::Status::Succeeded;
    } else if (!last.ok && outcome.status == ItemOutcome::Status::NotRun) {
        const TextPosition at = plan.positionOf(last.statement, last.error.position);
        fail(last.error, last.statement, at);
        if (last.cancelled) outcome.status = ItemOutcome::Status::Cancelled;
    }
    if (last.ok && m_state.options.verify && !item.verifySql.trimmed().isEmpty())
        verify(index, outcome);
    outcome.durationMs = timer.elapsed();
    if (journalId) journalFinish(index, journalId, outcome);

    ExecutionEvent finished = event(Kind::ItemFinished, index);
    finished.durationMs = outcome.durationMs;
    finished.rows = outcome.rows;
    switch (outcome.status) {
    case ItemOutcome::Status::Succeeded:
        finished.message = item.direction == ExecutionItem::Direction::Down
            ? tr("%1 rolled back").arg(item.displayName())
            : tr("%1 applied").arg(item.displayName());
        break;
    case ItemOutcome::Status::DryRunOk:
        finished.message = tr("%1 ran in the dry run (rolled back; %n statement(s) skipped)", nullptr,
                              outcome.skippedStatements)
                               .arg(item.displayName());
        break;
    case ItemOutcome::Status::Cancelled:
        finished.message = tr("%1 cancelled").arg(item.displayName());
        break;
    default:
        finished.message = plan.runsInOneTransaction()
            ? tr("%1 failed; its transaction was rolled back").arg(item.displayName())
            : tr("%1 failed; steps before the failing one stay applied").arg(item.displayName());
        finished.error = failure(outcome.error, finished.message); // the log shows it as an error
        break;
    }
    emitEvent(finished);
}

void ExecutorRun::journalFinish(int index, qint64 journalId, const ItemOutcome &outcome)
{
    const ExecutionItem &item = m_items.at(index);
    const JournalEntry entry = MigrationExecutor::journalOutcome(
        outcome, item, item.direction == ExecutionItem::Direction::Down, m_serverVersion);
    try {
        if (!broken()) {
            Journal::finish(m_conn, journalId, entry);
        } else {
            // The session died (terminated, server restart): record the outcome
            // on a fresh connection to the same database.
            pqxx::connection again(conninfoOf(m_pg).toStdString());
            Journal::finish(again, journalId, entry);
        }
    } catch (const std::exception &e) {
        ExecutionEvent ev = event(Kind::Note, index);
        ev.message = tr("Could not record the outcome in slipway.journal (row %1 stays 'running'): %2")
                         .arg(journalId)
                         .arg(DbError::fromException(e).message);
        emitEvent(ev);
    }
}

bool ExecutorRun::backUpTables(int index, const ExecutionPlan &plan)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList done;
    for (const PlannedStatement &p : plan.statements) {
        for (const QString &table : p.backupTables) {
            if (done.contains(table)) continue;
            done << table;
            const BackupOutcome b = TableBackup::backUp(m_conn, table, m_state.options.backupMaxBytes, now);
            ExecutionEvent e = event(Kind::Backup, index);
            e.statement = p.index;
            e.message = b.message;
            e.suggestedSql = b.pgDumpCommand;
            emitEvent(e);
            if (b.kind == BackupOutcome::Kind::Failed) {
                ItemOutcome &outcome = m_result.items[index];
                outcome.status = ItemOutcome::Status::Failed;
                outcome.error = b.error;
                ExecutionEvent err = event(Kind::Error, index);
                err.error = b.error;
                err.message = tr("Not run: the backup failed. %1").arg(b.message);
                emitEvent(err);
                return false;
            }
        }
    }
    return true;
}

void ExecutorRun::verify(int index, ItemOutcome &outcome)
{
    const ExecutionItem &item = m_items.at(index);
    const ExecutionPlan plan = ExecutionPlan::build(ExecutionItem::script(item.verifySql), m_serverVersion);
    const bool nested = dryRun();
    execute(m_pg, nested ? QStringLiteral("SAVEPOINT slipway_verify") : QStringLiteral("BEGIN"));
    bool ok = plan.syntaxErrors.isEmpty();
    QString why;
    StatementOutcome last;
    for (const PlannedStatement &p : plan.statements) {
        if (!ok) break;
        last = execute(m_pg, p.text);
        if (!last.ok) {
            ok = false;
            why = last.error.message;
        }
    }
    if (ok && last.resultRows == 1
        && (last.firstValue == QLatin1String("f") || last.firstValue == QLatin1String("false"))) {
        ok = false;
        why = tr("the verify query returned false");
    }
    if (!broken())
        execute(m_pg, nested ? QStringLiteral("ROLLBACK TO SAVEPOINT slipway_verify")
                             : QStringLiteral("ROLLBACK"));
    const bool down = item.direction == ExecutionItem::Direction::Down;
    const bool passed = down ? !ok : ok;
    outcome.verified = passed;
    if (!passed) m_result.verificationFailed = true;
    ExecutionEvent e = event(Kind::Verification, index);
    e.passed = passed;
    if (down)
        e.message = passed ? tr("Verification after rollback passed: the change is gone (%1).").arg(why)
                           : tr("Verification after rollback FAILED: the verify script still succeeds.");
    else
        e.message = passed ? tr("Verification passed.") : tr("Verification FAILED: %1").arg(why);
    emitEvent(e);
}

} // namespace detail

} // namespace slipway::run
