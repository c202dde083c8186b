#include "planstepdetail.h"

#include "editor/sqlhighlighter.h"
#include "riskstyle.h"
#include "steptext.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace slipway {

using namespace plan;

namespace {

QString row(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><td style='padding:2px 10px 2px 0; white-space:nowrap; vertical-align:top'><b>%1</b></td>"
                          "<td style='padding:2px 0'>%2</td></tr>")
        .arg(label.toHtmlEscaped(), html);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PlanStepDetail::PlanStepDetail(QWidget *parent) : QWidget(parent)
{
    m_facts = new QTextBrowser(this);
    m_facts->setObjectName(QStringLiteral("stepFacts"));
    m_facts->setAccessibleName(tr("Step details"));
    m_facts->setOpenLinks(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stepSqlTabs"));
    m_tabs->setAccessibleName(tr("Step SQL"));
    m_sql[StatementPage] = makeEditor(tr("Statement SQL"));
    m_sql[RollbackPage] = makeEditor(tr("Rollback SQL"));
    m_sql[VerificationPage] = makeEditor(tr("Verification SQL"));
    m_tabs->addTab(m_sql[StatementPage], tr("&Statement"));
    m_tabs->addTab(m_sql[RollbackPage], tr("Roll&back"));
    m_tabs->addTab(m_sql[VerificationPage], tr("Ver&ification"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_facts);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setStep(nullptr);
}

QPlainTextEdit *PlanStepDetail::makeEditor(const QString &name)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setReadOnly(true);
    edit->setAccessibleName(name);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    new SqlHighlighter(edit->document());
    return edit;
}

QString PlanStepDetail::factsHtml(const PlanStep &step)
{
    QString html = QStringLiteral("<h3 style='margin:0 0 6px 0'>%1</h3>")
                       .arg(tr("Step %1: %2").arg(step.index + 1).arg(esc(StepText::summary(step, 140))));
    html += QStringLiteral("<table cellspacing='0'>");
    html += row(tr("Risk"), QStringLiteral("<span style='color:%1'><b>%2 %3</b></span> — %4")
                                .arg(RiskStyle::color(step.risk).name(), RiskStyle::symbol(step.risk),
                                     esc(RiskStyle::text(step.risk)), esc(step.riskReason)));
    html += row(tr("Lock"), esc(tr("%1; %2").arg(StepText::lock(step), StepText::blocks(step))));
    html += row(tr("Effect"), esc(step.effectReason.isEmpty()
                                      ? StepText::effect(step.effect)
                                      : tr("%1 — %2").arg(StepText::effect(step.effect), step.effectReason)));
    if (!step.tables.isEmpty())
        html += row(tr("Tables"), esc(StepText::tables(step)));
    html += row(tr("Estimated"), esc(step.estimateBasis.isEmpty()
                                         ? StepText::duration(step)
                                         : tr("%1 — %2").arg(StepText::duration(step), step.estimateBasis)));
    html += row(tr("Pattern"), esc(step.patternNote.isEmpty() ? MigrationPlan::patternLabel(step.pattern)
                                                              : tr("%1 — %2").arg(MigrationPlan::patternLabel(step.pattern),
                                                                                  step.patternNote)));
    if (step.phase != StepPhase::None)
        html += row(tr("Phase"), esc(StepText::phase(step.phase)));
    if (!step.deployNote.isEmpty())
        html += row(tr("Deploy"), esc(step.deployNote));
    if (step.backfill)
        html += row(tr("Backfill"), esc(tr("run in keyset batches by the backfill runner")));
    if (step.outsideTransaction)
        html += row(tr("Transaction"), esc(tr("runs outside a transaction. %1").arg(step.transactionNote)));
    html += row(tr("Users notice"), esc(step.userImpact.isEmpty() ? tr("nothing expected") : step.userImpact));
    html += row(tr("Backup"), step.backupNeeded
                                  ? esc(tr("needed before this step: %1").arg(step.backupTables.join(QStringLiteral(", "))))
                                  : esc(tr("not needed")));
    html += row(tr("Rollback"), step.hasDown() ? esc(tr("see the Rollback tab. Loses: %1")
                                                     .arg(step.rollbackLoss.isEmpty() ? tr("nothing") : step.rollbackLoss))
                                               : esc(tr("none derived. %1").arg(step.rollbackLoss)));
    html += row(tr("Verification"), step.verificationSql.isEmpty() ? esc(tr("none")) : esc(tr("see the Verification tab")));
    QStringList findings;
    for (const PlanFinding &f : step.findings)
        findings << esc(tr("%1 (%2): %3").arg(f.rule, f.severity, f.message));
    html += row(tr("Lint"), findings.isEmpty() ? esc(tr("no findings")) : findings.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    return html;
}

void PlanStepDetail::setStep(const PlanStep *step)
{
    if (!step) {
        m_facts->setHtml(tr("<p>Select a step to see its lock, risk, rollback and verification.</p>"));
        for (QPlainTextEdit *edit : m_sql)
            edit->clear();
        return;
    }
    m_facts->setHtml(factsHtml(*step));
    m_sql[StatementPage]->setPlainText(step->sql + QLatin1Char(';'));
    QString rollback = step->hasDown() ? step->rollbackSql : tr("-- No rollback SQL could be derived.");
    if (!step->rollbackLoss.isEmpty())
        rollback = tr("-- Loses: %1").arg(step->rollbackLoss) + u'\n' + rollback;
    m_sql[RollbackPage]->setPlainText(rollback);
    m_sql[VerificationPage]->setPlainText(step->verificationSql.isEmpty() ? tr("-- No verification query.")
                                                                          : step->verificationSql);
}

QString PlanStepDetail::factsText() const
{
    return m_facts->toPlainText();
}

QString PlanStepDetail::sql(Page page) const
{
    return m_sql[page]->toPlainText();
}

} // namespace slipway
