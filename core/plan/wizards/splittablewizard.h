#pragma once

#include "wizardsupport.h"

namespace slipway::plan::wizards {

struct SplitColumn {
    QString name;
    QString type;         // read from the model when empty
    bool notNull = false; // ignored with a model
};

struct SplitTableInputs {
    QString schema = QStringLiteral("public");
    QString table;
    QString newTable;            // in the same schema
    QList<SplitColumn> columns;  // moved to newTable
    QString key;                 // the table's single-column primary key; from the model when empty
    QString keyType;             // its type; from the model when empty
};

// Move columns to a new 1:1 table keyed (and referencing) the original's
// primary key: create it, copy writes by trigger, backfill, and drop the
// columns from the original once every deploy uses the new table.
class SplitTableWizard {
    Q_DECLARE_TR_FUNCTIONS(SplitTableWizard)

public:
    static QStringList validate(const SplitTableInputs &inputs, const WizardContext &context);
    static std::optional<MigrationPlan> generate(SplitTableInputs inputs, const WizardContext &context,
                                                 QStringList *errors = nullptr);
};

} // namespace slipway::plan::wizards
