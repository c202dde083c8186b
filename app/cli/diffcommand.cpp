#include "diffcommand.h"

#include "command.h"

#include "catalog/introspector.h"
#include "catalog/snapshot.h"
#include "db/profilestore.h"
#include "db/session.h"
#include "diff/planjson.h"
#include "diff/planrehearsal.h"
#include "diff/planner.h"
#include "diff/schemadiff.h"
#include "util/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QTextStream>

#include <atomic>
#include <thread>
#include <optional>

namespace slipway::cli {

namespace {

using catalog::Introspector;
using catalog::IntrospectOptions;
using catalog::SchemaModel;
using catalog::Snapshot;

struct DiffCommand {
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString usageHint()
{
    return DiffCommand::tr("Run \"slipway-cli diff --help\" for usage.");
}

QString usage()
{
    return DiffCommand::tr(
        "Usage: slipway-cli diff <from> <to> [--format sql|json] [--down] [--exit-code]\n"
        "                        [--schema S]... [--exclude-schema S]...\n"
        "                        [--ignore-owners] [--ignore-privileges] [--ignore-comments]\n"
        "                        [--rehearse <scratch-conn>]\n"
        "\n"
        "Compares two schemas and prints the plan that turns <from> into <to>: statements\n"
        "in dependency order taking the gentlest locks (CONCURRENTLY, NOT VALID then\n"
        "VALIDATE, ...), each with its hazards, then queries that verify the result.\n"
        "\n"
        "<from> and <to> are each a snapshot file (slipway-cli snapshot -o FILE.json),\n"
        "a saved profile name, a libpq URI (postgresql://...) or a key=value conninfo.\n"
        "\n"
        "Options:\n"
        "  --format sql|json       output format (default sql)\n"
        "  --down                  print the reverse plan (from <to> back to <from>)\n"
        "  --exit-code             exit with 2 when the schemas differ, 0 when not\n"
        "  --schema S              compare only schema S (repeatable)\n"
        "  --exclude-schema S      leave out schema S (repeatable)\n"
        "  --ignore-owners         do not compare owners\n"
        "  --ignore-privileges     do not compare grants\n"
        "  --ignore-comments       do not compare comments\n"
        "  --lock-timeout MS       lock_timeout set before each statement (default 3000)\n"
        "  --statement-timeout MS  statement_timeout before each statement (default 0:\n"
        "                          none; index builds and validations always get 0)\n"
        "  --rehearse CONN         check the plan before printing it: create a throw-away\n"
        "                          database on the CONN server (its role needs CREATEDB),\n"
        "                          load <from> into it, run the up plan statement by\n"
        "                          statement, re-diff against <to> (must be empty), run the\n"
        "                          down plan, re-diff against <from>; the database is\n"
        "                          dropped again. The verdict goes to stderr (\"rehearsal\"\n"
        "                          in JSON); exit code 1 when it is not clean.\n");
}

template<typename T>
bool await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &QCoreApplication::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) QCoreApplication::exec();
    return future.isFinished();
}

bool isSnapshotFile(const QString &side)
{
    const QFileInfo info(side);
    return info.isFile() || side.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

// A snapshot file or a database read through its catalog; nullopt after
// printing why.
std::optional<SchemaModel> loadSide(const QString &side, const IntrospectOptions &options,
                                    ProfileStore &store)
{
    if (isSnapshotFile(side)) {
        QString error;
        auto model = Snapshot::load(side, &error);
        if (!model) printErr(error);
        return model;
    }
    DbError error;
    const auto profile = store.resolve(side, &error);
    const QString conninfo = profile ? profile->conninfo(QString(), &error) : QString();
    if (error.isError() || !profile) {
        printErr(error.toText());
        return std::nullopt;
    }
    Session session;
    const auto opened = session.open(conninfo);
    if (!await(opened)) {
        session.cancel();
        printErr(DiffCommand::tr("Interrupted."));
        return std::nullopt;
    }
    if (!opened.result().ok()) {
        printErr(opened.result().error.toText());
        return std::nullopt;
    }
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    const auto read = session.run<SchemaModel>([options, cancelled](pqxx::connection_base &conn) {
        return Introspector::read(conn, options, {}, cancelled.get());
    });
    if (!await(read)) {
        cancelled->store(true);
        session.cancel();
        printErr(DiffCommand::tr("Interrupted."));
        return std::nullopt;
    }
    const DbResult<SchemaModel> result = read.result();
    if (!result.ok()) {
        printErr(result.error.toText());
        return std::nullopt;
    }
    return result.value;
}

// Resolves a profile name, URI or conninfo; empty after printing why.
QString resolveConninfo(ProfileStore &store, const QString &side)
{
    DbError error;
    const auto profile = store.resolve(side, &error);
    const QString conninfo = profile ? profile->conninfo(QString(), &error) : QString();
    if (error.isError() || !profile) {
        printErr(error.toText());
        return {};
    }
    return conninfo;
}

// Runs the rehearsal on a worker thread; Ctrl+C cancels it (the scratch
// database is still dropped).
diff::RehearsalReport rehearse(const diff::RehearsalOptions &options, const SchemaModel &from,
                               const SchemaModel &to, const diff::Plan &up, const diff::Plan &down)
{
    diff::PlanRehearsal rehearsal(options);
    diff::RehearsalReport report;
    std::thread worker([&] {
        report = rehearsal.run(from, to, up, down);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    if (ShutdownSignals::received()) {
        printErr(DiffCommand::tr("Interrupted: cancelling and dropping the scratch database..."));
        rehearsal.cancel();
    }
    worker.join();
    return report;
}

} // namespace

int runDiffCommand(const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                    QStringLiteral("sql"));
    const QCommandLineOption down(QStringLiteral("down"));
    const QCommandLineOption exitCode(QStringLiteral("exit-code"));
    const QCommandLineOption schema(QStringLiteral("schema"), QString(), QStringLiteral("S"));
    const QCommandLineOption exclude(QStringLiteral("exclude-schema"), QString(), QStringLiteral("S"));
    const QCommandLineOption ignoreOwners(QStringLiteral("ignore-owners"));
    const QCommandLineOption ignorePrivileges(QStringLiteral("ignore-privileges"));
    const QCommandLineOption ignoreComments(QStringLiteral("ignore-comments"));
    const QCommandLineOption lockTimeout(QStringLiteral("lock-timeout"), QString(), QStringLiteral("MS"));
    const QCommandLineOption statementTimeout(QStringLiteral("statement-timeout"), QString(),
                                              QStringLiteral("MS"));
    const QCommandLineOption rehearseOption(QStringLiteral("rehearse"), QString(),
                                            QStringLiteral("CONN"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({format, down, exitCode, schema, exclude, ignoreOwners, ignorePrivileges,
                       ignoreComments, lockTimeout, statementTimeout, rehearseOption, help});
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + arguments.mid(1))) {
        printErr(parser.errorText() + QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString outputFormat = parser.value(format);
    if (positional.size() != 2) {
        printErr((positional.size() < 2 ? DiffCommand::tr("Expected <from> and <to>.")
                                        : DiffCommand::tr("Unexpected argument: %1")
                                              .arg(positional.mid(2).join(u' '))) +
                 QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    if (outputFormat != QLatin1String("sql") && outputFormat != QLatin1String("json")) {
        printErr(DiffCommand::tr("Unknown format \"%1\" (sql or json).").arg(outputFormat) +
                 QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    diff::PlanOptions planOptions;
    bool ok = true;
    if (parser.isSet(lockTimeout)) planOptions.lockTimeoutMs = parser.value(lockTimeout).toInt(&ok);
    bool ok2 = true;
    if (parser.isSet(statementTimeout))
        planOptions.statementTimeoutMs = parser.value(statementTimeout).toInt(&ok2);
    if (!ok || !ok2 || planOptions.lockTimeoutMs < 0 || planOptions.statementTimeoutMs < 0) {
        printErr(DiffCommand::tr("Timeouts are whole milliseconds.") + QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }

    diff::DiffOptions options;
    options.includeSchemas = parser.values(schema);
    options.excludeSchemas = parser.values(exclude);
    options.ignoreOwners = parser.isSet(ignoreOwners);
    options.ignorePrivileges = parser.isSet(ignorePrivileges);
    options.ignoreComments = parser.isSet(ignoreComments);
    IntrospectOptions introspect;
    introspect.includeSchemas = options.includeSchemas;
    introspect.excludeSchemas = options.excludeSchemas;
    introspect.exactSizes = false;

    QString signalError;
    if (!ShutdownSignals::install(&signalError)) printErr(signalError);
    ProfileStore store;
    QString storeError;
    const bool needStore = !isSnapshotFile(positional.at(0)) || !isSnapshotFile(positional.at(1)) ||
                           parser.isSet(rehearseOption);
    if (needStore && !store.load(&storeError)) printErr(storeError);

    const auto from = loadSide(positional.at(0), introspect, store);
    if (!from) return ExitFailure;
    const auto to = loadSide(positional.at(1), introspect, store);
    if (!to) return ExitFailure;

    // The plan runs on the database that is <from> (or <to> for --down).
    const SchemaModel &target = parser.isSet(down) ? *to : *from;
    if (target.serverVersionNumber > 0) planOptions.serverVersion = target.serverVersionNumber;
    const diff::Plan plan = parser.isSet(down)
                                ? diff::Planner::downPlan(*from, *to, options, planOptions)
                                : diff::Planner::plan(*from, *to, options, planOptions);

    std::optional<diff::RehearsalReport> rehearsal;
    if (parser.isSet(rehearseOption)) {
        diff::RehearsalOptions rehearsalOptions;
        rehearsalOptions.diff = options;
        rehearsalOptions.scratchConninfo = resolveConninfo(store, parser.value(rehearseOption));
        if (rehearsalOptions.scratchConninfo.isEmpty()) return ExitFailure;
        diff::PlanOptions upOptions = planOptions;
        if (from->serverVersionNumber > 0) upOptions.serverVersion = from->serverVersionNumber;
        diff::PlanOptions downOptions = planOptions;
        if (to->serverVersionNumber > 0) downOptions.serverVersion = to->serverVersionNumber;
        const diff::Plan up = diff::Planner::plan(*from, *to, options, upOptions);
        const diff::Plan back = diff::Planner::downPlan(*from, *to, options, downOptions);
        rehearsal = rehearse(rehearsalOptions, *from, *to, up, back);
        if (outputFormat != QLatin1String("json")) printErr(rehearsal->toText());
    }

    QTextStream out(stdout);
    if (outputFormat == QLatin1String("json")) {
        QJsonObject root = diff::PlanJson::toJson(plan);
        if (rehearsal) root.insert(QStringLiteral("rehearsal"), diff::PlanJson::rehearsalToJson(*rehearsal));
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (plan.changes.isEmpty())
        out << DiffCommand::tr("-- No differences.") << '\n';
    else
        out << plan.toSql();
    out.flush();
    if (rehearsal && !rehearsal->isClean()) return ExitFailure;
    if (parser.isSet(exitCode) && !plan.changes.isEmpty()) return ExitDifferences;
    return ExitOk;
}

} // namespace slipway::cli
