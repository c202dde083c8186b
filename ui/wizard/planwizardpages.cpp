#include "planwizardpages.h"

#include "planwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

PlanWizardInputsPage::PlanWizardInputsPage(const QString &title, const QString &subtitle,
                                           const QList<PlanWizardField> &fields, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(title);
    setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    for (const PlanWizardField &f : fields) {
        QWidget *widget = nullptr;
        if (f.check) {
            auto *box = new QCheckBox(f.label, this);
            box->setChecked(f.checkedByDefault);
            form->addRow(QString(), box);
            widget = box;
        } else {
            auto *edit = new QLineEdit(f.defaultText, this);
            edit->setPlaceholderText(f.placeholder);
            auto *label = new QLabel(f.label, this);
            label->setBuddy(edit);
            form->addRow(label, edit);
            widget = edit;
        }
        widget->setObjectName(f.key);
        QString accessible = f.label;
        widget->setAccessibleName(accessible.remove(u'&'));
        widget->setAccessibleDescription(f.placeholder);
        m_widgets.insert(f.key, widget);
    }
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("wizardErrors"));
    m_errors->setAccessibleName(tr("Problems with the inputs"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b00020; padding: 4px;"));
    m_errors->hide();
    layout->addWidget(m_errors);
    layout->addStretch();
}

QString PlanWizardInputsPage::text(const QString &key) const
{
    auto *edit = qobject_cast<QLineEdit *>(m_widgets.value(key));
    return edit ? edit->text().trimmed() : QString();
}

bool PlanWizardInputsPage::checked(const QString &key) const
{
    auto *box = qobject_cast<QCheckBox *>(m_widgets.value(key));
    return box && box->isChecked();
}

void PlanWizardInputsPage::setText(const QString &key, const QString &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_widgets.value(key)))
        edit->setText(value);
}

void PlanWizardInputsPage::setChecked(const QString &key, bool value)
{
    if (auto *box = qobject_cast<QCheckBox *>(m_widgets.value(key)))
        box->setChecked(value);
}

void PlanWizardInputsPage::showErrors(const QStringList &errors)
{
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
}

bool PlanWizardInputsPage::validatePage()
{
    auto *w = qobject_cast<PlanWizard *>(wizard());
    return w && w->generate();
}

PlanWizardReviewPage::PlanWizardReviewPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Review the plan"));
    setSubTitle(tr("Each step runs on its own, with its down and verify SQL. Save the plan to review it in a "
                   "pull request and run it with slipway-cli migrate --plan."));
    auto *layout = new QVBoxLayout(this);
    m_steps = new QPlainTextEdit(this);
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setAccessibleName(tr("Generated steps"));
    m_steps->setReadOnly(true);
    m_steps->setTabChangesFocus(true);
    m_steps->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_steps->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_steps);
    auto *save = new QPushButton(tr("&Save Plan…"), this);
    save->setObjectName(QStringLiteral("savePlanButton"));
    save->setAccessibleName(tr("Save plan"));
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QPushButton::clicked, this, [this] {
        auto *w = qobject_cast<PlanWizard *>(wizard());
        if (w && w->generatedPlan())
            PlanWizard::savePlanAs(this, *w->generatedPlan());
    });
}

void PlanWizardReviewPage::initializePage()
{
    auto *w = qobject_cast<PlanWizard *>(wizard());
    m_steps->setPlainText(w && w->generatedPlan() ? describe(*w->generatedPlan()) : QString());
}

QString PlanWizardReviewPage::describe(const plan::MigrationPlan &migration)
{
    QStringList out{migration.title, migration.description, QString()};
    for (const plan::PlanStep &s : migration.steps) {
        const QString phase = plan::phaseName(s.phase);
        out << tr("Step %1 [%2] %3").arg(s.index + 1).arg(phase, s.title);
        out << tr("  Lock: %1; risk: %2; pattern: %3")
                   .arg(lockModeName(s.lockMode), plan::MigrationPlan::riskLabel(s.risk),
                        plan::MigrationPlan::patternLabel(s.pattern));
        if (!s.deployNote.isEmpty())
            out << tr("  Deploy: %1").arg(s.deployNote);
        if (!s.patternNote.isEmpty())
            out << tr("  Why: %1").arg(s.patternNote);
        if (s.backfill)
            out << tr("  Backfill %1 by the runner (keyset batches of ~%2 ms):").arg(s.backfill->name).arg(s.backfill->targetBatchMs);
        else
            out << tr("  Up:");
        for (const QString &line : s.sql.split(u'\n'))
            out << QStringLiteral("    ") + line;
        out << tr("  Down:");
        if (s.hasDown()) {
            for (const QString &line : s.rollbackSql.split(u'\n'))
                out << QStringLiteral("    ") + line;
        }
        if (!s.rollbackLoss.isEmpty())
            out << QStringLiteral("    -- ") + s.rollbackLoss;
        out << tr("  Verify:") << QStringLiteral("    ") + s.verificationSql << QString();
    }
    return out.join(u'\n');
}

} // namespace slipway
