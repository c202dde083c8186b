#include "driftcommand.h"

#include "command.h"
#include "connectionargument.h"

#include "db/pgconnection.h"
#include "diff/planjson.h"
#include "migrations/driftcheck.h"
#include "migrations/migrationsource.h"
#include "util/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <pqxx/pqxx>

#include <algorithm>
#include <memory>
#include <optional>
#include <thread>

namespace slipway::cli {

namespace {

using migrations::DriftCheck;
using migrations::DriftOptions;
using migrations::DriftReport;

struct DriftCommand {
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

int usageError(const QString &message)
{
    printErr(message + QLatin1Char('\n') +
             DriftCommand::tr("Run \"slipway-cli drift --help\" for usage."));
    return ExitUsage;
}

QString usage()
{
    return DriftCommand::tr(
        "Usage: slipway-cli drift <conn> --dir FOLDER --scratch <conn> [--format text|sql|json]\n"
        "                         [--exit-code] [--all | --to VERSION] [--schema S]...\n"
        "                         [--exclude-schema S]... [--ignore-owners]\n"
        "                         [--ignore-privileges] [--ignore-comments]\n"
        "\n"
        "Applies the migrations of FOLDER that <conn> has applied to a throw-away database\n"
        "created on the --scratch server (dropped afterwards), compares it with <conn> and\n"
        "prints the drift: what the database has that the migrations do not explain, and\n"
        "the reverse. History tables and the slipway schema are left out.\n"
        "Text lines: \"+\" only in the database, \"-\" only in the migrations, \"~\" differs\n"
        "(what the migrations say -> what the database has).\n"
        "\n"
        "<conn> is a saved profile name, a libpq URI (postgresql://...) or a key=value\n"
        "conninfo string. The --scratch role needs CREATEDB.\n"
        "\n"
        "Options:\n"
        "  --dir FOLDER            the migrations folder\n"
        "  --scratch CONN          server for the throw-away database\n"
        "  --format text|sql|json  drifted objects (default), the plan that removes the\n"
        "                          drift, or everything as JSON\n"
        "  --migrations-format F   flyway, golang-migrate, dbmate, sqitch, prisma or plain\n"
        "                          (default: detected)\n"
        "  --exit-code             exit with 2 when there is drift\n"
        "  --all                   apply every migration of the folder, applied or not\n"
        "  --to VERSION            apply the folder's migrations up to VERSION\n"
        "  --schema S              compare only schema S (repeatable)\n"
        "  --exclude-schema S      leave out schema S (repeatable)\n"
        "  --ignore-owners         do not compare owners\n"
        "  --ignore-privileges     do not compare grants\n"
        "  --ignore-comments       do not compare comments\n"
        "\n"
        "Exit codes: 0 no drift (or drift without --exit-code), 1 could not check or a\n"
        "migration does not apply cleanly, 2 drift with --exit-code, 3 interrupted.\n");
}

// "only in the database", "only in the migrations", "differs".
QString whereKey(const diff::SchemaChange &change)
{
    switch (change.action) {
    case diff::ChangeAction::Drop: return QStringLiteral("only-in-database");
    case diff::ChangeAction::Create: return QStringLiteral("only-in-migrations");
    case diff::ChangeAction::Alter: break;
    }
    return QStringLiteral("differs");
}

// The change turns the database into what the folder says; the lines read the
// other way: "+" the database has it, "-" it lacks it, "~ ... folder -> database".
QStringList changeLines(const diff::SchemaChange &change)
{
    const QString what = diff::SchemaChange::kindName(change.kind) + QLatin1Char(' ') +
                         change.object.display();
    switch (change.action) {
    case diff::ChangeAction::Drop:
        return {QStringLiteral("+ ") + what + QLatin1Char(' ') +
                DriftCommand::tr("(only in the database)")};
    case diff::ChangeAction::Create:
        return {QStringLiteral("- ") + what + QLatin1Char(' ') +
                DriftCommand::tr("(only in the migrations)")};
    case diff::ChangeAction::Alter: break;
    }
    if (change.differences.isEmpty()) return {QStringLiteral("~ ") + what + QLatin1Char(' ') +
                                              DriftCommand::tr("(differs)")};
    QStringList lines;
    for (const diff::Difference &d : change.differences)
        lines << QStringLiteral("~ %1 %2 %3 -> %4")
                     .arg(what, d.property,
                          d.to.isEmpty() ? DriftCommand::tr("(none)") : d.to,
                          d.from.isEmpty() ? DriftCommand::tr("(none)") : d.from);
    return lines;
}

QString applyErrorText(const migrations::DriftApplyError &e)
{
    QString where = e.path;
    if (e.line > 0) where += QStringLiteral(":%1:%2").arg(e.line).arg(e.column);
    QString text = DriftCommand::tr("%1 %2 does not apply cleanly: %3: %4")
                       .arg(e.version, e.name, where, e.error.message);
    if (!e.error.detail.isEmpty()) text += QLatin1Char('\n') + e.error.detail;
    if (!e.error.hint.isEmpty()) text += QLatin1Char('\n') + e.error.hint;
    return text;
}

void printText(QTextStream &out, const DriftReport &report)
{
    if (report.applyError) {
        out << applyErrorText(*report.applyError) << '\n';
        return;
    }
    if (report.changes.isEmpty()) {
        out << DriftCommand::tr("No drift: the database matches its %n applied migration(s).",
                                nullptr, int(report.appliedVersions.size()))
            << '\n';
        return;
    }
    QList<diff::SchemaChange> sorted = report.changes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const diff::SchemaChange &a, const diff::SchemaChange &b) {
                         return int(a.kind) < int(b.kind);
                     });
    std::optional<diff::ObjectKind> group;
    for (const diff::SchemaChange &change : std::as_const(sorted)) {
        if (group && *group != change.kind) out << '\n';
        group = change.kind;
        for (const QString &line : changeLines(change)) out << line << '\n';
    }
    out << '\n'
        << DriftCommand::tr("%n drifted object(s) against %1 applied migration(s).", nullptr,
                            int(report.changes.size()))
               .arg(report.appliedVersions.size())
        << '\n';
}

QJsonObject reportJson(const DriftReport &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("status"), DriftReport::statusName(report.status));
    root.insert(QStringLiteral("directory"), QDir(report.directory).absolutePath());
    root.insert(QStringLiteral("format"), migrations::MigrationSource::formatName(report.format));
    root.insert(QStringLiteral("applied"), QJsonArray::fromStringList(report.appliedVersions));
    root.insert(QStringLiteral("scratch_database"), report.scratchDatabase);
    root.insert(QStringLiteral("scratch_dropped"), report.scratchDropped);
    root.insert(QStringLiteral("drift"), report.hasDrift());
    QJsonArray folderErrors;
    for (const migrations::MigrationError &e : report.folderErrors)
        folderErrors.append(QJsonObject{{QStringLiteral("path"), e.path},
                                        {QStringLiteral("message"), e.message}});
    root.insert(QStringLiteral("folder_errors"), folderErrors);
    if (report.applyError) {
        const migrations::DriftApplyError &e = *report.applyError;
        root.insert(QStringLiteral("apply_error"),
                    QJsonObject{{QStringLiteral("version"), e.version},
                                {QStringLiteral("name"), e.name},
                                {QStringLiteral("path"), e.path},
                                {QStringLiteral("line"), e.line},
                                {QStringLiteral("column"), e.column},
                                {QStringLiteral("message"), e.error.message},
                                {QStringLiteral("sqlstate"), e.error.sqlState},
                                {QStringLiteral("detail"), e.error.detail},
                                {QStringLiteral("hint"), e.error.hint}});
    }
    if (report.error.isError()) root.insert(QStringLiteral("error"), report.error.toText());
    QJsonArray objects;
    for (const diff::SchemaChange &change : report.changes) {
        QJsonObject o = diff::PlanJson::changeToJson(change);
        o.insert(QStringLiteral("where"), whereKey(change));
        objects.append(o);
    }
    root.insert(QStringLiteral("objects"), objects);
    root.insert(QStringLiteral("plan"), diff::PlanJson::toJson(report.plan));
    return root;
}

} // namespace

