#pragma once

#include "wizardsupport.h"

namespace slipway::plan::wizards {

struct ChangeTypeInputs {
    QString schema = QStringLiteral("public");
    QString table;
    QString column;
    QString newType;        // e.g. "bigint", "varchar(200)"
    QString usingExpression; // the new value from the row's columns; default "<column>::<newType>"
    QString reverseExpression; // the old value from the new column (for the way back); default "<column>::<oldType>"
    QString oldType;        // read from the model when empty
    bool notNull = false;   // ignored with a model
};

// Change a column's type without a table rewrite under ACCESS EXCLUSIVE:
// add a column of the new type, fill it by trigger and backfill, swap the
// names in one short transaction, drop the old column once no deploy needs it.
class ChangeTypeWizard {
    Q_DECLARE_TR_FUNCTIONS(ChangeTypeWizard)

public:
    static QStringList validate(const ChangeTypeInputs &inputs, const WizardContext &context);
    static std::optional<MigrationPlan> generate(ChangeTypeInputs inputs, const WizardContext &context,
                                                 QStringList *errors = nullptr);
};

} // namespace slipway::plan::wizards
