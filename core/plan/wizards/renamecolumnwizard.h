#pragma once

#include "wizardsupport.h"

namespace slipway::plan::wizards {

struct RenameColumnInputs {
    QString schema = QStringLiteral("public");
    QString table;
    QString column;       // the current name
    QString newName;
    QString type;         // the column's type; read from the model when empty
    bool notNull = false; // the column is NOT NULL (ignored with a model: read from it)
};

// Rename a column without breaking running code: add the new column, keep
// both in sync with a trigger, backfill, make it NOT NULL when the old one
// was, and drop the old column once no deploy uses it.
class RenameColumnWizard {
    Q_DECLARE_TR_FUNCTIONS(RenameColumnWizard)

public:
    static QStringList validate(const RenameColumnInputs &inputs, const WizardContext &context);
    // nullopt with *errors when the inputs do not validate.
    static std::optional<MigrationPlan> generate(RenameColumnInputs inputs, const WizardContext &context,
                                                 QStringList *errors = nullptr);
};

} // namespace slipway::plan::wizards
