#pragma once

#include "plan.h"
#include "schemachange.h"

#include "catalog/schemamodel.h"
#include "db/dberror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace slipway::diff {

struct RehearsalOptions {
    // A server where a throw-away database may be created (any database of
    // it: libpq URI or key=value conninfo); its role needs CREATEDB.
    QString scratchConninfo;
    DiffOptions diff; // the options the plan was made with (schemas, what to ignore)
};

// The statement that failed on the scratch database.
struct RehearsalFailure {
    enum class Phase { Baseline, Up, Down };
    Phase phase = Phase::Up;
    int statement = -1; // index into the phase's plan statements
    QString sql;
    DbError error;      // SQLSTATE, detail, hint, position (into sql)

    static QString phaseName(Phase phase); // "baseline", "up", "down" (stable)
};

// What a rehearsal found. Plain value type.
struct RehearsalReport {
    Q_DECLARE_TR_FUNCTIONS(RehearsalReport)

public:
    enum class Status {
        Clean,           // up gave the target, down gave the source back
        Residual,        // all ran, but differences are left (see the lists)
        StatementFailed, // a statement failed (failure)
        Failed,          // could not rehearse (error): connection, CREATE DATABASE, ...
        Cancelled,
    };

    Status status = Status::Failed;
    QString scratchDatabase;
    bool scratchDropped = false;
    // The source as loaded into the scratch database, compared with the source
    // model: what the scratch database could not reproduce (empty normally).
    QList<SchemaChange> baselineDifferences;
    QList<SchemaChange> upResidual;   // scratch after the up plan vs the target
    QList<SchemaChange> downResidual; // scratch after the down plan vs the source
    bool downRehearsed = false;
    int upStatementsRun = 0;
    int downStatementsRun = 0;
    // Owner and grant statements skipped because their roles do not exist on
    // the scratch server (owners and privileges are then not compared).
    QStringList missingRoles;
    int skippedStatements = 0;
    std::optional<RehearsalFailure> failure;
    DbError error;

    bool isClean() const { return status == Status::Clean; }
    static QString statusName(Status status); // "clean", "residual", ... (stable)
    // A few lines for a person: the verdict, residual changes, the failing
    // statement with SQLSTATE and line:column.
    QString toText() const;
};

// Checks a plan by running it: creates a scratch database on
// RehearsalOptions::scratchConninfo, loads the source model into it (the
// planner's plan from the empty database to the source), runs the up plan
// statement by statement as the executor would (each in its own transaction,
// a PlanStatement::transaction group in one, CONCURRENTLY and the like outside
// one, with their settings), re-reads the
// catalog and diffs it against the target: it must be empty. Then the down
// plan, diffed against the source. The scratch database is dropped again,
// also on failure and cancel.
//
// The scratch tables are empty: a step that needs a backfill on real data
// (SET NOT NULL over existing NULLs) passes here.
//
// run() blocks on the caller's thread (fits QtConcurrent::run); cancel() may
// be called from any thread.
class PlanRehearsal {
    Q_DECLARE_TR_FUNCTIONS(PlanRehearsal)

public:
    // phase: translated, one line ("Up plan: statement 3 of 12"); fraction 0..1.
    using ProgressFn = std::function<void(const QString &phase, double fraction)>;

    explicit PlanRehearsal(const RehearsalOptions &options);
    ~PlanRehearsal();
    PlanRehearsal(const PlanRehearsal &) = delete;
    PlanRehearsal &operator=(const PlanRehearsal &) = delete;

    void setProgress(ProgressFn progress);
    // `up` turns `from` into `to`; `down` (when given) turns `to` back into
    // `from`. Never throws.
    RehearsalReport run(const catalog::SchemaModel &from, const catalog::SchemaModel &to,
                        const Plan &up, const std::optional<Plan> &down = std::nullopt);
    // Thread-safe: cancels the running statement; run() returns Cancelled.
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace slipway::diff
