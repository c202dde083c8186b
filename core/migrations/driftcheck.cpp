#include "driftcheck.h"

#include "catalog/introspector.h"
#include "db/pgconnection.h"
#include "db/scratchdatabase.h"
#include "diff/planner.h"
#include "diff/schemadiff.h"
#include "migrations/historyreader.h"
#include "migrations/migrationsource.h"
#include "run/migrationexecutor.h"
#include "run/pendingmigrations.h"

#include <QFile>
#include <QMutex>
#include <QSet>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace slipway::migrations {

namespace {

using catalog::SchemaModel;

struct Cancelled {};

// `line` of `sql` as a line of the file at path: a folder may hand out a
// section of its file as the up SQL (dbmate's "-- migrate:up").
int fileLine(const QString &path, const QString &sql, int line)
{
    if (line <= 0 || path.isEmpty() || sql.isEmpty()) return line;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return line;
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype at = text.indexOf(sql);
    if (at <= 0) return line;
    return line + int(QStringView(text).left(at).count(u'\n'));
}

} // namespace

struct DriftCheck::Private {
    DriftOptions options;
    ProgressFn progress;
    std::atomic_bool cancelled{false};
    QMutex mutex;
    run::MigrationExecutor *executor = nullptr; // while one runs (guarded by mutex)

    void step(const QString &phase, double fraction) const
    {
        if (progress) progress(phase, fraction);
    }
    void checkCancelled() const
    {
        if (cancelled.load()) throw Cancelled{};
    }

    QList<Migration> toApply(pqxx::connection_base &live, const MigrationSet &set) const;
    bool applyToScratch(PgConnection &scratch, const QList<Migration> &migrations,
                        DriftReport &report);
    SchemaModel read(pqxx::connection_base &conn, const QSet<QString> &historyTables,
                     const QString &phase, double from, double to) const;
};

QList<Migration> DriftCheck::Private::toApply(pqxx::connection_base &live,
                                              const MigrationSet &set) const
{
    using Scope = DriftOptions::Scope;
    QList<Migration> result;
    if (options.scope == Scope::All) return set.migrations;
    if (options.scope == Scope::UpTo) {
        for (const Migration &m : set.migrations)
            if (m.repeatable ||
                MigrationSource::compareVersions(m.version, options.upTo) <= 0)
                result << m;
        return result;
    }
    const run::AppliedState state = run::AppliedState::read(live, set);
    QSet<QString> repeatablesApplied;
    for (const AppliedMigration &a : state.history)
        if (a.version.isEmpty() && a.success) repeatablesApplied.insert(a.description);
    for (const Migration &m : set.migrations) {
        const bool applied = m.repeatable ? repeatablesApplied.contains(m.name)
                                          : state.applied.contains(m.version);
        if (applied) result << m;
    }
    return result;
}

bool DriftCheck::Private::applyToScratch(PgConnection &scratch, const QList<Migration> &migrations,
                                         DriftReport &report)
{
    run::ExecutionOptions execOptions;
    execOptions.journal = false;
    execOptions.takeRunnerLock = false;
    execOptions.lockTimeoutMs = 0; // nobody else uses the scratch database
    execOptions.maxAttempts = 1;
    execOptions.verify = false;
    execOptions.applicationName = QStringLiteral("slipway drift");
    QList<run::ExecutionItem> items;
    for (const Migration &m : migrations) items << run::ExecutionItem::up(m);

    run::MigrationExecutor runner(execOptions);
    const int count = std::max(1, int(items.size()));
    runner.setEventSink([this, &items, count](const run::ExecutionEvent &event) {
        if (event.kind != run::ExecutionEvent::Kind::ItemStarted || event.item < 0) return;
        step(DriftCheck::tr("Applying %1").arg(items.at(event.item).displayName()),
               0.15 + 0.45 * event.item / count);
    });
    {
        QMutexLocker lock(&mutex);
        executor = &runner;
    }
    checkCancelled();
    const run::ExecutionResult result = runner.run(scratch, items);
    {
        QMutexLocker lock(&mutex);
        executor = nullptr;
    }
    if (result.status == run::ExecutionResult::Status::Cancelled) throw Cancelled{};
    for (const run::ItemOutcome &outcome : result.items) {
        if (outcome.status == run::ItemOutcome::Status::Succeeded)
            report.appliedVersions << outcome.version;
        if (outcome.status != run::ItemOutcome::Status::Failed) continue;
        const Migration &m = migrations.at(outcome.item);
        DriftApplyError error;
        error.version = m.version;
        error.name = m.name;
        error.path = m.upPath;
        error.line = fileLine(m.upPath, m.upSql, outcome.errorPosition.line);
        error.column = outcome.errorPosition.column;
        error.error = outcome.error;
        report.applyError = error;
        return false;
    }
    if (!result.succeeded()) {
        report.error = result.error.isError()
                           ? result.error
                           : DbError::internal(DriftCheck::tr("The migrations did not apply (%1).")
                                                   .arg(run::ExecutionResult::statusName(result.status)));
        return false;
    }
    return true;
}

