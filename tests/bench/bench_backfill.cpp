// Backfill throughput against one single UPDATE of the same table, both while
// a pgbench workload runs: the TPC-B-like script plus a script that updates
// single rows of the table being changed (so the workload meets the backfill's
// row locks). Prints the ratio of throughputs (goal >= 0.8), the p99 latency of
// the workload's single-row updates during each phase (an upper bound of their
// lock wait; goal < 50 ms during the backfill) and the peak replication lag.
//
//   bench_backfill [--rows 1000000] [--clients 4] [--rate 0] [--scale 10] [--target-ms 200] [--uri URI --replica URI]
//
// The issue's run is --rows 10000000. By default the workload runs as fast as
// its clients can (it takes every core it gets); --rate N holds it at N
// transactions per second, as live traffic with headroom. --clients 0 runs
// both without a workload: the backfill's cost per row against the UPDATE's.
// Starts a private sandbox unless --uri is given.

#include "db/sandbox.h"
#include "monitor/monitor.h"
#include "run/backfillrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

using namespace slipway;
using namespace slipway::run;

namespace {

const char *const kPgbench = "/usr/lib/postgresql/15/bin/pgbench";

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

void exec(const QString &uri, const QString &sql)
{
    pqxx::connection c(uri.toStdString());
    pqxx::nontransaction(c).exec(sql.toStdString());
}

QString withDatabase(QString uri, const QString &database)
{
    return uri.replace(QRegularExpression(QStringLiteral("/[^/?]*(\\?|$)")), QStringLiteral("/%1\\1").arg(database));
}

// pgbench in 5-second rounds (each round flushes its log) until stopped.
class Workload {
public:
    Workload(QString uri, QString clients, QString rate, QString script, QString logDir)
        : m_uri(std::move(uri))
        , m_clients(std::move(clients))
        , m_rate(std::move(rate))
        , m_script(std::move(script))
        , m_logDir(std::move(logDir))
    {
    }

    void start(const QString &table)
    {
        m_table = table;
        m_stop = false;
        if (m_clients.toInt() > 0) round(); // --clients 0: no workload, the backfill's own cost
    }
    void stop() { m_stop = true; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

    struct LogStats {
        QList<double> touchLatencies; // ms from its start to its end, of the single-row script (script 1)
        qint64 transactions = 0;      // of both scripts
    };
    // The transactions pgbench started between from and to (epoch ms); one
    // that waited on a lock past `to` counts with its whole wait.
    LogStats stats(qint64 fromMs, qint64 toMs) const
    {
        LogStats out;
        for (const QFileInfo &info : QDir(m_logDir).entryInfoList({QStringLiteral("pgbench_log.*")}, QDir::Files)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) continue;
            while (!file.atEnd()) {
                const QList<QByteArray> f = file.readLine().simplified().split(' ');
                if (f.size() < 6) continue;
                // With --rate, the latency counts from the scheduled start and
                // the 7th field is the lag behind it: not time spent waiting on a lock.
                const double latencyMs = f[2].toDouble() / 1000.0;
                const double lagMs = f.size() > 6 ? f[6].toDouble() / 1000.0 : 0;
                const qint64 endedAt = f[4].toLongLong() * 1000 + f[5].toLongLong() / 1000;
                const qint64 startedAt = endedAt - qint64(latencyMs);
                if (startedAt < fromMs || startedAt > toMs) continue;
                ++out.transactions;
                if (f[3] == "1") out.touchLatencies << latencyMs - lagMs;
            }
        }
        return out;
    }

private:
    void round()
    {
        m_process.setWorkingDirectory(m_logDir);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
        QObject::connect(&m_process, &QProcess::finished, [this] {
            if (!m_stop) round();
        });
        QStringList arguments = {QStringLiteral("-n"), QStringLiteral("-c"), m_clients, QStringLiteral("-T"),
                                 QStringLiteral("5"), QStringLiteral("-b"), QStringLiteral("tpcb-like"),
                                 QStringLiteral("-f"), m_script, QStringLiteral("-D"),
                                 QStringLiteral("table=%1").arg(m_table), QStringLiteral("-l"),
                                 QStringLiteral("--log-prefix=%1/pgbench_log").arg(m_logDir)};
        if (m_rate.toInt() > 0) arguments << QStringLiteral("-R") << m_rate;
        m_process.start(QString::fromLatin1(kPgbench), arguments << m_uri);
    }

