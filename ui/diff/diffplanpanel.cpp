#include "diffplanpanel.h"

#include "diffresult.h"

#include "plan/planbuilder.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace slipway {

namespace {

QString verifyScript(const diff::Plan &plan)
{
    QString text = DiffPlanPanel::tr("-- Verification: each query returns true once the plan has run.") + u'\n';
    for (const diff::VerifyQuery &query : plan.verify)
        text += u'\n' + QLatin1String("-- ") + query.description + u'\n' + query.sql + QLatin1String(";\n");
    return text;
}

} // namespace

DiffPlanPanel::DiffPlanPanel(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Whole plan"));
    m_tabs->addTab(makePage(UpPage, tr("Up plan")), tr("&Up plan (source → target)"));
    m_tabs->addTab(makePage(DownPage, tr("Down plan")), tr("&Down plan (undoes it)"));
    m_tabs->addTab(makePage(VerifyPage, tr("Verification queries")), tr("Ver&ification"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setResult(nullptr);
}

QWidget *DiffPlanPanel::makePage(Page page, const QString &name)
{
    auto *widget = new QWidget(this);
    m_text[page] = new QPlainTextEdit(widget);
    m_text[page]->setReadOnly(true);
    m_text[page]->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text[page]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text[page]->setAccessibleName(name);
    m_open[page] = new QPushButton(tr("Open in Editor"), widget);
    m_open[page]->setAccessibleName(tr("Open %1 in the SQL editor").arg(name));
    m_open[page]->setToolTip(tr("Opens the script in a new SQL editor tab, where it is linted."));
    connect(m_open[page], &QPushButton::clicked, this,
            [this, page] { emit openInEditorRequested(m_text[page]->toPlainText(), m_titles[page]); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    if (page == UpPage) {
        m_openAsPlan = new QPushButton(tr("Open &as Plan"), widget);
        m_openAsPlan->setToolTip(tr("Reviews the up plan step by step: locks, estimated durations, risk, rollback "
                                    "and approvals, ready to save, export or present."));
        connect(m_openAsPlan, &QPushButton::clicked, this, [this] {
            plan::PlanContext context;
            context.source = plan::PlanSource::Diff;
            context.sourceName = m_titles[UpPage];
            context.title = m_titles[UpPage];
            emit openAsPlanRequested(plan::PlanBuilder::fromDiff(m_upPlan, context));
        });
        buttons->addWidget(m_openAsPlan);
    }
    buttons->addWidget(m_open[page]);
    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(m_text[page]);
    layout->addLayout(buttons);
    return widget;
}

void DiffPlanPanel::setResult(const DiffResult *result)
{
    const bool differs = result && !result->changes.isEmpty();
    const QString none = result ? tr("-- No differences.") : tr("-- Compare to see the plan.");
    m_text[UpPage]->setPlainText(differs ? result->plan.toSql() : none);
    m_text[DownPage]->setPlainText(differs ? result->down.toSql() : none);
    m_text[VerifyPage]->setPlainText(differs ? verifyScript(result->plan) : none);
    const QString db = result && !result->source.database.isEmpty() ? result->source.database : tr("source");
    m_titles[UpPage] = tr("Plan for %1").arg(db);
    m_titles[DownPage] = tr("Down plan for %1").arg(db);
    m_titles[VerifyPage] = tr("Verify %1").arg(db);
    for (QPushButton *button : m_open) button->setEnabled(differs);
    m_upPlan = differs ? result->plan : diff::Plan();
    m_openAsPlan->setEnabled(differs);
}

QString DiffPlanPanel::text(Page page) const
{
    return m_text[page]->toPlainText();
}

} // namespace slipway
