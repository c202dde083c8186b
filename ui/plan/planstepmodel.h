#pragma once

#include "plan/migrationplan.h"

#include <QAbstractTableModel>

namespace slipway {

// The steps of a MigrationPlan as a table: #, statement, lock, effect,
// estimated duration, risk (icon and word), pattern. Tool tips carry the
// reasons (risk reason, estimate basis, pattern note, effect reason).
class PlanStepModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NumberColumn, StatementColumn, LockColumn, EffectColumn, DurationColumn, RiskColumn,
                  PatternColumn, ColumnCount };
    // Qt::UserRole on any column: the step's index in the plan.
    static constexpr int StepIndexRole = Qt::UserRole + 1;

    explicit PlanStepModel(QObject *parent = nullptr);

    void setPlan(const plan::MigrationPlan &plan);
    const plan::MigrationPlan &plan() const { return m_plan; }
    const plan::PlanStep *step(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const plan::PlanStep &step, int column) const;
    QVariant toolTip(const plan::PlanStep &step, int column) const;

    plan::MigrationPlan m_plan;
};

} // namespace slipway
