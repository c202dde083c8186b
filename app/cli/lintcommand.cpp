#include "lintcommand.h"

#include "command.h"

#include "db/profilestore.h"
#include "lint/lintengine.h"
#include "lint/livetablestats.h"
#include "lint/parallellint.h"
#include "lint/reporters/gccreporter.h"
#include "lint/reporters/githubreporter.h"
#include "lint/reporters/gitlabreporter.h"
#include "lint/reporters/jsonreporter.h"
#include "lint/reporters/lintreport.h"
#include "lint/reporters/sarifreporter.h"
#include "lint/reporters/ttyreporter.h"
#include "lint/touchedtables.h"
#include "sql/sqlscript.h"
#include "util/fileglob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace slipway::cli {

namespace {

struct LintCommand {
    Q_DECLARE_TR_FUNCTIONS(LintCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

QString usageHint()
{
    return LintCommand::tr("Run \"slipway-cli lint --help\" for usage.");
}

QString usage()
{
    return LintCommand::tr(
        "Usage: slipway-cli lint [options] <file|directory|glob>...\n"
        "       slipway-cli lint --list-rules\n"
        "\n"
        "Checks migration files for statements that lock, rewrite or break a live database\n"
        "(squawk's rules under squawk's names, plus strong_migrations' checks). A directory\n"
        "means every *.sql file under it; quoted globs are expanded (** = any depth); \"-\"\n"
        "reads standard input.\n"
        "\n"
        "Options:\n"
        "  --reporter FORMAT      tty (default), gcc, json (squawk's fields), gitlab (Code\n"
        "                         Quality) or sarif (SARIF 2.1.0)\n"
        "  -o, --output FILE      write the report to FILE instead of standard output\n"
        "  --fail-on SEVERITY     exit 1 when a finding is at or above hint, warning\n"
        "                         (default) or error; syntax errors and unreadable files\n"
        "                         always count\n"
        "  --include RULES        switch on opt-in rules (comma-separated, repeatable)\n"
        "  --exclude RULES        switch rules off (comma-separated, repeatable; wins over\n"
        "                         --include)\n"
        "  --pg-version VERSION   the server the migrations run on: 11, 13.4 or 150000\n"
        "                         (default: the connected server's, else 15)\n"
        "  --assume-in-transaction  the migration tool wraps each file in a transaction\n"
        "  --connect CONN         read row counts and sizes of the tables the files touch\n"
        "                         (a saved profile name, libpq URI or key=value conninfo):\n"
        "                         small tables lower findings to hints, large ones raise\n"
        "                         them to errors\n"
        "  --stdin-filepath PATH  the name to report for \"-\"\n"
        "  --list-rules           list the rules (with --reporter json: as JSON)\n"
        "\n"
        "Inside GitHub Actions (GITHUB_ACTIONS=true) findings are also printed as workflow\n"
        "annotations (on standard error when the report itself is JSON on standard output).\n"
        "Exit codes: 0 clean, 1 findings at or above --fail-on (or no connection), 64 usage.\n");
}

enum class Reporter { Tty, Gcc, Json, Gitlab, Sarif };

std::optional<Reporter> reporterFromName(const QString &name)
{
    static const QList<std::pair<QString, Reporter>> names = {
        {QStringLiteral("tty"), Reporter::Tty},       {QStringLiteral("gcc"), Reporter::Gcc},
        {QStringLiteral("json"), Reporter::Json},     {QStringLiteral("gitlab"), Reporter::Gitlab},
        {QStringLiteral("sarif"), Reporter::Sarif},
    };
    for (const auto &[n, r] : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

// "11" -> 110000, "9.6" -> 90600, "13.4" -> 130004, "9.6.3" -> 90603, "150000" -> 150000.
std::optional<int> parsePgVersion(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^(\d+)(?:\.(\d+))?(?:\.(\d+))?$)"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    const int patch = m.captured(3).toInt();
    if (m.captured(2).isEmpty() && major >= 10000)
        return major; // already server_version_num
    if (major >= 10) {
        if (!m.captured(3).isEmpty() || major > 99)
            return std::nullopt;
        return major * 10000 + minor;
    }
    if (major < 7)
        return std::nullopt;
    return major * 10000 + minor * 100 + patch;
}

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &item : value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            out << item.trimmed();
    }
    return out;
}

QList<RuleDescription> describeRules(const LintEngine &engine)
{
    QList<RuleDescription> out;
    for (const auto &rule : engine.rules())
        out << RuleDescription{rule->id(), rule->summary(), rule->defaultSeverity(), rule->enabledByDefault()};
    return out;
}

QString listRules(const LintEngine &engine, bool json)
{
    const QList<RuleDescription> rules = describeRules(engine);
    if (json) {
        QJsonArray array;
        for (const RuleDescription &rule : rules)
            array.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                     {QStringLiteral("severity"), severityName(rule.severity)},
                                     {QStringLiteral("enabled_by_default"), rule.enabledByDefault},
                                     {QStringLiteral("summary"), rule.summary}});
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    int width = 0;
    for (const RuleDescription &rule : rules)
        width = std::max(width, int(rule.id.size()));
    QString out;
    for (const RuleDescription &rule : rules) {
        out += rule.id.leftJustified(width + 2) + severityName(rule.severity).leftJustified(9)
               + (rule.enabledByDefault ? QStringLiteral("   ") : LintCommand::tr("opt-in").leftJustified(7))
               + QLatin1Char(' ') + rule.summary + QLatin1Char('\n');
    }
    return out;
}

struct Source {
    QString path;
    QString text;
    std::optional<QString> readError;
};

Source readSource(const QString &path, const QString &stdinName)
{
    Source source{path == QLatin1String("-") ? stdinName : path, {}, std::nullopt};
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        source.readError = LintCommand::tr("Cannot read %1: %2").arg(source.path, file.errorString());
        return source;
    }
    source.text = QString::fromUtf8(file.readAll());
    return source;
}

