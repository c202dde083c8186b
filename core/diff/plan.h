#pragma once

// What the planner produces: statements in the order to run them, each with
// its hazards and lock classification, and queries that verify the result.

#include "schemachange.h"

#include "sql/lockimpact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway::diff {

struct Hazard {
    enum class Kind {
        Lock,                  // takes a lock that blocks reads or writes (mode, on what)
        DataLoss,              // deletes data (drop table/column, type recreated, ...)
        IndexBuild,            // builds an index: time grows with the table
        Rewrite,               // rewrites the table (and its indexes)
        Scan,                  // reads every row (validation) while holding its lock
        UntrackableDependency, // e.g. function bodies: what they use is not tracked
        Authorization,         // grants, owners, row security, policies
        PossibleRename,        // a drop matched by a create: a rename loses the data
        Backfill,              // existing rows need values before the next steps succeed
    };
    Kind kind = Kind::Lock;
    QString text;

    static QString kindName(Kind kind); // "lock", "data loss", ... (stable, for JSON)
    bool operator==(const Hazard &) const = default;
};

struct PlanStatement {
    QString sql;                     // one statement, no trailing ';'
    bool outsideTransaction = false; // CONCURRENTLY, ALTER TYPE ADD VALUE on old servers
    QStringList settings;            // "SET lock_timeout = '3s'", ... to run just before it
    QList<Hazard> hazards;
    std::optional<LockImpact> lock;  // from LockClassifier when the statement parses
    int change = -1;                 // index into Plan::changes
    // Consecutive statements with the same number >= 0 run together in one
    // transaction (BEGIN, each one's settings and SQL, COMMIT): the drops of
    // dependent views and triggers, the change under them and their
    // re-creation, so readers never see them missing. -1: a transaction of
    // its own (or none, outsideTransaction).
    int transaction = -1;

    bool hasHazard(Hazard::Kind kind) const;
    // settings and sql as a script ("SET ...;\nSQL;").
    QString script() const;
};

// A query that returns one boolean, true when the target shape holds.
struct VerifyQuery {
    QString description;
    QString sql;
    int change = -1;
};

struct PlanOptions {
    int serverVersion = 150000; // of the database the plan runs on (server_version_num)
    int lockTimeoutMs = 3000;   // SET lock_timeout before every statement; 0: none
    // SET statement_timeout before every statement; 0: none. Statements that
    // build or validate (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT) always
    // get 0, since they take as long as the table needs and block no one.
    int statementTimeoutMs = 0;
};

struct Plan {
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    QList<SchemaChange> changes;
    QList<PlanStatement> statements;
    QList<VerifyQuery> verify;
    PlanOptions options;

    bool isEmpty() const { return statements.isEmpty(); }
    // The plan as a script: hazards as comments, "-- outside a transaction"
    // notes, settings and statements. Runnable with psql.
    QString toSql() const;
};

} // namespace slipway::diff
