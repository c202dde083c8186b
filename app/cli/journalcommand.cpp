#include "journalcommand.h"

#include "command.h"
#include "connectionargument.h"

#include "db/dberror.h"
#include "migrations/journal.h"
#include "plan/runlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <pqxx/pqxx>

namespace slipway::cli {

namespace {

struct JournalCommand {
    Q_DECLARE_TR_FUNCTIONS(JournalCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString usage()
{
    return JournalCommand::tr(
        "Usage: slipway-cli journal <conn> [-o FILE]\n"
        "\n"
        "Prints Slipway's journal of a database (slipway.journal: every migration\n"
        "Slipway ran there, oldest first, with status, duration, rows, who, the SQL,\n"
        "errors with SQLSTATE and where its full run log is) as the JSON migration\n"
        "log: a list with one object per migration. Reads only; an empty list when\n"
        "Slipway never ran there.\n"
        "\n"
        "<conn> is a saved profile name, a libpq URI (postgresql://...) or a key=value\n"
        "conninfo string.\n"
        "\n"
        "Options:\n"
        "  -o, --output FILE       write the log to FILE instead of standard output\n");
}

} // namespace

int runJournalCommand(const QStringList &arguments)
{
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({output, help});
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + arguments.mid(1))) {
        printErr(parser.errorText() + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printErr((positional.isEmpty() ? JournalCommand::tr("Missing <conn>.")
                                       : JournalCommand::tr("Unexpected argument: %1").arg(positional.mid(1).join(u' ')))
                 + QLatin1Char('\n') + usage());
        return ExitUsage;
    }

    const auto connection = ConnectionArguments().resolve(positional.first());
    if (!connection)
        return ExitFailure;
    const QString &conninfo = connection->conninfo;

    QList<migrations::JournalEntry> journal;
    try {
        pqxx::connection conn(conninfo.toStdString());
        journal = migrations::Journal::read(conn);
    } catch (const pqxx::broken_connection &e) {
        printErr(DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText());
        return ExitFailure;
    } catch (const std::exception &e) {
        printErr(DbError::fromException(e).toText());
        return ExitFailure;
    }
    QJsonArray log;
    for (const migrations::JournalEntry &entry : std::as_const(journal)) {
        QJsonObject json = entry.toJson();
        QJsonArray tables;
        for (const QString &table : plan::RunLog::tablesOf(entry.sql))
            tables.append(table);
        json.insert(QStringLiteral("tables_affected"), tables);
        log.append(json);
    }
    if (parser.isSet(output)) {
        QString saveError;
        if (!plan::RunLog::save(parser.value(output), log, &saveError)) {
            printErr(saveError);
            return ExitFailure;
        }
        printErr(JournalCommand::tr("%n journal entry(s) written to %1.", nullptr, int(log.size())).arg(parser.value(output)));
    } else {
        QTextStream(stdout) << QString::fromUtf8(plan::RunLog::toBytes(log));
    }
    return ExitOk;
}

} // namespace slipway::cli
