// What the monitor costs the server: pgbench for ~30 s without and with the
// sampler at 1 Hz (primary + replica), then the CPU time of the sampler's
// backend processes (/proc/<pid>/stat utime+stime) as a share of one core.
// Goal: under 1 %. Starts a private sandbox unless --uri is given (the
// server must run on this machine: its backends' /proc entries are read).
//
//   sampler_cost [--seconds 30] [--clients 4] [--scale 10] [--uri URI --replica URI]

#include "db/sandbox.h"
#include "monitor/monitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <pqxx/pqxx>

#include <cstdio>
#include <unistd.h>

using namespace slipway;

namespace {

const char *const kPgbench = "/usr/lib/postgresql/15/bin/pgbench";

// utime + stime of a process, in clock ticks; -1 when unreadable.
qint64 cpuTicks(int pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime is field 14, stime field 15.
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

struct PgbenchRun {
    double tps = -1;
    QString output;
};

PgbenchRun pgbench(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromLatin1(kPgbench), arguments);
    waitFor([&] { return process.state() == QProcess::NotRunning; }, 30 * 60 * 1000);
    PgbenchRun run;
    run.output = QString::fromUtf8(process.readAll());
    const auto match = QRegularExpression(QStringLiteral("tps = ([0-9.]+)")).match(run.output);
    if (match.hasMatch())
        run.tps = match.captured(1).toDouble();
    return run;
}

int replicaSamplerPid(const QString &replicaUri)
{
    try {
        pqxx::connection c(replicaUri.toStdString());
        pqxx::nontransaction tx(c);
        const pqxx::result r = tx.exec("SELECT pid FROM pg_stat_activity WHERE application_name = 'slipway-monitor'");
        return r.empty() ? 0 : r[0][0].as<int>();
    } catch (const std::exception &) {
        return 0;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("pgbench duration per run"),
                                           QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("pgbench clients"),
                                           QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("pgbench scale"),
                                         QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption uriOption(QStringLiteral("uri"), QStringLiteral("primary (postgres database)"),
                                       QStringLiteral("uri"));
    const QCommandLineOption replicaOption(QStringLiteral("replica"), QStringLiteral("replica"), QStringLiteral("uri"));
    parser.addOptions({secondsOption, clientsOption, scaleOption, uriOption, replicaOption});
    parser.process(app);
    const int seconds = parser.value(secondsOption).toInt();
    const QString clients = parser.value(clientsOption);

    std::unique_ptr<Sandbox> sandbox;
    QString primaryUri = parser.value(uriOption);
    QString replicaUri = parser.value(replicaOption);
    if (primaryUri.isEmpty()) {
        std::printf("Starting a private sandbox (primary + replica)...\n");
        std::fflush(stdout);
        sandbox = std::make_unique<Sandbox>();
        QString error;
        if (!sandbox->start(&error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
        primaryUri = sandbox->info().primaryUri();
        replicaUri = sandbox->info().replicaUri();
    }
    try {
        pqxx::connection c(primaryUri.toStdString());
        pqxx::nontransaction tx(c);
        tx.exec("DROP DATABASE IF EXISTS slipway_bench WITH (FORCE)");
        tx.exec("CREATE DATABASE slipway_bench");
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    QString benchUri = primaryUri;
    benchUri.replace(QRegularExpression(QStringLiteral("/[^/?]*(\\?|$)")), QStringLiteral("/slipway_bench\\1"));
    QString replicaBenchUri = replicaUri;
    replicaBenchUri.replace(QRegularExpression(QStringLiteral("/[^/?]*(\\?|$)")), QStringLiteral("/slipway_bench\\1"));

    std::printf("pgbench -i -s %s...\n", qPrintable(parser.value(scaleOption)));
    std::fflush(stdout);
    const PgbenchRun init = pgbench({QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"),
                                     parser.value(scaleOption), benchUri});
    if (!init.output.contains(QLatin1String("done"))) {
        std::fprintf(stderr, "pgbench -i failed:\n%s\n", qPrintable(init.output));
        return 1;
    }
    const QStringList runArgs = {QStringLiteral("-n"), QStringLiteral("-c"), clients, QStringLiteral("-j"),
                                 QStringLiteral("2"), QStringLiteral("-T"), QString::number(seconds), benchUri};

    std::printf("Run 1: pgbench -c %s -T %d without the sampler...\n", qPrintable(clients), seconds);
    std::fflush(stdout);
    const PgbenchRun without = pgbench(runArgs);

    std::printf("Run 2: the same with the sampler at 1 Hz (primary + replica)...\n");
    std::fflush(stdout);
    Monitor monitor;
    monitor.start(benchUri, replicaBenchUri);
    waitFor([&] { return monitor.series().sampleCount() > 0; }, 10000);
    const Sample first = monitor.series().latest();
    if (!first.ok() || first.samplerPid == 0) {
        std::fprintf(stderr, "the sampler did not sample: %s\n", qPrintable(first.error));
        return 1;
    }
    const int primaryPid = first.samplerPid;
    const int replicaPid = replicaBenchUri.isEmpty() ? 0 : replicaSamplerPid(replicaBenchUri);
    const qint64 samplesBefore = monitor.series().sampleCount();
    const qint64 primaryBefore = cpuTicks(primaryPid);
    const qint64 replicaBefore = replicaPid ? cpuTicks(replicaPid) : -1;
    QElapsedTimer wall;
    wall.start();
    const PgbenchRun with = pgbench(runArgs);
    waitFor([] { return false; }, 100); // deliver the samples taken meanwhile
    const double elapsed = double(wall.elapsed()) / 1000.0;
    const qint64 primaryAfter = cpuTicks(primaryPid);
    const qint64 replicaAfter = replicaPid ? cpuTicks(replicaPid) : -1;
    const qint64 samples = monitor.series().sampleCount() - samplesBefore;
    monitor.stop();

    const double tick = double(sysconf(_SC_CLK_TCK));
    const double primaryCpu = (primaryAfter - primaryBefore) / tick;
    const double replicaCpu = replicaPid && replicaAfter >= 0 ? (replicaAfter - replicaBefore) / tick : -1;
    double queryMs = 0;
    int queries = 0;
    if (const TimeSeries *q = monitor.series().series(MonitorSeries::kQueryMs)) {
        for (const SeriesPoint &p : q->points()) {
            queryMs += p.value;
            ++queries;
        }
    }
    std::printf("\n");
    std::printf("pgbench TPS without the sampler: %.1f\n", without.tps);
    std::printf("pgbench TPS with the sampler:    %.1f (%+.1f %%)\n", with.tps,
                without.tps > 0 ? 100.0 * (with.tps - without.tps) / without.tps : 0.0);
    std::printf("samples taken: %lld in %.1f s; mean sampling query %.2f ms (client round trip)\n",
                static_cast<long long>(samples), elapsed, queries ? queryMs / queries : 0.0);
    std::printf("sampler backend on the primary (pid %d): %.2f s CPU = %.2f %% of one core\n", primaryPid,
                primaryCpu, 100.0 * primaryCpu / elapsed);
    if (replicaCpu >= 0)
        std::printf("sampler backend on the replica (pid %d): %.2f s CPU = %.2f %% of one core\n", replicaPid,
                    replicaCpu, 100.0 * replicaCpu / elapsed);
    std::printf("(clock tick %.0f Hz: CPU times are exact to %.3f s)\n", tick, 1.0 / tick);
    const bool ok = 100.0 * primaryCpu / elapsed < 1.0;
    std::printf("goal < 1 %% of one core: %s\n", ok ? "met" : "NOT met");
    return 0;
}
