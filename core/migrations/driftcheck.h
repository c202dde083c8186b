#pragma once

#include "catalog/schemamodel.h"
#include "db/dberror.h"
#include "diff/plan.h"
#include "diff/schemachange.h"
#include "migrations/migration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace pqxx {
class connection_base;
}

namespace slipway::migrations {

// What a drift check applies and compares. Plain value type.
struct DriftOptions {
    enum class Scope {
        Applied, // the folder's migrations the live database has applied (AppliedState)
        All,     // every migration of the folder
        UpTo,    // the folder's migrations up to and including upTo
    };

    // A server where a throw-away database may be created (any database of it:
    // libpq URI or key=value conninfo); the check connects to it to run
    // CREATE DATABASE / DROP DATABASE.
    QString scratchConninfo;
    MigrationFormat format = MigrationFormat::Unknown; // Unknown: detected
    Scope scope = Scope::Applied;
    QString upTo;                 // Scope::UpTo only
    diff::DiffOptions diff;       // schemas and what to ignore, for both sides
    diff::PlanOptions plan;       // serverVersion is taken from the live database
};

// A migration that did not apply cleanly to the scratch database: itself a
// finding ("V3 does not apply cleanly").
struct DriftApplyError {
    QString version;
    QString name;
    QString path;
    int line = 0;   // in path, 1-based; 0 when unknown
    int column = 0;
    DbError error;
};

// What a drift check found. Plain value type.
struct DriftReport {
    Q_DECLARE_TR_FUNCTIONS(DriftReport)

public:
    enum class Status {
        Compared,     // the models were compared: changes/plan hold the drift (maybe none)
        ApplyFailed,  // a migration failed on the scratch database (applyError)
        Failed,       // could not check (error): connection, CREATE DATABASE, ...
        Cancelled,
    };

    Status status = Status::Failed;
    QString directory;
    MigrationFormat format = MigrationFormat::Unknown;
    QList<MigrationError> folderErrors;  // files the folder could not read (not fatal)
    QStringList appliedVersions;         // applied to the scratch database, in order
    QString scratchDatabase;             // the throw-away database's name
    bool scratchDropped = false;         // it is gone again
    // What must happen to the live database so it looks like the folder says:
    // Drop = only in the live database, Create = only in the migrations,
    // Alter = differs. Empty: no drift.
    QList<diff::SchemaChange> changes;
    diff::Plan plan;                     // brings the live database back to the folder's shape
    // The two sides compared (Compared only), for a view that shows the
    // objects: the live schema and the one the folder builds, both filtered.
    catalog::SchemaModel live;
    catalog::SchemaModel expected;
    std::optional<DriftApplyError> applyError;
    DbError error;

    bool hasDrift() const { return status == Status::Compared && !changes.isEmpty(); }
    static QString statusName(Status status); // "compared", "apply-failed", "failed", "cancelled"
};

// Drift of a live database against a migrations folder: applies the folder's
// migrations (those applied on the live database, by default) to a fresh
// scratch database with the MigrationExecutor (no journal, no runner lock),
// introspects both with the same filters, diffs live against expected and
// drops the scratch database again, also on failure and cancel.
//
// Left out of both sides: the `slipway` and `sqitch` schemas, and every
// migration tool's history table (flyway_schema_history, schema_migrations,
// databasechangelog(lock), _prisma_migrations, django_migrations,
// alembic_version, ar_internal_metadata, goose_db_version, and any history
// table HistoryReader finds in the live database) with their owned sequences.
//
// run() blocks on the caller's thread with the caller's live connection, so it
// fits Session::run or QtConcurrent; cancel() may be called from any thread.
class DriftCheck {
    Q_DECLARE_TR_FUNCTIONS(DriftCheck)

public:
    // phase: translated, one line ("Applying V2 add_email"); fraction 0..1.
    using ProgressFn = std::function<void(const QString &phase, double fraction)>;

    explicit DriftCheck(const DriftOptions &options);
    ~DriftCheck();
    DriftCheck(const DriftCheck &) = delete;
    DriftCheck &operator=(const DriftCheck &) = delete;

    void setProgress(ProgressFn progress);
    // Never throws.
    DriftReport run(pqxx::connection_base &live, const QString &directory);
    // Thread-safe: stops the running migration or read; run() returns Cancelled.
    void cancel();

    // Tables every migration tool keeps its history in (by name, any schema).
    static QStringList historyTableNames();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace slipway::migrations
