#include "editortooltips.h"

#include "lint/tablesize.h"
#include "lockstyle.h"
#include "severitystyle.h"

namespace slipway {

namespace {

// A view or another relation without storage reports 0 rows and 0 bytes: say nothing then.
bool hasSize(const std::optional<TableStats> &stats)
{
    return stats && (stats->estimatedRows > 0 || stats->totalBytes > 0);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString EditorToolTips::finding(const Finding &f, const QKeySequence &quickFixShortcut)
{
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b> <code>%2</code><br>%3</p>")
                       .arg(esc(SeverityStyle::label(f.severity)), esc(f.rule), esc(f.message));
    if (!f.explanation.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Why:")), esc(f.explanation));
    if (!f.help.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Safe pattern:")), esc(f.help));
    if (f.fix) {
        const QString key = quickFixShortcut.isEmpty() ? QString()
                                                       : QStringLiteral(" (%1)").arg(quickFixShortcut.toString(QKeySequence::NativeText));
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Quick fix%1: %2").arg(key, f.fix->title)));
    }
    return html;
}

QString EditorToolTips::findings(const QList<Finding> &list, const QKeySequence &quickFixShortcut)
{
    QStringList parts;
    for (const Finding &f : list)
        parts << finding(f, quickFixShortcut);
    return parts.join(QStringLiteral("<hr>"));
}

QString EditorToolTips::lock(const StatementLock &lock, const StatsLookup &stats, bool connected)
{
    const LockImpact &impact = lock.impact;
    const LockMode mode = impact.strongest();
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(esc(tr("%1 lock").arg(lockModeName(mode))), esc(LockStyle::blocksText(mode)));
    QString effect = LockImpact::effectName(impact.effect);
    if (!impact.effectReason.isEmpty())
        effect += QStringLiteral(" (%1)").arg(impact.effectReason);
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Effect:")), esc(effect));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const LockImpact::RelationLock &rel : impact.locks) {
        QString size;
        if (stats) {
            if (const auto s = stats(rel.relation); hasSize(s))
                size = describeTableSize(*s);
            else if (connected && !s)
                size = tr("size unknown");
        }
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(esc(rel.relation), esc(rel.role), esc(lockModeName(rel.mode)), esc(size));
    }
    html += QStringLiteral("</table>");
    if (!impact.transactionAllowed)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Cannot run inside a transaction block. %1").arg(impact.transactionNote)));
    if (impact.dependsOnVersion)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("The answer depends on the server version.")));
    if (!connected)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Connect to see the table sizes on this database.")));
    return html;
}

QString EditorToolTips::lockAnnotation(const StatementLock &lock, const StatsLookup &stats)
{
    const LockImpact &impact = lock.impact;
    const LockMode mode = impact.strongest();
    QString relation;
    for (const LockImpact::RelationLock &rel : impact.locks) {
        if (rel.mode == mode) {
            relation = rel.relation;
            break;
        }
    }
    QString text = relation.isEmpty() ? lockModeName(mode) : tr("%1 on %2").arg(lockModeName(mode), relation);
    if (impact.effect != LockImpact::Effect::None && impact.effect != LockImpact::Effect::Reads)
        text += QStringLiteral(" · ") + LockImpact::effectName(impact.effect);
    if (stats && !relation.isEmpty()) {
        if (const auto s = stats(relation); hasSize(s))
            text += QStringLiteral(" · ") + describeTableSize(*s);
    }
    return text;
}

} // namespace slipway
