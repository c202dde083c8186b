#pragma once

#include "appliedmigration.h"
#include "journal.h"

#include <QList>

namespace slipway::migrations {

// Migrations Slipway runs for another tool's folder are recorded in
// slipway.journal, not in that tool's table (which Slipway never writes).
// Status must see both: this overlays the journal on the tool's rows. For
// each version the newest decisive journal row wins: succeeded puts the
// migration in as applied (with the checksum Slipway computed the tool's
// way), rolled back takes it out; a failed or still-running row shows as a
// failed (or dirty) attempt unless the tool's table has it applied.
QList<AppliedMigration> overlayJournal(const QList<AppliedMigration> &history,
                                       const QList<JournalEntry> &journal);

} // namespace slipway::migrations
