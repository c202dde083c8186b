#include "planrehearsal.h"

#include "planner.h"
#include "schemadiff.h"

#include "catalog/introspector.h"
#include "db/pgconnection.h"
#include "db/scratchdatabase.h"
#include "run/statementexecution_p.h"

#include <QMutex>
#include <QSet>

#include <pqxx/pqxx>

#include <libpq-fe.h>

#include <atomic>
#include <stdexcept>

namespace slipway::diff {

namespace {

using catalog::SchemaModel;
using Phase = RehearsalFailure::Phase;

struct Cancelled {};

void addGrantees(QSet<QString> &roles, const QList<catalog::Grant> &grants)
{
    for (const catalog::Grant &grant : grants) roles.insert(grant.grantee);
}

// Every role a model names: owners, grantees, policy roles.
QSet<QString> rolesOf(const SchemaModel &model)
{
    QSet<QString> roles;
    const auto owned = [&roles](const auto &list) {
        for (const auto &object : list) {
            roles.insert(object.owner);
            addGrantees(roles, object.grants);
        }
    };
    for (const catalog::Schema &schema : model.schemas) {
        roles.insert(schema.owner);
        addGrantees(roles, schema.grants);
    }
    owned(model.tables);
    owned(model.sequences);
    owned(model.views);
    owned(model.functions);
    for (const catalog::Table &table : model.tables) {
        for (const catalog::Column &column : table.columns) addGrantees(roles, column.grants);
        for (const catalog::Policy &policy : table.policies)
            for (const QString &role : policy.roles) roles.insert(role);
    }
    for (const auto &t : model.enums) roles.insert(t.owner);
    for (const auto &t : model.domains) roles.insert(t.owner);
    for (const auto &t : model.compositeTypes) roles.insert(t.owner);
    roles.remove(QString());
    roles.remove(QStringLiteral("PUBLIC"));
    return roles;
}

QStringList missingRoles(pqxx::connection_base &conn, const QSet<QString> &roles)
{
    QStringList missing;
    pqxx::nontransaction tx(conn, "slipway rehearsal roles");
    for (const QString &role : roles) {
        const pqxx::result r =
            tx.exec_params("SELECT 1 FROM pg_roles WHERE rolname = $1", role.toStdString());
        if (r.empty()) missing << role;
    }
    missing.sort();
    return missing;
}

} // namespace

struct PlanRehearsal::Private {
    RehearsalOptions options;
    ProgressFn progress;
    std::atomic_bool cancelled{false};
    QMutex mutex;
    PGcancel *cancelHandle = nullptr; // while a scratch connection is open (guarded by mutex)
    bool skipRoleChanges = false;

    void step(const QString &phase, double fraction) const
    {
        if (progress) progress(phase, fraction);
    }
    void checkCancelled() const
    {
        if (cancelled.load()) throw Cancelled{};
    }
    void attach(PgConnection &conn)
    {
        QMutexLocker lock(&mutex);
        cancelHandle = PQgetCancel(conn.handle());
    }
    void detach()
    {
        QMutexLocker lock(&mutex);
        if (cancelHandle) PQfreeCancel(cancelHandle);
        cancelHandle = nullptr;
    }

