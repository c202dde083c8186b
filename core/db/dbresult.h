#pragma once

#include "dberror.h"

namespace slipway {

// What a database call hands back across threads: a value, or an error.
template<typename T>
struct DbResult {
    T value{};
    DbError error;

    bool ok() const { return !error.isError(); }
};

} // namespace slipway
