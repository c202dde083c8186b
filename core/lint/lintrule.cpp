#include "lintrule.h"

#include "statementcontext.h"
#include "tablesize.h"

#include <QCoreApplication>

namespace slipway {

Finding LintRule::make(const StatementContext &ctx, const TextRange &range, const QString &message,
                       const QString &explanation, const QString &help) const
{
    Finding f = ctx.finding(id(), range, message, explanation, help);
    f.severity = defaultSeverity();
    return f;
}

void LintRule::scaleWithTable(const StatementContext &ctx, const QString &table, Finding &finding) const
{
    const auto stats = ctx.stats(table);
    if (!stats)
        return;
    const auto tr = [](const char *text) { return QCoreApplication::translate("slipway::LintRule", text); };
    if (ctx.createdInFile(table)) {
        finding.severity = Severity::Hint;
        finding.message += QLatin1Char(' ') + tr("(the table is created earlier in this file, so it is empty)");
        return;
    }
    switch (sizeClassOf(stats)) {
    case SizeClass::Small:
        finding.severity = Severity::Hint;
        break;
    case SizeClass::Large:
        finding.severity = Severity::Error;
        break;
    case SizeClass::Medium:
    case SizeClass::Unknown:
        break;
    }
    finding.message += QStringLiteral(" (%1: %2)").arg(table, describeTableSize(*stats));
}

} // namespace slipway
