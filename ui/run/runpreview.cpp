#include "runpreview.h"

#include "sql/lockimpact.h"
#include "sql/sqlscript.h"

#include <QFont>
#include <QHeaderView>
#include <QStyle>

namespace slipway {

namespace {

enum Column { What, Lock, Effect, Line, Result };
constexpr int Risk = Line;
constexpr int kFirstStatementRole = Qt::UserRole + 1;

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

void RunPreview::reset(bool plan)
{
    clear();
    m_statements = 0;
    m_runRows.clear();
    m_stepRows.clear();
    setColumnCount(plan ? 5 : 4);
    setHeaderLabels(plan ? QStringList{tr("Step"), tr("Lock"), tr("Effect"), tr("Risk"), tr("Result")}
                         : QStringList{tr("Step"), tr("Lock"), tr("Effect"), tr("Line")});
    // A plan's step titles and SQL need the room: the Step column keeps a
    // width of its own (the view scrolls sideways) instead of being squeezed
    // to nothing by the lock and effect texts.
    // The risk and the result right after the step's name (the preview
    // shares its width with the charts); the lock column a fixed width (the
    // full text is in its tooltip).
    header()->setSectionResizeMode(What, plan ? QHeaderView::Interactive : QHeaderView::Stretch);
    header()->setSectionResizeMode(Lock, plan ? QHeaderView::Interactive : QHeaderView::ResizeToContents);
    header()->setStretchLastSection(plan);
    header()->moveSection(header()->visualIndex(Risk), plan ? 1 : Risk);
    if (plan)
        header()->moveSection(header()->visualIndex(Result), 2);
    if (plan) {
        header()->setSectionResizeMode(Result, QHeaderView::Interactive);
        setColumnWidth(Result, fontMetrics().horizontalAdvance(tr("done, verified")) + 40);
        setColumnWidth(What, qMax(300, viewport()->width() / 2));
        setColumnWidth(Lock, fontMetrics().horizontalAdvance(QStringLiteral("ACCESS EXCLUSIVE on public.orders")));
    }
}

LockMode RunPreview::addStatements(QTreeWidgetItem *top, const QString &sql, int serverVersion, bool *outside,
                                   bool lines)
{
    const SqlScript script = SqlScript::parse(sql);
    LockMode strongest = LockMode::None;
    for (const SqlStatement &statement : script.statements()) {
        const LockImpact impact = LockClassifier::classify(statement, serverVersion);
        strongest = qMax(strongest, impact.strongest());
        *outside = *outside || !impact.transactionAllowed;
        QStringList targets;
        for (const LockImpact::RelationLock &lock : impact.locks)
            targets << lock.relation;
        const QString lock = impact.strongest() == LockMode::None
                                 ? QString()
                                 : tr("%1 on %2").arg(lockModeName(impact.strongest()),
                                                      targets.join(QStringLiteral(", ")));
        auto *row = new QTreeWidgetItem(top, {oneLine(statement.text), lock, LockImpact::effectName(impact.effect),
                                              lines ? QString::number(statement.range.from.line) : QString()});
        row->setToolTip(What, statement.text);
        row->setToolTip(Lock, lock);
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
                                              lines ? QString::number(error.range.from.line) : QString()});
        row->setIcon(What, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    return strongest;
}

void RunPreview::setItems(const QList<run::ExecutionItem> &items, int serverVersion)
{
    reset(false);
    for (const run::ExecutionItem &item : items) {
        auto *top = new QTreeWidgetItem(this, {item.displayName()});
        top->setIcon(What, style()->standardIcon(QStyle::SP_FileIcon));
        top->setToolTip(What, item.path);
        bool outside = item.outsideTransaction;
        const LockMode strongest = addStatements(top, item.sql, serverVersion, &outside);
        top->setText(Lock, strongest == LockMode::None ? QString() : lockModeName(strongest));
        top->setText(Effect, outside ? tr("outside a transaction") : tr("one transaction"));
        top->setExpanded(items.size() <= 5);
    }
}

void RunPreview::setPlan(const plan::MigrationPlan &plan, bool down, int serverVersion)
{
    reset(true);
    auto *head = new QTreeWidgetItem(this, {plan.title});
    head->setFirstColumnSpanned(true);
    head->setFlags(Qt::ItemIsEnabled);
    QFont bold = head->font(What);
    bold.setBold(true);
    head->setFont(What, bold);
    head->setToolTip(What, plan.description);
    const QList<int> order = plan::PlanExecution::order(plan, down);
    for (int step : order)
        addPlanStep(plan.steps.at(step), down, serverVersion);
    QStringList skipped;
    for (const plan::PlanStep &step : plan.steps)
        if (down && !step.hasDown())
            skipped << QString::number(step.index + 1);
    if (!skipped.isEmpty()) {
        auto *row = new QTreeWidgetItem(this, {tr("No rollback SQL, not run: step(s) %1")
                                                   .arg(skipped.join(QStringLiteral(", ")))});
        row->setFirstColumnSpanned(true);
        row->setIcon(What, style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
    if (order.isEmpty()) {
        auto *row = new QTreeWidgetItem(this, {down ? tr("No step of this plan has rollback SQL.")
                                                    : tr("This plan has no steps.")});
        row->setFirstColumnSpanned(true);
    }
}

void RunPreview::addPlanStep(const plan::PlanStep &step, bool down, int serverVersion)
{
    const QString phase = plan::phaseName(step.phase);
    const QString title = step.title.isEmpty() ? oneLine(down ? step.rollbackSql : step.sql) : step.title;
    const QString name = phase.isEmpty() ? tr("%1. %2").arg(step.index + 1).arg(title)
                                         : tr("%1. %2 · %3").arg(step.index + 1).arg(phase, title);
    auto *top = new QTreeWidgetItem(this, {down ? tr("%1 (roll back)").arg(name) : name});
    top->setIcon(What, style()->standardIcon(step.backfill && !down ? QStyle::SP_BrowserReload : QStyle::SP_FileIcon));
    top->setToolTip(What, step.patternNote + (step.patternNote.isEmpty() ? QString() : QStringLiteral("\n"))
                              + tr("Untick to leave this step for a later run (after an application deploy)."));
    m_runRows << top;
    m_stepRows.insert(step.index, top);
    top->setFlags(top->flags() | Qt::ItemIsUserCheckable);
    top->setCheckState(What, Qt::Checked);
    top->setData(What, Qt::UserRole, step.index);
    if (!step.deployNote.isEmpty()) {
        auto *note = new QTreeWidgetItem(top, {down ? tr("Application deploy (on the way up): %1").arg(step.deployNote)
                                                    : tr("Application deploy: %1").arg(step.deployNote)});
        note->setFirstColumnSpanned(true);
        note->setIcon(What, style()->standardIcon(QStyle::SP_MessageBoxInformation));
        QFont bold = note->font(What);
        bold.setBold(true);
        note->setFont(What, bold);
        note->setToolTip(What, step.deployNote);
        top->setData(What, kFirstStatementRole, 1);
    }
    bool outside = step.outsideTransaction && !down;
    LockMode strongest = LockMode::None;
    if (step.backfill && !down) {
        const run::BackfillSpec &spec = *step.backfill;
        auto *row = new QTreeWidgetItem(
            top, {tr("Backfill %1: %2 where %3, batches of about %4 ms")
                      .arg(spec.name, spec.usesTemplate() ? oneLine(spec.statementTemplate) : spec.set,
                           spec.predicate.isEmpty() ? tr("(every row)") : spec.predicate)
                      .arg(spec.targetBatchMs),
                  tr("ROW EXCLUSIVE on %1").arg(spec.table), tr("row changes, batch by batch")});
        row->setToolTip(What, step.sql);
        row->setToolTip(Effect, tr("Each batch is its own short transaction: row locks only, resumable from the "
                                   "checkpoint. A dry run runs the whole update once, rolled back."));
        strongest = LockMode::RowExclusive;
        ++m_statements;
    } else {
        strongest = addStatements(top, down ? step.rollbackSql : step.sql, serverVersion, &outside, false);
    }
    const QString verify = down && !step.rollbackVerificationSql.isEmpty() ? step.rollbackVerificationSql
                                                                          : step.verificationSql;
    if (!verify.trimmed().isEmpty())
        top->setToolTip(Result, tr("Verified after the step with:\n%1").arg(verify));
    top->setText(Lock, strongest == LockMode::None ? QString() : lockModeName(strongest));
    top->setText(Effect, step.backfill && !down ? tr("batched")
                         : outside             ? tr("outside a transaction")
                                               : tr("one transaction"));
    top->setText(Risk, plan::MigrationPlan::riskLabel(step.risk));
    top->setToolTip(Risk, step.riskReason);
    if (step.risk >= plan::RiskClass::High)
        top->setIcon(Risk, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    if (down && !step.rollbackLoss.isEmpty())
        top->setToolTip(What, tr("Rolling back: %1").arg(step.rollbackLoss));
    top->setExpanded(true);
}

void RunPreview::setStepResult(const plan::PlanStepOutcome &outcome)
{
    using S = plan::PlanStepOutcome::Status;
    QTreeWidgetItem *row = m_stepRows.value(outcome.step);
    if (!row)
        return;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (outcome.status) {
    case S::NotRun: text = tr("not run"); icon = QStyle::SP_MessageBoxInformation; break;
    case S::Succeeded: text = tr("done"); break;
    case S::DryRunOk: text = tr("dry run ok"); break;
    case S::Failed: text = tr("FAILED"); icon = QStyle::SP_MessageBoxCritical; break;
    case S::Cancelled: text = tr("cancelled"); icon = QStyle::SP_MessageBoxWarning; break;
    case S::Skipped: text = tr("skipped"); icon = QStyle::SP_MessageBoxInformation; break;
    }
    if (outcome.verified) {
        text += *outcome.verified ? tr(", verified") : tr(", verification FAILED");
        if (!*outcome.verified)
            icon = QStyle::SP_MessageBoxCritical;
    }
    row->setText(Result, text);
    row->setIcon(Result, style()->standardIcon(icon));
    if (!outcome.message.isEmpty())
        row->setToolTip(Result, outcome.message);
}

QList<int> RunPreview::checkedSteps() const
{
    QList<int> steps;
    for (QTreeWidgetItem *row : m_runRows)
        if (row->checkState(What) == Qt::Checked)
            steps << row->data(What, Qt::UserRole).toInt();
    return steps;
}

void RunPreview::setCheckedSteps(const QList<int> &steps)
{
    for (QTreeWidgetItem *row : std::as_const(m_runRows))
        row->setCheckState(What, steps.contains(row->data(What, Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked);
}

void RunPreview::setMessage(const QString &message)
{
    reset(false);
    for (const QString &line : message.split(u'\n')) { // a row per line: rows keep one height
        auto *row = new QTreeWidgetItem(this, {line});
        row->setFirstColumnSpanned(true);
        row->setFlags(Qt::ItemIsEnabled);
        row->setToolTip(0, line);
    }
}

void RunPreview::markCurrent(int item, int statement)
{
    QTreeWidgetItem *top = m_runRows.isEmpty() ? topLevelItem(item) : m_runRows.value(item);
    if (!top)
        return;
    statement += top->data(What, kFirstStatementRole).toInt(); // after a plan step's notes
    QTreeWidgetItem *target = statement >= 0 && statement < top->childCount() ? top->child(statement) : top;
    setCurrentItem(target);
    scrollToItem(target);
}

} // namespace slipway
