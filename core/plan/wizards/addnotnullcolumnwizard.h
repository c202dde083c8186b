#pragma once

#include "wizardsupport.h"

namespace slipway::plan::wizards {

struct AddNotNullColumnInputs {
    QString schema = QStringLiteral("public");
    QString table;
    QString column;
    QString type;
    QString defaultExpression; // for new rows and the backfill of existing ones
};

// Add a NOT NULL column with a default to a big table without a rewrite or a
// long lock, whatever the default (volatile ones included): add it nullable
// with the default for new rows, backfill the existing rows in batches, then
// CHECK NOT VALID + VALIDATE + SET NOT NULL.
class AddNotNullColumnWizard {
    Q_DECLARE_TR_FUNCTIONS(AddNotNullColumnWizard)

public:
    static QStringList validate(const AddNotNullColumnInputs &inputs, const WizardContext &context);
    static std::optional<MigrationPlan> generate(const AddNotNullColumnInputs &inputs, const WizardContext &context,
                                                 QStringList *errors = nullptr);
};

} // namespace slipway::plan::wizards
