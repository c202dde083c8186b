#pragma once

#include "migrationplan.h"

#include <QCoreApplication>
#include <QString>

namespace slipway::plan {

// Deployment runbooks for a plan, after the template of ../shared/reference
// (runbook): title and summary, pre-flight checklist with backup commands, the
// steps, verification queries, rollback section, post-migration checklist.
class RunbookExport {
    Q_DECLARE_TR_FUNCTIONS(RunbookExport)

public:
    static QString toMarkdown(const MigrationPlan &plan);
    // Self-contained HTML (inline CSS, no scripts or external resources; SQL escaped).
    static QString toHtml(const MigrationPlan &plan);

    // The backup command for one table: pg_dump of that table in custom format.
    static QString backupCommand(const QString &table);
    // Tables the plan touches, each once, in order of first mention.
    static QStringList touchedTables(const MigrationPlan &plan);
    static QString lockText(const PlanStep &step); // "ACCESS EXCLUSIVE on orders for ~3 s"
};

} // namespace slipway::plan
