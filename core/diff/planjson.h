#pragma once

#include "plan.h"
#include "planrehearsal.h"

#include <QJsonObject>

namespace slipway::diff {

// A plan as JSON, for CI and other tools:
//   {"changes": [{"kind", "action", "object": {...}, "summary", "recreate",
//                 "differences": [{"property", "from", "to"}],
//                 "from", "to"}],   // DDL of each side (ObjectDdl), when there is one
//    "statements": [{"sql", "outside_transaction", "settings", "change",
//                    "hazards": [{"kind", "text"}],
//                    "lock": {"mode", "effect", "relations": [{"relation", "mode"}]},
//                    "transaction"}], // only in a group run as one transaction
//    "verify": [{"description", "sql", "change"}]}
// Kinds and actions are stable English keys ("materialized view", "drop").
class PlanJson {
public:
    static QJsonObject toJson(const Plan &plan);
    static QJsonObject changeToJson(const SchemaChange &change);
    static QString kindKey(ObjectKind kind);
    // {"status", "scratch_database", "scratch_dropped", "up_statements_run",
    //  "down_statements_run", "down_rehearsed", "missing_roles", "skipped_statements",
    //  "baseline_differences"|"up_residual"|"down_residual": [change...],
    //  "failure": {"phase", "statement", "sql", "sqlstate", "message", "detail",
    //              "hint", "position", "line", "column"}, "error"}
    static QJsonObject rehearsalToJson(const RehearsalReport &report);
};

} // namespace slipway::diff
