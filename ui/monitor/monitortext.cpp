#include "monitortext.h"

#include "monitorpalette.h"
#include "monitorview.h"

#include "monitor/monitor.h"

#include <QLocale>
#include <QStringList>

namespace slipway {

using namespace monitor_palette;

namespace {

QString duration(double seconds)
{
    if (seconds < 0)
        return MonitorView::tr("unknown");
    if (seconds < 60)
        return MonitorView::tr("%1 s").arg(QString::number(seconds, 'f', seconds < 10 ? 1 : 0));
    if (seconds < 3600)
        return MonitorView::tr("%1 min %2 s").arg(int(seconds) / 60).arg(int(seconds) % 60);
    return MonitorView::tr("%1 h %2 min").arg(int(seconds) / 3600).arg(int(seconds) % 3600 / 60);
}

QString bytes(qint64 value)
{
    return QLocale().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

QString colored(const QColor &color, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
}

} // namespace

QString monitorHeadline(const Sample &s, const Monitor &monitor)
{
    QStringList parts;
    const MonitorSeries &series = monitor.series();
    if (!monitor.isRunning() && series.sampleCount() == 0)
        return MonitorView::tr("<b>Not monitoring.</b> Connect to a database: lock waits, replication lag, "
                               "progress and activity are sampled once a second on a connection of their own.");
    if (!s.at.isValid() || (!s.ok() && series.sampleCount() == series.failedCount()))
        return s.error.isEmpty() ? MonitorView::tr("Waiting for the first sample…")
                                 : colored(kRed, MonitorView::tr("The monitor cannot sample: %1")
                                                     .arg(s.error.section(QLatin1Char('\n'), 0, 0).toHtmlEscaped()));
    const AbortThresholds &t = monitor.policy()->thresholds();
    if (s.lockWaitCount() == 0) {
        parts << colored(kGreen, MonitorView::tr("No lock waits"));
    } else {
        const LockWait &w = s.lockWaits.first();
        const double longest = s.longestLockWaitSeconds();
        const QColor c = longest > t.lockWaitAbortSeconds ? kRed : longest > t.lockWaitThrottleSeconds ? kOrange : kBlue;
        QStringList blockers;
        for (int pid : w.blockedBy)
            blockers << QString::number(pid);
        parts << colored(c, MonitorView::tr("<b>%n session(s) waiting for locks</b>, longest %1", nullptr, s.lockWaitCount())
                                .arg(duration(longest)))
                     + MonitorView::tr(" (pid %1 wants %2 on %3, blocked by pid %4)")
                           .arg(w.pid)
                           .arg(w.mode.toHtmlEscaped(), (w.relation.isEmpty() ? w.lockType : w.relation).toHtmlEscaped(),
                                blockers.join(QStringLiteral(", ")));
    }
    if (!s.replicas.isEmpty() || s.replicaSide.available) {
        const double lag = s.maxReplicationLagSeconds();
        const QColor c = lag > t.lagAbortSeconds ? kRed : lag > t.lagThrottleSeconds ? kOrange : kGreen;
        QString text = MonitorView::tr("replica lag %1 (%2 behind)").arg(duration(lag), bytes(s.maxReplicationBytes()));
        if (s.replicaSide.replayPaused)
            text += MonitorView::tr(", replay paused");
        parts << colored(c, text);
    } else {
        parts << MonitorView::tr("no replicas");
    }
    if (s.activity.tps >= 0)
        parts << MonitorView::tr("%1 tx/s, %2 active").arg(QString::number(s.activity.tps, 'f', 0)).arg(s.activity.active);
    if (s.activity.errorRatePercent > 0) {
        const double counted = monitor.policy()->countedErrorRate(s.activity.errorRatePercent,
                                                                     s.activity.windowTransactions);
        const QColor c = counted > t.errorRateAbortPercent      ? kRed
                         : counted > t.errorRateThrottlePercent ? kOrange
                                                                : kGray;
        QString text = MonitorView::tr("%1 % of %2 transactions rolled back")
                           .arg(QString::number(s.activity.errorRatePercent, 'f', 1))
                           .arg(s.activity.windowTransactions);
        if (s.activity.windowTransactions < t.errorRateMinTransactions)
            text += MonitorView::tr(" (too few to count)");
        parts << colored(c, text);
    }
    for (const Progress &p : s.progress) {
        if (p.fraction() >= 0 && p.unit != QLatin1String("lockers"))
            parts << MonitorView::tr("%1 %2 %3%").arg(p.command, p.index.isEmpty() ? p.relation : p.index)
                         .arg(QString::number(100 * p.fraction(), 'f', 0));
        else
            parts << MonitorView::tr("%1 %2: %3").arg(p.command, p.index.isEmpty() ? p.relation : p.index, p.phase);
    }
    QString policy;
    switch (monitor.policy()->state()) {
    case AbortPolicy::State::Running:
        policy = colored(kGreen, MonitorView::tr("Abort policy: OK"));
        break;
    case AbortPolicy::State::Throttled:
        policy = colored(kOrange, MonitorView::tr("<b>Abort policy: THROTTLE</b>"));
        break;
    case AbortPolicy::State::Aborted:
        policy = colored(kRed, MonitorView::tr("<b>Abort policy: ABORT</b>"));
        break;
    }
    if (!series.events().isEmpty() && monitor.policy()->state() != AbortPolicy::State::Running)
        policy += QStringLiteral(" — ") + series.events().last().reason.toHtmlEscaped();
    if (!s.ok())
        policy += QStringLiteral(" · ") + colored(kRed, MonitorView::tr("last sample failed"));
    return parts.join(QStringLiteral(" · ")) + QStringLiteral("<br>") + policy;
}

QString progressDetails(const Sample &s)
{
    if (s.progress.isEmpty())
        return MonitorView::tr("<b>Progress</b><br>No CREATE INDEX, CLUSTER, VACUUM, COPY or ANALYZE "
                               "is running.");
    QStringList rows;
    for (const Progress &p : s.progress) {
        QString row = MonitorView::tr("<b>%1</b> %2 (pid %3)")
                          .arg(p.command.toHtmlEscaped(),
                               (p.index.isEmpty() ? p.relation : MonitorView::tr("%1 on %2").arg(p.index, p.relation)).toHtmlEscaped())
                          .arg(p.pid);
        if (!p.phase.isEmpty())
            row += QStringLiteral("<br>") + MonitorView::tr("phase: %1").arg(p.phase.toHtmlEscaped());
        if (p.unit == QLatin1String("lockers")) {
            row += QStringLiteral("<br>")
                   + MonitorView::tr("waiting for %1 of %2 transaction(s) to finish").arg(p.total - p.done).arg(p.total);
            if (p.currentLockerPid)
                row += MonitorView::tr(", now pid %1").arg(p.currentLockerPid);
        } else if (p.total > 0) {
            row += QStringLiteral("<br>")
                   + MonitorView::tr("%1% — %2 of %3 %4")
                         .arg(QString::number(100 * p.fraction(), 'f', 1), QLocale().toString(p.done),
                              QLocale().toString(p.total), p.unit);
        } else {
            row += QStringLiteral("<br>") + MonitorView::tr("%1 %2 done").arg(QLocale().toString(p.done), p.unit);
        }
        if (p.ratePerSecond > 0)
            row += QStringLiteral("<br>") + MonitorView::tr("rate %1 %2/s").arg(QLocale().toString(qint64(p.ratePerSecond)), p.unit);
        if (p.etaSeconds >= 0)
            row += MonitorView::tr(", ETA %1").arg(duration(p.etaSeconds));
        rows << row;
    }
    return MonitorView::tr("<b>Progress</b><br>") + rows.join(QStringLiteral("<br><br>"));
}

} // namespace slipway
