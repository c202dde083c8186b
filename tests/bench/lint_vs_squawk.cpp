// Benchmark: `slipway-cli lint` against squawk on the same migration corpus,
// and the re-lint time per keystroke in an editor-sized file. Prints numbers
// and ratios against the anchors (no slower than squawk whole-file; under
// 10 ms per keystroke). Not a ctest test.
//
//   lint_vs_squawk [--files N] [--statements N] [--runs N] [--keep DIR]
//   --keep DIR writes the corpus to DIR and keeps it (to compare outputs).
//   SQUAWK=/path/to/squawk to choose squawk (else /tmp/squawk's, else npx).
#include "lint/lintengine.h"
#include "sql/sqlscript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>
#include <time.h>

using namespace slipway;

namespace {

QTextStream out(stdout);

// One of a few dozen kinds of migration statements, varied by n.
QString statement(int n, QRandomGenerator &random)
{
    const QString t = QStringLiteral("table_%1").arg(n % 97);
    const QString c = QStringLiteral("col_%1").arg(n);
    switch (random.bounded(22)) {
    case 0: return QStringLiteral("CREATE TABLE %1_%2 (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    name text NOT NULL,\n    created_at timestamptz NOT NULL DEFAULT now()\n);").arg(t).arg(n);
    case 1: return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 text;").arg(t, c);
    case 2: return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 integer NOT NULL DEFAULT 0;").arg(t, c);
    case 3: return QStringLiteral("CREATE INDEX %1_%2_idx ON %1 (%2);").arg(t, c);
    case 4: return QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1_%2_idx ON %1 (%2, id);").arg(t, c);
    case 5: return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_%2_fk FOREIGN KEY (%2) REFERENCES users (id) NOT VALID;").arg(t, c);
    case 6: return QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %1_%2_fk;").arg(t, c);
    case 7: return QStringLiteral("UPDATE %1 SET %2 = lower(%2) WHERE id BETWEEN %3 AND %4;").arg(t, c).arg(n * 1000).arg(n * 1000 + 999);
    case 8: return QStringLiteral("SET lock_timeout = '3s';");
    case 9: return QStringLiteral("SET statement_timeout = '5min';");
    case 10: return QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1_old_idx;").arg(t);
    case 11: return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE varchar(255);").arg(t, c);
    case 12: return QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %2_new;").arg(t, c);
    case 13: return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_%2_check CHECK (%2 IS NOT NULL) NOT VALID;").arg(t, c);
    case 14: return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;").arg(t, c);
    case 15: return QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY %1_%2_key ON %1 (%2);").arg(t, c);
    case 16: return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 jsonb DEFAULT '{}'::jsonb;").arg(t, c);
    case 17: return QStringLiteral("-- backfill in batches\nINSERT INTO %1_archive (id, name)\nSELECT id, name FROM %1 WHERE created_at < now() - interval '1 year' LIMIT 10000;").arg(t);
    case 18: return QStringLiteral("CREATE OR REPLACE VIEW %1_recent AS\n    SELECT id, name FROM %1 WHERE created_at > now() - interval '7 days';").arg(t);
    case 19: return QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2_legacy;").arg(t, c);
    case 20: return QStringLiteral("COMMENT ON COLUMN %1.%2 IS 'set by the billing service';").arg(t, c);
    default: return QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE %2 IS NULL LIMIT 5000);").arg(t, c);
    }
}

QString migration(int statements, int seed)
{
    QRandomGenerator random{quint32(seed)};
    QString text;
    for (int i = 0; i < statements; ++i)
        text += statement(seed * 1000 + i, random) + QStringLiteral("\n\n");
    return text;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// CPU time (user + system) of this thread, and of the finished children, in ms.
// On a busy machine wall time mostly measures the queue for a core; CPU time
// is what the work costs, so the bench prints both.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Timing {
    double wallMs = -1;
    double cpuMs = -1;
};

// Wall time of one process run in ms; -1 when it could not run.
double timeProcess(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(600000))
        return -1;
    if (exitCode)
        *exitCode = process.exitCode();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Best wall time and best CPU time (the process and its children) of `runs` runs.
