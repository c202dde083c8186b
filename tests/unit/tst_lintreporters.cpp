// The lint reporters (pure functions) and `slipway-cli lint`'s exit codes.
#include "lint/lintengine.h"
#include "lint/reporters/gccreporter.h"
#include "lint/reporters/githubreporter.h"
#include "lint/reporters/gitlabreporter.h"
#include "lint/reporters/jsonreporter.h"
#include "lint/reporters/lintreport.h"
#include "lint/reporters/sarifreporter.h"
#include "lint/reporters/ttyreporter.h"
#include "sql/sqlscript.h"
#include "util/fileglob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;

namespace {

const QString kSql = QStringLiteral("SET lock_timeout = '2s';\nSET statement_timeout = '5min';\n"
                                    "ALTER TABLE events\n    ADD COLUMN payload json;\n"
                                    "DELETE FROM sessions;\n");

FileReport reportOf(const QString &path, const QString &sql, const QStringList &onlyRules = {})
{
    LintEngine engine;
    FileReport report{path, sql, {}};
    for (const Finding &f : engine.lint(SqlScript::parse(sql))) {
        if (onlyRules.isEmpty() || onlyRules.contains(f.rule))
            report.findings << f;
    }
    return report;
}

const QStringList kRules = {QStringLiteral("prefer-jsonb"), QStringLiteral("dml-without-where"),
                            QStringLiteral("syntax-error")};

QList<RuleDescription> rulesOf(const LintEngine &engine)
{
    QList<RuleDescription> out;
    for (const auto &rule : engine.rules())
        out << RuleDescription{rule->id(), rule->summary(), rule->defaultSeverity(), rule->enabledByDefault()};
    return out;
}

} // namespace

class TestLintReporters : public QObject {
    Q_OBJECT