    QString m_uri, m_clients, m_rate, m_script, m_logDir, m_table;
    QProcess m_process;
    bool m_stop = false;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// The machine's CPU time so far (/proc/stat): busy and total jiffies.
struct CpuTimes {
    qint64 busy = 0;
    qint64 total = 0;

    static CpuTimes now()
    {
        QFile stat(QStringLiteral("/proc/stat"));
        CpuTimes out;
        if (!stat.open(QIODevice::ReadOnly)) return out;
        const QList<QByteArray> f = stat.readLine().simplified().split(' '); // cpu user nice system idle iowait ...
        for (qsizetype i = 1; i < f.size(); ++i) {
            out.total += f[i].toLongLong();
            if (i != 4 && i != 5) out.busy += f[i].toLongLong();
        }
        return out;
    }
    // Share of the machine's CPU that was busy since `before`, 0..1 (-1: unknown).
    double busySince(const CpuTimes &before) const
    {
        return total > before.total ? double(busy - before.busy) / double(total - before.total) : -1;
    }
};

struct Phase {
    double seconds = 0;
    double cpuBusy = -1; // share of all cores
    double p99Ms = -1;
    double p50Ms = -1;
    double maxMs = -1;
    double peakLagSeconds = 0;
    double workloadTps = 0;
    int samples = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows in the table"), QStringLiteral("n"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("pgbench clients"),
                                           QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("workload transactions per second (0: as fast as it can)"),
                                        QStringLiteral("tx/s"), QStringLiteral("0"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("pgbench scale"), QStringLiteral("n"),
                                         QStringLiteral("10"));
    const QCommandLineOption uriOption(QStringLiteral("uri"), QStringLiteral("primary"), QStringLiteral("uri"));
    const QCommandLineOption replicaOption(QStringLiteral("replica"), QStringLiteral("replica"), QStringLiteral("uri"));
    const QCommandLineOption targetOption(QStringLiteral("target-ms"), QStringLiteral("backfill target batch duration"),
                                          QStringLiteral("ms"), QStringLiteral("200"));
    parser.addOptions({rowsOption, clientsOption, rateOption, scaleOption, uriOption, replicaOption, targetOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();

    std::unique_ptr<Sandbox> sandbox;
    QString primaryUri = parser.value(uriOption);
    QString replicaUri = parser.value(replicaOption);
    if (primaryUri.isEmpty()) {
        say(QStringLiteral("Starting a private sandbox (primary + replica)..."));
        sandbox = std::make_unique<Sandbox>();
        QString error;
        if (!sandbox->start(&error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
        primaryUri = sandbox->info().primaryUri();
        replicaUri = sandbox->info().replicaUri();
    }
    const QString uri = withDatabase(primaryUri, QStringLiteral("slipway_bench_backfill"));
    const QString replica = replicaUri.isEmpty() ? QString() : withDatabase(replicaUri, QStringLiteral("slipway_bench_backfill"));
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("touch.sql"));
    try {
        exec(primaryUri, QStringLiteral("DROP DATABASE IF EXISTS slipway_bench_backfill WITH (FORCE)"));
        exec(primaryUri, QStringLiteral("CREATE DATABASE slipway_bench_backfill"));
        say(QStringLiteral("Two tables of %1 rows, pgbench -i -s %2...").arg(rows).arg(parser.value(scaleOption)));
        for (const char *table : {"big_single", "big_batched"}) {
            exec(uri, QStringLiteral("CREATE TABLE %1 (id bigint PRIMARY KEY, status text NOT NULL, status_v2 text, "
                                     "touched int NOT NULL DEFAULT 0);"
                                     "INSERT INTO %1 (id, status) SELECT i, (ARRAY['new','paid','sent'])[1 + i % 3] "
                                     "FROM generate_series(1, %2) i;")
                          .arg(QLatin1String(table))
                          .arg(rows));
            exec(uri, QStringLiteral("VACUUM ANALYZE %1").arg(QLatin1String(table)));
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    QProcess init;
    init.start(QString::fromLatin1(kPgbench), {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"),
                                               parser.value(scaleOption), uri});
    init.waitForFinished(-1);
    QFile touch(script);
    if (!touch.open(QIODevice::WriteOnly)) return 1;
    touch.write(QStringLiteral("\\set id random(1, %1)\nUPDATE :table SET touched = touched + 1 WHERE id = :id;\n")
                    .arg(rows)
                    .toUtf8());
    touch.close();

    Workload workload(uri, parser.value(clientsOption), parser.value(rateOption), script, dir.path());
    Monitor monitor;
    monitor.start(uri, replica);
    Phase phases[2];
    Phase *current = nullptr;
    QObject::connect(&monitor, &Monitor::sampleAdded, [&](const Sample &s) {
        if (!current || !s.ok()) return;
        current->peakLagSeconds = qMax(current->peakLagSeconds, s.maxReplicationLagSeconds());
        ++current->samples;
    });

    auto measure = [&](Phase &phase, const QString &table, const std::function<void()> &operation) {
        // Each phase starts from a checkpoint, so neither pays for the other's dirty pages.
        exec(uri, QStringLiteral("CHECKPOINT"));
        workload.start(table);
        QElapsedTimer settle;
        settle.start();
        waitFor([&] { return settle.elapsed() > 2000; });
        current = &phase;
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer timer;
        timer.start();
        const CpuTimes cpuBefore = CpuTimes::now();
        operation();
        phase.seconds = double(timer.nsecsElapsed()) / 1e9;
        phase.cpuBusy = CpuTimes::now().busySince(cpuBefore);
        const qint64 to = QDateTime::currentMSecsSinceEpoch();
        current = nullptr;
        workload.stop();
        waitFor([&] { return !workload.running(); });
        const Workload::LogStats logged = workload.stats(from, to);
        phase.p99Ms = percentile(logged.touchLatencies, 0.99);
        phase.p50Ms = percentile(logged.touchLatencies, 0.50);
        phase.maxMs = percentile(logged.touchLatencies, 1.0);
        phase.workloadTps = double(logged.transactions) / phase.seconds;
        for (const QFileInfo &log : QDir(dir.path()).entryInfoList({QStringLiteral("pgbench_log.*")}, QDir::Files))
            QFile::remove(log.filePath());
    };

    say(QStringLiteral("Phase 1: one UPDATE of big_single under the workload..."));
    measure(phases[0], QStringLiteral("big_single"), [&] {
        // On a thread, so the monitor keeps sampling on this one.
        std::atomic<bool> done{false};
        std::thread worker([&] {
            try {
                exec(uri, QStringLiteral("UPDATE big_single SET status_v2 = upper(status)"));
            } catch (const std::exception &e) {
                std::fprintf(stderr, "UPDATE failed: %s\n", e.what());
            }
            done = true;
        });
        waitFor([&] { return done.load(); });
        worker.join();
    });

    // The single UPDATE's dead rows: vacuumed now, or autovacuum would clean
    // them up during the backfill and count against it.
    exec(uri, QStringLiteral("VACUUM big_single"));

    say(QStringLiteral("Phase 2: backfill of big_batched under the workload..."));
    BackfillSpec spec;
    spec.name = QStringLiteral("bench");
    spec.table = QStringLiteral("public.big_batched");
    spec.set = QStringLiteral("status_v2 = upper(status)");
    spec.predicate = QStringLiteral("status_v2 IS NULL");
    spec.targetBatchMs = qMax(1, parser.value(targetOption).toInt());
    spec.initialBatchSize = 5000;
    spec.maxBatchSize = 200000;
    BackfillRunner runner;
    QObject::connect(&monitor, &Monitor::decided, &runner, &BackfillRunner::applyDecision);
    QObject::connect(&runner, &BackfillRunner::eventAdded, &runner,
                     [](const BackfillEvent &e) { say(QStringLiteral("  [%1] %2").arg(BackfillEvent::sourceName(e.source), e.message)); });
    BackfillResult result;
    measure(phases[1], QStringLiteral("big_batched"), [&] {
        BackfillOptions options;
        options.restart = true;
        runner.start(uri, spec, options);
        waitFor([&] { return !runner.isRunning(); });
        result = runner.result();
    });
    monitor.stop();

    const double single = double(rows) / phases[0].seconds;
    const double batched = double(result.rowsThisRun) / phases[1].seconds;
    say(QString());
    const int rate = parser.value(rateOption).toInt();
    const int clients = parser.value(clientsOption).toInt();
    const QString workloadText = clients <= 0 ? QStringLiteral("no workload")
        : rate > 0 ? QStringLiteral("pgbench clients %1 at %2 tx/s").arg(clients).arg(rate)
                   : QStringLiteral("pgbench clients %1 as fast as they can").arg(clients);
    say(QStringLiteral("Rows: %1, %2, target batch %3 ms").arg(rows).arg(workloadText).arg(spec.targetBatchMs));
    const auto latencies = [](const Phase &phase) {
        return QStringLiteral("p50/p99/max single-row update %1 / %2 / %3 ms")
            .arg(phase.p50Ms, 0, 'f', 2)
            .arg(phase.p99Ms, 0, 'f', 2)
            .arg(phase.maxMs, 0, 'f', 0);
    };
    say(QStringLiteral("Single UPDATE:   %1 s (%2 rows/s), workload %3 tx/s, %4, peak lag %5 s, CPU %6% busy")
            .arg(phases[0].seconds, 0, 'f', 2)
            .arg(single, 0, 'f', 0)
            .arg(phases[0].workloadTps, 0, 'f', 0)
            .arg(latencies(phases[0]))
            .arg(phases[0].peakLagSeconds, 0, 'f', 2)
            .arg(phases[0].cpuBusy * 100, 0, 'f', 0));
    say(QStringLiteral("Backfill (%1):  %2 s (%3 rows/s, %4 batches), workload %5 tx/s, %6, peak lag %7 s, CPU %8% busy")
            .arg(backfillStateName(result.state))
            .arg(phases[1].seconds, 0, 'f', 2)
            .arg(batched, 0, 'f', 0)
            .arg(result.batches)
            .arg(phases[1].workloadTps, 0, 'f', 0)
            .arg(latencies(phases[1]))
            .arg(phases[1].peakLagSeconds, 0, 'f', 2)
            .arg(phases[1].cpuBusy * 100, 0, 'f', 0));
    say(QStringLiteral("Throughput ratio backfill / single UPDATE: %1 (goal >= 0.8)").arg(batched / single, 0, 'f', 2));
    say(QStringLiteral("Workload p99 lock wait during the backfill: <= %1 ms (goal < 50 ms)").arg(phases[1].p99Ms, 0, 'f', 1));
    // The single UPDATE holds every row it changed until it commits: the
    // workload's writes to that table queue behind it and leave it the CPU,
    // which the backfill shares with a workload that keeps running.
    say(QStringLiteral("Workload throughput during the backfill / during the single UPDATE: %1")
            .arg(phases[0].workloadTps > 0 ? phases[1].workloadTps / phases[0].workloadTps : 0, 0, 'f', 2));
    return result.state == BackfillState::Done ? 0 : 1;
}
