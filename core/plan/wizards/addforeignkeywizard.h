#pragma once

#include "wizardsupport.h"

namespace slipway::plan::wizards {

struct AddForeignKeyInputs {
    QString schema = QStringLiteral("public");
    QString table;                 // the referencing (large) table
    QStringList columns;
    QString referencedSchema = QStringLiteral("public");
    QString referencedTable;
    QStringList referencedColumns; // empty: the referenced table's primary key (needs the model) or "id"
    QString constraintName;        // default <table>_<columns>_fkey
    QString onDelete;              // "", "CASCADE", "SET NULL", "RESTRICT", "NO ACTION", "SET DEFAULT"
    bool createIndex = true;       // index the referencing columns first (CONCURRENTLY) unless one exists
};

// Add a foreign key to a large table without blocking writes for the whole
// check: index the referencing columns concurrently, add the constraint NOT
// VALID (checks new rows only; short lock), then VALIDATE it (scans under
// SHARE UPDATE EXCLUSIVE: reads and writes go on).
class AddForeignKeyWizard {
    Q_DECLARE_TR_FUNCTIONS(AddForeignKeyWizard)

public:
    static QStringList validate(const AddForeignKeyInputs &inputs, const WizardContext &context);
    static std::optional<MigrationPlan> generate(AddForeignKeyInputs inputs, const WizardContext &context,
                                                 QStringList *errors = nullptr);
};

} // namespace slipway::plan::wizards
