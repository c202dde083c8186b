#pragma once

// The catalog queries Introspector sends, one per object kind, across all
// schemas at once. Private to core/catalog.
//
// Parameters: kServer takes $1 = the lock_timeout (text). kSchemas takes $1 = schemas to include (text[], empty = all)
// and $2 = schemas to exclude (text[]). Every other query takes
// $1 = the oids of the schemas kSchemas returned (oid[]).
// Rows carry oids so Introspector can join them with hash lookups.

namespace slipway::catalog::queries {

extern const char *const kServer;
extern const char *const kSchemas;
extern const char *const kComments;
extern const char *const kPrivileges;
extern const char *const kExtensions;
extern const char *const kRelations;
extern const char *const kInheritance;
extern const char *const kColumns;
extern const char *const kConstraints;
extern const char *const kIndexes;
extern const char *const kSequences;
extern const char *const kFunctions;
extern const char *const kAggregates;
extern const char *const kTriggers;
extern const char *const kPolicies;
extern const char *const kTypes;
extern const char *const kSizes;
// Who holds or waits for ACCESS EXCLUSIVE locks in this database (no parameters).
extern const char *const kLockHolders;

} // namespace slipway::catalog::queries
