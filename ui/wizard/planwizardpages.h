#pragma once

#include "plan/migrationplan.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace slipway {

// One input of a wizard kind: a line edit, or a check box when `check`.
struct PlanWizardField {
    QString key;
    QString label;       // translated, with a mnemonic
    QString placeholder; // translated hint
    bool check = false;
    bool checkedByDefault = false;
    QString defaultText;
};

// The inputs of one kind of change, as a form; errors show under it.
class PlanWizardInputsPage : public QWizardPage {
    Q_OBJECT

public:
    PlanWizardInputsPage(const QString &title, const QString &subtitle, const QList<PlanWizardField> &fields,
                         QWidget *parent = nullptr);
    QString text(const QString &key) const;
    bool checked(const QString &key) const;
    void setText(const QString &key, const QString &value);
    void setChecked(const QString &key, bool value);
    void showErrors(const QStringList &errors);
    QWidget *field(const QString &key) const { return m_widgets.value(key); }
    bool validatePage() override;

private:
    QHash<QString, QWidget *> m_widgets;
    QLabel *m_errors = nullptr;
};

// The generated steps, readable (and selectable) text, with Save plan….
class PlanWizardReviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit PlanWizardReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    QPlainTextEdit *stepsView() const { return m_steps; }
    static QString describe(const plan::MigrationPlan &migration); // the review text

private:
    QPlainTextEdit *m_steps = nullptr;
};

} // namespace slipway
