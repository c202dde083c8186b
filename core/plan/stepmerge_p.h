#pragma once

// Private to core/plan.

#include "migrationplan.h"

namespace slipway::plan {

// Steps that must run in one transaction (a schema diff's views dropped and
// re-created around the change under them) as one step: its SQL is theirs in
// order, and it locks, blocks, risks, needs and verifies what any of them
// does. Its locks are held until the last statement ends, so it blocks for
// the whole of it. The rollback is theirs, last first, when every one has one.
PlanStep mergeSteps(const QList<PlanStep> &steps);

} // namespace slipway::plan
