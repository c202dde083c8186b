#pragma once

#include "plan/migrationplan.h"
#include "plan/planexecution.h"
#include "run/executionitem.h"
#include "sql/lockmode.h"

#include <QTreeWidget>

namespace slipway {

// What a run will do, before it starts: each item (migration, script) with
// its statements, the lock each takes and on what, whether it rewrites or
// scans the table, and whether it must run outside a transaction. Built
// with the SQL engine's lock classification for the server's version.
class RunPreview : public QTreeWidget {
    Q_OBJECT

public:
    explicit RunPreview(QWidget *parent = nullptr);

    void setItems(const QList<run::ExecutionItem> &items, int serverVersion);
    // A saved plan's steps in the order they run (down: the rollback SQL,
    // last step first): title and phase, statements with their locks, the
    // step's risk, backfills, and the application deploy notes.
    void setPlan(const plan::MigrationPlan &plan, bool down, int serverVersion);
    void setMessage(const QString &message); // "Nothing pending", an error, ...; a row per line
    int statementCount() const { return m_statements; }
    // Marks an item (or one of its statements) as where the run is now; for
    // a plan, `item` is the position in the run order.
    void markCurrent(int item, int statement);
    // A plan step's outcome in the Result column.
    void setStepResult(const plan::PlanStepOutcome &outcome);
    QTreeWidgetItem *stepRow(int step) const { return m_stepRows.value(step); }
    // The plan steps ticked to run (all by default; untick the ones that
    // wait for an application deploy), in run order.
    QList<int> checkedSteps() const;
    void setCheckedSteps(const QList<int> &steps);

private:
    void reset(bool plan);
    // The statements of `sql` as children of `parent` (with their line
    // numbers, or not for a plan); the strongest lock.
    LockMode addStatements(QTreeWidgetItem *parent, const QString &sql, int serverVersion, bool *outside,
                           bool lines = true);
    void addPlanStep(const plan::PlanStep &step, bool down, int serverVersion);

    int m_statements = 0;
    QList<QTreeWidgetItem *> m_runRows;     // a plan's steps in run order
    QHash<int, QTreeWidgetItem *> m_stepRows; // by step index
};

} // namespace slipway