SchemaModel DriftCheck::Private::read(pqxx::connection_base &conn,
                                      const QSet<QString> &historyTables, const QString &phase,
                                      double from, double to) const
{
    catalog::IntrospectOptions introspect;
    introspect.includeSchemas = options.diff.includeSchemas;
    introspect.excludeSchemas = options.diff.excludeSchemas;
    introspect.excludeSchemas << QStringLiteral("slipway") << QStringLiteral("sqitch");
    introspect.exactSizes = false;
    step(phase, from);
    SchemaModel model = catalog::Introspector::read(
        conn, introspect,
        [this, phase, from, to](int percent, const QString &) {
            step(phase, from + (to - from) * percent / 100.0);
        },
        &cancelled);
    checkCancelled();
    // History tables (by bare name, or schema.name as found) and their sequences.
    const auto isHistory = [&historyTables](const QString &schema, const QString &name) {
        return historyTables.contains(name) ||
               historyTables.contains(schema + QLatin1Char('.') + name);
    };
    model.tables.removeIf(
        [&](const catalog::Table &t) { return isHistory(t.schema, t.name); });
    model.sequences.removeIf([&](const catalog::Sequence &s) {
        return !s.ownedByTable.isEmpty() && isHistory(s.schema, s.ownedByTable);
    });
    return model;
}

DriftCheck::DriftCheck(const DriftOptions &options) : d(std::make_unique<Private>())
{
    d->options = options;
}

DriftCheck::~DriftCheck() = default;

void DriftCheck::setProgress(ProgressFn progress)
{
    d->progress = std::move(progress);
}

void DriftCheck::cancel()
{
    d->cancelled.store(true);
    QMutexLocker lock(&d->mutex);
    if (d->executor) d->executor->cancel();
}

QStringList DriftCheck::historyTableNames()
{
    return {QStringLiteral("flyway_schema_history"), QStringLiteral("schema_migrations"),
            QStringLiteral("databasechangelog"),     QStringLiteral("databasechangeloglock"),
            QStringLiteral("_prisma_migrations"),    QStringLiteral("django_migrations"),
            QStringLiteral("alembic_version"),       QStringLiteral("ar_internal_metadata"),
            QStringLiteral("goose_db_version")};
}

DriftReport DriftCheck::run(pqxx::connection_base &live, const QString &directory)
{
    DriftReport report;
    report.directory = directory;
    ScratchDatabase scratchDb(d->options.scratchConninfo, QStringLiteral("slipway_drift"));
    try {
        d->step(tr("Reading the migrations folder"), 0.0);
        const MigrationSet set = MigrationSource::load(directory, d->options.format);
        report.format = set.format;
        report.folderErrors = set.errors;
        d->checkCancelled();

        d->step(tr("Reading the applied migrations"), 0.05);
        const QList<Migration> migrations = d->toApply(live, set);
        const QStringList historyNames = historyTableNames();
        QSet<QString> historyTables(historyNames.cbegin(), historyNames.cend());
        for (const HistoryTable &t : HistoryReader::detect(live))
            historyTables.insert(t.schema + QLatin1Char('.') + t.table);
        d->checkCancelled();

        d->step(tr("Creating a scratch database"), 0.1);
        scratchDb.create();
        report.scratchDatabase = scratchDb.name();
        QString conninfoError;
        const QString scratchConninfo = scratchDb.conninfo(&conninfoError);
        if (scratchConninfo.isEmpty()) throw std::runtime_error(conninfoError.toStdString());
        SchemaModel expected;
        {
            PgConnection scratch(scratchConninfo.toStdString());
            if (!d->applyToScratch(scratch, migrations, report)) {
                report.status = report.applyError ? DriftReport::Status::ApplyFailed
                                                  : DriftReport::Status::Failed;
                report.scratchDropped = scratchDb.drop();
                return report;
            }
            expected = d->read(scratch, historyTables, tr("Reading the expected schema"), 0.6, 0.75);
        }
        const SchemaModel actual =
            d->read(live, historyTables, tr("Reading the live schema"), 0.75, 0.9);

        d->step(tr("Comparing"), 0.9);
        diff::DiffOptions diffOptions = d->options.diff;
        diffOptions.excludeSchemas << QStringLiteral("slipway") << QStringLiteral("sqitch");
        diff::PlanOptions planOptions = d->options.plan;
        if (actual.serverVersionNumber > 0) planOptions.serverVersion = actual.serverVersionNumber;
        report.changes = diff::SchemaDiff::compare(actual, expected, diffOptions);
        report.plan = diff::Planner::plan(report.changes, actual, expected, planOptions);
        report.live = actual;
        report.expected = expected;
        report.status = DriftReport::Status::Compared;
    } catch (const Cancelled &) {
        report.status = DriftReport::Status::Cancelled;
    } catch (const pqxx::broken_connection &e) {
        report.status = DriftReport::Status::Failed;
        report.error = DbError::fromConnectFailure(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        report.status = d->cancelled.load() ? DriftReport::Status::Cancelled
                                            : DriftReport::Status::Failed;
        report.error = DbError::fromException(e);
    }
    d->step(tr("Dropping the scratch database"), 0.95);
    report.scratchDropped = scratchDb.drop();
    if (!report.scratchDropped && report.status == DriftReport::Status::Compared)
        report.error = DbError::internal(
            tr("Could not drop the scratch database %1; drop it by hand.").arg(report.scratchDatabase));
    d->step(tr("Done"), 1.0);
    return report;
}

QString DriftReport::statusName(Status status)
{
    switch (status) {
    case Status::Compared: return QStringLiteral("compared");
    case Status::ApplyFailed: return QStringLiteral("apply-failed");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace slipway::migrations
