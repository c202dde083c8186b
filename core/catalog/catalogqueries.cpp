#include "catalogqueries_p.h"

// Helpers spliced at compile time: constant SQL only, never user input.
#define SLIPWAY_NOT_EXTENSION_MEMBER(catalog, oid)                                               \
    " NOT EXISTS (SELECT FROM pg_catalog.pg_depend dep"                                          \
    " WHERE dep.classid = 'pg_catalog." catalog "'::pg_catalog.regclass AND dep.objid = " oid      \
    " AND dep.deptype = 'e')"

#define SLIPWAY_ROLE_NAME(oid)                                                                   \
    " CASE WHEN " oid " = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(" oid ")::text END"

namespace slipway::catalog::queries {

// $1: the lock_timeout for the transaction. Also fixes what deparsed text depends on: with an
// empty search_path every name outside pg_catalog comes out schema-qualified
// (as pg_dump does it), and dates in expressions come out in ISO style, so
// the model does not depend on the connection's settings.
const char *const kServer =
    "SELECT pg_catalog.current_database(), pg_catalog.current_setting('server_version'),"
    " pg_catalog.current_setting('server_version_num')::int,"
    " pg_catalog.set_config('search_path', '', true),"
    " pg_catalog.set_config('datestyle', 'ISO', true),"
    " pg_catalog.set_config('intervalstyle', 'postgres', true),"
    " pg_catalog.set_config('extra_float_digits', '3', true),"
    // The catalog queries are costed high enough for JIT, whose compile time
    // (~0.5 s per query) dwarfs their run time.
    " pg_catalog.set_config('jit', 'off', true),"
    " pg_catalog.set_config('lock_timeout', $1, true)";

const char *const kLockHolders =
    "SELECT DISTINCT n.nspname, c.relname, l.pid, l.granted"
    " FROM pg_catalog.pg_locks l"
    " JOIN pg_catalog.pg_class c ON c.oid = l.relation"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " WHERE l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock'"
    " AND l.pid <> pg_catalog.pg_backend_pid() AND l.database = (SELECT d.oid"
    " FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())"
    " ORDER BY 1, 2, 3";

const char *const kSchemas =
    "SELECT n.oid, n.nspname, pg_catalog.pg_get_userbyid(n.nspowner)"
    " FROM pg_catalog.pg_namespace n"
    " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
    " AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))"
    " AND NOT (n.nspname = ANY ($2::text[]))"
    " AND" SLIPWAY_NOT_EXTENSION_MEMBER("pg_namespace", "n.oid");

// Comments of user objects (oid >= FirstNormalObjectId), keyed by a letter for
// the catalog: n schema, e extension, c relation (subid: column), o constraint,
// f function, t type, g trigger, p policy.
const char *const kComments =
    "SELECT CASE d.classoid"
    " WHEN 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN 'n'"
    " WHEN 'pg_catalog.pg_extension'::pg_catalog.regclass THEN 'e'"
    " WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN 'c'"
    " WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN 'o'"
    " WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN 'f'"
    " WHEN 'pg_catalog.pg_type'::pg_catalog.regclass THEN 't'"
    " WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN 'g'"
    " WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN 'p' END,"
    " d.objoid, d.objsubid, d.description"
    " FROM pg_catalog.pg_description d"
    " WHERE d.objoid >= 16384 AND d.classoid IN ('pg_catalog.pg_namespace'::pg_catalog.regclass,"
    " 'pg_catalog.pg_extension'::pg_catalog.regclass, 'pg_catalog.pg_class'::pg_catalog.regclass,"
    " 'pg_catalog.pg_constraint'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass,"
    " 'pg_catalog.pg_type'::pg_catalog.regclass, 'pg_catalog.pg_trigger'::pg_catalog.regclass,"
    " 'pg_catalog.pg_policy'::pg_catalog.regclass)";

// Effective grants (a NULL ACL is its acldefault()), keyed like comments:
// n schema, c relation or sequence, a column (subid: attnum), f function.
const char *const kPrivileges =
    "SELECT 'n', n.oid, 0," SLIPWAY_ROLE_NAME("a.grantee") ", a.privilege_type, a.is_grantable"
    " FROM pg_catalog.pg_namespace n,"
    " pg_catalog.aclexplode(COALESCE(n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a"
    " WHERE n.oid = ANY ($1::oid[])"
    " UNION ALL"
    " SELECT 'c', c.oid, 0," SLIPWAY_ROLE_NAME("a.grantee") ", a.privilege_type, a.is_grantable"
    " FROM pg_catalog.pg_class c, pg_catalog.aclexplode(COALESCE(c.relacl, pg_catalog.acldefault("
    " CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))) a"
    " WHERE c.relnamespace = ANY ($1::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'S')"
    " UNION ALL"
    " SELECT 'a', c.oid, t.attnum," SLIPWAY_ROLE_NAME("a.grantee") ","
    " a.privilege_type, a.is_grantable"
    " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute t ON t.attrelid = c.oid,"
    " pg_catalog.aclexplode(t.attacl) a"
    " WHERE c.relnamespace = ANY ($1::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm')"
    " AND t.attacl IS NOT NULL AND t.attnum > 0 AND NOT t.attisdropped"
    " UNION ALL"
    " SELECT 'f', p.oid, 0," SLIPWAY_ROLE_NAME("a.grantee") ", a.privilege_type, a.is_grantable"
    " FROM pg_catalog.pg_proc p,"
    " pg_catalog.aclexplode(COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))) a"
    " WHERE p.pronamespace = ANY ($1::oid[])";

const char *const kExtensions =
    "SELECT e.oid, e.extname, n.nspname, e.extversion"
    " FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
    " WHERE e.extnamespace = ANY ($1::oid[])";

// Tables (ordinary and partitioned), views and materialized views.
const char *const kRelations =
    "SELECT c.oid, c.relnamespace, c.relname, c.relkind,"
    " pg_catalog.pg_get_userbyid(c.relowner), c.relpersistence = 'u',"
    " c.relrowsecurity, c.relforcerowsecurity,"
    " CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,"
    " CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,"
    " c.reloptions, c.relispopulated,"
    " CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint ELSE -1 END,"
    // Estimated total size: pages of the table, its TOAST table and all their
    // indexes, as of the last VACUUM/ANALYZE/CREATE INDEX. No locks needed.
    " (c.relpages::bigint + COALESCE((SELECT t.relpages FROM pg_catalog.pg_class t"
    " WHERE t.oid = c.reltoastrelid), 0) + COALESCE((SELECT pg_catalog.sum(i.relpages)"
    " FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid"
    " WHERE x.indrelid IN (c.oid, c.reltoastrelid)), 0))::bigint"
    " * pg_catalog.current_setting('block_size')::bigint,"
    " CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,"
    " CASE WHEN c.relispartition THEN pg_catalog.pg_get_partition_constraintdef(c.oid) END"
    " FROM pg_catalog.pg_class c"
    " WHERE c.relkind IN ('r', 'p', 'v', 'm') AND c.relpersistence <> 't'"
    " AND c.relnamespace = ANY ($1::oid[])"
    " AND" SLIPWAY_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

// Parents of tables: the partitioned table of a partition, or INHERITS parents.
const char *const kInheritance =
    "SELECT i.inhrelid, pn.nspname, p.relname, ch.relispartition, i.inhparent"
    " FROM pg_catalog.pg_inherits i"
    " JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid"
    " JOIN pg_catalog.pg_class p ON p.oid = i.inhparent"
    " JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace"
    " WHERE ch.relkind IN ('r', 'p') AND ch.relnamespace = ANY ($1::oid[])"
    " ORDER BY i.inhrelid, i.inhseqno";

// Columns of tables and views, and attributes of composite types, in order.
const char *const kColumns =
    "SELECT a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
    " a.attnotnull,"
    " CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,"
    " a.attidentity,"
    " CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,"
    " CASE WHEN a.attcollation <> t.typcollation AND co.oid IS NOT NULL"
    " THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END,"
    " NOT a.attislocal,"
    " s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle"
    " FROM pg_catalog.pg_attribute a"
    " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
    " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
    " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
    // The sequence an identity column owns (internal dependency).
    " LEFT JOIN pg_catalog.pg_depend sd ON a.attidentity <> ''"
    " AND sd.classid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    " AND sd.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    " AND sd.refobjid = a.attrelid AND sd.refobjsubid = a.attnum AND sd.deptype = 'i'"
    " LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = sd.objid"
    " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
    " LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace"
    " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'c')"
    " AND c.relnamespace = ANY ($1::oid[])"
    " ORDER BY a.attrelid, a.attnum";

// Constraints of tables and domains. Column numbers (conkey, confkey) are
// turned into names by Introspector from the columns it read; only for a
// referenced table in a schema not read are the names looked up here.
// Foreign keys that PostgreSQL derives on the same table for each partition
// of a referenced partitioned table are left out (their parent constraint is
// the one the user wrote).
const char *const kConstraints =
    "SELECT con.oid, con.conrelid, con.contypid, con.conname, con.contype,"
    " pg_catalog.pg_get_constraintdef(con.oid), con.convalidated, con.condeferrable,"
    " con.condeferred, con.connoinherit, con.conparentid <> 0 OR NOT con.conislocal,"
    " CASE WHEN con.contype IN ('p', 'u', 'x') THEN ic.relname END,"
    " con.conkey, rn.nspname, rc.relname, con.confrelid, con.confkey,"
    " CASE WHEN con.contype = 'f' AND NOT (rc.relnamespace = ANY ($1::oid[])) THEN"
    " ARRAY(SELECT a.attname FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY k(num, ord)"
    " JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num"
    " ORDER BY k.ord) END,"
    " con.confupdtype, con.confdeltype, con.confmatchtype"
    " FROM pg_catalog.pg_constraint con"
    " LEFT JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid"
    " LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid"
    " LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace"
    " WHERE con.connamespace = ANY ($1::oid[])"
    " AND NOT (con.contype = 'f' AND con.conparentid <> 0 AND EXISTS ("
    " SELECT FROM pg_catalog.pg_constraint parent"
    " WHERE parent.oid = con.conparentid AND parent.conrelid = con.conrelid))";

// Index columns come as column numbers (indkey, resolved by Introspector);
// only indexes with expressions have their columns deparsed here.
const char *const kIndexes =
    "SELECT x.indexrelid, x.indrelid, ic.relname, am.amname, x.indisunique, x.indisprimary,"
    " x.indnullsnotdistinct, x.indisvalid, x.indnkeyatts, x.indkey,"
    " CASE WHEN x.indexprs IS NOT NULL THEN ARRAY(SELECT"
    " pg_catalog.pg_get_indexdef(x.indexrelid, k, true)"
    " FROM pg_catalog.generate_series(1, x.indnatts) k ORDER BY k) END,"
    " x.indexprs IS NOT NULL, pg_catalog.pg_get_expr(x.indpred, x.indrelid),"
    " pg_catalog.pg_get_indexdef(x.indexrelid), con.conname,"
    " EXISTS (SELECT FROM pg_catalog.pg_inherits h WHERE h.inhrelid = x.indexrelid)"
    " FROM pg_catalog.pg_index x"
    " JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid"
    " JOIN pg_catalog.pg_am am ON am.oid = ic.relam"
    " LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = x.indexrelid"
    " AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x')"
    " WHERE ic.relnamespace = ANY ($1::oid[])";

// Sequences with their OWNED BY column; identity sequences belong to their
// column and are left out.
const char *const kSequences =
    "SELECT c.oid, c.relnamespace, c.relname, pg_catalog.pg_get_userbyid(c.relowner),"
    " pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin,"
    " s.seqmax, s.seqcache, s.seqcycle, t.relname, a.attname"
    " FROM pg_catalog.pg_sequence s"
    " JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid"
    " LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    " AND d.objid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    " AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')"
    " LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid"
    " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
    " WHERE c.relnamespace = ANY ($1::oid[]) AND c.relpersistence <> 't'"
    " AND d.deptype IS DISTINCT FROM 'i'"
    " AND" SLIPWAY_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

const char *const kFunctions =
    "SELECT p.oid, p.pronamespace, p.proname,"
    " pg_catalog.pg_get_function_identity_arguments(p.oid),"
    " pg_catalog.pg_get_function_arguments(p.oid),"
    " CASE WHEN p.prokind <> 'p' THEN pg_catalog.pg_get_function_result(p.oid) END,"
    " p.prokind, l.lanname, p.provolatile, p.prosecdef, pg_catalog.pg_get_userbyid(p.proowner),"
    " CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END"
    " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang"
    " WHERE p.pronamespace = ANY ($1::oid[]) AND p.prokind <> 'a'"
    " AND" SLIPWAY_NOT_EXTENSION_MEMBER("pg_proc", "p.oid");

// A function of pg_aggregate as "schema.name" (each part quoted as needed).
#define SLIPWAY_PROC_NAME(column)                                                                  \
    " (SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)"      \
    " FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace"       \
    " WHERE f.oid = " column "::pg_catalog.oid)"

// Aggregates: pg_aggregate with their pg_proc row.
const char *const kAggregates =
    "SELECT p.oid, p.pronamespace, p.proname,"
    " pg_catalog.pg_get_function_identity_arguments(p.oid),"
    " pg_catalog.pg_get_function_arguments(p.oid), pg_catalog.pg_get_function_result(p.oid),"
    " a.aggkind," SLIPWAY_PROC_NAME("a.aggtransfn") ","
    " pg_catalog.format_type(a.aggtranstype, NULL), a.aggtransspace,"
    SLIPWAY_PROC_NAME("a.aggfinalfn") ", a.aggfinalextra, a.aggfinalmodify,"
    SLIPWAY_PROC_NAME("a.aggcombinefn") "," SLIPWAY_PROC_NAME("a.aggserialfn") ","
    SLIPWAY_PROC_NAME("a.aggdeserialfn") ", a.agginitval,"
    SLIPWAY_PROC_NAME("a.aggmtransfn") "," SLIPWAY_PROC_NAME("a.aggminvtransfn") ","
    " CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END,"
    SLIPWAY_PROC_NAME("a.aggmfinalfn") ", a.aggminitval,"
    " (SELECT pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname"
    " FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace"
    " WHERE o.oid = a.aggsortop),"
    " p.proparallel, pg_catalog.pg_get_userbyid(p.proowner)"
    " FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid"
    " WHERE p.pronamespace = ANY ($1::oid[])"
    " AND" SLIPWAY_NOT_EXTENSION_MEMBER("pg_proc", "p.oid");

#undef SLIPWAY_PROC_NAME

const char *const kTriggers =
    "SELECT t.oid, t.tgrelid, t.tgname, pg_catalog.pg_get_triggerdef(t.oid), t.tgenabled,"
    " t.tgconstraint <> 0, t.tgparentid <> 0"
    " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
    " WHERE NOT t.tgisinternal AND c.relnamespace = ANY ($1::oid[])";

const char *const kPolicies =
    "SELECT pol.oid, pol.polrelid, pol.polname, pol.polcmd, pol.polpermissive,"
    " ARRAY(SELECT" SLIPWAY_ROLE_NAME("r") " FROM pg_catalog.unnest(pol.polroles) r ORDER BY 1),"
    " pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),"
    " pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid)"
    " FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid"
    " WHERE c.relnamespace = ANY ($1::oid[])";

// Enums (with labels), domains and standalone composite types.
const char *const kTypes =
    "SELECT t.oid, t.typnamespace, t.typname, t.typtype, pg_catalog.pg_get_userbyid(t.typowner),"
    " CASE WHEN t.typtype = 'e' THEN ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e"
    " WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END,"
    " CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END,"
    " t.typnotnull,"
    " pg_catalog.pg_get_expr(t.typdefaultbin, 'pg_catalog.pg_type'::pg_catalog.regclass),"
    " CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation AND co.oid IS NOT NULL"
    " THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END,"
    " t.typrelid"
    " FROM pg_catalog.pg_type t"
    " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype"
    " LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation"
    " LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace"
    " WHERE t.typnamespace = ANY ($1::oid[])"
    " AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND EXISTS (SELECT FROM pg_catalog.pg_class r"
    " WHERE r.oid = t.typrelid AND r.relkind = 'c')))"
    " AND" SLIPWAY_NOT_EXTENSION_MEMBER("pg_type", "t.oid");

// Exact on-disk sizes (table + TOAST + indexes). Each call locks its relation
// briefly (ACCESS SHARE), so Introspector runs this under a lock_timeout.
// Relations that another session holds or waits for ACCESS EXCLUSIVE on are
// skipped up front (their estimates stay); the timeout is for the rest.
const char *const kSizes =
    "WITH locked AS (SELECT l.relation FROM pg_catalog.pg_locks l"
    " WHERE l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock'"
    " AND l.pid <> pg_catalog.pg_backend_pid() AND l.database = (SELECT d.oid"
    " FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()))"
    " SELECT c.oid, CASE WHEN c.oid NOT IN (SELECT relation FROM locked)"
    " THEN pg_catalog.pg_total_relation_size(c.oid) END"
    " FROM pg_catalog.pg_class c"
    " WHERE c.relkind IN ('r', 'm') AND c.relpersistence <> 't'"
    " AND c.relnamespace = ANY ($1::oid[])";

} // namespace slipway::catalog::queries
