#pragma once

#include "migrationplan.h"
#include "stepderivation.h"

#include "db/dberror.h"

#include <QCoreApplication>
#include <QHash>

namespace slipway::diff {
struct Plan;
}

namespace slipway::plan {

// Throughput used to turn a table size into a duration. The defaults are rough,
// conservative figures for a mid-size server with an SSD; pass measured ones
// (e.g. from a previous run on the same database) when you have them.
struct PlanRates {
    double rewriteBytesPerSecond = 50.0 * 1024 * 1024;    // table + index rewrite
    double indexBuildBytesPerSecond = 30.0 * 1024 * 1024; // sort + write of an index
    double scanBytesPerSecond = 200.0 * 1024 * 1024;      // sequential read (SET NOT NULL, VALIDATE)
    double rowsPerSecond = 20000;                         // UPDATE/DELETE of whole tables
    double metadataSeconds = 0.01;                        // catalog-only change
    bool measured = false;                                // the figures come from a measurement
};

struct PlanContext {
    int serverVersion = 150000;                  // server_version_num
    QHash<QString, PlanTable> tables;            // by table name as touchedTables() gives it; empty offline
    PlanRates rates;
    double downtimeThresholdSeconds = 5;         // blocking longer than this counts as downtime
    QString title;                               // default: "Migration plan for <sourceName>"
    PlanSource source = PlanSource::File;
    QString sourceName;
    PriorDefinitions prior;                      // definitions before the migration (live only), for rollbacks
};

// Builds a MigrationPlan from SQL. build() is pure (no I/O); buildLive() first
// reads the server version and the touched tables' sizes from a database.
class PlanBuilder {
    Q_DECLARE_TR_FUNCTIONS(PlanBuilder)

public:
    static MigrationPlan build(const QString &sql, const PlanContext &context);
    // Connects with `conninfo` (read-only, short timeouts; LiveTableStats), fills
    // context.serverVersion (unless `keepVersion`) and context.tables, then build().
    static std::optional<MigrationPlan> buildLive(const QString &sql, const QString &conninfo, PlanContext context,
                                                  bool keepVersion = false, DbError *error = nullptr);

    // A plan for a generated schema-diff plan (source Diff): one step per
    // statement; the diff's data-loss hazards make a step destructive (critical,
    // backup needed), its hazards are added to the risk reason and its verify
    // queries to the last step of their change.
    static MigrationPlan fromDiff(const diff::Plan &diffPlan, PlanContext context);

    // The risk class of a change of `effect` on a table of `rows` (-1 unknown).
    static RiskClass riskFor(LockImpact::Effect effect, qint64 rows, bool destructive, bool foreignKey,
                             bool blocksWrites);
};

} // namespace slipway::plan
