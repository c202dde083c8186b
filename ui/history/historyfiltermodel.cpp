#include "historyfiltermodel.h"

#include "historymodel.h"

namespace slipway {

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void HistoryFilterModel::setStateFilter(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void HistoryFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    const QModelIndex version = model->index(sourceRow, HistoryModel::VersionColumn, sourceParent);
    if (m_state >= 0 && version.data(HistoryModel::StateRole).toInt() != m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {HistoryModel::VersionColumn, HistoryModel::NameColumn}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace slipway