    SchemaModel read(pqxx::connection_base &conn, const QString &phase, double from,
                     double to) const;
    std::optional<DbError> execute(pg_conn *conn, const PlanStatement &statement, bool opens,
                                   bool closes) const;
    bool apply(PgConnection &conn, const Plan &plan, Phase phase, double from, double to,
               RehearsalReport &report, int *run) const;
};

SchemaModel PlanRehearsal::Private::read(pqxx::connection_base &conn, const QString &phase,
                                         double from, double to) const
{
    catalog::IntrospectOptions introspect;
    introspect.includeSchemas = options.diff.includeSchemas;
    introspect.excludeSchemas = options.diff.excludeSchemas;
    introspect.exactSizes = false;
    step(phase, from);
    SchemaModel model = catalog::Introspector::read(
        conn, introspect,
        [this, phase, from, to](int percent, const QString &) {
            step(phase, from + (to - from) * percent / 100.0);
        },
        &cancelled);
    checkCancelled();
    return model;
}

// One plan statement as the executor runs it: its settings and itself, in a
// transaction of its own unless it must run outside one or belongs to a
// group (PlanStatement::transaction): the first of a group opens the
// transaction, the last commits it.
std::optional<DbError> PlanRehearsal::Private::execute(pg_conn *conn,
                                                       const PlanStatement &statement,
                                                       bool opens, bool closes) const
{
    const bool transaction = !statement.outsideTransaction;
    QStringList sqls;
    if (transaction && opens) sqls << QStringLiteral("BEGIN");
    sqls << statement.settings << statement.sql;
    if (transaction && closes) sqls << QStringLiteral("COMMIT");
    for (const QString &sql : std::as_const(sqls)) {
        const run::detail::StatementOutcome outcome = run::detail::execute(conn, sql);
        if (outcome.ok) continue;
        if (transaction && !outcome.connectionBroken)
            run::detail::execute(conn, QStringLiteral("ROLLBACK"));
        return outcome.error;
    }
    return std::nullopt;
}

bool PlanRehearsal::Private::apply(PgConnection &conn, const Plan &plan, Phase phase,
                                   double from, double to, RehearsalReport &report,
                                   int *run) const
{
    const int count = int(plan.statements.size());
    bool open = false; // inside a group's transaction
    for (int i = 0; i < count; ++i) {
        checkCancelled();
        const PlanStatement &statement = plan.statements.at(i);
        const SchemaChange *change =
            statement.change >= 0 && statement.change < plan.changes.size()
                ? &plan.changes.at(statement.change)
                : nullptr;
        const int group = statement.outsideTransaction ? -1 : statement.transaction;
        const bool closes = group < 0 || i + 1 == count || plan.statements.at(i + 1).transaction != group;
        if (skipRoleChanges && change &&
            (change->kind == ObjectKind::Owner || change->kind == ObjectKind::Grant)) {
            ++report.skippedStatements;
            if (open && closes) {
                open = false;
                const run::detail::StatementOutcome outcome =
                    run::detail::execute(conn.handle(), QStringLiteral("COMMIT"));
                if (!outcome.ok) {
                    RehearsalFailure failure;
                    failure.phase = phase;
                    failure.statement = i;
                    failure.sql = QStringLiteral("COMMIT");
                    failure.error = outcome.error;
                    report.failure = failure;
                    return false;
                }
            }
            continue;
        }
        const QString label = phase == Phase::Baseline ? PlanRehearsal::tr("Loading the source")
                              : phase == Phase::Up     ? PlanRehearsal::tr("Up plan")
                                                       : PlanRehearsal::tr("Down plan");
        step(PlanRehearsal::tr("%1: statement %2 of %3").arg(label).arg(i + 1).arg(count),
             from + (to - from) * i / std::max(1, count));
        const bool opens = group < 0 || !open;
        open = group >= 0 && !closes;
        const std::optional<DbError> error = execute(conn.handle(), statement, opens, closes);
        if (!error) {
            if (run) ++*run;
            continue;
        }
        if (cancelled.load()) throw Cancelled{};
        RehearsalFailure failure;
        failure.phase = phase;
        failure.statement = i;
        failure.sql = statement.sql;
        failure.error = *error;
        report.failure = failure;
        return false;
    }
    return true;
}

PlanRehearsal::PlanRehearsal(const RehearsalOptions &options) : d(std::make_unique<Private>())
{
    d->options = options;
}

PlanRehearsal::~PlanRehearsal()
{
    d->detach();
}

void PlanRehearsal::setProgress(ProgressFn progress)
{
    d->progress = std::move(progress);
}

void PlanRehearsal::cancel()
{
    d->cancelled.store(true);
    QMutexLocker lock(&d->mutex);
    char buffer[256];
    if (d->cancelHandle) PQcancel(d->cancelHandle, buffer, int(sizeof buffer));
}

RehearsalReport PlanRehearsal::run(const SchemaModel &from, const SchemaModel &to, const Plan &up,
                                   const std::optional<Plan> &down)
{
    RehearsalReport report;
    ScratchDatabase scratchDb(d->options.scratchConninfo, QStringLiteral("slipway_rehearse"));
    try {
        d->checkCancelled();
        d->step(tr("Creating a scratch database"), 0.0);
        scratchDb.create();
        report.scratchDatabase = scratchDb.name();
        QString conninfoError;
        const QString conninfo = scratchDb.conninfo(&conninfoError);
        if (conninfo.isEmpty()) throw std::runtime_error(conninfoError.toStdString());
        PgConnection scratch(conninfo.toStdString());
        d->attach(scratch);

        DiffOptions diffOptions = d->options.diff;
        QSet<QString> roles = rolesOf(from);
        roles.unite(rolesOf(to));
        report.missingRoles = missingRoles(scratch, roles);
        if (!report.missingRoles.isEmpty()) {
            diffOptions.ignoreOwners = true;
            diffOptions.ignorePrivileges = true;
            d->skipRoleChanges = true;
        }

        const SchemaModel empty = d->read(scratch, tr("Reading the scratch database"), 0.05, 0.1);
        PlanOptions baselineOptions;
        baselineOptions.serverVersion = empty.serverVersionNumber > 0
                                            ? empty.serverVersionNumber
                                            : up.options.serverVersion;
        baselineOptions.lockTimeoutMs = 0;
        const Plan baseline = Planner::plan(empty, from, diffOptions, baselineOptions);
        bool ok = d->apply(scratch, baseline, Phase::Baseline, 0.1, 0.3, report, nullptr);
        if (ok) {
            const SchemaModel loaded = d->read(scratch, tr("Reading the source copy"), 0.3, 0.4);
            report.baselineDifferences = SchemaDiff::compare(loaded, from, diffOptions);
            ok = d->apply(scratch, up, Phase::Up, 0.4, 0.55, report, &report.upStatementsRun);
        }
        if (ok) {
            const SchemaModel afterUp = d->read(scratch, tr("Reading after the up plan"), 0.55, 0.65);
            report.upResidual = SchemaDiff::compare(afterUp, to, diffOptions);
            if (down) {
                ok = d->apply(scratch, *down, Phase::Down, 0.65, 0.8, report,
                              &report.downStatementsRun);
                if (ok) {
                    const SchemaModel afterDown =
                        d->read(scratch, tr("Reading after the down plan"), 0.8, 0.9);
                    report.downResidual = SchemaDiff::compare(afterDown, from, diffOptions);
                    report.downRehearsed = true;
                }
            }
        }
        if (!ok)
            report.status = RehearsalReport::Status::StatementFailed;
        else if (report.baselineDifferences.isEmpty() && report.upResidual.isEmpty() &&
                 report.downResidual.isEmpty())
            report.status = RehearsalReport::Status::Clean;
        else
            report.status = RehearsalReport::Status::Residual;
        d->detach();
    } catch (const Cancelled &) {
        report.status = RehearsalReport::Status::Cancelled;
    } catch (const pqxx::broken_connection &e) {
        report.status = RehearsalReport::Status::Failed;
        report.error = DbError::fromConnectFailure(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        report.status = d->cancelled.load() ? RehearsalReport::Status::Cancelled
                                            : RehearsalReport::Status::Failed;
        report.error = DbError::fromException(e);
    }
    d->detach();
    d->step(tr("Dropping the scratch database"), 0.95);
    report.scratchDropped = scratchDb.drop();
    d->step(tr("Done"), 1.0);
    return report;
}

} // namespace slipway::diff
