#include "sandboxcommand.h"

#include "command.h"

#include "db/sandbox.h"
#include "db/sandboxcleanup.h"
#include "db/sandboxinfo.h"
#include "util/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent>

namespace slipway::cli {

namespace {

struct SandboxCommand {
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

void printOut(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString usageHint()
{
    return SandboxCommand::tr("Run \"slipway-cli sandbox --help\" for usage.");
}

QString usage()
{
    return SandboxCommand::tr(
               "Usage: slipway-cli sandbox start [--dir DIR] [--demo] [--no-replica] [--json]\n"
               "       slipway-cli sandbox status [--dir DIR] [--json]\n"
               "       slipway-cli sandbox stop [--dir DIR]\n"
               "\n"
               "A private PostgreSQL 15 primary and streaming replica on loopback ports, to try\n"
               "migrations on. \"start\" returns once both servers are ready and leaves them\n"
               "running; \"stop\" stops them and deletes the folder.\n"
               "\n"
               "Options:\n"
               "  --dir DIR     the sandbox folder; without it, start makes a new folder in\n"
               "                %1\n"
               "                and status and stop use the only sandbox there\n"
               "  --demo        also load the demo database (slipway_demo) and write its\n"
               "                migrations folder into the sandbox\n"
               "  --no-replica  start the primary only\n"
               "  --json        print sandbox.json (status adds whether each server runs)\n"
               "\n"
               "status fails (exit code 1) when a server of the sandbox is not running.\n")
        .arg(shown(SandboxCleanup::defaultBaseDir()));
}

struct Arguments {
    QString dir;
    bool json = false;
    bool demo = false;
    bool noReplica = false;
    qint64 ownerPid = 0;
    qint64 demoRows = -1;
};

// Parses `sandbox <sub> [options]`; false with a usage message on stderr.
bool parse(const QString &sub, const QStringList &rest, Arguments *parsed)
{
    const QCommandLineOption dir(QStringLiteral("dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption noReplica(QStringLiteral("no-replica"));
    // Hidden: an owned sandbox from the CLI (tests), and a smaller demo.
    const QCommandLineOption ownerPid(QStringLiteral("owner-pid"), QString(),
                                      QStringLiteral("PID"));
    const QCommandLineOption demoRows(QStringLiteral("demo-rows"), QString(), QStringLiteral("N"));
    QCommandLineParser parser;
    parser.addOptions({dir, json, demo, noReplica, ownerPid, demoRows});
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + rest)) {
        printErr(parser.errorText() + QLatin1Char('\n') + usageHint());
        return false;
    }
    const bool start = sub == QLatin1String("start");
    QStringList misplaced;
    for (const QString &name : {QStringLiteral("demo"), QStringLiteral("no-replica"),
                                QStringLiteral("owner-pid"), QStringLiteral("demo-rows")}) {
        if (!start && parser.isSet(name)) misplaced << QLatin1String("--") + name;
    }
    if (sub == QLatin1String("stop") && parser.isSet(json)) misplaced << QStringLiteral("--json");
    if (!misplaced.isEmpty() || !parser.positionalArguments().isEmpty()) {
        printErr(misplaced.isEmpty() ? SandboxCommand::tr("Unexpected argument: %1")
                                           .arg(parser.positionalArguments().join(u' '))
                                     : SandboxCommand::tr("\"sandbox %1\" does not take %2")
                                           .arg(sub, misplaced.join(u' ')));
        printErr(usageHint());
        return false;
    }
    bool ok = true;
    parsed->dir = parser.value(dir);
    parsed->json = parser.isSet(json);
    parsed->demo = parser.isSet(demo);
    parsed->noReplica = parser.isSet(noReplica);
    if (parser.isSet(ownerPid)) parsed->ownerPid = parser.value(ownerPid).toLongLong(&ok);
    if (ok && parser.isSet(demoRows)) parsed->demoRows = parser.value(demoRows).toLongLong(&ok);
    if (!ok || parsed->ownerPid < 0 || (parser.isSet(dir) && parsed->dir.isEmpty())) {
        printErr(SandboxCommand::tr("Invalid option value.") + QLatin1Char('\n') + usageHint());
        return false;
    }
    return true;
}

void printInfo(const SandboxInfo &info)
{
    printOut(SandboxCommand::tr("primary: %1").arg(info.primaryUri()));
    if (info.replicaPort) printOut(SandboxCommand::tr("replica: %1").arg(info.replicaUri()));
    if (!info.demoDatabase.isEmpty())
        printOut(SandboxCommand::tr("demo:    %1 (migrations in %2)")
                     .arg(info.primaryUri(info.demoDatabase), shown(info.demoMigrationsDir)));
}

int start(const Arguments &arguments)
{
    Sandbox::Options options;
    options.dir = arguments.dir;
    options.replica = !arguments.noReplica;
    options.demo = arguments.demo;
    options.demoOrderRows = arguments.demoRows;
    options.ownerPid = arguments.ownerPid; // 0: detached, keeps running after we exit
    Sandbox sandbox(options);
    QObject::connect(
        &sandbox, &Sandbox::progress, &sandbox,
        [lastStep = QString()](int percent, const QString &step) mutable {
            if (step != lastStep) // emitted on the worker thread only
                printErr(QStringLiteral("[%1%] %2").arg(percent, 3).arg(step));
            lastStep = step;
        },
        Qt::DirectConnection);

    // Ctrl-C / SIGTERM while starting: cancel, and the half-made sandbox is removed.
    QString error;
    if (!ShutdownSignals::install(&error)) printErr(error);
    QFutureWatcher<bool> watcher;
    QObject::connect(&watcher, &QFutureWatcher<bool>::finished, &QCoreApplication::quit);
    watcher.setFuture(QtConcurrent::run([&sandbox, &error] { return sandbox.start(&error); }));
    QCoreApplication::exec();
    if (!watcher.isFinished()) {
        printErr(SandboxCommand::tr("Interrupted; removing the unfinished sandbox..."));
        sandbox.cancel();
        watcher.waitForFinished();
    }
    if (!watcher.result()) {
        printErr(ShutdownSignals::received()
                     ? SandboxCommand::tr("Interrupted: the sandbox was not started.")
                     : SandboxCommand::tr("Could not start the sandbox: %1").arg(error));
        return ExitFailure;
    }
    sandbox.detach();
    const SandboxInfo info = sandbox.info();
    if (arguments.json) {
        QTextStream(stdout) << info.toJson(); // what sandbox.json holds
    } else {
        printInfo(info);
        printErr(SandboxCommand::tr(
                     "Sandbox ready in %1. Stop it with: slipway-cli sandbox stop --dir %1")
                     .arg(shown(info.dir)));
    }
    return ExitOk;
}

QStringList liveSandboxes(const QString &base)
{
    QStringList live;
    for (const QString &candidate : SandboxCleanup::sandboxesIn(base)) {
        if (SandboxCleanup::inspect(candidate).live) live << candidate;
    }
    return live;
}

// The sandbox `--dir` names, or the only live one under the base folder.
int resolveDir(const Arguments &arguments, QString *dir)
{
    if (!arguments.dir.isEmpty()) {
        *dir = QDir::cleanPath(QDir(arguments.dir).absolutePath());
        if (SandboxCleanup::isSandbox(*dir)) return ExitOk;
        printErr(SandboxCommand::tr("There is no sandbox in %1.").arg(shown(*dir)));
        return ExitFailure;
    }
    const QString base = SandboxCleanup::defaultBaseDir();
    const QStringList live = liveSandboxes(base);
    if (live.size() == 1) {
        *dir = live.first();
        return ExitOk;
    }
    if (live.isEmpty()) {
        printErr(SandboxCommand::tr(
                     "No sandbox is running under %1. Start one with: slipway-cli sandbox start")
                     .arg(shown(base)));
        return ExitFailure;
    }
    printErr(SandboxCommand::tr("Several sandboxes are running under %1; choose one with --dir:")
                 .arg(shown(base)));
    for (const QString &candidate : std::as_const(live))
        printErr(QLatin1String("  ") + shown(candidate));
    return ExitUsage;
}

int status(const Arguments &arguments)
{
    QString dir;
    if (const int code = resolveDir(arguments, &dir)) return code;
    QString error;
    const auto info = SandboxInfo::load(dir, &error);
    if (!info) {
        printErr(SandboxCommand::tr("The sandbox in %1 is not ready: %2").arg(shown(dir), error));
        return ExitFailure;
    }
    const SandboxCleanup::State state = SandboxCleanup::inspect(dir);
    const bool primaryUp = state.primaryPid != 0;
    const bool replicaUp = state.replicaPid != 0;
    const bool allUp = primaryUp && (replicaUp || !info->replicaPort);
    if (arguments.json) {
        QJsonObject object = QJsonDocument::fromJson(info->toJson()).object();
        object[QStringLiteral("primary_running")] = primaryUp;
        if (info->replicaPort) object[QStringLiteral("replica_running")] = replicaUp;
        QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return allUp ? ExitOk : ExitFailure;
    }
    const QString running = SandboxCommand::tr("running");
    const QString stopped = SandboxCommand::tr("stopped");
    printOut(SandboxCommand::tr("sandbox: %1 (%2)")
                 .arg(shown(dir),
                      info->ownerPid ? SandboxCommand::tr("owned by process %1").arg(info->ownerPid)
                                     : SandboxCommand::tr("detached")));
    printOut(SandboxCommand::tr("primary: %1 (%2)")
                 .arg(info->primaryUri(), primaryUp ? running : stopped));
    if (info->replicaPort)
        printOut(SandboxCommand::tr("replica: %1 (%2)")
                     .arg(info->replicaUri(), replicaUp ? running : stopped));
    if (!info->demoDatabase.isEmpty())
        printOut(SandboxCommand::tr("demo:    %1 (migrations in %2)")
                     .arg(info->primaryUri(info->demoDatabase), shown(info->demoMigrationsDir)));
    return allUp ? ExitOk : ExitFailure;
}

int stop(const Arguments &arguments)
{
    // Without --dir, sandboxes nobody uses any more go first, quietly.
    QStringList removed;
    if (arguments.dir.isEmpty()) {
        removed = SandboxCleanup::cleanStale(SandboxCleanup::defaultBaseDir());
        for (const QString &dir : std::as_const(removed))
            printErr(SandboxCommand::tr("Removed the stopped sandbox %1.").arg(shown(dir)));
        if (!removed.isEmpty() && liveSandboxes(SandboxCleanup::defaultBaseDir()).isEmpty())
            return ExitOk;
    }
    QString dir;
    if (const int code = resolveDir(arguments, &dir)) return code;
    printErr(SandboxCommand::tr("Stopping the sandbox in %1...").arg(shown(dir)));
    QString error;
    if (!SandboxCleanup::remove(dir, &error)) {
        printErr(SandboxCommand::tr("Could not stop the sandbox: %1").arg(error));
        return ExitFailure;
    }
    printErr(SandboxCommand::tr("Stopped and removed %1.").arg(shown(dir)));
    return ExitOk;
}

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    int (*run)(const Arguments &) = nullptr;
    if (sub == QLatin1String("start"))
        run = start;
    else if (sub == QLatin1String("status"))
        run = status;
    else if (sub == QLatin1String("stop"))
        run = stop;
    if (!run) {
        printErr((sub.isEmpty() ? SandboxCommand::tr("Missing sandbox command.")
                                : SandboxCommand::tr("Unknown sandbox command \"%1\".").arg(sub)) +
                 QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    Arguments parsed;
    if (!parse(sub, arguments.mid(2), &parsed)) return ExitUsage;
    return run(parsed);
}

} // namespace slipway::cli
