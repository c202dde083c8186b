#include "lint/lintrule.h"

namespace slipway {

std::unique_ptr<LintRule> makeAddingFieldWithDefault();
std::unique_ptr<LintRule> makeBanConcurrentIndexCreationInTransaction();
std::unique_ptr<LintRule> makeBanDropTable();
std::unique_ptr<LintRule> makeRequireConcurrentIndexCreation();

LintRules squawkRules()
{
    LintRules rules;
    rules.push_back(makeAddingFieldWithDefault());
    rules.push_back(makeBanConcurrentIndexCreationInTransaction());
    rules.push_back(makeBanDropTable());
    rules.push_back(makeRequireConcurrentIndexCreation());
    return rules;
}

} // namespace slipway
