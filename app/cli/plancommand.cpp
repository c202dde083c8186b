#include "plancommand.h"

#include "command.h"

#include "db/profilestore.h"
#include "plan/planbuilder.h"
#include "plan/runbookexport.h"
#include "runbookpdf.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace slipway::cli {

namespace {

struct PlanCommand {
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
};

void printErr(const QString &text) { QTextStream(stderr) << text << '\n'; }

QString usage()
{
    return PlanCommand::tr(
        "Usage: slipway-cli plan <conn|--offline> <file.sql> [options]\n"
        "\n"
        "Writes a migration plan and runbook for a SQL file: each statement's lock and\n"
        "for how long, estimated duration, risk class (low/medium/high/critical),\n"
        "pattern, rollback, backup and verification query, and the approvals needed.\n"
        "With a connection (saved profile name, libpq URI or key=value conninfo) table\n"
        "sizes and the server version come from that database; --offline judges the\n"
        "SQL alone. \"-\" reads standard input.\n"
        "\n"
        "Options:\n"
        "  --format FORMAT       md (default), html, pdf (A4, needs -o) or json (the plan file)\n"
        "  -o, --output FILE     write to FILE instead of standard output\n"
        "  --pg-version VERSION  the server the migration runs on: 11, 13.4 or 150000\n"
        "                        (default: the connected server's, else 15)\n"
        "  --title TEXT          the runbook's title\n"
        "\n"
        "Exit codes: 0 written, 1 unreadable file, no connection or write error, 64 usage.\n");
}

std::optional<int> parsePgVersion(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^(\d+)(?:\.(\d+))?$)"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int major = m.captured(1).toInt();
    if (m.captured(2).isEmpty() && major >= 10000)
        return major;
    if (major < 10 || major > 99)
        return std::nullopt;
    return major * 10000 + m.captured(2).toInt();
}

std::optional<QString> readText(const QString &path, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = PlanCommand::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

std::optional<QString> conninfoFor(const QString &connection, DbError *error)
{
    ProfileStore store;
    QString loadError;
    if (!store.load(&loadError))
        printErr(PlanCommand::tr("warning: saved connection profiles not read: %1").arg(loadError));
    const auto profile = store.resolve(connection, error);
    if (!profile)
        return std::nullopt;
    const QString conninfo = profile->conninfo(QString(), error);
    if (error->isError())
        return std::nullopt;
    return conninfo;
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        printErr(PlanCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    const QCommandLineOption offlineOption(QStringLiteral("offline"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption versionOption(QStringLiteral("pg-version"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({offlineOption, formatOption, outputOption, versionOption, titleOption, helpOption});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const bool offline = parser.isSet(offlineOption);
    if (positional.size() != (offline ? 1 : 2)) {
        printErr(PlanCommand::tr("Give a connection (or --offline) and one SQL file.") + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    const QString format = parser.value(formatOption).toLower();
    const bool pdf = format == QLatin1String("pdf");
    if (format != QLatin1String("md") && format != QLatin1String("html") && format != QLatin1String("json") && !pdf) {
        printErr(PlanCommand::tr("Unknown format \"%1\" (md, html, pdf or json).").arg(format));
        return ExitUsage;
    }
    const QString output = parser.value(outputOption);
    if (pdf && (output.isEmpty() || output == QLatin1String("-"))) {
        printErr(PlanCommand::tr("--format pdf needs -o FILE."));
        return ExitUsage;
    }
    std::optional<int> version;
    if (parser.isSet(versionOption)) {
        version = parsePgVersion(parser.value(versionOption));
        if (!version) {
            printErr(PlanCommand::tr("Cannot read --pg-version \"%1\".").arg(parser.value(versionOption)));
            return ExitUsage;
        }
    }

    const QString path = positional.last();
    QString readError;
    const auto sql = readText(path, &readError);
    if (!sql) {
        printErr(readError);
        return ExitFailure;
    }
    plan::PlanContext context;
    context.serverVersion = version.value_or(150000);
    context.sourceName = path == QLatin1String("-") ? PlanCommand::tr("standard input") : QFileInfo(path).fileName();
    context.title = parser.value(titleOption);

    std::optional<plan::MigrationPlan> result;
    if (offline) {
        result = plan::PlanBuilder::build(*sql, context);
    } else {
        DbError error;
        const auto conninfo = conninfoFor(positional.first(), &error);
        if (conninfo)
            result = plan::PlanBuilder::buildLive(*sql, *conninfo, context, version.has_value(), &error);
        if (!result) {
            printErr(PlanCommand::tr("Cannot read table sizes from %1:").arg(positional.first()) + QLatin1Char('\n')
                     + error.toText());
            return ExitFailure;
        }
    }

    if (pdf) {
        QString pdfError;
        if (plan::RunbookPdf::write(*result, output, nullptr, &pdfError) == 0) {
            printErr(pdfError);
            return ExitFailure;
        }
        return ExitOk;
    }
    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = result->toJsonBytes();
    else if (format == QLatin1String("html"))
        bytes = plan::RunbookExport::toHtml(*result).toUtf8();
    else
        bytes = plan::RunbookExport::toMarkdown(*result).toUtf8();
    return writeOutput(output, bytes) ? ExitOk : ExitFailure;
}

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
    bool planPdf = false;
    if (argc > 1 && qstrcmp(argv[1], "plan") == 0) {
        for (int i = 2; i < argc; ++i) {
            const bool option = qstrcmp(argv[i], "--format") == 0;
            if ((option && i + 1 < argc && qstricmp(argv[i + 1], "pdf") == 0) || qstricmp(argv[i], "--format=pdf") == 0)
                planPdf = true;
        }
    }
    if (!planPdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace slipway::cli
