#pragma once

#include "run/backfillprogress.h"
#include "run/executionevent.h"
#include "run/executionitem.h"
#include "run/executionresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {
class MonitorSeries;
struct PolicyDecision;
} // namespace slipway

namespace slipway::plan {

struct PlanRunResult;

// What actually happened in a finished run, for the runbook's "What happened"
// section: per migration and per statement the actual duration, rows, status
// and error (with SQLSTATE), the monitor's peaks over the run (replication
// lag, longest lock wait, waiting sessions, error rate), every throttle /
// resume / abort with its reason, the backfill's totals, and chart images the
// caller grabbed. Plain value type; built with the add* calls in any order.
class RunReport {
    Q_DECLARE_TR_FUNCTIONS(RunReport)

public:
    struct Statement {
        int item = 0;
        int statement = 0;     // index in the item's script (= plan step for a one-script run)
        int line = 0;          // 1-based in the item's SQL
        qint64 durationMs = -1;
        qint64 rows = -1;
        int attempts = 1;      // 2+: lock-timeout retries
        bool failed = false;
        bool skipped = false;  // dry run: cannot run in a transaction
        QString sqlState;
        QString error;
    };
    struct Item {
        QString label;         // "V2 add_email", "editor: orders.sql"
        QString version;
        QString status;        // "succeeded", "failed", "cancelled", "not run", "dry run ok"
        qint64 durationMs = -1;
        qint64 rows = -1;
        int attempts = 0;
        QString sqlState;
        QString error;         // message (detail and hint appended)
        int errorLine = 0;
        std::optional<bool> verified;
    };
    // A throttle / resume / abort / pause decision, by the policy or a person.
    struct Event {
        QDateTime at;
        QString action;        // "throttle", "resume", "abort", "paused", ...
        QString source;        // "policy", "user", "runner"
        QString reason;
        QString metric;        // "replication_lag", "lock_wait", "error_rate" (policy)
        double value = 0;
        double threshold = 0;
    };
    struct Peak {
        double value = -1;     // -1: not measured
        QDateTime at;
        bool known() const { return value >= 0; }
    };
    struct Backfill {
        QString state;         // backfillStateName
        qint64 rowsThisRun = 0;
        qint64 rowsDone = 0;
        qint64 batches = 0;
        double seconds = 0;
        QString message;
        QString sqlState;
        bool dryRun = false;
    };
    struct Chart {
        QString title;
        QString path;          // PNG file
    };

    QString mode;              // "run", "dry-run", "rollback", "backfill"
    QString status;            // ExecutionResult::statusName or backfill state
    QString database;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error;             // what ended the run, when it failed
    QString errorSqlState;
    QList<Item> items;
    QList<Statement> statements;
    QList<Event> events;
    std::optional<Backfill> backfill;
    Peak lagSeconds;           // largest replication lag / standby delay
    Peak lagBytes;
    Peak lockWaitSeconds;      // longest single lock wait
    Peak lockWaiters;          // most sessions waiting at once
    Peak errorRatePercent;
    qint64 samples = 0;        // monitor samples in the run's window
    QList<Chart> charts;
    // A plan run: the plan step each item ran (items in run order); empty for
    // a folder or script run.
    QList<int> itemSteps;

    // The executor's result and the events it sent (statement timings, retries).
    void addExecution(const run::ExecutionResult &result, const QList<run::ExecutionItem> &items,
                      const QList<run::ExecutionEvent> &events);
    void addBackfill(const run::BackfillResult &result, const QList<run::BackfillEvent> &events);
    // A saved plan's run, after addExecution() of PlanExecution::asExecution:
    // which step each item is, each backfill step as the step's one statement
    // (its rows and time), and the backfill's totals and throttle events.
    void addPlanRun(const PlanRunResult &result, const QList<run::BackfillEvent> &backfillEvents);
    // Peaks and policy decisions of the series between startedAt and finishedAt
    // (the whole series when those are unset).
    void addMonitor(const MonitorSeries &series);
    void addDecision(const PolicyDecision &decision);

    bool isEmpty() const { return items.isEmpty() && !backfill && statements.isEmpty(); }
    qint64 durationMs() const; // finishedAt - startedAt, -1 when unknown
    // The statements of plan step `step`: of a one-script run, the statement
    // with that index; of a plan run, those of the step's item.
    QList<Statement> statementsForStep(int step) const;
    int throttleCount() const;
    bool aborted() const;

    static QString durationText(qint64 ms); // "850 ms", "12.3 s", "4 min 5 s"
    // "ok", "failed", ... as the runbook shows a statement.
    static QString statementStatus(const Statement &s);
};

} // namespace slipway::plan
