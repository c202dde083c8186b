#include "lint/lintrule.h"

namespace slipway {

std::unique_ptr<LintRule> makeBanExclusionConstraint();
std::unique_ptr<LintRule> makeDmlWithoutWhere();
std::unique_ptr<LintRule> makeIndexTooManyColumns();
std::unique_ptr<LintRule> makeMixedSchemaAndDataChange();
std::unique_ptr<LintRule> makePreferJsonb();
std::unique_ptr<LintRule> makeRenamingEnumValue();
std::unique_ptr<LintRule> makeRenamingSchema();

// strong_migrations' checks that squawk lacks. Not here because squawk's
// adding-field-with-default already covers them: volatile defaults and stored
// generated columns.
LintRules strongMigrationsRules()
{
    LintRules rules;
    rules.push_back(makeBanExclusionConstraint());
    rules.push_back(makeDmlWithoutWhere());
    rules.push_back(makeIndexTooManyColumns());
    rules.push_back(makeMixedSchemaAndDataChange());
    rules.push_back(makePreferJsonb());
    rules.push_back(makeRenamingEnumValue());
    rules.push_back(makeRenamingSchema());
    return rules;
}

} // namespace slipway