Timing bestOf(int runs, const QString &program, const QStringList &arguments)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        const double cpuBefore = childrenCpuMs();
        const double ms = timeProcess(program, arguments);
        if (ms < 0)
            return {};
        const double cpu = childrenCpuMs() - cpuBefore;
        best.wallMs = best.wallMs < 0 ? ms : std::min(best.wallMs, ms);
        best.cpuMs = best.cpuMs < 0 ? cpu : std::min(best.cpuMs, cpu);
    }
    return best;
}

// squawk's command: $SQUAWK, /tmp/squawk's install, or npx.
QStringList squawkCommand()
{
    const QString env = qEnvironmentVariable("SQUAWK");
    if (!env.isEmpty())
        return {env};
    const QString local = QStringLiteral("/tmp/squawk/node_modules/.bin/squawk");
    if (QFileInfo(local).isExecutable())
        return {local};
    const QString npx = QStandardPaths::findExecutable(QStringLiteral("npx"));
    if (!npx.isEmpty())
        return {npx, QStringLiteral("--prefix"), QStringLiteral("/tmp/squawk"), QStringLiteral("squawk")};
    return {};
}

void wholeFiles(int files, int statements, int runs, const QString &keep)
{
    QTemporaryDir temporary;
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    QStringList paths;
    qint64 bytes = 0;
    for (int f = 0; f < files; ++f) {
        const QString path = dir.filePath(QStringLiteral("V%1__migration.sql").arg(f + 1, 4, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return;
        const QByteArray text = migration(statements, f + 1).toUtf8();
        bytes += text.size();
        file.write(text);
        paths << path;
    }
    out << QStringLiteral("Corpus: %1 files x %2 statements (%3 KB) in %4\n")
               .arg(files).arg(statements).arg(bytes / 1024).arg(dir.path());

    // In-process: read, parse and lint every file with a cold cache (as the
    // CLI does: no parse cache, so later runs do not reuse the first's trees).
    SqlScript::setParseCacheEnabled(false);
    std::vector<double> inProcess;
    std::vector<double> inProcessCpu;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        LintEngine engine;
        qsizetype findings = 0;
        for (const QString &path : paths) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            findings += engine.lint(SqlScript::parse(QString::fromUtf8(file.readAll()))).size();
        }
        inProcess.push_back(double(timer.nsecsElapsed()) / 1e6);
        inProcessCpu.push_back(threadCpuMs() - cpuStart);
        if (r == 0)
            out << QStringLiteral("  findings: %1\n").arg(findings);
    }
    SqlScript::setParseCacheEnabled(true); // the editor's setting, for the keystroke part
    const double engineMs = *std::min_element(inProcess.begin(), inProcess.end());
    const double engineCpuMs = *std::min_element(inProcessCpu.begin(), inProcessCpu.end());
    out << QStringLiteral("  slipway engine in-process: %1 ms, CPU %2 ms (best of %3)\n")
               .arg(engineMs, 0, 'f', 1).arg(engineCpuMs, 0, 'f', 1).arg(runs);

    const QString cli = QStringLiteral(SLIPWAY_CLI_PATH);
    const Timing cliTime = bestOf(runs, cli, QStringList{QStringLiteral("lint"), QStringLiteral("--reporter"), QStringLiteral("json")} + paths);
    const double cliMs = cliTime.wallMs;
    out << QStringLiteral("  slipway-cli lint:          %1 ms, CPU %2 ms (best of %3)\n")
               .arg(cliMs, 0, 'f', 1).arg(cliTime.cpuMs, 0, 'f', 1).arg(runs);

    const QStringList squawk = squawkCommand();
    if (squawk.isEmpty()) {
        out << QStringLiteral("  squawk: not found (set SQUAWK, or npm install squawk-cli in /tmp/squawk); skipped\n");
        return;
    }
    const Timing squawkTime = bestOf(runs, squawk.first(),
                                     squawk.mid(1) + QStringList{QStringLiteral("--reporter"), QStringLiteral("json")} + paths);
    const double squawkMs = squawkTime.wallMs;
    if (squawkMs < 0) {
        out << QStringLiteral("  squawk: could not run %1; skipped\n").arg(squawk.join(QLatin1Char(' ')));
        return;
    }
    out << QStringLiteral("  squawk --reporter json:    %1 ms, CPU %2 ms (best of %3)\n")
               .arg(squawkMs, 0, 'f', 1).arg(squawkTime.cpuMs, 0, 'f', 1).arg(runs);
    out << QStringLiteral("  ratio slipway-cli / squawk: %1 (goal <= 1.00: %2)\n")
               .arg(cliMs / squawkMs, 0, 'f', 2)
               .arg(cliMs <= squawkMs ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out << QStringLiteral("  ratio engine / squawk:      %1\n").arg(engineMs / squawkMs, 0, 'f', 2);
    out << QStringLiteral("  CPU ratios (less noisy on a busy machine): slipway-cli / squawk %1, engine / squawk %2\n")
               .arg(cliTime.cpuMs / squawkTime.cpuMs, 0, 'f', 2)
               .arg(engineCpuMs / squawkTime.cpuMs, 0, 'f', 2);
}

void keystrokes(int lines, int edits)
{
    // ~2,000 lines: statements of 1-5 lines with blank lines between.
    QRandomGenerator random(42);
    QString text;
    int n = 0;
    while (text.count(QLatin1Char('\n')) < lines)
        text += statement(n++, random) + QStringLiteral("\n\n");
    LintEngine engine;
    engine.lint(SqlScript::parse(text)); // the file as opened: everything checked once

    std::vector<double> parseMs;
    std::vector<double> totalMs;
    std::vector<double> cpuMs;
    std::vector<double> checked;
    QRandomGenerator where(7);
    for (int i = 0; i < edits; ++i) {
        // Type one character somewhere, then (next keystroke) delete it again.
        const int position = int(where.bounded(text.size()));
        for (bool insert : {true, false}) {
            if (insert)
                text.insert(position, QLatin1Char('x'));
            else
                text.remove(position, 1);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            const SqlScript script = SqlScript::parse(text);
            const qint64 parsed = timer.nsecsElapsed();
            engine.lint(script);
            const qint64 total = timer.nsecsElapsed();
            cpuMs.push_back(threadCpuMs() - cpuStart);
            parseMs.push_back(double(parsed) / 1e6);
            totalMs.push_back(double(total) / 1e6);
            checked.push_back(engine.lastCheckedCount());
        }
    }
    const double medianMs = median(totalMs);
    out << QStringLiteral("Keystroke re-lint on a %1-line file (%2 statements), %3 keystrokes:\n")
               .arg(text.count(QLatin1Char('\n')))
               .arg(n)
               .arg(totalMs.size());
    out << QStringLiteral("  parse:            median %1 ms\n").arg(median(parseMs), 0, 'f', 2);
    out << QStringLiteral("  parse + lint:     median %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(medianMs, 0, 'f', 2)
               .arg(percentile(totalMs, 0.95), 0, 'f', 2)
               .arg(*std::max_element(totalMs.begin(), totalMs.end()), 0, 'f', 2);
    out << QStringLiteral("  parse + lint CPU: median %1 ms\n").arg(median(cpuMs), 0, 'f', 2);
    out << QStringLiteral("  statements re-checked per keystroke: median %1\n").arg(median(checked), 0, 'f', 0);
    out << QStringLiteral("  ratio to the 10 ms goal: %1 (%2)\n")
               .arg(medianMs / 10.0, 0, 'f', 2)
               .arg(medianMs < 10.0 ? QStringLiteral("met") : QStringLiteral("NOT met"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption files(QStringLiteral("files"), QStringLiteral("migration files"), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption statements(QStringLiteral("statements"), QStringLiteral("statements per file"), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("timed runs (best is kept)"), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("write the corpus to DIR and keep it"), QStringLiteral("DIR"));
    parser.addOptions({files, statements, runs, keep});
    parser.addHelpOption();
    parser.process(app);
    wholeFiles(parser.value(files).toInt(), parser.value(statements).toInt(), std::max(1, parser.value(runs).toInt()),
               parser.value(keep));
    out.flush();
    keystrokes(2000, 100);
    return 0;
}
