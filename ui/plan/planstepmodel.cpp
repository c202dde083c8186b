#include "planstepmodel.h"

#include "riskstyle.h"
#include "steptext.h"

#include <QBrush>

namespace slipway {

using namespace plan;

PlanStepModel::PlanStepModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanStepModel::setPlan(const MigrationPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

const PlanStep *PlanStepModel::step(int row) const
{
    return row >= 0 && row < m_plan.steps.size() ? &m_plan.steps.at(row) : nullptr;
}

int PlanStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

int PlanStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStepModel::display(const PlanStep &step, int column) const
{
    switch (column) {
    case NumberColumn:
        return step.index + 1;
    case StatementColumn: {
        const QString phase = StepText::phase(step.phase);
        const QString text = StepText::summary(step);
        return phase.isEmpty() ? text : tr("%1: %2").arg(phase, text);
    }
    case LockColumn:
        return StepText::lock(step);
    case EffectColumn:
        return StepText::effectShort(step.effect);
    case DurationColumn:
        return StepText::duration(step);
    case RiskColumn:
        return MigrationPlan::riskLabel(step.risk);
    case PatternColumn:
        return MigrationPlan::patternLabel(step.pattern);
    default:
        return {};
    }
}

QVariant PlanStepModel::toolTip(const PlanStep &step, int column) const
{
    switch (column) {
    case StatementColumn:
        return step.sql;
    case LockColumn:
        return tr("%1; %2").arg(StepText::lock(step), StepText::blocks(step));
    case EffectColumn:
        return step.effectReason.isEmpty() ? StepText::effect(step.effect)
                                           : tr("%1: %2").arg(StepText::effect(step.effect), step.effectReason);
    case DurationColumn:
        return step.estimateBasis;
    case RiskColumn:
        return tr("%1: %2").arg(RiskStyle::text(step.risk), step.riskReason);
    case PatternColumn:
        return step.patternNote;
    default:
        return {};
    }
}

QVariant PlanStepModel::data(const QModelIndex &index, int role) const
{
    const PlanStep *s = index.isValid() ? step(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*s, index.column());
    case Qt::ToolTipRole:
        return toolTip(*s, index.column());
    case Qt::DecorationRole:
        return index.column() == RiskColumn ? QVariant(RiskStyle::icon(s->risk)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == RiskColumn ? QVariant(QBrush(RiskStyle::color(s->risk))) : QVariant();
    case Qt::AccessibleTextRole:
        return index.column() == RiskColumn ? QVariant(RiskStyle::text(s->risk)) : display(*s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case StepIndexRole:
        return s->index;
    default:
        return {};
    }
}

QVariant PlanStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case StatementColumn:
        return tr("Statement");
    case LockColumn:
        return tr("Lock (on)");
    case EffectColumn:
        return tr("Effect");
    case DurationColumn:
        return tr("Estimated");
    case RiskColumn:
        return tr("Risk");
    case PatternColumn:
        return tr("Pattern");
    default:
        return {};
    }
}

} // namespace slipway