int runDriftCommand(const QStringList &arguments)
{
    const QCommandLineOption dir(QStringLiteral("dir"), QString(), QStringLiteral("FOLDER"));
    const QCommandLineOption scratch(QStringLiteral("scratch"), QString(), QStringLiteral("CONN"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption migrationsFormat(QStringLiteral("migrations-format"), QString(),
                                              QStringLiteral("F"));
    const QCommandLineOption exitCode(QStringLiteral("exit-code"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption schema(QStringLiteral("schema"), QString(), QStringLiteral("S"));
    const QCommandLineOption exclude(QStringLiteral("exclude-schema"), QString(), QStringLiteral("S"));
    const QCommandLineOption ignoreOwners(QStringLiteral("ignore-owners"));
    const QCommandLineOption ignorePrivileges(QStringLiteral("ignore-privileges"));
    const QCommandLineOption ignoreComments(QStringLiteral("ignore-comments"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({dir, scratch, format, migrationsFormat, exitCode, all, to, schema, exclude,
                       ignoreOwners, ignorePrivileges, ignoreComments, help});
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + arguments.mid(1)))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) return usageError(DriftCommand::tr("Missing <conn>."));
    if (positional.size() > 1)
        return usageError(DriftCommand::tr("Unexpected argument: %1").arg(positional.mid(1).join(u' ')));
    if (parser.value(dir).isEmpty()) return usageError(DriftCommand::tr("Missing --dir FOLDER."));
    if (parser.value(scratch).isEmpty())
        return usageError(DriftCommand::tr("Missing --scratch CONN (a server where a throw-away "
                                           "database may be created)."));
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("sql") &&
        outputFormat != QLatin1String("json"))
        return usageError(DriftCommand::tr("Unknown format \"%1\" (text, sql or json).").arg(outputFormat));
    if (parser.isSet(all) && parser.isSet(to))
        return usageError(DriftCommand::tr("--all and --to exclude each other."));
    if (!QDir(parser.value(dir)).exists())
        return usageError(DriftCommand::tr("No folder %1.").arg(parser.value(dir)));

    DriftOptions options;
    if (parser.isSet(migrationsFormat)) {
        const auto f = migrations::MigrationSource::formatFromName(parser.value(migrationsFormat));
        if (!f)
            return usageError(DriftCommand::tr("Unknown migrations format \"%1\".")
                                  .arg(parser.value(migrationsFormat)));
        options.format = *f;
    }
    if (parser.isSet(all)) options.scope = DriftOptions::Scope::All;
    if (parser.isSet(to)) {
        options.scope = DriftOptions::Scope::UpTo;
        options.upTo = parser.value(to);
    }
    options.diff.includeSchemas = parser.values(schema);
    options.diff.excludeSchemas = parser.values(exclude);
    options.diff.ignoreOwners = parser.isSet(ignoreOwners);
    options.diff.ignorePrivileges = parser.isSet(ignorePrivileges);
    options.diff.ignoreComments = parser.isSet(ignoreComments);

    const ConnectionArguments connections;
    const auto liveConnection = connections.resolve(positional.first());
    if (!liveConnection) return ExitFailure;
    const QString &liveConninfo = liveConnection->conninfo;
    const auto scratchConnection = connections.resolve(parser.value(scratch));
    if (!scratchConnection) return ExitFailure;
    options.scratchConninfo = scratchConnection->conninfo;

    std::unique_ptr<PgConnection> live;
    try {
        live = std::make_unique<PgConnection>(liveConninfo.toStdString());
    } catch (const pqxx::broken_connection &e) {
        printErr(DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText());
        return ExitFailure;
    } catch (const std::exception &e) {
        printErr(DbError::fromException(e).toText());
        return ExitFailure;
    }

    QString signalError;
    if (!ShutdownSignals::install(&signalError)) printErr(signalError);
    DriftCheck check(options);
    DriftReport report;
    std::thread worker([&] {
        report = check.run(*live, parser.value(dir));
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    if (ShutdownSignals::received()) {
        printErr(DriftCommand::tr("Interrupted: cancelling and dropping the scratch database..."));
        check.cancel();
    }
    worker.join();

    for (const migrations::MigrationError &e : std::as_const(report.folderErrors)) printErr(e.message);
    if (!report.scratchDropped && !report.scratchDatabase.isEmpty())
        printErr(DriftCommand::tr("Could not drop the scratch database %1; drop it by hand.")
                     .arg(report.scratchDatabase));
    QTextStream out(stdout);
    if (outputFormat == QLatin1String("json")) {
        out << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    } else if (report.status == DriftReport::Status::Compared) {
        if (outputFormat == QLatin1String("sql"))
            out << (report.changes.isEmpty() ? DriftCommand::tr("-- No drift.") + QLatin1Char('\n')
                                             : report.plan.toSql());
        else
            printText(out, report);
    } else if (report.status == DriftReport::Status::ApplyFailed) {
        if (outputFormat == QLatin1String("text")) printText(out, report);
        else printErr(applyErrorText(*report.applyError));
    }
    out.flush();
    switch (report.status) {
    case DriftReport::Status::Compared:
        return parser.isSet(exitCode) && report.hasDrift() ? ExitDifferences : ExitOk;
    case DriftReport::Status::ApplyFailed:
        return ExitFailure;
    case DriftReport::Status::Cancelled:
        printErr(DriftCommand::tr("Cancelled."));
        return ExitAborted;
    case DriftReport::Status::Failed:
        break;
    }
    printErr(report.error.toText());
    return ExitFailure;
}

} // namespace slipway::cli
