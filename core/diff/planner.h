#pragma once

#include "plan.h"
#include "schemachange.h"

#include "catalog/schemamodel.h"

#include <QCoreApplication>

namespace slipway::diff {

// Turns changes into a Plan: dependency-ordered statements that take the
// gentlest locks PostgreSQL offers for each change.
//
//  - Drops first (policies, triggers, views dependents-first, foreign keys,
//    constraints, indexes, columns, tables), then creates and alters (schemas,
//    extensions, types, sequences, functions, tables, columns, indexes,
//    constraints, validations, views base-first, triggers, policies), then
//    comments, owners and grants, and last the drops of what other objects
//    may have used (functions, sequences, types, extensions, schemas).
//  - Indexes: CREATE/DROP INDEX CONCURRENTLY outside a transaction; a changed
//    index is built under a temporary name, the old one dropped concurrently,
//    the new one renamed. Plain statements on partitioned tables and on tables
//    the plan creates.
//  - FOREIGN KEY and CHECK: ADD ... NOT VALID, then VALIDATE CONSTRAINT.
//    PRIMARY KEY/UNIQUE on an existing table: CREATE UNIQUE INDEX CONCURRENTLY,
//    then ADD CONSTRAINT ... USING INDEX.
//  - SET NOT NULL (PostgreSQL 12+): CHECK (c IS NOT NULL) NOT VALID, VALIDATE,
//    SET NOT NULL (no scan: the check proves it), drop the check.
//  - Enum labels: ALTER TYPE ... ADD VALUE ... BEFORE/AFTER (outside a
//    transaction before 12); removed or moved labels rebuild the type.
//  - Views over a dropped or retyped column (and views over those), and
//    triggers naming a retyped column, are dropped before and re-created
//    after the change, all in one transaction with it (PlanStatement::
//    transaction), so readers never see them missing.
//  - A partition's new bound: DETACH (CONCURRENTLY on 14+ without a default
//    partition), CHECK for the new bound NOT VALID + VALIDATE, ATTACH (no
//    scan), helper checks dropped. A new partition key drops and re-creates.
//  - Identity columns: ALTER COLUMN ... SET GENERATED / SET <sequence option>.
//  - Functions: CREATE OR REPLACE while the signature and result hold.
//    Aggregates: CREATE OR REPLACE AGGREGATE on 12+ while arguments, result
//    and kind hold; drop and create otherwise.
//  - Every statement gets SET lock_timeout / statement_timeout (PlanOptions),
//    its LockClassifier impact and its hazards.
//  - Plan::changes is the input plus the view drops/creates added around
//    column changes (PlanStatement::change indexes into it).
class Planner {
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    // `from` and `to` are the models the changes came from (for dependent
    // views, table kinds, sizes and the columns an enum is used in).
    static Plan plan(const QList<SchemaChange> &changes, const catalog::SchemaModel &from,
                     const catalog::SchemaModel &to, const PlanOptions &options = {});

    // SchemaDiff::compare + plan.
    static Plan plan(const catalog::SchemaModel &from, const catalog::SchemaModel &to,
                     const DiffOptions &diffOptions, const PlanOptions &options = {});

    // The way back: the plan from `to` to `from`, with a DataLoss hazard on
    // every step that re-creates what the up plan dropped (it comes back empty).
    static Plan downPlan(const catalog::SchemaModel &from, const catalog::SchemaModel &to,
                         const DiffOptions &diffOptions, const PlanOptions &options = {});

    // Queries that return true when the shape a change asks for holds.
    static QList<VerifyQuery> verification(const QList<SchemaChange> &changes);
};

} // namespace slipway::diff
