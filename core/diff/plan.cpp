#include "plan.h"

namespace slipway::diff {

QString Hazard::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Lock: return QStringLiteral("lock");
    case Kind::DataLoss: return QStringLiteral("data loss");
    case Kind::IndexBuild: return QStringLiteral("index build");
    case Kind::Rewrite: return QStringLiteral("rewrite");
    case Kind::Scan: return QStringLiteral("scan");
    case Kind::UntrackableDependency: return QStringLiteral("untrackable dependency");
    case Kind::Authorization: return QStringLiteral("authorization");
    case Kind::PossibleRename: return QStringLiteral("possible rename");
    case Kind::Backfill: return QStringLiteral("backfill");
    }
    return QString();
}

bool PlanStatement::hasHazard(Hazard::Kind kind) const
{
    return std::any_of(hazards.cbegin(), hazards.cend(),
                       [kind](const Hazard &hazard) { return hazard.kind == kind; });
}

QString PlanStatement::script() const
{
    QString text;
    for (const QString &setting : settings)
        text += setting + QLatin1String(";\n");
    return text + sql + QLatin1String(";\n");
}

QString Plan::toSql() const
{
    QString text = tr("-- Slipway plan: %n change(s)", nullptr, int(changes.size())) +
                   tr(", %n statement(s)", nullptr, int(statements.size())) + u'\n';
    text += tr("-- Run the statements in order, each in its own transaction unless it says "
               "\"outside a transaction\" or is inside BEGIN/COMMIT.") +
            u'\n';
    int lastChange = -2;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const PlanStatement &statement = statements.at(i);
        const bool grouped = statement.transaction >= 0;
        const bool opens = grouped && (i == 0 || statements.at(i - 1).transaction != statement.transaction);
        const bool closes = grouped && (i + 1 == statements.size() ||
                                        statements.at(i + 1).transaction != statement.transaction);
        text += u'\n';
        if (opens)
            text += QLatin1String("-- ") + tr("one transaction: readers never see the dependent objects missing") +
                    QLatin1String("\nBEGIN;\n");
        if (statement.change != lastChange && statement.change >= 0 &&
            statement.change < changes.size())
            text += QLatin1String("-- ") + changes.at(statement.change).summary() + u'\n';
        lastChange = statement.change;
        for (const Hazard &hazard : statement.hazards)
            text += QLatin1String("-- ") + tr("hazard") + QLatin1String(" (") +
                    Hazard::kindName(hazard.kind) + QLatin1String("): ") + hazard.text + u'\n';
        if (statement.outsideTransaction)
            text += QLatin1String("-- ") + tr("outside a transaction") + u'\n';
        text += statement.script();
        if (closes) text += QLatin1String("COMMIT;\n");
    }
    if (!verify.isEmpty()) {
        text += u'\n' + tr("-- Verification (each returns true once the plan has run):") + u'\n';
        for (const VerifyQuery &query : verify)
            text += QLatin1String("-- ") + query.description + QLatin1String("\n--   ") +
                    query.sql + QLatin1String(";\n");
    }
    return text;
}

} // namespace slipway::diff
