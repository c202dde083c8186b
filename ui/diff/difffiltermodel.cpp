#include "difffiltermodel.h"

#include "diffresult.h"
#include "difftreemodel.h"

namespace slipway {

DiffFilterModel::DiffFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DiffFilterModel::setShow(Show show)
{
    if (show == m_show) return;
    m_show = show;
    invalidateFilter();
}

void DiffFilterModel::setText(const QString &text)
{
    if (text == m_text) return;
    m_text = text;
    invalidateFilter();
}

bool DiffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(DiffTreeModel::ObjectRole).toInt() < 0) return false; // kind rows: by their children
    using State = DiffObject::State;
    const auto state = State(index.data(DiffTreeModel::StateRole).toInt());
    bool shown = true;
    switch (m_show) {
    case Show::All: break;
    case Show::AllDifferences: shown = state != State::Identical; break;
    case Show::Different: shown = state == State::Different; break;
    case Show::OnlyInSource: shown = state == State::OnlyInSource; break;
    case Show::OnlyInTarget: shown = state == State::OnlyInTarget; break;
    }
    return shown && (m_text.isEmpty() || index.data().toString().contains(m_text, Qt::CaseInsensitive));
}

} // namespace slipway
