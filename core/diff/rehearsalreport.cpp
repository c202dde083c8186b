// RehearsalReport and RehearsalFailure: names and the report as text.

#include "planrehearsal.h"

namespace slipway::diff {

namespace {

void listChanges(QStringList &lines, const QString &heading, const QList<SchemaChange> &changes)
{
    if (changes.isEmpty()) return;
    lines << heading;
    for (const SchemaChange &change : changes) {
        QString line = QStringLiteral("  ") + change.summary();
        for (const Difference &difference : change.differences)
            line += QStringLiteral("\n      %1: %2 -> %3")
                        .arg(difference.property, difference.from, difference.to);
        lines << line;
    }
}

} // namespace

QString RehearsalFailure::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Baseline: return QStringLiteral("baseline");
    case Phase::Up: return QStringLiteral("up");
    case Phase::Down: return QStringLiteral("down");
    }
    return {};
}

QString RehearsalReport::statusName(Status status)
{
    switch (status) {
    case Status::Clean: return QStringLiteral("clean");
    case Status::Residual: return QStringLiteral("residual");
    case Status::StatementFailed: return QStringLiteral("statement-failed");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString RehearsalReport::toText() const
{
    QStringList lines;
    switch (status) {
    case Status::Clean:
        lines << (downRehearsed
                      ? tr("Rehearsal clean: the up plan (%n statement(s)) gave the target and the "
                           "down plan (%1) gave the source back.", nullptr, upStatementsRun)
                            .arg(downStatementsRun)
                      : tr("Rehearsal clean: the up plan (%n statement(s)) gave the target.",
                           nullptr, upStatementsRun));
        break;
    case Status::Residual:
        lines << tr("Rehearsal not clean: the plan ran, but differences are left.");
        break;
    case Status::StatementFailed:
        lines << tr("Rehearsal failed: a statement did not run on the scratch database.");
        break;
    case Status::Failed:
        lines << tr("Could not rehearse: %1").arg(error.toText());
        break;
    case Status::Cancelled:
        lines << tr("Rehearsal cancelled.");
        break;
    }
    if (!missingRoles.isEmpty())
        lines << tr("Owners and privileges not rehearsed: the scratch server has no role %1 "
                    "(%n statement(s) skipped).", nullptr, skippedStatements)
                     .arg(missingRoles.join(QLatin1String(", ")));
    listChanges(lines, tr("The scratch database could not reproduce the source:"),
                baselineDifferences);
    listChanges(lines, tr("Left after the up plan (scratch vs target):"), upResidual);
    listChanges(lines, tr("Left after the down plan (scratch vs source):"), downResidual);
    if (failure) {
        const QString where = failure->phase == RehearsalFailure::Phase::Baseline
                                  ? tr("loading the source")
                              : failure->phase == RehearsalFailure::Phase::Up ? tr("up plan")
                                                                              : tr("down plan");
        lines << tr("Failed in the %1, statement %2:").arg(where).arg(failure->statement + 1);
        lines << QStringLiteral("  ") + failure->sql;
        const auto [line, column] = failure->error.lineColumn();
        QString message = QStringLiteral("  ERROR");
        if (!failure->error.sqlState.isEmpty())
            message += QStringLiteral(" %1").arg(failure->error.sqlState);
        if (line > 0) message += QStringLiteral(" (%1:%2)").arg(line).arg(column);
        message += QStringLiteral(": ") + failure->error.message;
        lines << message;
        if (!failure->error.detail.isEmpty())
            lines << QStringLiteral("  ") + tr("Detail: %1").arg(failure->error.detail);
        if (!failure->error.hint.isEmpty())
            lines << QStringLiteral("  ") + tr("Hint: %1").arg(failure->error.hint);
    }
    if (!scratchDatabase.isEmpty() && !scratchDropped)
        lines << tr("Could not drop the scratch database %1; drop it by hand.").arg(scratchDatabase);
    return lines.join(u'\n');
}

} // namespace slipway::diff
