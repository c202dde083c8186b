#pragma once

#include "plan/migrationplan.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace slipway {

class PlanStepDetail;
class PlanStepModel;
class PlanSummaryBar;

// A migration plan as a DBA reviews it: the summary (risk, lock time,
// downtime, approvals, where the sizes came from), the steps as a table, and
// the selected step in full. Opens and saves plan files (.json), exports the
// runbook and asks for presentation mode.
class PlanView : public QWidget {
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);

    void setPlan(const plan::MigrationPlan &plan, const QString &filePath = {});
    const plan::MigrationPlan &plan() const;
    QString filePath() const { return m_filePath; }
    // A short name for the tab: the file's name, else the plan's title.
    QString displayName() const;

    bool openFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr);

    PlanStepModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PlanStepDetail *detail() const { return m_detail; }
    PlanSummaryBar *summary() const { return m_summary; }
    QPushButton *presentButton() const { return m_present; }
    QPushButton *runButton() const { return m_run; }
    int currentStep() const; // -1: none selected
    void selectStep(int index);

public slots:
    void openPlan();      // asks for a file
    void savePlanAs();    // asks for a file
    void exportRunbook(); // asks for a file and format
    void present();

signals:
    void presentRequested(const slipway::plan::MigrationPlan &plan);
    // Run… : the Run tab with this plan (filePath empty when never saved).
    void runRequested(const slipway::plan::MigrationPlan &plan, const QString &filePath);
    void titleChanged(const QString &title);
    void info(const QString &message);
    void warning(const QString &message);

private:
    void showStep();
    QPushButton *addButton(const QString &text, const QString &tip, const QString &name);

    PlanSummaryBar *m_summary = nullptr;
    PlanStepModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    PlanStepDetail *m_detail = nullptr;
    QPushButton *m_present = nullptr;
    QPushButton *m_run = nullptr;
    QWidget *m_buttons = nullptr;
    QString m_filePath;
};

} // namespace slipway