bool stdoutIsTerminal()
{
    return ::isatty(::fileno(stdout)) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR");
}

} // namespace

int runLintCommand(const QStringList &arguments)
{
    const QCommandLineOption reporterOption(QStringLiteral("reporter"), QString(), QStringLiteral("FORMAT"),
                                            QStringLiteral("tty"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption failOnOption(QStringLiteral("fail-on"), QString(), QStringLiteral("SEVERITY"),
                                          QStringLiteral("warning"));
    const QCommandLineOption includeOption({QStringLiteral("i"), QStringLiteral("include")}, QString(), QStringLiteral("RULES"));
    const QCommandLineOption excludeOption({QStringLiteral("e"), QStringLiteral("exclude")}, QString(), QStringLiteral("RULES"));
    const QCommandLineOption pgVersionOption(QStringLiteral("pg-version"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption transactionOption(QStringLiteral("assume-in-transaction"));
    const QCommandLineOption connectOption(QStringLiteral("connect"), QString(), QStringLiteral("CONN"));
    const QCommandLineOption stdinOption(QStringLiteral("stdin-filepath"), QString(), QStringLiteral("PATH"),
                                         QStringLiteral("stdin"));
    const QCommandLineOption listOption(QStringLiteral("list-rules"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({reporterOption, outputOption, failOnOption, includeOption, excludeOption, pgVersionOption,
                       transactionOption, connectOption, stdinOption, listOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + arguments.mid(1))) {
        printErr(parser.errorText() + QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }

    const auto reporter = reporterFromName(parser.value(reporterOption));
    if (!reporter) {
        printErr(LintCommand::tr("Unknown reporter \"%1\": use tty, gcc, json, gitlab or sarif.")
                     .arg(parser.value(reporterOption)));
        return ExitUsage;
    }
    const auto failOn = severityFromName(parser.value(failOnOption));
    if (!failOn) {
        printErr(LintCommand::tr("Unknown severity \"%1\" for --fail-on: use hint, warning or error.")
                     .arg(parser.value(failOnOption)));
        return ExitUsage;
    }

    LintOptions options;
    options.assumeInTransaction = parser.isSet(transactionOption);
    std::optional<int> pgVersion;
    if (parser.isSet(pgVersionOption)) {
        pgVersion = parsePgVersion(parser.value(pgVersionOption));
        if (!pgVersion) {
            printErr(LintCommand::tr("Invalid --pg-version \"%1\": write 11, 13.4 or 150000.")
                         .arg(parser.value(pgVersionOption)));
            return ExitUsage;
        }
    }
    const QStringList included = splitList(parser.values(includeOption));
    const QStringList excluded = splitList(parser.values(excludeOption));
    {
        const LintEngine all;
        QStringList unknown;
        for (const QString &id : included + excluded) {
            if (!all.rule(id) && !unknown.contains(id))
                unknown << id;
        }
        if (!unknown.isEmpty()) {
            printErr(LintCommand::tr("Unknown rule(s): %1. Run \"slipway-cli lint --list-rules\" for the list.")
                         .arg(unknown.join(QStringLiteral(", "))));
            return ExitUsage;
        }
        if (parser.isSet(listOption)) {
            QTextStream(stdout) << listRules(all, *reporter == Reporter::Json);
            return ExitOk;
        }
    }
    options.includedRules = QSet<QString>(included.begin(), included.end());
    options.excludedRules = QSet<QString>(excluded.begin(), excluded.end());

    const QStringList pathArguments = parser.positionalArguments();
    if (pathArguments.isEmpty()) {
        printErr(LintCommand::tr("No files to lint.") + QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    QStringList paths;
    QStringList patterns;
    for (const QString &argument : pathArguments)
        (argument == QLatin1String("-") ? paths : patterns) << argument;
    const FileGlob::Result globbed = FileGlob::expand(patterns);
    for (const QString &unmatched : globbed.unmatched)
        printErr(LintCommand::tr("warning: no SQL files match %1").arg(unmatched));
    paths = globbed.files + paths;
    if (paths.isEmpty()) {
        printErr(LintCommand::tr("No files to lint."));
        return ExitUsage;
    }

    // Read every file first: with --connect the live catalog is asked once, for all.
    const QString stdinName = parser.value(stdinOption);
    QList<Source> sources;
    for (const QString &path : paths)
        sources << readSource(path, stdinName);

    if (parser.isSet(connectOption)) {
        ProfileStore store;
        QString loadError;
        if (!store.load(&loadError))
            printErr(LintCommand::tr("warning: saved connection profiles not read: %1").arg(loadError));
        DbError error;
        const auto profile = store.resolve(parser.value(connectOption), &error);
        QString conninfo;
        if (profile)
            conninfo = profile->conninfo(QString(), &error);
        QStringList tables;
        for (const Source &source : sources) {
            if (!source.readError) {
                for (const QString &table : touchedTables(SqlScript::parse(source.text))) {
                    if (!tables.contains(table))
                        tables << table;
                }
            }
        }
        LiveTableStats live;
        if (!profile || error.isError() || !live.fetch(conninfo, tables, &error)) {
            printErr(LintCommand::tr("Cannot read table sizes from %1:").arg(parser.value(connectOption))
                     + QLatin1Char('\n') + error.toText());
            return ExitFailure;
        }
        options.tableStats = live.provider();
        if (!pgVersion)
            pgVersion = live.serverVersion();
    }
    if (pgVersion)
        options.serverVersion = *pgVersion;

    // Each file is parsed once (twice with --connect): caching parse trees
    // for re-parsing after edits would only hold memory.
    SqlScript::setParseCacheEnabled(false);
    QStringList texts;
    for (const Source &source : std::as_const(sources))
        texts << source.text; // empty when unreadable: nothing found in it
    const QList<QList<Finding>> findings = lintInParallel(texts, options);
    QList<FileReport> reports;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        FileReport report{sources[i].path, sources[i].text, findings.at(i)};
        if (sources[i].readError)
            report.findings = {unreadableFileFinding(*sources[i].readError)};
        reports << report;
    }

    const bool toFile = parser.isSet(outputOption);
    QString text;
    QByteArray bytes; // the JSON report, written as it is built (UTF-8)
    switch (*reporter) {
    case Reporter::Tty: text = ttyReport(reports, !toFile && stdoutIsTerminal()); break;
    case Reporter::Gcc: text = gccReport(reports); break;
    case Reporter::Json: bytes = jsonReportUtf8(reports); break;
    case Reporter::Gitlab: text = gitlabReport(reports); break;
    case Reporter::Sarif:
        text = sarifReport(reports, describeRules(LintEngine(options)), QCoreApplication::applicationVersion());
        break;
    }
    if (*reporter != Reporter::Json)
        bytes = text.toUtf8();
    if (toFile) {
        QSaveFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            printErr(LintCommand::tr("Cannot write %1: %2").arg(parser.value(outputOption), file.errorString()));
            return ExitFailure;
        }
    } else {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    if (runningInGitHubActions()) {
        const bool machineReadableOnStdout = !toFile && *reporter != Reporter::Tty && *reporter != Reporter::Gcc;
        const QString annotations = githubAnnotations(reports);
        if (machineReadableOnStdout)
            QTextStream(stderr) << annotations;
        else
            QTextStream(stdout) << annotations;
    }
    return countAtOrAbove(reports, *failOn) > 0 ? ExitFailure : ExitOk;
}

} // namespace slipway::cli
