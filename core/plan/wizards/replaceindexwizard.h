#pragma once

#include "wizardsupport.h"

namespace slipway::plan::wizards {

struct ReplaceIndexInputs {
    QString schema = QStringLiteral("public");
    QString table;
    QString oldIndex;
    QString newIndex;        // the new index's name
    QString keys;            // the new key list as SQL: "customer_id, placed_at DESC" or "lower(email)"
    QString method;          // empty: btree
    QString predicate;       // WHERE of a partial index (optional)
    bool unique = false;
    bool keepOldName = false; // rename the new index to the old name at the end
    QString oldDefinition;   // CREATE INDEX of the old one, for the way back; from the model when empty
};

// Replace an index without blocking writes: build the new one CONCURRENTLY,
// check it is valid, drop the old one CONCURRENTLY (and optionally give the
// new one the old name).
class ReplaceIndexWizard {
    Q_DECLARE_TR_FUNCTIONS(ReplaceIndexWizard)

public:
    static QStringList validate(const ReplaceIndexInputs &inputs, const WizardContext &context);
    static std::optional<MigrationPlan> generate(ReplaceIndexInputs inputs, const WizardContext &context,
                                                 QStringList *errors = nullptr);
    // "CREATE INDEX x ON t ..." -> "CREATE INDEX CONCURRENTLY IF NOT EXISTS x ON t ..."
    static QString concurrentDefinition(const QString &definition);
};

} // namespace slipway::plan::wizards
