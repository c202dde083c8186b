#include "backfillcommand.h"

#include "command.h"
#include "connectionargument.h"

#include "monitor/monitor.h"
#include "run/backfillrunner.h"
#include "util/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace slipway::cli {

namespace {

using namespace slipway::run;

struct BackfillCommand {
    Q_DECLARE_TR_FUNCTIONS(BackfillCommand)
};

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << '\n';
    err.flush();
}

QString usage()
{
    return BackfillCommand::tr(
        "Usage: slipway-cli backfill <conn> --spec <file.json|file.yaml> [options]\n"
        "\n"
        "Runs a batched backfill: the table's keys are walked in key order, each batch\n"
        "one short transaction (lock_timeout and statement_timeout set per batch) that\n"
        "also records the last key done in slipway.backfill_checkpoint, so an interrupted\n"
        "backfill resumes with --resume from the last committed batch. The batch size\n"
        "adapts to the spec's target duration. A monitor on a second connection\n"
        "throttles the backfill (holds batches) when replication lag or lock waits\n"
        "rise, resumes it when they fall, and aborts it at the abort thresholds.\n"
        "Progress goes to stderr. Ctrl+C stops after the current batch commits.\n"
        "\n"
        "Spec (JSON): {\"name\", \"table\", \"set\" | \"template\" (with {{batch}}),\n"
        "\"predicate\", \"key\": [...], \"target_batch_ms\", \"initial_batch_size\",\n"
        "\"min_batch_size\", \"max_batch_size\", \"pause_ms\", \"lock_timeout_ms\",\n"
        "\"statement_timeout_ms\", \"max_retries\"}; or the same fields as YAML\n"
        "(\"name: value\" lines) in a file ending in .yaml or .yml.\n"
        "\n"
        "Options:\n"
        "  --spec <file>          the backfill spec (required)\n"
        "  --resume               go on from the checkpoint (fresh start when there is none)\n"
        "  --restart              start over, resetting the checkpoint\n"
        "  --force                resume although the spec changed\n"
        "  --dry-run              run one batch and roll it back\n"
        "  --wait-lock <ms>       wait for another runner of this spec (default 0)\n"
        "  --replica <conn>       also read the replay delay on this standby\n"
        "  --max-lag <s>          throttle at this replication lag (default 10)\n"
        "  --abort-lag <s>        abort at this replication lag (default 30)\n"
        "  --max-lock-wait <s>    throttle at this lock wait (default 20)\n"
        "  --abort-lock-wait <s>  abort at this lock wait (default 60)\n"
        "  --resume-hold <s>      calm time before a throttle is lifted (default 5)\n"
        "  --interval <ms>        monitor sampling interval (default 1000)\n"
        "  --no-monitor           no throttle or abort from the monitor\n"
        "  --json                 print the result as JSON on stdout\n"
        "\n"
        "Exit codes: 0 done, 1 failed, 3 aborted (policy or user), 4 another runner\n"
        "holds this backfill, 64 usage.\n");
}

QString number(double value)
{
    return QLocale::system().toString(qint64(value));
}

QString durationText(double seconds)
{
    if (seconds < 0) return QStringLiteral("?");
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60) return BackfillCommand::tr("%1 s").arg(s);
    if (s < 3600) return BackfillCommand::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return BackfillCommand::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString progressLine(const QString &name, const BackfillProgress &p)
{
    const QString total = p.estimatedTotal >= 0
        ? BackfillCommand::tr(" / %1%2 (%3 %)")
              .arg(p.totalIsExact ? QString() : QStringLiteral("~"), number(double(p.estimatedTotal)))
              .arg(QString::number(p.fraction() * 100, 'f', 1))
        : QString();
    return BackfillCommand::tr("%1 [%2] %3%4 rows, %5 rows/s, ETA %6, batch %7 (%8 ms)")
        .arg(name, backfillStateName(p.state), number(double(p.rowsDone)), total, number(p.rowsPerSecond),
             durationText(p.etaSeconds))
        .arg(p.batchSize)
        .arg(QString::number(p.lastBatchMs, 'f', 0));
}

