#include "problemsview.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    m_model->setHorizontalHeaderLabels({tr("Severity"), tr("Rule"), tr("Location"), tr("Message")});
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAccessibleName(tr("Problems"));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SeverityColumn, 90);
    m_view->setColumnWidth(RuleColumn, 180);
    m_view->setColumnWidth(LocationColumn, 140);
    m_view->setToolTip(tr("Findings of the migration linter appear here once a migration is open."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace slipway
