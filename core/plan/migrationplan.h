#pragma once

#include "run/backfillspec.h"
#include "sql/lockimpact.h"
#include "sql/lockmode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway::plan {

// Risk classes of ../shared/reference (by rows, kind of change, destructiveness).
enum class RiskClass { Low = 0, Medium = 1, High = 2, Critical = 3 };
// How the step should be carried out.
enum class Pattern { Direct, Batched, ExpandContract, Concurrent };
// Where the plan's SQL came from.
enum class PlanSource { File, Editor, Diff, Wizard };
// Where a step stands in an expand/contract plan (None: a plain migration step).
enum class StepPhase { None, Expand, Migrate, Switch, Contract };

QString riskName(RiskClass risk);           // "low", "medium", ... (stable, for files)
std::optional<RiskClass> riskFromName(const QString &name);
QString patternName(Pattern pattern);       // "direct", "batched", "expand-contract", "concurrent"
std::optional<Pattern> patternFromName(const QString &name);
QString sourceName(PlanSource source);      // "file", "editor", "diff", "wizard"
QString phaseName(StepPhase phase);         // "", "expand", "migrate", "switch", "contract" (stable)
std::optional<StepPhase> phaseFromName(const QString &name);
QString effectKey(LockImpact::Effect effect); // "none", "metadata-only", "scan", "index-build", "rewrite", "row-changes", "reads"
std::optional<LockImpact::Effect> effectFromKey(const QString &key);

// A table a step touches, with its size when known (-1 = unknown).
struct PlanTable {
    QString name;
    qint64 rows = -1;
    qint64 bytes = -1;
    bool known() const { return rows >= 0 || bytes >= 0; }
};

struct PlanLock {
    QString relation;
    LockMode mode = LockMode::None;
    QString role; // "table", "index", "referenced table", ...
};

struct PlanFinding {
    QString rule;     // squawk rule name
    QString severity; // "hint", "warning", "error"
    QString message;
};

// One statement of the migration and everything a reviewer needs about it.
struct PlanStep {
    int index = 0;            // 0-based
    QString sql;              // without the trailing ';'
    int line = 0;             // 1-based first line in the source
    int endLine = 0;
    QString kind;             // parse node, e.g. "AlterTableStmt" (empty on a syntax error)
    QList<PlanLock> locks;
    LockMode lockMode = LockMode::None; // strongest
    LockImpact::Effect effect = LockImpact::Effect::None;
    QString effectReason;
    bool blocksReads = false;
    bool blocksWrites = false;
    bool outsideTransaction = false; // must not run inside BEGIN/COMMIT (CONCURRENTLY, ...)
    QString transactionNote;
    QList<PlanTable> tables;
    double estimatedSeconds = -1; // -1 = unknown (no table size)
    double blockingSeconds = -1;  // how long reads or writes wait; 0 when it blocks nothing
    QString estimateBasis;        // "rewrite at 50 MB/s (default rate)"
    RiskClass risk = RiskClass::Low;
    QString riskReason;
    Pattern pattern = Pattern::Direct;
    QString patternNote;          // what the pattern means for this step
    bool destructive = false;
    QString rollbackSql;          // empty when none can be derived
    QString rollbackLoss;         // what running the rollback loses (or why there is none)
    bool backupNeeded = false;
    QStringList backupTables;
    QString verificationSql;
    QString userImpact;           // what users will notice
    QList<PlanFinding> findings;

    // Multi-step (expand/contract) plans; all optional in the file.
    QString title;                // "Add column crm_reference" (empty: the SQL says it)
    StepPhase phase = StepPhase::None;
    QString deployNote;           // which application deploy goes before/after this step
    // Set: the step is a batched backfill run by run::BackfillRunner (sql then
    // only shows the equivalent single statement; it is not run as is).
    std::optional<run::BackfillSpec> backfill;
    // The verify query after rollbackSql ran; empty: verificationSql must then
    // fail or return false (the executor's reading of a verify after a down).
    QString rollbackVerificationSql;

    bool hasDown() const { return !rollbackSql.trimmed().isEmpty(); }
};

struct PlanSummary {
    RiskClass risk = RiskClass::Low; // max over the steps
    double lockSeconds = 0;          // sum of blocking durations (known ones)
    bool lockTimeUnknown = false;    // a blocking step had no size to estimate from
    bool downtime = false;           // a step blocks reads/writes beyond the threshold (or unknown)
    double downtimeThresholdSeconds = 5;
    QStringList approvals;           // from the reference's table for `risk`
    double totalSeconds = 0;         // sum of known step durations
};

// A reviewed, versioned description of a migration: steps + summary.
class MigrationPlan {
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)

public:
    static constexpr int kFormatVersion = 1;

    QString title;
    PlanSource source = PlanSource::File;
    QString sourceName;        // file path, tab title, "diff" or the wizard's kind
    QString description;       // what the plan does and why it is split so (optional)
    int serverVersion = 150000;
    bool sizesFromLiveDatabase = false;
    QList<PlanStep> steps;
    PlanSummary summary;

    // Recomputes `summary` from the steps.
    void summarize(double downtimeThresholdSeconds = 5);
    static QStringList approvalsFor(RiskClass risk);
    static QString riskLabel(RiskClass risk); // translated "Low", ...
    static QString patternLabel(Pattern pattern);
    static QString durationText(double seconds); // "~3 s", "~2 min", "unknown"

    // Versioned JSON ({"format": "slipway-plan", "version": 1, ...}); keys sorted.
    QJsonObject toJson() const;
    static std::optional<MigrationPlan> fromJson(const QJsonObject &json, QString *error = nullptr);
    QByteArray toJsonBytes() const; // indented, trailing newline
    bool save(const QString &path, QString *error = nullptr) const;
    static std::optional<MigrationPlan> load(const QString &path, QString *error = nullptr);
};

} // namespace slipway::plan
