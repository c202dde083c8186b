#pragma once

#include "schemachange.h"

#include <QString>

namespace slipway::diff {

// The DDL that creates one side of a change, for showing source and target
// side by side ("CREATE TABLE ... ;" with its indexes, constraints, triggers,
// policies and comments; "CREATE INDEX ...;"; a function's definition; for a
// comment its text; for grants one GRANT per line). Empty for monostate.
class ObjectDdl {
public:
    static QString of(const ObjectValue &value, const ChangeObject &object);
    // Whole objects of a model, by identity (what the diff view shows for an
    // identical object): table, view, sequence, function, type, schema.
    static QString of(const catalog::Table &table);
};

} // namespace slipway::diff
