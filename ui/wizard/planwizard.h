#pragma once

#include "plan/migrationplan.h"
#include "plan/wizards/wizardsupport.h"

#include <QWizard>

#include <memory>
#include <optional>

class QListWidget;

namespace slipway {

class PlanWizardInputsPage;
class PlanWizardReviewPage;

// New Expand/Contract Plan: choose the change (rename a column, change a
// type, add a NOT NULL column, split a table, add a foreign key, replace an
// index), fill in its few inputs, review the generated steps (up, down,
// verify SQL and deploy notes), save the plan or finish with planReady().
class PlanWizard : public QWizard {
    Q_OBJECT

public:
    enum Kind { RenameColumn, ChangeType, AddNotNullColumn, SplitTable, AddForeignKey, ReplaceIndex, KindCount };
    enum PageId { KindPageId = 0, FirstInputsPageId = 1, ReviewPageId = 100 };

    explicit PlanWizard(QWidget *parent = nullptr);

    // The model and timeouts the generators use (no model: types are typed in).
    // The wizard keeps `model` alive; context.model is set to it.
    void setContext(const plan::wizards::WizardContext &context,
                     std::shared_ptr<const catalog::SchemaModel> model = {});
    Kind kind() const;
    void setKind(Kind kind);

    // Generates from the current inputs page; errors are shown on it.
    bool generate();
    const std::optional<slipway::plan::MigrationPlan> &generatedPlan() const { return m_plan; }
    bool savePlan(const QString &path, QString *error = nullptr) const;
    // Asks for a file and saves; false when cancelled or failed (a message box says why).
    static bool savePlanAs(QWidget *parent, const slipway::plan::MigrationPlan &plan);

    int nextId() const override;

signals:
    void planReady(const slipway::plan::MigrationPlan &plan);

protected:
    void accept() override;

private:
    plan::wizards::WizardContext m_context;
    std::shared_ptr<const catalog::SchemaModel> m_model;
    std::optional<plan::MigrationPlan> m_plan;
    QList<PlanWizardInputsPage *> m_inputs;
    QListWidget *m_kinds = nullptr;
};

} // namespace slipway
