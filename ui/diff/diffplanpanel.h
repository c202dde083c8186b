#pragma once

#include "diff/plan.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace slipway {

namespace plan {
class MigrationPlan;
}

struct DiffResult;

// The whole plan of a comparison: the up plan (turns the source into the
// target), the down plan (back again) and the verification queries, each
// read-only with an "Open in Editor" button.
class DiffPlanPanel : public QWidget {
    Q_OBJECT

public:
    enum Page { UpPage, DownPage, VerifyPage };

    explicit DiffPlanPanel(QWidget *parent = nullptr);

    void setResult(const DiffResult *result); // nullptr clears
    QString text(Page page) const;
    QPushButton *openButton(Page page) const { return m_open[page]; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *openAsPlanButton() const { return m_openAsPlan; }

signals:
    void openInEditorRequested(const QString &sql, const QString &title);
    // "Open as Plan": the up plan as a migration plan (locks, risk, rollback) to review.
    void openAsPlanRequested(const slipway::plan::MigrationPlan &plan);

private:
    QWidget *makePage(Page page, const QString &name);

    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_text[3] = {};
    QPushButton *m_open[3] = {};
    QString m_titles[3];
    QPushButton *m_openAsPlan = nullptr;
    diff::Plan m_upPlan;
};

} // namespace slipway
