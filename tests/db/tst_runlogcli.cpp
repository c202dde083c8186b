// slipway-cli migrate --log-json: one object per migration in the run log
// format of the reference (version, status, tables affected, applied by, mode,
// notes, error with SQLSTATE), and each journal row's run_log names the file;
// slipway-cli journal exports the whole journal in the same format.
#include "plan/migrationplan.h"
#include "testsandbox.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <pqxx/pqxx>

using slipway::test::TestSandbox;

class TestRunLogCli : public QObject {
    Q_OBJECT

    static void write(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    static int migrate(const QString &uri, const QString &dir, const QString &log, QString *err)
    {
        QProcess cli;
        cli.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), uri, QStringLiteral("--dir"), dir,
                                           QStringLiteral("--format"), QStringLiteral("golang-migrate"),
                                           QStringLiteral("--log-json"), log});
        if (!cli.waitForFinished(60000))
            return -1;
        *err = QString::fromUtf8(cli.readAllStandardError());
        return cli.exitCode();
    }

    static QJsonArray readLog(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).array();
    }

private slots:
    void writesTheLogAndTheJournalPointsAtIt()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("runlog_cli"));
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("1_items.up.sql")),
              "CREATE TABLE items (id bigint PRIMARY KEY, status text);\n"
              "INSERT INTO items SELECT g, 'new' FROM generate_series(1, 500) g;\n");
        write(dir.filePath(QStringLiteral("1_items.down.sql")), "DROP TABLE items;\n");
        write(dir.filePath(QStringLiteral("2_index.up.sql")), "CREATE INDEX CONCURRENTLY items_status ON items (status);\n");
        write(dir.filePath(QStringLiteral("2_index.down.sql")), "DROP INDEX CONCURRENTLY items_status;\n");
        QTemporaryDir out;
        const QString logPath = out.filePath(QStringLiteral("run.json"));

        QString err;
        QCOMPARE(migrate(uri, dir.path(), logPath, &err), 0);
        const QJsonArray log = readLog(logPath);
        QCOMPARE(log.size(), 2);
        const QJsonObject first = log.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(first.value(QStringLiteral("mode")).toString(), QStringLiteral("run"));
        QVERIFY(first.value(QStringLiteral("tables_affected")).toArray().contains(QStringLiteral("items")));
        QVERIFY(!first.value(QStringLiteral("applied_by")).toString().isEmpty());
        QCOMPARE(first.value(QStringLiteral("rows_affected")).toInteger(), 500);
        const QString url = QUrl::fromLocalFile(QFileInfo(logPath).absoluteFilePath()).toString();
        QCOMPARE(first.value(QStringLiteral("run_log")).toString(), url);

        pqxx::connection conn(uri.toStdString());
        const pqxx::result journal =
            pqxx::nontransaction(conn).exec("SELECT DISTINCT run_log FROM slipway.journal");
        QCOMPARE(journal.size(), pqxx::result::size_type(1));
        QCOMPARE(QString::fromUtf8(journal[0][0].c_str()), url);

        // A failing migration: its entry carries the SQLSTATE, the exit code says so.
        write(dir.filePath(QStringLiteral("3_broken.up.sql")), "ALTER TABLE missing ADD COLUMN x int;\n");
        QCOMPARE(migrate(uri, dir.path(), logPath, &err), 1);
        const QJsonArray failed = readLog(logPath);
        QCOMPARE(failed.size(), 1);
        const QJsonObject broken = failed.at(0).toObject();
        QCOMPARE(broken.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(broken.value(QStringLiteral("error")).toObject().value(QStringLiteral("sqlstate")).toString(),
                 QStringLiteral("42P01"));

        // The whole journal, exported: the three runs, oldest first, in the same format.
        QProcess exported;
        exported.start(TestSandbox::cliPath(), {QStringLiteral("journal"), uri});
        QVERIFY(exported.waitForFinished(30000));
        QCOMPARE(exported.exitCode(), 0);
        const QJsonArray all = QJsonDocument::fromJson(exported.readAllStandardOutput()).array();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        QVERIFY(all.at(0).toObject().value(QStringLiteral("tables_affected")).toArray().contains(QStringLiteral("items")));
        QCOMPARE(all.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(all.at(2).toObject().value(QStringLiteral("run_log")).toString(), url);

        // A database Slipway never ran on: an empty list, nothing created.
        const QString untouched = TestSandbox::freshDatabase(QStringLiteral("runlog_cli_empty"));
        exported.start(TestSandbox::cliPath(), {QStringLiteral("journal"), untouched});
        QVERIFY(exported.waitForFinished(30000));
        QCOMPARE(exported.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(exported.readAllStandardOutput()).array().size(), 0);
        pqxx::connection empty(untouched.toStdString());
        QVERIFY(pqxx::nontransaction(empty).exec("SELECT to_regnamespace('slipway')")[0][0].is_null());
    }

    // migrate --plan --log-json: one entry per step that ran (a backfill step too), each
    // journal row of the plan points at the file.
    void aPlanRunWritesItsLog()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("runlog_cli_plan"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE items (id bigint PRIMARY KEY);"
                                              "INSERT INTO items SELECT generate_series(1, 300)"));
        slipway::plan::MigrationPlan plan;
        plan.title = QStringLiteral("add items.flag");
        slipway::plan::PlanStep add;
        add.title = QStringLiteral("Add flag");
        add.sql = QStringLiteral("ALTER TABLE items ADD COLUMN flag boolean");
        add.rollbackSql = QStringLiteral("ALTER TABLE items DROP COLUMN flag");
        slipway::plan::PlanStep fill;
        fill.title = QStringLiteral("Fill flag");
        fill.sql = QStringLiteral("UPDATE items SET flag = false WHERE flag IS NULL");
        slipway::run::BackfillSpec spec;
        spec.name = QStringLiteral("items_flag");
        spec.table = QStringLiteral("items");
        spec.set = QStringLiteral("flag = false");
        spec.predicate = QStringLiteral("flag IS NULL");
        fill.backfill = spec;
        plan.steps = {add, fill};
        plan.summarize();
        QTemporaryDir out;
        const QString planPath = out.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan.save(planPath));
        const QString logPath = out.filePath(QStringLiteral("plan-run.json"));

        QProcess cli;
        cli.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), uri, QStringLiteral("--plan"), planPath,
                                           QStringLiteral("--log-json"), logPath});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonArray log = readLog(logPath);
        QCOMPARE(log.size(), 2);
        for (const QJsonValue &entry : log) {
            QCOMPARE(entry.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
            QCOMPARE(entry.toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("run"));
            QVERIFY(entry.toObject().value(QStringLiteral("tables_affected")).toArray().contains(QStringLiteral("items")));
        }
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("rows_affected")).toInteger(), 300);
        const QString url = QUrl::fromLocalFile(QFileInfo(logPath).absoluteFilePath()).toString();
        pqxx::connection conn(uri.toStdString());
        const pqxx::result journal = pqxx::nontransaction(conn).exec("SELECT run_log FROM slipway.journal");
        QCOMPARE(journal.size(), pqxx::result::size_type(2));
        for (const auto &row : journal)
            QCOMPARE(QString::fromUtf8(row[0].c_str()), url);
    }
};

QTEST_GUILESS_MAIN(TestRunLogCli)
#include "tst_runlogcli.moc"
