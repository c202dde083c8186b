#pragma once

#include <QStringList>

namespace slipway::migrations {

// The existing relations a migration's SQL works on (the ones its statements
// lock: altered, indexed, referenced, read by a view), as written after
// PostgreSQL's folding: "schema.name" when qualified, else the bare name.
// Tables the SQL creates are not listed. Statements that do not parse are
// skipped. Sorted, without duplicates.
QStringList touchedRelations(const QString &sql);

} // namespace slipway::migrations