    QString cli() const { return qEnvironmentVariable("SLIPWAY_CLI"); }

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runCli(const QStringList &arguments, const QString &dir, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessEnvironment(env);
        process.start(cli(), QStringList{QStringLiteral("lint")} + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    static void write(const QString &path, const QString &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }

private slots:
    void gcc()
    {
        const QString out = gccReport({reportOf(QStringLiteral("m/V1__a.sql"), kSql, kRules)});
        QCOMPARE(out, QStringLiteral("m/V1__a.sql:4:24: warning: Column payload of events is json; use jsonb. [prefer-jsonb]\n"
                                     "m/V1__a.sql:5:1: warning: This DELETE has no WHERE clause: it deletes every row of "
                                     "sessions in one transaction. [dml-without-where]\n"));
    }

    void jsonIsWhatQJsonDocumentWrites()
    {
        // The reporter writes JSON by hand for speed: byte for byte what
        // QJsonDocument would write, for awkward text too.
        FileReport report = reportOf(QStringLiteral("dir/\"odd\\name\".sql"), kSql, kRules);
        QVERIFY(!report.findings.isEmpty());
        Finding tricky = report.findings.first();
        tricky.message = QStringLiteral("tab\t nl\n cr\r bs\b ff\f bell\x07 del\x7f \u00e9\u4e2d ") + QChar(0xd83d) + QChar(0xde00)
                         + QStringLiteral(" lone ") + QChar(0xd800) + QStringLiteral(" end ") + QChar(0xdc00) + QStringLiteral(" / </script>");
        tricky.help.clear();
        tricky.severity = Severity::Error;
        report.findings << tricky;
        tricky.severity = Severity::Hint;
        tricky.help = QStringLiteral("\\ \"quoted\"");
        report.findings << tricky;
        const QList<FileReport> files = {report, reportOf(QStringLiteral("clean.sql"), QStringLiteral("SELECT 1;")), report};

        QJsonArray expected;
        for (const FileReport &file : files) {
            for (const Finding &f : file.findings) {
                const ReportSpan span = reportSpan(f);
                const QString level = f.severity == Severity::Error ? QStringLiteral("Error")
                                      : f.severity == Severity::Warning ? QStringLiteral("Warning") : QStringLiteral("Hint");
                expected.append(QJsonObject{
                    {QStringLiteral("file"), file.path}, {QStringLiteral("line"), span.startLine - 1},
                    {QStringLiteral("column"), span.startColumn - 1}, {QStringLiteral("level"), level},
                    {QStringLiteral("message"), f.message},
                    {QStringLiteral("help"), f.help.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.help)},
                    {QStringLiteral("rule_name"), f.rule}, {QStringLiteral("column_end"), span.endColumn - 1},
                    {QStringLiteral("line_end"), span.endLine - 1}});
            }
        }
        QCOMPARE(jsonReport(files), QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        QCOMPARE(jsonReport({}), QStringLiteral("[]\n"));
    }

    void jsonUsesSquawksFields()
    {
        const QJsonArray array = QJsonDocument::fromJson(jsonReport({reportOf(QStringLiteral("a.sql"), kSql, kRules)}).toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.first().toObject();
        QStringList keys = first.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("column"), QStringLiteral("column_end"), QStringLiteral("file"),
                                    QStringLiteral("help"), QStringLiteral("level"), QStringLiteral("line"),
                                    QStringLiteral("line_end"), QStringLiteral("message"), QStringLiteral("rule_name")}));
        QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("a.sql"));
        QCOMPARE(first.value(QStringLiteral("rule_name")).toString(), QStringLiteral("prefer-jsonb"));
        QCOMPARE(first.value(QStringLiteral("level")).toString(), QStringLiteral("Warning"));
        // 0-based like squawk: line 4 column 24 -> 3, 23; "json" ends before column 27.
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 23);
        QCOMPARE(first.value(QStringLiteral("line_end")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("column_end")).toInt(), 27);
        QVERIFY(first.value(QStringLiteral("help")).isString());
        QCOMPARE(QJsonDocument::fromJson(jsonReport({reportOf(QStringLiteral("b.sql"), QStringLiteral("SELECT 1;"))}).toUtf8()).array().size(), 0);
    }

    void gitlabCodeQuality()
    {
        const QJsonArray array = QJsonDocument::fromJson(gitlabReport({reportOf(QStringLiteral("a.sql"), kSql, kRules)}).toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(QStringLiteral("check_name")).toString(), QStringLiteral("prefer-jsonb"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("minor"));
        QVERIFY(first.value(QStringLiteral("description")).toString().contains(QStringLiteral("jsonb")));
        QCOMPARE(first.value(QStringLiteral("location")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("a.sql"));
        const QJsonObject lines = first.value(QStringLiteral("location")).toObject().value(QStringLiteral("lines")).toObject();
        QCOMPARE(lines.value(QStringLiteral("begin")).toInt(), 4);
        QCOMPARE(lines.value(QStringLiteral("end")).toInt(), 4);
        const QString fingerprint = first.value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(fingerprint.size(), 32);
        QVERIFY(fingerprint != array.at(1).toObject().value(QStringLiteral("fingerprint")).toString());
        // Stable when lines are added above.
        const QJsonArray shifted = QJsonDocument::fromJson(
            gitlabReport({reportOf(QStringLiteral("a.sql"), QStringLiteral("\n\n") + kSql, kRules)}).toUtf8()).array();
        QCOMPARE(shifted.first().toObject().value(QStringLiteral("fingerprint")).toString(), fingerprint);
        // The same statement twice: two issues, two fingerprints.
        const QJsonArray twice = QJsonDocument::fromJson(
            gitlabReport({reportOf(QStringLiteral("a.sql"), QStringLiteral("DELETE FROM s;\nDELETE FROM s;"), kRules)}).toUtf8()).array();
        QCOMPARE(twice.size(), 2);
        QVERIFY(twice[0].toObject().value(QStringLiteral("fingerprint")) != twice[1].toObject().value(QStringLiteral("fingerprint")));
    }

    void sarifStructure()
    {
        LintEngine engine;
        FileReport broken = reportOf(QStringLiteral("dir/b.sql"), QStringLiteral("SELECT FROM WHERE;"));
        FileReport missing{QStringLiteral("/abs/missing file.sql"), QString(), {unreadableFileFinding(QStringLiteral("Cannot read"))}};
        const QJsonObject log = QJsonDocument::fromJson(
            sarifReport({reportOf(QStringLiteral("dir/a.sql"), kSql, kRules), broken, missing}, rulesOf(engine),
                        QStringLiteral("0.1.0")).toUtf8()).object();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        QVERIFY(log.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif-2.1.0")));
        const QJsonArray runs = log.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject driver = runs[0].toObject().value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("slipway"));
        QCOMPARE(driver.value(QStringLiteral("version")).toString(), QStringLiteral("0.1.0"));
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QVERIFY(rules.size() >= int(engine.rules().size()));
        for (const QJsonValue &rule : rules) {
            QVERIFY(!rule.toObject().value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(rule.toObject().contains(QStringLiteral("shortDescription")));
        }
        const QJsonArray results = runs[0].toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &v : results) {
            const QJsonObject result = v.toObject();
            const int index = result.value(QStringLiteral("ruleIndex")).toInt(-1);
            QVERIFY(index >= 0 && index < rules.size());
            QCOMPARE(rules[index].toObject().value(QStringLiteral("id")).toString(), result.value(QStringLiteral("ruleId")).toString());
            QVERIFY(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")})
                        .contains(result.value(QStringLiteral("level")).toString()));
            QVERIFY(!result.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().isEmpty());
            const QJsonObject physical = result.value(QStringLiteral("locations")).toArray().first().toObject()
                                             .value(QStringLiteral("physicalLocation")).toObject();
            QVERIFY(!physical.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString().isEmpty());
            const QJsonObject region = physical.value(QStringLiteral("region")).toObject();
            for (const char *key : {"startLine", "startColumn", "endLine", "endColumn"})
                QVERIFY2(region.value(QLatin1String(key)).toInt() >= 1, key);
            QVERIFY(region.value(QStringLiteral("endLine")).toInt() >= region.value(QStringLiteral("startLine")).toInt());
        }
        const QJsonObject first = results[0].toObject();
        const QJsonObject region = first.value(QStringLiteral("locations")).toArray().first().toObject()
                                       .value(QStringLiteral("physicalLocation")).toObject().value(QStringLiteral("region")).toObject();
        QCOMPARE(region.value(QStringLiteral("startLine")).toInt(), 4);
        QCOMPARE(region.value(QStringLiteral("startColumn")).toInt(), 24);
        QCOMPARE(region.value(QStringLiteral("endLine")).toInt(), 4);
        QCOMPARE(region.value(QStringLiteral("endColumn")).toInt(), 28); // exclusive
        QVERIFY(first.contains(QStringLiteral("fixes")));
        const QJsonObject artifact = first.value(QStringLiteral("locations")).toArray().first().toObject()
                                         .value(QStringLiteral("physicalLocation")).toObject()
                                         .value(QStringLiteral("artifactLocation")).toObject();
        QCOMPARE(artifact.value(QStringLiteral("uri")).toString(), QStringLiteral("dir/a.sql"));
        QCOMPARE(artifact.value(QStringLiteral("uriBaseId")).toString(), QStringLiteral("%SRCROOT%"));
        QCOMPARE(results[2].toObject().value(QStringLiteral("ruleId")).toString(), QStringLiteral("syntax-error"));
        QCOMPARE(results[2].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        const QString missingUri = results[3].toObject().value(QStringLiteral("locations")).toArray().first().toObject()
                                       .value(QStringLiteral("physicalLocation")).toObject()
                                       .value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString();
        QCOMPARE(missingUri, QStringLiteral("file:///abs/missing%20file.sql"));
    }

    void ttyExcerptAndCarets()
    {
        const QString out = ttyReport({reportOf(QStringLiteral("a.sql"), kSql, kRules)}, false);
        QVERIFY(!out.contains(QLatin1Char('\x1b')));
        QVERIFY2(out.contains(QStringLiteral("warning[prefer-jsonb]: Column payload of events is json; use jsonb.\n"
                                              " --> a.sql:4:24\n"
                                              "  |\n"
                                              "4 |     ADD COLUMN payload json;\n"
                                              "  |                        ^^^^\n")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("= help: Use jsonb.")));
        QVERIFY(out.contains(QStringLiteral("= fix: Use jsonb")));
        QVERIFY(out.contains(QStringLiteral("Findings: 2 in 1 of 1 checked files (errors: 0, warnings: 2, hints: 0).")));
        const QString coloured = ttyReport({reportOf(QStringLiteral("a.sql"), kSql, kRules)}, true);
        QVERIFY(coloured.contains(QStringLiteral("\x1b[1;33m")));
        QVERIFY(ttyReport({reportOf(QStringLiteral("a.sql"), QStringLiteral("SELECT 1;"))}, false)
                    .contains(QStringLiteral("No findings (checked files: 1).")));
    }

    void ttyMultiLineAndTabs()
    {
        const QString sql = QStringLiteral("\tDELETE\n\tFROM sessions;");
        const QString out = ttyReport({reportOf(QStringLiteral("t.sql"), sql, kRules)}, false);
        QVERIFY2(out.contains(QStringLiteral("1 |     DELETE\n  |     ^^^^^^\n2 |     FROM sessions;\n  |     ^^^^^^^^^^^^^\n")),
                 qPrintable(out));
    }

    void githubAnnotationsEscaped()
    {
        FileReport report{QStringLiteral("db/a,b:c.sql"), QStringLiteral("DELETE FROM s;"), {}};
        Finding f;
        f.rule = QStringLiteral("dml-without-where");
        f.severity = Severity::Hint;
        f.range = SourceText(report.text).rangeFromChars(0, 13);
        f.message = QStringLiteral("100% of rows");
        f.help = QStringLiteral("batch it");
        report.findings << f;
        QCOMPARE(githubAnnotations({report}),
                 QStringLiteral("::notice file=db/a%2Cb%3Ac.sql,line=1,col=1,endLine=1,endColumn=14,"
                                "title=dml-without-where::100%25 of rows%0Abatch it\n"));
    }

    void counting()
    {
        const QList<FileReport> files{reportOf(QStringLiteral("a.sql"), kSql, kRules),
                                      reportOf(QStringLiteral("b.sql"), QStringLiteral("SELECT FROM WHERE;"))};
        QCOMPARE(findingCount(files), 3);
        QCOMPARE(countAtOrAbove(files, Severity::Hint), 3);
        QCOMPARE(countAtOrAbove(files, Severity::Warning), 3);
        QCOMPARE(countAtOrAbove(files, Severity::Error), 1);
    }

    void globs()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("m/V1__a.sql")), QStringLiteral("SELECT 1;"));
        write(dir.filePath(QStringLiteral("m/sub/V2__b.sql")), QStringLiteral("SELECT 1;"));
        write(dir.filePath(QStringLiteral("m/notes.txt")), QStringLiteral("x"));
        const QString root = dir.path();
        QCOMPARE(FileGlob::expand({root + QStringLiteral("/m/*.sql")}).files, QStringList{root + QStringLiteral("/m/V1__a.sql")});
        QCOMPARE(FileGlob::expand({root + QStringLiteral("/m/**/*.sql")}).files,
                 (QStringList{root + QStringLiteral("/m/V1__a.sql"), root + QStringLiteral("/m/sub/V2__b.sql")}));
        QCOMPARE(FileGlob::expand({root + QStringLiteral("/m")}).files,
                 (QStringList{root + QStringLiteral("/m/V1__a.sql"), root + QStringLiteral("/m/sub/V2__b.sql")}));
        QCOMPARE(FileGlob::expand({root + QStringLiteral("/m/V[0-9]__?.sql"), root + QStringLiteral("/m/V1__a.sql")}).files,
                 QStringList{root + QStringLiteral("/m/V1__a.sql")});
        QCOMPARE(FileGlob::expand({root + QStringLiteral("/none/*.sql")}).unmatched.size(), 1);
    }

    void cliExitCodes()
    {
        if (cli().isEmpty() || !QFileInfo::exists(cli()))
            QSKIP("SLIPWAY_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("clean.sql")), QStringLiteral("SELECT 1;\n"));
        write(dir.filePath(QStringLiteral("warn.sql")), QStringLiteral("DELETE FROM sessions;\n"));
        write(dir.filePath(QStringLiteral("broken.sql")), QStringLiteral("SELECT FROM WHERE;\n"));
        write(dir.filePath(QStringLiteral("m/V1.sql")), QStringLiteral("SELECT 1;\n"));
        write(dir.filePath(QStringLiteral("m/V2.sql")), QStringLiteral("DELETE FROM sessions;\n"));
        write(dir.filePath(QStringLiteral("default.sql")), QStringLiteral("ALTER TABLE t ADD COLUMN c bigint DEFAULT 0;\n"));
        const QString d = dir.path();
        QCOMPARE(runCli({QStringLiteral("clean.sql")}, d).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("warn.sql")}, d).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("--fail-on"), QStringLiteral("error"), QStringLiteral("warn.sql")}, d).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--fail-on"), QStringLiteral("hint"), QStringLiteral("clean.sql")}, d).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--exclude"), QStringLiteral("dml-without-where"), QStringLiteral("warn.sql")}, d).exitCode, 0);
        const Run broken = runCli({QStringLiteral("--fail-on"), QStringLiteral("error"), QStringLiteral("--reporter"),
                                   QStringLiteral("gcc"), QStringLiteral("broken.sql")}, d);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.startsWith(QStringLiteral("broken.sql:1:")) && broken.out.contains(QStringLiteral("error: syntax error")),
                 qPrintable(broken.out));
        const Run missing = runCli({QStringLiteral("--fail-on"), QStringLiteral("error"), QStringLiteral("--reporter"),
                                    QStringLiteral("gcc"), QStringLiteral("missing.sql")}, d);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.out.startsWith(QStringLiteral("missing.sql:1:1: error: ")), qPrintable(missing.out));
        // Globs the shell did not expand, and directories.
        const Run glob = runCli({QStringLiteral("--reporter"), QStringLiteral("gcc"), QStringLiteral("m/*.sql")}, d);
        QCOMPARE(glob.exitCode, 1);
        QVERIFY2(glob.out.startsWith(QStringLiteral("m/V2.sql:1:1: warning:")), qPrintable(glob.out));
        QCOMPARE(runCli({QStringLiteral("m")}, d).exitCode, 1);
        // --pg-version in its three spellings: a constant default rewrites before PostgreSQL 11.
        for (const char *version : {"10", "10.4", "100004"}) {
            const Run old = runCli({QStringLiteral("--reporter"), QStringLiteral("gcc"), QStringLiteral("--pg-version"),
                                    QString::fromLatin1(version), QStringLiteral("default.sql")}, d);
            QVERIFY2(old.out.contains(QStringLiteral("[adding-field-with-default]")), version);
        }
        QVERIFY(!runCli({QStringLiteral("--reporter"), QStringLiteral("gcc"), QStringLiteral("--pg-version"),
                         QStringLiteral("11"), QStringLiteral("default.sql")}, d).out.contains(QStringLiteral("[adding-field-with-default]")));
        // Usage errors.
        QCOMPARE(runCli({QStringLiteral("--reporter"), QStringLiteral("xml"), QStringLiteral("clean.sql")}, d).exitCode, 64);
        QCOMPARE(runCli({QStringLiteral("--fail-on"), QStringLiteral("fatal"), QStringLiteral("clean.sql")}, d).exitCode, 64);
        QCOMPARE(runCli({QStringLiteral("--exclude"), QStringLiteral("no-such-rule"), QStringLiteral("clean.sql")}, d).exitCode, 64);
        QCOMPARE(runCli({QStringLiteral("--pg-version"), QStringLiteral("eleven"), QStringLiteral("clean.sql")}, d).exitCode, 64);
        QCOMPARE(runCli({}, d).exitCode, 64);
        // --list-rules
        const Run list = runCli({QStringLiteral("--list-rules"), QStringLiteral("--reporter"), QStringLiteral("json")}, d);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("\"prefer-jsonb\"")));
    }

    void cliGitHubAnnotations()
    {
        if (cli().isEmpty() || !QFileInfo::exists(cli()))
            QSKIP("SLIPWAY_CLI is not set (run through ctest)");
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("warn.sql")), QStringLiteral("DELETE FROM sessions;\n"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GITHUB_ACTIONS"));
        QVERIFY(!runCli({QStringLiteral("warn.sql")}, dir.path(), env).out.contains(QStringLiteral("::warning")));
        env.insert(QStringLiteral("GITHUB_ACTIONS"), QStringLiteral("true"));
        const Run tty = runCli({QStringLiteral("warn.sql")}, dir.path(), env);
        QCOMPARE(tty.exitCode, 1);
        QVERIFY2(tty.out.contains(QStringLiteral("::warning file=warn.sql,line=1,col=1,")), qPrintable(tty.out));
        QVERIFY(tty.out.contains(QStringLiteral("warning[dml-without-where]")));
        // JSON on stdout stays parseable: the annotations go to stderr then.
        const Run json = runCli({QStringLiteral("--reporter"), QStringLiteral("json"), QStringLiteral("warn.sql")}, dir.path(), env);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isArray());
        QVERIFY(json.err.contains(QStringLiteral("::warning file=warn.sql")));
    }
};

QTEST_GUILESS_MAIN(TestLintReporters)
#include "tst_lintreporters.moc"
