#include "blockingtree.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace slipway {

namespace {

QString age(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return BlockingTree::tr("%1 s").arg(QString::number(seconds, 'f', 1));
    return BlockingTree::tr("%1 min %2 s").arg(int(seconds) / 60).arg(int(seconds) % 60);
}

QString modeName(const QString &mode)
{
    QString m = mode;
    if (m.endsWith(QLatin1String("Lock")))
        m.chop(4);
    // AccessExclusive -> ACCESS EXCLUSIVE
    QString out;
    for (int i = 0; i < m.size(); ++i) {
        if (i > 0 && m[i].isUpper())
            out += QLatin1Char(' ');
        out += m[i].toUpper();
    }
    return out;
}

} // namespace

BlockingTree::BlockingTree(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No session waits for a lock."), this))
    , m_cancel(new QPushButton(tr("Cancel Query…"), this))
    , m_terminate(new QPushButton(tr("Terminate Session…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Blocking tree</b> — who blocks whom"), this);
    layout->addWidget(title);
    m_tree->setObjectName(QStringLiteral("blockingTree"));
    m_tree->setAccessibleName(tr("Blocking sessions"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("PID"), tr("Waits for"), tr("Waiting"), tr("Query"), tr("State")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setIndentation(14);
    m_tree->setColumnWidth(0, 96);
    m_tree->setColumnWidth(1, 170);
    m_tree->setColumnWidth(2, 64);
    m_tree->setColumnWidth(3, 260);
    layout->addWidget(m_tree, 1);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    m_cancel->setObjectName(QStringLiteral("cancelBackend"));
    m_terminate->setObjectName(QStringLiteral("terminateBackend"));
    m_cancel->setToolTip(tr("Cancel the statement the selected session runs (pg_cancel_backend)"));
    m_terminate->setToolTip(tr("End the selected session and roll back its transaction (pg_terminate_backend)"));
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_terminate);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const int pid = selectedPid())
            emit cancelRequested(pid);
    });
    connect(m_terminate, &QPushButton::clicked, this, [this] {
        if (const int pid = selectedPid())
            emit terminateRequested(pid);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &BlockingTree::updateButtons);
    updateButtons();
}

int BlockingTree::selectedPid() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toInt();
}

void BlockingTree::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateButtons();
}

void BlockingTree::updateButtons()
{
    const bool selected = selectedPid() != 0;
    m_cancel->setEnabled(m_actionsEnabled && selected);
    m_terminate->setEnabled(m_actionsEnabled && selected);
}

void BlockingTree::setSample(const Sample &sample)
{
    const int selected = selectedPid();
    m_tree->clear();
    QSet<int> placed;
    QTreeWidgetItem *toSelect = nullptr;
    std::function<void(QTreeWidgetItem *, int)> add = [&](QTreeWidgetItem *parent, int pid) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, pid);
        item->setText(0, QString::number(pid));
        const LockWait *wait = sample.lockWaitOf(pid);
        const BlockingSession *session = sample.sessionOf(pid);
        if (wait) {
            const QString what = wait->relation.isEmpty() ? wait->lockType : wait->relation;
            item->setText(1, tr("%1 on %2").arg(modeName(wait->mode), what));
            item->setText(2, age(wait->waitSeconds));
            if (wait->waitSeconds >= 20)
                item->setForeground(2, QColor(0xd0, 0x21, 0x21));
        } else {
            item->setText(1, tr("— (holds the lock)"));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (session) {
            QString state = session->state;
            if (!wait && session->transactionSeconds >= 0)
                state += QLatin1Char(' ') + tr("(tx %1)").arg(age(session->transactionSeconds));
            item->setText(4, state);
        }
        const QString query = (wait ? wait->query : session ? session->query : QString()).simplified();
        item->setText(3, query);
        item->setToolTip(3, query);
        if (pid == selected)
            toSelect = item;
        if (placed.contains(pid))
            return; // a cycle: shown once
        placed.insert(pid);
        for (int child : sample.blockedBy(pid))
            add(item, child);
    };
    for (int root : sample.blockingRoots())
        add(nullptr, root);
    m_tree->expandAll();
    if (toSelect)
        toSelect->setSelected(true);
    m_empty->setVisible(m_tree->topLevelItemCount() == 0);
    updateButtons();
}

} // namespace slipway
