#pragma once

#include "plan/migrationplan.h"

#include <QWidget>

class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace slipway {

// One step of a plan in full: what it locks and does, its risk and why, the
// pattern, backup, user impact, lint findings, phase and deploy note (facts
// on top), and its SQL, rollback SQL (with what it loses) and verification
// query, highlighted, in tabs below.
class PlanStepDetail : public QWidget {
    Q_OBJECT

public:
    enum Page { StatementPage, RollbackPage, VerificationPage };

    explicit PlanStepDetail(QWidget *parent = nullptr);

    void setStep(const plan::PlanStep *step); // nullptr: nothing selected
    QString factsText() const;                // plain text of the facts
    QString sql(Page page) const;
    QTabWidget *tabs() const { return m_tabs; }

    static QString factsHtml(const plan::PlanStep &step);

private:
    QPlainTextEdit *makeEditor(const QString &name);

    QTextBrowser *m_facts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_sql[3] = {};
};

} // namespace slipway
