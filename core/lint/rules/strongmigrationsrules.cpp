#include "lint/lintrule.h"

namespace slipway {

LintRules strongMigrationsRules()
{
    LintRules rules;
    return rules;
}

} // namespace slipway
