#pragma once

#include <QString>

namespace slipway {

// PostgreSQL's table-level lock modes, weakest to strongest (the numbering of
// the server's lockdefs.h, which LOCK TABLE's parse tree uses too).
enum class LockMode {
    None = 0,
    AccessShare = 1,          // SELECT
    RowShare = 2,             // SELECT ... FOR UPDATE/SHARE
    RowExclusive = 3,         // INSERT, UPDATE, DELETE, MERGE
    ShareUpdateExclusive = 4, // VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT
    Share = 5,                // CREATE INDEX
    ShareRowExclusive = 6,    // CREATE TRIGGER, ADD FOREIGN KEY
    Exclusive = 7,            // REFRESH MATERIALIZED VIEW CONCURRENTLY
    AccessExclusive = 8,      // most ALTER TABLE, DROP, TRUNCATE, VACUUM FULL
};

QString lockModeName(LockMode mode); // "ACCESS EXCLUSIVE"
bool locksConflict(LockMode a, LockMode b);
// Does holding (or waiting for) this mode stop plain SELECTs / INSERT-UPDATE-DELETE?
inline bool lockBlocksReads(LockMode mode) { return locksConflict(mode, LockMode::AccessShare); }
inline bool lockBlocksWrites(LockMode mode) { return locksConflict(mode, LockMode::RowExclusive); }

} // namespace slipway
