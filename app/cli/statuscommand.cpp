#include "statuscommand.h"

#include "command.h"
#include "connectionargument.h"

#include "db/dberror.h"
#include "migrations/historyreader.h"
#include "migrations/journal.h"
#include "migrations/journaloverlay.h"
#include "migrations/migrationsource.h"
#include "migrations/migrationstatus.h"
#include "migrations/statusloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <pqxx/pqxx>

#include <optional>

namespace slipway::cli {

namespace {

using namespace slipway::migrations;

struct StatusCommand {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString usageHint()
{
    return StatusCommand::tr("Run \"slipway-cli status --help\" for usage.");
}

QString usage()
{
    return StatusCommand::tr(
        "Usage: slipway-cli status <conn> --dir FOLDER [--format F] [--history TOOL] [--json]\n"
        "                          [--fail-on-pending]\n"
        "\n"
        "Reads a migrations folder and the migration history of a database (only reads;\n"
        "nothing is created) and prints where each migration stands: applied, pending,\n"
        "missing (in the history, not in the folder), changed (checksum differs from the\n"
        "one recorded when applied), failed, dirty or out of order.\n"
        "\n"
        "<conn> is a saved profile name, a libpq URI (postgresql://...) or a key=value\n"
        "conninfo string.\n"
        "\n"
        "Options:\n"
        "  --dir FOLDER        the migrations folder\n"
        "  --format F          flyway, golang-migrate, dbmate, sqitch, prisma or plain\n"
        "                      (default: detected from the folder)\n"
        "  --history TOOL      which history table to read when there are several: flyway,\n"
        "                      liquibase, golang-migrate, dbmate, prisma, rails, django,\n"
        "                      alembic, sqitch, slipway (default: the one of the folder's tool)\n"
        "  --json              print JSON instead of a table\n"
        "  --fail-on-pending   exit 1 when anything is pending, changed, failed, dirty or out\n"
        "                      of order, or the folder has errors\n");
}

std::optional<HistoryTable> chooseTable(const QList<HistoryTable> &tables,
                                        std::optional<HistoryTool> wanted, MigrationFormat format)
{
    if (!wanted)
        return StatusLoader::chooseTable(tables, format);
    for (const HistoryTable &t : tables)
        if (t.tool == *wanted) return t;
    return std::nullopt;
}

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

int runStatusCommand(const QStringList &arguments)
{
    const QCommandLineOption dirOption(QStringLiteral("dir"), QString(), QStringLiteral("FOLDER"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("F"));
    const QCommandLineOption historyOption(QStringLiteral("history"), QString(),
                                           QStringLiteral("TOOL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption failOption(QStringLiteral("fail-on-pending"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({dirOption, formatOption, historyOption, jsonOption, failOption, help});
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + arguments.mid(1))) {
        printErr(parser.errorText() + QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || parser.value(dirOption).isEmpty()) {
        printErr((positional.isEmpty()    ? StatusCommand::tr("Missing <conn>.")
                  : positional.size() > 1 ? StatusCommand::tr("Unexpected argument: %1")
                                                .arg(positional.mid(1).join(u' '))
                                          : StatusCommand::tr("Missing --dir FOLDER.")) +
                 QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    MigrationFormat format = MigrationFormat::Unknown;
    if (parser.isSet(formatOption)) {
        const auto f = MigrationSource::formatFromName(parser.value(formatOption));
        if (!f) {
            printErr(StatusCommand::tr("Unknown format \"%1\".").arg(parser.value(formatOption)) +
                     QLatin1Char('\n') + usageHint());
            return ExitUsage;
        }
        format = *f;
    }
    std::optional<HistoryTool> wantedTool;
    if (parser.isSet(historyOption)) {
        for (int i = 0; i <= static_cast<int>(HistoryTool::Slipway); ++i) {
            const auto tool = static_cast<HistoryTool>(i);
            if (HistoryReader::toolName(tool) == parser.value(historyOption)) wantedTool = tool;
        }
        if (!wantedTool) {
            printErr(StatusCommand::tr("Unknown history tool \"%1\".")
                         .arg(parser.value(historyOption)) +
                     QLatin1Char('\n') + usageHint());
            return ExitUsage;
        }
    }

    const MigrationSet set = MigrationSource::load(parser.value(dirOption), format);
    for (const MigrationError &e : set.errors) printErr(e.message);

    const auto connection = ConnectionArguments().resolve(positional.first());
    if (!connection) return ExitFailure;
    const QString &conninfo = connection->conninfo;

    std::optional<HistoryTable> table;
    QList<AppliedMigration> history;
    try {
        pqxx::connection conn(conninfo.toStdString());
        const QList<HistoryTable> tables = HistoryReader::detect(conn);
        table = chooseTable(tables, wantedTool, set.format);
        if (wantedTool && !table) {
            printErr(StatusCommand::tr("No %1 history table in this database.")
                         .arg(HistoryReader::toolName(*wantedTool)));
            return ExitFailure;
        }
        if (table) history = HistoryReader::read(conn, *table);
        // What `slipway-cli migrate` ran for this folder is in Slipway's journal.
        if (table && table->tool != HistoryTool::Slipway && Journal::exists(conn))
            history = overlayJournal(history, Journal::read(conn));
    } catch (const pqxx::broken_connection &e) {
        printErr(DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText());
        return ExitFailure;
    } catch (const std::exception &e) {
        printErr(DbError::fromException(e).toText());
        return ExitFailure;
    }

    const QList<MigrationStatus> statuses = MigrationStatus::join(set.migrations, history);
    QMap<QString, int> counts;
    bool notClean = !set.errors.isEmpty();
    for (const MigrationStatus &s : statuses) {
        ++counts[MigrationStatus::stateName(s.state)];
        if (s.state != MigrationStatus::State::Applied && s.state != MigrationStatus::State::Missing)
            notClean = true;
    }

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonObject root;
        root.insert(QStringLiteral("format"), MigrationSource::formatName(set.format));
        root.insert(QStringLiteral("directory"), QDir(set.directory).absolutePath());
        if (table) {
            QJsonObject h;
            h.insert(QStringLiteral("tool"), HistoryReader::toolName(table->tool));
            h.insert(QStringLiteral("schema"), table->schema);
            h.insert(QStringLiteral("table"), table->table);
            root.insert(QStringLiteral("history"), h);
        } else {
            root.insert(QStringLiteral("history"), QJsonValue());
        }
        QJsonArray migrations;
        for (const MigrationStatus &s : statuses) {
            QJsonObject o;
            o.insert(QStringLiteral("version"), s.version);
            o.insert(QStringLiteral("name"), s.name);
            o.insert(QStringLiteral("state"), MigrationStatus::stateName(s.state));
            if (s.hasMigration) {
                o.insert(QStringLiteral("checksum"), s.migration.checksum);
                o.insert(QStringLiteral("path"), s.migration.upPath);
                o.insert(QStringLiteral("outside_transaction"), s.migration.mustRunOutsideTransaction);
            }
            if (s.hasApplied) {
                o.insert(QStringLiteral("applied_checksum"), s.applied.checksum);
                o.insert(QStringLiteral("applied_at"), isoOrEmpty(s.applied.appliedAt));
                o.insert(QStringLiteral("applied_by"), s.applied.appliedBy);
                if (s.applied.executionMs >= 0)
                    o.insert(QStringLiteral("execution_ms"), s.applied.executionMs);
            }
            migrations.append(o);
        }
        root.insert(QStringLiteral("migrations"), migrations);
        QJsonArray errors;
        for (const MigrationError &e : set.errors) {
            QJsonObject o;
            o.insert(QStringLiteral("path"), e.path);
            o.insert(QStringLiteral("message"), e.message);
            errors.append(o);
        }
        root.insert(QStringLiteral("errors"), errors);
        QJsonObject summary;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) summary.insert(it.key(), it.value());
        root.insert(QStringLiteral("summary"), summary);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out << StatusCommand::tr("Folder: %1 (%2)")
                   .arg(QDir::toNativeSeparators(set.directory),
                        MigrationSource::formatName(set.format))
            << '\n';
        out << (table ? StatusCommand::tr("History: %1 (%2.%3)")
                            .arg(HistoryReader::toolName(table->tool), table->schema, table->table)
                      : StatusCommand::tr("History: none found; everything is pending"))
            << "\n\n";
        int versionWidth = 7;
        int nameWidth = 4;
        for (const MigrationStatus &s : statuses) {
            versionWidth = qMax(versionWidth, int(s.version.size()));
            nameWidth = qMin(40, qMax(nameWidth, int(s.name.size())));
        }
        out << StatusCommand::tr("VERSION").leftJustified(versionWidth) << "  "
            << StatusCommand::tr("NAME").leftJustified(nameWidth) << "  "
            << StatusCommand::tr("STATE").leftJustified(22) << "  "
            << StatusCommand::tr("APPLIED AT") << '\n';
        for (const MigrationStatus &s : statuses) {
            out << s.version.leftJustified(versionWidth) << "  "
                << s.name.leftJustified(nameWidth, u' ', true) << "  "
                << s.stateText().leftJustified(22) << "  "
                << (s.hasApplied ? isoOrEmpty(s.applied.appliedAt) : QString()) << '\n';
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        out << '\n' << parts.join(QStringLiteral(", ")) << '\n';
    }
    out.flush();
    return parser.isSet(failOption) && notClean ? ExitFailure : ExitOk;
}

} // namespace slipway::cli
