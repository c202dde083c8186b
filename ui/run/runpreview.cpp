#include "runpreview.h"

#include "sql/lockimpact.h"
#include "sql/sqlscript.h"

#include <QHeaderView>
#include <QStyle>

namespace slipway {

namespace {

enum Column { What, Lock, Effect, Line };

QString oneLine(const QString &sql)
{
    QString text = sql.simplified();
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("…");
    return text;
}

} // namespace

RunPreview::RunPreview(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("runPreview"));
    setAccessibleName(tr("Run plan"));
    setHeaderLabels({tr("Step"), tr("Lock"), tr("Effect"), tr("Line")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(What, QHeaderView::Stretch);
    header()->setSectionResizeMode(Lock, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Effect, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Line, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
}

void RunPreview::setItems(const QList<run::ExecutionItem> &items, int serverVersion)
{
    clear();
    m_statements = 0;
    for (const run::ExecutionItem &item : items) {
        auto *top = new QTreeWidgetItem(this, {item.displayName()});
        top->setIcon(What, style()->standardIcon(QStyle::SP_FileIcon));
        top->setToolTip(What, item.path);
        const SqlScript script = SqlScript::parse(item.sql);
        LockMode strongest = LockMode::None;
        bool outside = item.outsideTransaction;
        for (const SqlStatement &statement : script.statements()) {
            const LockImpact impact = LockClassifier::classify(statement, serverVersion);
            strongest = qMax(strongest, impact.strongest());
            outside = outside || !impact.transactionAllowed;
            QStringList targets;
            for (const LockImpact::RelationLock &lock : impact.locks)
                targets << lock.relation;
            const QString lock = impact.strongest() == LockMode::None
                                     ? QString()
                                     : tr("%1 on %2").arg(lockModeName(impact.strongest()),
                                                          targets.join(QStringLiteral(", ")));
            auto *row = new QTreeWidgetItem(top, {oneLine(statement.text), lock,
                                                  LockImpact::effectName(impact.effect),
                                                  QString::number(statement.range.from.line)});
            row->setToolTip(What, statement.text);
            QStringList notes;
            if (!impact.effectReason.isEmpty())
                notes << impact.effectReason;
            if (!impact.transactionAllowed)
                notes << tr("Runs outside a transaction: %1").arg(impact.transactionNote);
            row->setToolTip(Effect, notes.join(QLatin1Char('\n')));
            if (impact.blocksReads())
                row->setIcon(Lock, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            else if (impact.blocksWrites())
                row->setIcon(Lock, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            ++m_statements;
        }
        for (const SqlSyntaxError &error : script.errors()) {
            auto *row = new QTreeWidgetItem(top, {tr("Syntax error: %1").arg(error.message), QString(), QString(),
                                                  QString::number(error.range.from.line)});
            row->setIcon(What, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        }
        top->setText(Lock, strongest == LockMode::None ? QString() : lockModeName(strongest));
        top->setText(Effect, outside ? tr("outside a transaction") : tr("one transaction"));
        top->setExpanded(items.size() <= 5);
    }
}

void RunPreview::setMessage(const QString &message)
{
    clear();
    m_statements = 0;
    auto *row = new QTreeWidgetItem(this, {message});
    row->setFirstColumnSpanned(true);
    row->setFlags(Qt::ItemIsEnabled);
}

void RunPreview::markCurrent(int item, int statement)
{
    QTreeWidgetItem *top = topLevelItem(item);
    if (!top)
        return;
    QTreeWidgetItem *target = statement >= 0 && statement < top->childCount() ? top->child(statement) : top;
    setCurrentItem(target);
    scrollToItem(target);
}

} // namespace slipway
