#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli journal <conn> [-o FILE]`: Slipway's journal (every migration it
// ran on that database, oldest first) as the JSON migration log of the
// reference; an empty list where Slipway never ran. arguments[0] is "journal".
int runJournalCommand(const QStringList &arguments);

} // namespace slipway::cli
