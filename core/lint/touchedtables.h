#pragma once

#include <QStringList>

namespace slipway {

class SqlScript;

// The tables a script's statements name, as the rules name them ("schema.table"
// or "table", identifiers as the parser normalised them), each once, in order
// of first mention. What the CLI asks the live catalog about.
QStringList touchedTables(const SqlScript &script);

} // namespace slipway
