#include "migratecommand.h"

#include "abortwatch.h"
#include "command.h"
#include "connectionargument.h"

#include "db/dberror.h"
#include "db/pgconnection.h"
#include "migrations/migrationsource.h"
#include "plan/migrationplan.h"
#include "plan/planexecution.h"
#include "run/migrationexecutor.h"
#include "run/pendingmigrations.h"
#include "run/productionguard.h"
#include "util/shutdownsignals.h"
#include "plan/runlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTime>
#include <QTextStream>

#include <pqxx/pqxx>

#include <optional>
#include <thread>

namespace slipway::cli {

namespace {

using namespace slipway::migrations;
using namespace slipway::run;

struct MigrateCommand {
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString usageHint()
{
    return MigrateCommand::tr("Run \"slipway-cli migrate --help\" for usage.");
}

QString usage()
{
    return MigrateCommand::tr(
        "Usage: slipway-cli migrate <conn> --dir FOLDER [--format F] [--dry-run | --dry-run-each]\n"
        "                           [--to VERSION]\n"
        "                           [--rollback VERSION] [--lock-timeout 3s] [--statement-timeout 0]\n"
        "                           [--retries 5] [--wait-for-lock SECONDS] [--backup]\n"
        "                           [--yes-production DBNAME] [--json]\n"
        "\n"
        "Runs the pending migrations of a folder, in order, each in its own transaction\n"
        "(statements that cannot run in one, such as CREATE INDEX CONCURRENTLY, run alone with\n"
        "a note). Before each statement lock_timeout and statement_timeout are set; a statement\n"
        "that times out waiting for a lock is retried with backoff, so application queries never\n"
        "queue behind it for longer than the lock timeout. Only one runner per database: a\n"
        "second one reports who holds the lock. Every migration is recorded in slipway.journal.\n"
        "Progress goes to stderr; a summary to stdout.\n"
        "\n"
        "Options:\n"
        "  --dir FOLDER            the migrations folder\n"
        "  --plan PLAN.json        run a saved plan (e.g. from an expand/contract wizard) step by\n"
        "                          step: SQL through the executor, backfills through the backfill\n"
        "                          runner, each step verified and journaled. The monitor holds a\n"
        "                          backfill step's batches at --max-lag / --max-lock-wait\n"
        "  --down                  with --plan: run the steps' rollback SQL, last step first\n"
        "                          (with --plan, --dry-run runs every step in one rolled-back\n"
        "                          transaction that holds its locks to the end: rehearse on a copy)\n"
        "  --format F              flyway, golang-migrate, dbmate, sqitch, prisma or plain\n"
        "  --dry-run               run everything in one transaction that is rolled back; every\n"
        "                          lock taken is held until that final rollback\n"
        "  --dry-run-each          each migration in its own transaction, rolled back at its end\n"
        "                          (locks held one migration at a time; a migration that needs an\n"
        "                          earlier one's changes fails)\n"
        "  --to VERSION            stop after this version\n"
        "  --rollback VERSION      run the down scripts of the applied migrations from the newest\n"
        "                          down to and including VERSION\n"
        "  --lock-timeout T        per statement (default 3s; ms, s or min)\n"
        "  --statement-timeout T   per statement (default 0: none)\n"
        "  --retries N             tries of a statement that hit the lock timeout (default 5)\n"
        "  --wait-for-lock S       wait up to S seconds for another runner (default 0: give up)\n"
        "  --backup                copy tables before DROP/TRUNCATE/DELETE without WHERE\n"
        "  --yes-production DB     confirm a production connection by its database name\n"
        "  --json                  progress as JSON lines on stderr (one event per line)\n"
        "  --log-json FILE         write the run log to FILE: one JSON object per migration or plan\n"
        "                          step (migration_id, status, duration_ms, rows_affected, ...)\n")
        + AbortWatch::optionsHelp()
        + MigrateCommand::tr("\n"
                             "Exit codes: 0 done, 1 failed, 3 aborted (by the monitor's abort policy, SIGINT),\n"
                             "4 another runner holds the lock, 64 usage.\n");
}

// "3s", "200ms", "1min", "1500" (milliseconds, as PostgreSQL reads a bare number).
std::optional<int> parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|min)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double factor = unit == QLatin1String("s") ? 1000.0 : unit == QLatin1String("min") ? 60000.0 : 1.0;
    return int(value * factor);
}

QList<ExecutionItem> itemsFor(const QList<Migration> &migrations, bool down)
{
    QList<ExecutionItem> items;
    for (const Migration &m : migrations) items << (down ? ExecutionItem::down(m) : ExecutionItem::up(m));
    return items;
}

void printEventJson(const ExecutionEvent &e)
{
    QTextStream(stderr) << QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printEvent(const ExecutionEvent &e)
{
    using Kind = ExecutionEvent::Kind;
    if (e.kind == Kind::StatementStarted) return; // the finished line says it all
    const QString time = e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QString line = e.toText();
    if (e.kind == Kind::Error && !e.error.context.isEmpty())
        line += QStringLiteral("\n    ") + MigrateCommand::tr("CONTEXT: %1").arg(e.error.context);
    if (line.isEmpty()) return;
    printErr(time + u' ' + line);
}

int exitCodeFor(const ExecutionResult &result)
{
    switch (result.status) {
    case ExecutionResult::Status::Succeeded: return result.verificationFailed ? ExitFailure : ExitOk;
    case ExecutionResult::Status::Failed: return ExitFailure;
    case ExecutionResult::Status::Cancelled: return ExitAborted;
    case ExecutionResult::Status::LockHeld: return ExitLockHeld;
    }
    return ExitFailure;
}

const char *stepStatusName(plan::PlanStepOutcome::Status status)
{
    using S = plan::PlanStepOutcome::Status;
    switch (status) {
    case S::NotRun: return "not run";
    case S::Succeeded: return "done";
    case S::Failed: return "FAILED";
    case S::Cancelled: return "cancelled";
    case S::Skipped: return "skipped";
    case S::DryRunOk: return "dry run ok";
    }
    return "";
}

int exitCodeFor(const plan::PlanRunResult &result)
{
    switch (result.status) {
    case plan::PlanRunResult::Status::Succeeded: return result.verificationFailed ? ExitFailure : ExitOk;
    case plan::PlanRunResult::Status::Failed: return ExitFailure;
    case plan::PlanRunResult::Status::Cancelled: return ExitAborted;
    case plan::PlanRunResult::Status::LockHeld: return ExitLockHeld;
    }
    return ExitFailure;
}

// The --replica connection of the abort watch; empty without. False with the error printed.
bool resolveReplica(const ConnectionArguments &connections, const AbortWatch &watch,
                    const QCommandLineParser &parser, QString *conninfo)
{
    if (watch.replicaName(parser).isEmpty()) return true;
    const auto replica = connections.resolve(watch.replicaName(parser));
    if (replica) *conninfo = replica->conninfo;
    return replica.has_value();
}

// `migrate <conn> --plan file.json [--down] [--dry-run]`: options already parsed.
// The watch holds a backfill step's batches while the monitor throttles and
// stops the run at its abort thresholds.
// logJson: where the JSON run log goes (empty: nowhere).
int runPlan(const QString &path, const QString &conninfo, const QString &replicaConninfo,
            plan::PlanRunOptions options, bool json, AbortWatch &watch, const QString &logJson)
{
    QString error;
    const auto loaded = plan::MigrationPlan::load(path, &error);
    if (!loaded) {
        printErr(error);
        return ExitFailure;
    }
    QTextStream out(stdout);
    out << MigrateCommand::tr("Plan: %1 (%n step(s))", nullptr, int(loaded->steps.size())).arg(loaded->title)
        << Qt::endl;
    QString signalError;
    if (!ShutdownSignals::install(&signalError)) printErr(signalError);
    plan::PlanRunner runner(options);
    const auto print = json ? printEventJson : printEvent;
    runner.setExecutionEventSink([&watch, print](const ExecutionEvent &e) {
        if (e.kind == ExecutionEvent::Kind::Retry || e.kind == ExecutionEvent::Kind::Error)
            watch.excuseOwnRollbacks(); // the failed try rolled back
        print(e);
    });
    runner.setProgressSink([](const QString &line) {
        printErr(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + u' ' + line);
    });
    watch.setThrottling(true);
    watch.start(conninfo, replicaConninfo, options.dryRun,
                [&runner](const PolicyDecision &decision) { runner.applyDecision(decision); });
    plan::PlanRunResult result;
    const QDateTime runStartedAt = QDateTime::currentDateTimeUtc();
    std::thread worker([&] {
        result = runner.run(conninfo, *loaded);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    if (ShutdownSignals::received()) {
        printErr(MigrateCommand::tr("Interrupted: cancelling the running step..."));
        runner.cancel();
    }
    worker.join();
    watch.stop();
    if (!logJson.isEmpty()) {
        QList<ExecutionItem> items;
        const ExecutionResult asRun = plan::PlanExecution::asExecution(*loaded, result, options.down, &items);
        const QString mode = options.dryRun ? ExecutionOptions::modeName(ExecutionOptions::Mode::DryRun)
                             : options.down ? ExecutionOptions::modeName(ExecutionOptions::Mode::Rollback)
                                            : ExecutionOptions::modeName(ExecutionOptions::Mode::Run);
        QString logError;
        try {
            PgConnection conn(conninfo.toStdString());
            if (!plan::RunLog::save(logJson, plan::RunLog::collect(conn, asRun, items, mode, runStartedAt), &logError))
                printErr(logError);
        } catch (const std::exception &e) {
            printErr(MigrateCommand::tr("Cannot write the run log: %1").arg(DbError::fromException(e).toText()));
        }
    }
    for (const plan::PlanStepOutcome &o : std::as_const(result.steps)) {
        const plan::PlanStep &step = loaded->steps.at(o.step);
        QString line = QStringLiteral("%1. %2: %3").arg(o.step + 1).arg(step.title, QLatin1String(stepStatusName(o.status)));
        if (o.verified) line += u' ' + (*o.verified ? MigrateCommand::tr("(verified)") : MigrateCommand::tr("(verification FAILED)"));
        out << line << Qt::endl;
    }
    for (const InvalidIndex &i : std::as_const(result.invalidIndexes))
        printErr(MigrateCommand::tr("INVALID index %1.%2 left behind; clean up with: %3")
                     .arg(i.schema, i.name, i.cleanupSql));
    if (!result.message.isEmpty() && result.status != plan::PlanRunResult::Status::Succeeded)
        printErr(MigrateCommand::tr("Stopped: %1").arg(result.message));
    if (result.verificationFailed) printErr(MigrateCommand::tr("Verification failed."));
    return exitCodeFor(result);
}

} // namespace

int runMigrateCommand(const QStringList &arguments)
{
    const QCommandLineOption dirOption(QStringLiteral("dir"), QString(), QStringLiteral("FOLDER"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("F"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption dryRunEachOption(QStringLiteral("dry-run-each"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption rollbackOption(QStringLiteral("rollback"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption lockOption(QStringLiteral("lock-timeout"), QString(), QStringLiteral("T"));
    const QCommandLineOption statementOption(QStringLiteral("statement-timeout"), QString(), QStringLiteral("T"));
    const QCommandLineOption retriesOption(QStringLiteral("retries"), QString(), QStringLiteral("N"));
    const QCommandLineOption waitOption(QStringLiteral("wait-for-lock"), QString(), QStringLiteral("S"));
    const QCommandLineOption backupOption(QStringLiteral("backup"));
    const QCommandLineOption productionOption(QStringLiteral("yes-production"), QString(), QStringLiteral("DB"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption planOption(QStringLiteral("plan"), QString(), QStringLiteral("PLAN"));
    const QCommandLineOption downOption(QStringLiteral("down"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    const QCommandLineOption logJsonOption(QStringLiteral("log-json"), QString(), QStringLiteral("FILE"));
    parser.addOption(logJsonOption);
    parser.addOptions({dirOption, formatOption, dryRunOption, dryRunEachOption, toOption, rollbackOption, lockOption,
                       statementOption, retriesOption, waitOption, backupOption, productionOption,
                       jsonOption, planOption, downOption, help});
    parser.addOptions(AbortWatch::options());
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + arguments.mid(1))) {
        printErr(parser.errorText() + u'\n' + usageHint());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    auto usageError = [](const QString &message) {
        printErr(message + u'\n' + usageHint());
        return int(ExitUsage);
    };
    if (positional.isEmpty()) return usageError(MigrateCommand::tr("Missing <conn>."));
    if (positional.size() > 1)
        return usageError(MigrateCommand::tr("Unexpected argument: %1").arg(positional.mid(1).join(u' ')));
    const bool planMode = parser.isSet(planOption);
    if (planMode && (parser.isSet(dirOption) || parser.isSet(rollbackOption) || parser.isSet(toOption)
                     || parser.isSet(formatOption)))
        return usageError(MigrateCommand::tr("--plan cannot be combined with --dir, --format, --to or --rollback."));
    if (parser.isSet(downOption) && !planMode) return usageError(MigrateCommand::tr("--down needs --plan."));
    if (!planMode && parser.value(dirOption).isEmpty()) return usageError(MigrateCommand::tr("Missing --dir FOLDER."));
    if (parser.isSet(rollbackOption)
        && (parser.isSet(toOption) || parser.isSet(dryRunOption) || parser.isSet(dryRunEachOption)))
        return usageError(MigrateCommand::tr("--rollback cannot be combined with --to or --dry-run."));
    if (parser.isSet(dryRunOption) && parser.isSet(dryRunEachOption))
        return usageError(MigrateCommand::tr("Choose one of --dry-run and --dry-run-each."));

    AbortWatch watch;
    QString watchError;
    if (!watch.configure(parser, &watchError)) return usageError(watchError);
    if (watch.throttleThresholdsGiven(parser) && !planMode)
        return usageError(MigrateCommand::tr("--max-lag and --max-lock-wait need --plan: they throttle its backfill "
                                             "steps."));

    ExecutionOptions options;
    options.mode = parser.isSet(rollbackOption) ? ExecutionOptions::Mode::Rollback
                   : parser.isSet(dryRunOption) ? ExecutionOptions::Mode::DryRun
                   : parser.isSet(dryRunEachOption) ? ExecutionOptions::Mode::DryRunEach
                                                : ExecutionOptions::Mode::Run;
    options.backupBeforeDestructive = parser.isSet(backupOption);
    if (parser.isSet(logJsonOption)) // the journal says where the full log went
        options.runLog = QUrl::fromLocalFile(QFileInfo(parser.value(logJsonOption)).absoluteFilePath()).toString();
    for (const auto &[option, target] : {std::pair{&lockOption, &options.lockTimeoutMs},
                                         std::pair{&statementOption, &options.statementTimeoutMs}}) {
        if (!parser.isSet(*option)) continue;
        const auto ms = parseDurationMs(parser.value(*option));
        if (!ms) return usageError(MigrateCommand::tr("Not a duration: \"%1\".").arg(parser.value(*option)));
        *target = *ms;
    }
    bool numberOk = true;
    if (parser.isSet(retriesOption)) {
        options.maxAttempts = parser.value(retriesOption).toInt(&numberOk);
        if (!numberOk || options.maxAttempts < 1)
            return usageError(MigrateCommand::tr("--retries needs a number of at least 1."));
    }
    if (parser.isSet(waitOption)) {
        const double seconds = parser.value(waitOption).toDouble(&numberOk);
        if (!numberOk || seconds < 0) return usageError(MigrateCommand::tr("--wait-for-lock needs seconds."));
        options.waitForRunnerLockMs = int(seconds * 1000);
    }
    const ConnectionArguments connections;
    const auto connection = connections.resolve(positional.first());
    if (!connection) return ExitFailure;
    const QString &conninfo = connection->conninfo;
    if (planMode) {
        if (ProductionGuard::confirmationRequired(connection->profile)) {
            QString database;
            try {
                PgConnection probe(conninfo.toStdString());
                database = QString::fromUtf8(probe.dbname());
            } catch (const std::exception &e) {
                printErr(DbError::fromException(e).toText());
                return ExitFailure;
            }
            if (!ProductionGuard::confirmed(parser.value(productionOption), database)) {
                printErr(ProductionGuard::prompt(database) + u'\n'
                         + MigrateCommand::tr("Pass --yes-production %1 to confirm.").arg(database));
                return ExitFailure;
            }
        }
        QString replicaConninfo;
        if (!resolveReplica(connections, watch, parser, &replicaConninfo)) return ExitFailure;
        plan::PlanRunOptions planOptions;
        planOptions.execution = options;
        planOptions.execution.applicationName = QStringLiteral("slipway plan");
        planOptions.down = parser.isSet(downOption);
        planOptions.dryRun = parser.isSet(dryRunOption);
        return runPlan(parser.value(planOption), conninfo, replicaConninfo, planOptions, parser.isSet(jsonOption),
                       watch, parser.value(logJsonOption));
    }
    MigrationFormat format = MigrationFormat::Unknown;
    if (parser.isSet(formatOption)) {
        const auto f = MigrationSource::formatFromName(parser.value(formatOption));
        if (!f) return usageError(MigrateCommand::tr("Unknown format \"%1\".").arg(parser.value(formatOption)));
        format = *f;
    }

    const MigrationSet set = MigrationSource::load(parser.value(dirOption), format);
    for (const MigrationError &e : set.errors) printErr(e.message);
    if (!set.errors.isEmpty()) {
        printErr(MigrateCommand::tr("Not running: the folder has errors."));
        return ExitFailure;
    }

    std::unique_ptr<PgConnection> conn;
    QList<ExecutionItem> items;
    try {
        conn = std::make_unique<PgConnection>(conninfo.toStdString());
        const QString database = QString::fromUtf8(conn->dbname());
        if (ProductionGuard::confirmationRequired(connection->profile)
            && !ProductionGuard::confirmed(parser.value(productionOption), database)) {
            printErr(ProductionGuard::prompt(database) + u'\n'
                     + MigrateCommand::tr("Pass --yes-production %1 to confirm.").arg(database));
            return ExitFailure;
        }
        const AppliedState state = AppliedState::read(*conn, set);
        if (options.mode == ExecutionOptions::Mode::Rollback) {
            QString why;
            const QList<Migration> chain =
                state.rollbackChain(set.migrations, parser.value(rollbackOption), &why);
            if (chain.isEmpty()) {
                printErr(why);
                return ExitFailure;
            }
            items = itemsFor(chain, true);
        } else {
            items = itemsFor(state.pending(set.migrations, parser.value(toOption)), false);
        }
    } catch (const pqxx::broken_connection &e) {
        printErr(DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText());
        return ExitFailure;
    } catch (const std::exception &e) {
        printErr(DbError::fromException(e).toText());
        return ExitFailure;
    }
    QTextStream out(stdout);
    if (items.isEmpty()) {
        out << MigrateCommand::tr("Nothing to run: every migration is applied.") << Qt::endl;
        return ExitOk;
    }

    if (options.mode == ExecutionOptions::Mode::DryRun && items.size() > 1)
        printErr(MigrateCommand::tr("Warning: this dry run runs %n migrations in one transaction and holds every lock "
                                    "they take until the final rollback; the application waits on them meanwhile. "
                                    "On a live database use --dry-run-each.",
                                    nullptr, int(items.size())));
    QString signalError;
    if (!ShutdownSignals::install(&signalError)) printErr(signalError);
    QString replicaConninfo;
    if (!resolveReplica(connections, watch, parser, &replicaConninfo)) return ExitFailure;
    MigrationExecutor executor(options);
    const auto print = parser.isSet(jsonOption) ? printEventJson : printEvent;
    executor.setEventSink([&watch, print](const ExecutionEvent &e) {
        if (e.kind == ExecutionEvent::Kind::Retry || e.kind == ExecutionEvent::Kind::Error)
            watch.excuseOwnRollbacks(); // the failed try rolled back
        print(e);
    });
    watch.start(conninfo, replicaConninfo, options.isDryRun(), [&executor](const PolicyDecision &decision) {
        if (decision.action == PolicyDecision::Action::Abort) executor.cancel();
    });
    ExecutionResult result;
    const QDateTime runStartedAt = QDateTime::currentDateTimeUtc();
    std::thread worker([&] {
        result = executor.run(*conn, items);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    if (ShutdownSignals::received()) {
        printErr(MigrateCommand::tr("Interrupted: cancelling the running statement..."));
        executor.cancel();
    }
    worker.join();
    watch.stop();
    if (parser.isSet(logJsonOption)) {
        QString logError;
        const QJsonArray log = plan::RunLog::collect(*conn, result, items, ExecutionOptions::modeName(options.mode), runStartedAt);
        if (!plan::RunLog::save(parser.value(logJsonOption), log, &logError)) printErr(logError);
    }

    int applied = 0;
    for (const ItemOutcome &o : std::as_const(result.items))
        if (o.status == ItemOutcome::Status::Succeeded || o.status == ItemOutcome::Status::DryRunOk) ++applied;
    switch (result.status) {
    case ExecutionResult::Status::Succeeded:
        out << (options.isDryRun()
                    ? MigrateCommand::tr("Dry run: %n migration(s) ran and were rolled back.", nullptr, applied)
                : options.mode == ExecutionOptions::Mode::Rollback
                    ? MigrateCommand::tr("Rolled back %n migration(s).", nullptr, applied)
                    : MigrateCommand::tr("Applied %n migration(s).", nullptr, applied))
            << Qt::endl;
        break;
    case ExecutionResult::Status::LockHeld:
        printErr(MigrateCommand::tr("Another runner holds the migration lock: %1").arg(result.lockHolder));
        break;
    case ExecutionResult::Status::Cancelled:
        printErr(MigrateCommand::tr("Cancelled after %n migration(s).", nullptr, applied));
        break;
    case ExecutionResult::Status::Failed:
        printErr(MigrateCommand::tr("Failed after %n migration(s): %2", nullptr, applied).arg(result.error.message));
        break;
    }
    for (const InvalidIndex &i : std::as_const(result.invalidIndexes))
        printErr(MigrateCommand::tr("INVALID index %1.%2 left behind; clean up with: %3")
                     .arg(i.schema, i.name, i.cleanupSql));
    if (result.verificationFailed) printErr(MigrateCommand::tr("Verification failed."));
    return exitCodeFor(result);
}

} // namespace slipway::cli
