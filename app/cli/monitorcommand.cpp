#include "monitorcommand.h"

#include "command.h"
#include "connectionargument.h"

#include "monitor/abortpolicy.h"
#include "monitor/monitor.h"
#include "monitor/samplejson.h"
#include "util/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace slipway::cli {

namespace {

struct MonitorCommand {
    Q_DECLARE_TR_FUNCTIONS(MonitorCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

QString usage()
{
    return MonitorCommand::tr(
        "Usage: slipway-cli monitor <conn> [--replica <conn>] [--interval ms] [--json]\n"
        "\n"
        "Samples a server on its own connection and prints one line per sample until\n"
        "interrupted (Ctrl+C): lock waits and who blocks them, replication lag per\n"
        "replica, progress of CREATE INDEX / CLUSTER / VACUUM / COPY / ANALYZE,\n"
        "transactions per second and sessions. Throttle and abort decisions of the\n"
        "abort policy (lag > 10 s / 30 s, lock wait > 20 s / 60 s) are printed as\n"
        "they happen.\n"
        "\n"
        "<conn> is a saved connection's name, a libpq URI or a key=value conninfo.\n"
        "\n"
        "Options:\n"
        "  --replica <conn>  also read the replay delay on this standby\n"
        "  --interval ms     time between samples (default 1000, at least 250)\n"
        "  --json            one JSON object per line\n");
}

QString bytes(qint64 value)
{
    return QLocale::c().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

QString secondsText(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" s");
}

QString line(const Sample &s)
{
    QStringList parts;
    parts << s.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (!s.ok())
        return parts.first() + QLatin1Char(' ') + MonitorCommand::tr("error: %1").arg(s.error.simplified());
    QString locks = MonitorCommand::tr("locks %1").arg(s.lockWaitCount());
    if (s.lockWaitCount() > 0) {
        const LockWait &w = s.lockWaits.first();
        QStringList blockers;
        for (int pid : w.blockedBy)
            blockers << QString::number(pid);
        locks += MonitorCommand::tr(" (longest %1: pid %2 wants %3 on %4, blocked by %5)")
                     .arg(secondsText(s.longestLockWaitSeconds()))
                     .arg(w.pid)
                     .arg(w.mode, w.relation.isEmpty() ? w.lockType : w.relation, blockers.join(QLatin1Char(',')));
    }
    parts << locks;
    for (const ReplicaLag &r : s.replicas)
        parts << MonitorCommand::tr("lag %1 %2 / %3").arg(r.name, secondsText(r.lagSeconds()), bytes(r.replayBytesBehind));
    if (s.replicaSide.available)
        parts << MonitorCommand::tr("standby delay %1 / %2%3")
                     .arg(secondsText(std::max(0.0, s.replicaSide.replayDelaySeconds)),
                          bytes(s.replicaSide.receiveReplayBytes),
                          s.replicaSide.replayPaused ? MonitorCommand::tr(" (replay paused)") : QString());
    else if (!s.replicaSide.error.isEmpty())
        parts << MonitorCommand::tr("standby: %1").arg(s.replicaSide.error.section(QLatin1Char('\n'), 0, 0));
    parts << MonitorCommand::tr("tps %1").arg(s.activity.tps < 0 ? QStringLiteral("-") : QString::number(s.activity.tps, 'f', 1));
    parts << MonitorCommand::tr("active %1, idle in tx %2").arg(s.activity.active).arg(s.activity.idleInTransaction);
    if (s.activity.longestTransactionSeconds >= 1)
        parts << MonitorCommand::tr("oldest tx %1 (pid %2)")
                     .arg(secondsText(s.activity.longestTransactionSeconds))
                     .arg(s.activity.longestTransactionPid);
    for (const Progress &p : s.progress) {
        QString text = QStringLiteral("%1 %2").arg(p.command, p.index.isEmpty() ? p.relation : p.index);
        if (!p.phase.isEmpty())
            text += QStringLiteral(" [%1]").arg(p.phase);
        if (p.total > 0)
            text += QStringLiteral(" %1/%2 %3").arg(p.done).arg(p.total).arg(p.unit);
        if (p.etaSeconds >= 0)
            text += MonitorCommand::tr(" eta %1").arg(secondsText(p.etaSeconds));
        parts << text;
    }
    parts << MonitorCommand::tr("(%1 ms)").arg(QString::number(s.queryMs, 'f', 1));
    return parts.join(QStringLiteral("  "));
}

} // namespace

int runMonitorCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, MonitorCommand::tr("Show this help"));
    const QCommandLineOption replica(QStringLiteral("replica"), MonitorCommand::tr("Standby to read"),
                                     QStringLiteral("conn"));
    const QCommandLineOption interval(QStringLiteral("interval"), MonitorCommand::tr("Milliseconds between samples"),
                                      QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption json(QStringLiteral("json"), MonitorCommand::tr("JSON lines"));
    parser.addOptions({help, replica, interval, json});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    bool intervalOk = false;
    const int intervalMs = parser.value(interval).toInt(&intervalOk);
    if (positional.size() != 1 || !intervalOk || intervalMs < Sampler::kMinimumIntervalMs) {
        printErr((positional.isEmpty()          ? MonitorCommand::tr("Missing <conn>.")
                  : positional.size() > 1       ? MonitorCommand::tr("Unexpected argument: %1").arg(positional.mid(1).join(u' '))
                                                : MonitorCommand::tr("--interval wants milliseconds, at least %1.")
                                                      .arg(Sampler::kMinimumIntervalMs))
                 + QLatin1Char('\n') + usage());
        return ExitUsage;
    }

    const ConnectionArguments connections;
    const auto connection = connections.resolve(positional.first());
    if (!connection)
        return ExitFailure;
    const QString &conninfo = connection->conninfo;
    QString replicaConninfo;
    if (parser.isSet(replica)) {
        const auto standby = connections.resolve(parser.value(replica));
        if (!standby)
            return ExitFailure;
        replicaConninfo = standby->conninfo;
    }

    QString signalError;
    if (!ShutdownSignals::install(&signalError))
        printErr(signalError);

    const bool asJson = parser.isSet(json);
    Monitor monitor;
    QTextStream out(stdout);
    QObject::connect(&monitor, &Monitor::sampleAdded, [&](const Sample &sample) {
        if (asJson)
            out << QJsonDocument(sampleToJson(sample)).toJson(QJsonDocument::Compact) << '\n';
        else
            out << line(sample) << '\n';
        out.flush();
    });
    QObject::connect(&monitor, &Monitor::decided, [&](const PolicyDecision &d) {
        if (asJson) {
            out << QJsonDocument(QJsonObject{{QLatin1String("at"), d.at.toUTC().toString(Qt::ISODateWithMs)},
                                             {QLatin1String("decision"), PolicyDecision::actionName(d.action)},
                                             {QLatin1String("metric"), d.metric},
                                             {QLatin1String("value"), d.value},
                                             {QLatin1String("threshold"), d.threshold},
                                             {QLatin1String("reason"), d.reason}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << QStringLiteral("%1 *** %2").arg(d.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), d.reason)
                << '\n';
        }
        out.flush();
    });
    SamplerOptions options;
    options.intervalMs = intervalMs;
    monitor.start(conninfo, replicaConninfo, options);
    QCoreApplication::exec();
    monitor.stop();
    return ExitOk;
}

} // namespace slipway::cli
