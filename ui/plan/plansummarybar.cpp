#include "plansummarybar.h"

#include "riskstyle.h"
#include "steptext.h"

#include <QGridLayout>
#include <QLabel>

namespace slipway {

using namespace plan;

PlanSummaryBar::PlanSummaryBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("planSummary"));
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(40, 40);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("planRisk"));
    QFont riskFont = m_risk->font();
    riskFont.setPointSizeF(riskFont.pointSizeF() * 1.15);
    riskFont.setBold(true);
    m_risk->setFont(riskFont);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("planFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_risk, 0, 2, Qt::AlignRight);
    layout->addWidget(m_facts, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    setPlan(MigrationPlan());
}

void PlanSummaryBar::setPlan(const MigrationPlan &plan)
{
    const PlanSummary &s = plan.summary;
    m_icon->setPixmap(RiskStyle::icon(s.risk).pixmap(36, 36));
    m_title->setText(plan.title.isEmpty() ? tr("Migration plan") : plan.title);
    m_risk->setText(RiskStyle::text(s.risk));
    m_risk->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(RiskStyle::color(s.risk).name()));
    const QString approvals = s.approvals.isEmpty() ? tr("none beyond the usual review")
                                                    : s.approvals.join(QStringLiteral(", "));
    const QString downtime =
        s.downtime ? tr("<b>Yes</b> — a step blocks reads or writes longer than %1 s (or for an unknown time)")
                         .arg(s.downtimeThresholdSeconds)
                   : tr("No — nothing blocks reads or writes longer than %1 s").arg(s.downtimeThresholdSeconds);
    const QString sizes = plan.sizesFromLiveDatabase
                              ? tr("table sizes read from the live database")
                              : tr("offline: no table sizes, estimates are unknown where size matters");
    QStringList facts;
    // The risk word alone does not say why: the step that sets it.
    if (const PlanStep *riskiest = StepText::riskiest(plan))
        facts << tr("<b>Riskiest step:</b> %1").arg(
            (riskiest->riskReason.isEmpty() ? tr("step %1").arg(riskiest->index + 1)
                                            : tr("step %1 — %2").arg(riskiest->index + 1).arg(riskiest->riskReason))
                .toHtmlEscaped());
    facts << QStringList{
        tr("<b>Expected lock time:</b> %1").arg(StepText::lockTime(s).toHtmlEscaped()),
        tr("<b>Downtime:</b> %1").arg(downtime),
        tr("<b>Approvals:</b> %1").arg(approvals.toHtmlEscaped()),
        tr("<b>Steps:</b> %1, %2 in all").arg(plan.steps.size()).arg(MigrationPlan::durationText(s.totalSeconds)),
        tr("<b>Sizes:</b> %1").arg(sizes),
    };
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    setAccessibleName(tr("Plan summary"));
    setAccessibleDescription(text());
}

QString PlanSummaryBar::text() const
{
    QString facts = m_facts->text();
    facts.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    facts.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return m_title->text() + u'\n' + m_risk->text() + u'\n' + facts;
}

} // namespace slipway