bool parseSeconds(const QCommandLineParser &parser, const QCommandLineOption &option, double *value)
{
    if (!parser.isSet(option)) return true;
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || v < 0) return false;
    *value = v;
    return true;
}

int exitCode(BackfillState state)
{
    switch (state) {
    case BackfillState::Done: return ExitOk;
    case BackfillState::Aborted: return ExitAborted;
    case BackfillState::LockHeld: return ExitLockHeld;
    default: return ExitFailure;
    }
}

QJsonObject resultJson(const BackfillSpec &spec, const BackfillResult &r)
{
    QJsonObject object{{QLatin1String("name"), spec.name},
                       {QLatin1String("state"), backfillStateName(r.state)},
                       {QLatin1String("rows_done"), double(r.rowsDone)},
                       {QLatin1String("rows_this_run"), double(r.rowsThisRun)},
                       {QLatin1String("batches"), double(r.batches)},
                       {QLatin1String("seconds"), r.seconds},
                       {QLatin1String("dry_run"), r.dryRun}};
    if (!r.message.isEmpty()) object.insert(QLatin1String("message"), r.message);
    if (!r.error.sqlState.isEmpty()) object.insert(QLatin1String("sqlstate"), r.error.sqlState);
    if (r.holder) object.insert(QLatin1String("holder_pid"), r.holder->pid);
    return object;
}

} // namespace

int runBackfillCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, BackfillCommand::tr("Show this help"));
    const QCommandLineOption specOption(QStringLiteral("spec"), BackfillCommand::tr("Spec file (JSON, or YAML when it ends in .yaml or .yml)"), QStringLiteral("file"));
    const QCommandLineOption resume(QStringLiteral("resume"), BackfillCommand::tr("Resume from the checkpoint"));
    const QCommandLineOption restart(QStringLiteral("restart"), BackfillCommand::tr("Start over"));
    const QCommandLineOption force(QStringLiteral("force"), BackfillCommand::tr("Resume a changed spec"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), BackfillCommand::tr("One batch, rolled back"));
    const QCommandLineOption waitLock(QStringLiteral("wait-lock"), BackfillCommand::tr("Wait for the runner lock"),
                                      QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption replica(QStringLiteral("replica"), BackfillCommand::tr("Standby to read"), QStringLiteral("conn"));
    const QCommandLineOption maxLag(QStringLiteral("max-lag"), BackfillCommand::tr("Throttle lag"), QStringLiteral("s"));
    const QCommandLineOption abortLag(QStringLiteral("abort-lag"), BackfillCommand::tr("Abort lag"), QStringLiteral("s"));
    const QCommandLineOption maxLockWait(QStringLiteral("max-lock-wait"), BackfillCommand::tr("Throttle lock wait"),
                                         QStringLiteral("s"));
    const QCommandLineOption abortLockWait(QStringLiteral("abort-lock-wait"), BackfillCommand::tr("Abort lock wait"),
                                           QStringLiteral("s"));
    const QCommandLineOption resumeHold(QStringLiteral("resume-hold"), BackfillCommand::tr("Calm time before resuming"),
                                        QStringLiteral("s"));
    const QCommandLineOption interval(QStringLiteral("interval"), BackfillCommand::tr("Sampling interval"),
                                      QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption noMonitor(QStringLiteral("no-monitor"), BackfillCommand::tr("No monitor"));
    const QCommandLineOption json(QStringLiteral("json"), BackfillCommand::tr("JSON result"));
    parser.addOptions({help, specOption, resume, restart, force, dryRun, waitLock, replica, maxLag, abortLag,
                       maxLockWait, abortLockWait, resumeHold, interval, noMonitor, json});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    AbortThresholds thresholds;
    bool ok = parseSeconds(parser, maxLag, &thresholds.lagThrottleSeconds)
              && parseSeconds(parser, abortLag, &thresholds.lagAbortSeconds)
              && parseSeconds(parser, maxLockWait, &thresholds.lockWaitThrottleSeconds)
              && parseSeconds(parser, abortLockWait, &thresholds.lockWaitAbortSeconds)
              && parseSeconds(parser, resumeHold, &thresholds.resumeHoldSeconds);
    bool waitOk = false, intervalOk = false;
    const int waitMs = parser.value(waitLock).toInt(&waitOk);
    const int intervalMs = parser.value(interval).toInt(&intervalOk);
    QString problem;
    if (positional.size() != 1)
        problem = positional.isEmpty() ? BackfillCommand::tr("Missing <conn>.")
                                       : BackfillCommand::tr("Unexpected argument: %1").arg(positional.mid(1).join(u' '));
    else if (!parser.isSet(specOption))
        problem = BackfillCommand::tr("Missing --spec <file>.");
    else if (parser.isSet(resume) && parser.isSet(restart))
        problem = BackfillCommand::tr("--resume and --restart exclude each other.");
    else if (!ok)
        problem = BackfillCommand::tr("Thresholds are seconds (a number >= 0).");
    else if (!waitOk || waitMs < 0 || !intervalOk || intervalMs < Sampler::kMinimumIntervalMs)
        problem = BackfillCommand::tr("--wait-lock wants milliseconds >= 0, --interval at least %1.")
                      .arg(Sampler::kMinimumIntervalMs);
    if (!problem.isEmpty()) {
        printErr(problem + QLatin1Char('\n') + usage());
        return ExitUsage;
    }

    QString specError;
    const std::optional<BackfillSpec> spec = BackfillSpec::load(parser.value(specOption), &specError);
    if (!spec) {
        printErr(specError);
        return ExitFailure;
    }

    const ConnectionArguments connections;
    const auto connection = connections.resolve(positional.first());
    if (!connection) return ExitFailure;
    const QString &conninfo = connection->conninfo;
    QString replicaConninfo;
    if (parser.isSet(replica)) {
        const auto standby = connections.resolve(parser.value(replica));
        if (!standby) return ExitFailure;
        replicaConninfo = standby->conninfo;
    }

    QString signalError;
    if (!ShutdownSignals::install(&signalError)) printErr(signalError);

    BackfillOptions options;
    options.resume = parser.isSet(resume);
    options.restart = parser.isSet(restart);
    options.force = parser.isSet(force);
    options.dryRun = parser.isSet(dryRun);
    options.lockWaitMs = waitMs;

    BackfillRunner runner;
    QElapsedTimer lastLine;
    QObject::connect(&runner, &BackfillRunner::progressed, &runner, [&](const BackfillProgress &p) {
        if (lastLine.isValid() && lastLine.elapsed() < 1000 && !isFinished(p.state)) return;
        lastLine.start();
        printErr(progressLine(spec->name, p));
    });
    QObject::connect(&runner, &BackfillRunner::eventAdded, &runner, [&](const BackfillEvent &e) {
        printErr(QStringLiteral("%1 [%2] %3")
                     .arg(e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), BackfillEvent::sourceName(e.source),
                          e.message));
    });
    QObject::connect(&runner, &BackfillRunner::finished, &runner, [] { QCoreApplication::quit(); });

    Monitor monitor;
    if (!parser.isSet(noMonitor) && !options.dryRun) {
        monitor.policy()->setThresholds(thresholds);
        QObject::connect(&monitor, &Monitor::decided, &runner, &BackfillRunner::applyDecision);
        SamplerOptions samplerOptions;
        samplerOptions.intervalMs = intervalMs;
        monitor.start(conninfo, replicaConninfo, samplerOptions);
    }

    if (!runner.start(conninfo, *spec, options)) {
        printErr(runner.result().message);
        return ExitFailure;
    }
    QCoreApplication::exec();
    if (runner.isRunning()) { // interrupted (SIGINT / SIGTERM): stop after the current batch commits
        runner.abort(BackfillCommand::tr("Interrupted by signal %1; stopping after the current batch.")
                         .arg(ShutdownSignals::received()));
        runner.wait();
    }
    monitor.stop();
    QCoreApplication::processEvents(); // the last queued progress lines and events
    const BackfillResult result = runner.result();
    if (result.state == BackfillState::Failed && result.error.isError()) printErr(result.error.toText());
    if (parser.isSet(json))
        QTextStream(stdout) << QJsonDocument(resultJson(*spec, result)).toJson(QJsonDocument::Compact) << '\n';
    return exitCode(result.state);
}

} // namespace slipway::cli
