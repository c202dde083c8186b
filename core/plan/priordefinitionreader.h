#pragma once

#include "stepderivation.h"

#include "db/dberror.h"

#include <QCoreApplication>

namespace slipway::plan {

// Reads the definitions a plan's rollbacks need from the database before the
// migration: format_type() of a column whose type changes, pg_get_constraintdef()
// of a dropped constraint, pg_get_indexdef() of a dropped index. Read only, on a
// connection of its own with short timeouts. What does not exist (yet) is left
// out: its rollback stays a hint to write by hand.
class PriorDefinitionReader {
    Q_DECLARE_TR_FUNCTIONS(PriorDefinitionReader)

public:
    static bool read(const QString &conninfo, const QList<PriorDefinitions::Lookup> &lookups, PriorDefinitions *into,
                     DbError *error = nullptr);
};

} // namespace slipway::plan
