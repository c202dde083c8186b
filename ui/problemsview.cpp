#include "problemsview.h"

#include "editor/severitystyle.h"

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
    m_model->setSortRole(SortRole);
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
    m_view->setColumnWidth(LocationColumn, 220);
    m_view->setTextElideMode(Qt::ElideMiddle); // keep the ":line:column" end of long file names
    m_view->setToolTip(tr("Findings of the migration linter for the open migrations; double-click one to go there."));
    m_view->sortByColumn(LocationColumn, Qt::AscendingOrder);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(SeverityColumn);
        auto *source = reinterpret_cast<QObject *>(first.data(SourceRole).value<quintptr>());
        if (source)
            emit problemActivated(source, first.data(PositionRole).toInt());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ProblemsView::removeSource(QObject *source)
{
    const quintptr key = reinterpret_cast<quintptr>(source);
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->item(row, SeverityColumn)->data(SourceRole).value<quintptr>() == key)
            m_model->removeRow(row);
    }
}

int ProblemsView::count(QObject *source) const
{
    const quintptr key = reinterpret_cast<quintptr>(source);
    int n = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        n += m_model->item(row, SeverityColumn)->data(SourceRole).value<quintptr>() == key;
    return n;
}

void ProblemsView::setFindings(QObject *source, const QString &fileName, const QList<Finding> &findings)
{
    m_view->setUpdatesEnabled(false);
    removeSource(source);
    const quintptr key = reinterpret_cast<quintptr>(source);
    for (const Finding &f : findings) {
        auto *severity = new QStandardItem(SeverityStyle::icon(f.severity), SeverityStyle::label(f.severity));
        severity->setData(QVariant::fromValue(key), SourceRole);
        severity->setData(f.range.start, PositionRole);
        severity->setData(2 - int(f.severity), SortRole); // errors first
        auto *rule = new QStandardItem(f.rule);
        rule->setData(f.rule, SortRole);
        auto *location = new QStandardItem(QStringLiteral("%1:%2:%3").arg(fileName).arg(f.range.from.line).arg(f.range.from.column));
        location->setData(QStringLiteral("%1:%2").arg(fileName).arg(f.range.start, 9, 10, QLatin1Char('0')), SortRole);
        auto *message = new QStandardItem(f.message);
        message->setData(f.message, SortRole);
        QString tip = f.message;
        if (!f.help.isEmpty())
            tip += QLatin1Char('\n') + f.help;
        message->setToolTip(tip);
        QList<QStandardItem *> row{severity, rule, location, message};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    if (m_view->header()->sortIndicatorSection() >= 0)
        m_model->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    m_view->setUpdatesEnabled(true);
}

} // namespace slipway
