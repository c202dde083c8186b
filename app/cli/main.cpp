// slipway-cli: headless Slipway for scripts and CI. `slipway-cli <command> ...`
// dispatches to one function per command, each in its own <command>command.cpp.

#include "backfillcommand.h"
#include "command.h"
#include "diffcommand.h"
#include "driftcommand.h"
#include "journalcommand.h"
#include "lintcommand.h"
#include "migratecommand.h"
#include "monitorcommand.h"
#include "plancommand.h"
#include "sandboxcommand.h"
#include "snapshotcommand.h"
#include "statuscommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

using namespace slipway::cli;

struct Command {
    const char *name;
    const char *summary; // translated when shown
    int (*run)(const QStringList &arguments);
};

// Adding a command: write <name>command.h/.cpp and add one line here.
const Command kCommands[] = {
    {"sandbox",
     QT_TRANSLATE_NOOP("Cli", "Start, inspect or stop a private PostgreSQL primary and "
                              "replica"),
     runSandboxCommand},
    {"lint", QT_TRANSLATE_NOOP("Cli", "Check migration files for risky statements (for CI)"), runLintCommand},
    {"snapshot", QT_TRANSLATE_NOOP("Cli", "Write a database's schema to a JSON snapshot"), runSnapshotCommand},
    {"monitor", QT_TRANSLATE_NOOP("Cli", "Print lock waits, replication lag, progress and TPS once a second"), runMonitorCommand},
    {"diff", QT_TRANSLATE_NOOP("Cli", "Compare two schemas and print a lock-safe plan from one to the other"), runDiffCommand},
    {"backfill", QT_TRANSLATE_NOOP("Cli", "Run a batched backfill with checkpoints, throttled by lag and lock waits"), runBackfillCommand},
    {"status", QT_TRANSLATE_NOOP("Cli", "Show which migrations of a folder are applied, pending or changed"), runStatusCommand},
    {"migrate", QT_TRANSLATE_NOOP("Cli", "Run pending migrations (or a dry run, or a rollback) safely, journaled"), runMigrateCommand},
    {"drift", QT_TRANSLATE_NOOP("Cli", "Compare a database with what its migrations folder says it should be"), runDriftCommand},
    {"plan", QT_TRANSLATE_NOOP("Cli", "Write a migration plan and runbook (risk, locks, rollback) for a SQL file"), runPlanCommand},
    {"journal", QT_TRANSLATE_NOOP("Cli", "Print Slipway's journal of a database as the JSON migration log"), runJournalCommand},
};

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printHelp(QTextStream &out)
{
    out << Cli::tr("Usage: slipway-cli <command> [options]") << "\n\n"
        << Cli::tr("Commands:") << '\n';
    for (const Command &command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
            << Cli::tr(command.summary) << '\n';
    out << '\n'
        << Cli::tr("Options:") << '\n'
        << "  --help       " << Cli::tr("Show this help") << '\n'
        << "  --version    " << Cli::tr("Show the version") << "\n\n"
        << Cli::tr("Run \"slipway-cli <command> --help\" for the options of a command.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // A Gui application only for `plan --format pdf` (text layout needs fonts).
    const std::unique_ptr<QCoreApplication> app = createCliApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slipway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printHelp(out);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "slipway-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const Command &command : kCommands) {
        if (first == QLatin1String(command.name)) {
            out.flush();
            return command.run(arguments.mid(1));
        }
    }
    err << Cli::tr("Unknown command \"%1\". Run \"slipway-cli --help\" for the list of commands.")
               .arg(first)
        << '\n';
    return ExitUsage;
}
