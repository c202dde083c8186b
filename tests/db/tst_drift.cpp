// Drift of a live database against its migrations folder (DriftCheck and
// `slipway-cli drift`): a Flyway folder applied by hand with Flyway's history
// table shows no drift; hand changes (an extra index, a changed column type, a
// dropped check) show up exactly; a migration that fails on the scratch
// database is reported with file and line; the scratch database is always
// dropped; the CLI's exit codes.
#include "db/pgconnection.h"
#include "migrations/driftcheck.h"
#include "migrations/migrationsource.h"
#include "testsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using namespace slipway::migrations;
using slipway::test::TestSandbox;
using diff::ChangeAction;
using diff::ObjectKind;

namespace {

QString scalar(const QString &uri, const QString &sql)
{
    pqxx::connection conn(uri.toStdString());
    pqxx::nontransaction tx(conn);
    const pqxx::field f = tx.exec1(sql.toStdString())[0];
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

const char kFlywayHistoryDdl[] =
    "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL, version VARCHAR(50),"
    " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,"
    " checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(),"
    " execution_time INT NOT NULL, success BOOLEAN NOT NULL,"
    " CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank));"
    " CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success);";

// Applies the folder's migrations by hand and records them as Flyway does.
void applyLikeFlyway(const QString &uri, const QString &dir)
{
    const MigrationSet set = MigrationSource::load(dir, MigrationFormat::Flyway);
    QVERIFY(set.errors.isEmpty());
    TestSandbox::exec(uri, QString::fromLatin1(kFlywayHistoryDdl));
    pqxx::connection conn(uri.toStdString());
    int rank = 0;
    for (const Migration &m : set.migrations) {
        pqxx::work tx(conn);
        tx.exec(m.upSql.toStdString());
        tx.exec_params("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                       " type, script, checksum, installed_by, execution_time, success)"
                       " VALUES ($1, $2, $3, 'SQL', $4, $5::int, current_user, 1, true)",
                       ++rank, m.version.toStdString(), m.name.toStdString(),
                       QFileInfo(m.upPath).fileName().toStdString(), m.checksum.toStdString());
        tx.commit();
    }
}

int scratchDatabases()
{
    return scalar(TestSandbox::primary(),
                  QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'slipway_drift_%'"))
        .toInt();
}

DriftOptions optionsFor(DriftOptions::Scope scope = DriftOptions::Scope::Applied)
{
    DriftOptions options;
    options.scratchConninfo = TestSandbox::primary();
    options.scope = scope;
    return options;
}

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(TestSandbox::cliPath(), QStringList{QStringLiteral("drift")} + arguments);
    CliResult result;
    if (!cli.waitForFinished(60000)) return result;
    result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    result.out = cli.readAllStandardOutput();
    result.err = cli.readAllStandardError();
    return result;
}

const diff::SchemaChange *findChange(const QList<diff::SchemaChange> &changes, ObjectKind kind,
                                     const QString &name)
{
    for (const diff::SchemaChange &c : changes)
        if (c.kind == kind && c.object.name == name) return &c;
    return nullptr;
}

} // namespace

class TstDrift : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_live;

    DriftReport check(const DriftOptions &options, const QString &dir, const QString &uri)
    {
        PgConnection conn(uri.toStdString());
        DriftCheck drift(options);
        return drift.run(conn, dir);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("V1__orders.sql")),
                  QStringLiteral("CREATE TABLE orders (\n"
                                 "    id bigint PRIMARY KEY,\n"
                                 "    status text NOT NULL DEFAULT 'new',\n"
                                 "    total numeric(10,2) NOT NULL,\n"
                                 "    CONSTRAINT orders_total_check CHECK (total >= 0)\n"
                                 ");\n"));
        writeFile(m_dir.filePath(QStringLiteral("V2__customers.sql")),
                  QStringLiteral("CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n"
                                 "ALTER TABLE orders ADD COLUMN customer_id bigint"
                                 " REFERENCES customers (id);\n"));
        writeFile(m_dir.filePath(QStringLiteral("V3__index.sql")),
                  QStringLiteral("CREATE INDEX orders_customer_idx ON orders (customer_id);\n"));
        m_live = TestSandbox::freshDatabase(QStringLiteral("drift_live"));
        applyLikeFlyway(m_live, m_dir.path());
    }

    void noDriftAfterTheFolderIsApplied()
    {
        QList<QPair<QString, double>> progress;
        PgConnection conn(m_live.toStdString());
        DriftCheck drift(optionsFor());
        drift.setProgress([&](const QString &phase, double f) { progress << qMakePair(phase, f); });
        const DriftReport report = drift.run(conn, m_dir.path());
        QCOMPARE(DriftReport::statusName(report.status), QStringLiteral("compared"));
        QCOMPARE(report.format, MigrationFormat::Flyway);
        QCOMPARE(report.appliedVersions, (QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                                      QStringLiteral("3")}));
        for (const diff::SchemaChange &c : report.changes) qWarning() << c.summary();
        QVERIFY(report.changes.isEmpty());
        QVERIFY(!report.hasDrift());
        QVERIFY(report.scratchDatabase.startsWith(QLatin1String("slipway_drift_")));
        QVERIFY(report.scratchDropped);
        QCOMPARE(scratchDatabases(), 0);
        QVERIFY(progress.size() >= 5);
        for (int i = 1; i < progress.size(); ++i) QVERIFY(progress.at(i).second >= progress.at(i - 1).second);
        QCOMPARE(progress.last().second, 1.0);
    }

    void pendingMigrationsAreNotDriftUnlessAll()
    {
        QTemporaryDir dir;
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_dir.filePath(name), dir.filePath(name)));
        writeFile(dir.filePath(QStringLiteral("V4__notes.sql")),
                  QStringLiteral("CREATE TABLE notes (id int);\n"));
        DriftReport report = check(optionsFor(), dir.path(), m_live);
        QCOMPARE(report.status, DriftReport::Status::Compared);
        QVERIFY(report.changes.isEmpty());

        report = check(optionsFor(DriftOptions::Scope::All), dir.path(), m_live);
        QCOMPARE(report.appliedVersions.size(), 4);
        for (const diff::SchemaChange &c : report.changes) qInfo() << c.summary();
        const diff::SchemaChange *notes = findChange(report.changes, ObjectKind::Table,
                                                     QStringLiteral("notes"));
        QVERIFY(notes);
        QCOMPARE(notes->action, ChangeAction::Create); // only in the migrations
        for (const diff::SchemaChange &c : report.changes) // the table, and its owner
            QVERIFY(c.object.name == QLatin1String("notes"));

        DriftOptions upTo = optionsFor(DriftOptions::Scope::UpTo);
        upTo.upTo = QStringLiteral("3");
        report = check(upTo, dir.path(), m_live);
        QCOMPARE(report.appliedVersions.size(), 3);
        QVERIFY(report.changes.isEmpty());
        QCOMPARE(scratchDatabases(), 0);
    }

    void cliWithoutDrift()
    {
        const QStringList base{m_live, QStringLiteral("--dir"), m_dir.path(),
                               QStringLiteral("--scratch"), TestSandbox::primary()};
        CliResult r = runCli(base + QStringList{QStringLiteral("--exit-code")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("No drift"), r.out.constData());

        r = runCli({m_live, QStringLiteral("--dir"), m_dir.path()}); // no --scratch
        QCOMPARE(r.exitCode, 64);
        r = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("yaml")});
        QCOMPARE(r.exitCode, 64);
        r = runCli({m_live, QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--scratch"),
                    QStringLiteral("postgresql://127.0.0.1:1/postgres?connect_timeout=2")});
        QCOMPARE(r.exitCode, 1);
    }

    void handChangesAreReportedExactly()
    {
        TestSandbox::exec(m_live, QStringLiteral(
            "CREATE INDEX orders_status_idx ON orders (status);"
            "ALTER TABLE orders DROP CONSTRAINT orders_total_check;"
            "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);"));
        const DriftReport report = check(optionsFor(), m_dir.path(), m_live);
        QCOMPARE(report.status, DriftReport::Status::Compared);
        for (const diff::SchemaChange &c : report.changes) qInfo() << c.summary();
        QCOMPARE(report.changes.size(), 3);

        const diff::SchemaChange *index = findChange(report.changes, ObjectKind::Index,
                                                     QStringLiteral("orders_status_idx"));
        QVERIFY(index);
        QCOMPARE(index->action, ChangeAction::Drop); // only in the database
        const diff::SchemaChange *column = findChange(report.changes, ObjectKind::Column,
                                                      QStringLiteral("total"));
        QVERIFY(column);
        QCOMPARE(column->action, ChangeAction::Alter);
        QCOMPARE(column->differences.size(), 1);
        QCOMPARE(column->differences.first().property, QStringLiteral("type"));
        QCOMPARE(column->differences.first().from, QStringLiteral("numeric(12,2)"));
        QCOMPARE(column->differences.first().to, QStringLiteral("numeric(10,2)"));
        const diff::SchemaChange *check = findChange(report.changes, ObjectKind::Constraint,
                                                     QStringLiteral("orders_total_check"));
        QVERIFY(check);
        QCOMPARE(check->action, ChangeAction::Create); // only in the migrations
        QVERIFY(report.hasDrift());
        QVERIFY(report.plan.toSql().contains(QLatin1String("orders_status_idx")));
        QVERIFY(report.scratchDropped);
        QCOMPARE(scratchDatabases(), 0);
    }

    void cliWithDrift()
    {
        const QStringList base{m_live, QStringLiteral("--dir"), m_dir.path(),
                               QStringLiteral("--scratch"), TestSandbox::primary()};
        CliResult r = runCli(base + QStringList{QStringLiteral("--exit-code")});
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.out.contains("+ index orders_status_idx on public.orders (only in the database)"), r.out.constData());
        QVERIFY2(r.out.contains("~ column public.orders.total type numeric(10,2) -> numeric(12,2)"),
                 r.out.constData());
        QVERIFY2(r.out.contains("- constraint"), r.out.constData());

        r = runCli(base);
        QCOMPARE(r.exitCode, 0);
        r = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("sql")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("DROP INDEX CONCURRENTLY"), r.out.constData());
        r = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("drift")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("objects")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("scratch_dropped")).toBool(), true);
        QCOMPARE(scratchDatabases(), 0);
    }

    void failingMigrationIsReportedWithFileAndLine()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("V1__a.sql")), QStringLiteral("CREATE TABLE a (id int);\n"));
        writeFile(dir.filePath(QStringLiteral("V2__broken.sql")),
                  QStringLiteral("CREATE TABLE b (id int);\n\nALTER TABLE missing ADD COLUMN x int;\n"));
        writeFile(dir.filePath(QStringLiteral("V3__c.sql")), QStringLiteral("CREATE TABLE c (id int);\n"));
        const QString live = TestSandbox::freshDatabase(QStringLiteral("drift_broken"));
        const DriftReport report = check(optionsFor(DriftOptions::Scope::All), dir.path(), live);
        QCOMPARE(report.status, DriftReport::Status::ApplyFailed);
        QVERIFY(report.applyError.has_value());
        QCOMPARE(report.applyError->version, QStringLiteral("2"));
        QVERIFY(report.applyError->path.endsWith(QLatin1String("V2__broken.sql")));
        QCOMPARE(report.applyError->line, 3);
        QCOMPARE(report.applyError->error.sqlState, QStringLiteral("42P01"));
        QCOMPARE(report.appliedVersions, QStringList{QStringLiteral("1")});
        QVERIFY(report.scratchDropped);
        QCOMPARE(scratchDatabases(), 0);

        const CliResult r = runCli({live, QStringLiteral("--dir"), dir.path(), QStringLiteral("--all"),
                                    QStringLiteral("--scratch"), TestSandbox::primary()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("does not apply cleanly") && r.out.contains("V2__broken.sql:3:"),
                 r.out.constData());
    }

    void failingSectionIsReportedWithTheLineOfItsFile()
    {
        QTemporaryDir dir; // dbmate: the up SQL is a section of the file
        writeFile(dir.filePath(QStringLiteral("20240101000000_a.sql")),
                  QStringLiteral("-- migrate:up\n\nCREATE TABLE a (id int);\n"
                                 "ALTER TABLE missing ADD COLUMN x int;\n\n"
                                 "-- migrate:down\nDROP TABLE a;\n"));
        const QString live = TestSandbox::freshDatabase(QStringLiteral("drift_broken"));
        const DriftReport report = check(optionsFor(DriftOptions::Scope::All), dir.path(), live);
        QCOMPARE(report.format, MigrationFormat::Dbmate);
        QCOMPARE(report.status, DriftReport::Status::ApplyFailed);
        QVERIFY(report.applyError.has_value());
        QCOMPARE(report.applyError->line, 4);
        QVERIFY(report.scratchDropped);

        const CliResult r = runCli({live, QStringLiteral("--dir"), dir.path(), QStringLiteral("--all"),
                                    QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--scratch"), TestSandbox::primary()});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("apply-failed"));
        const QJsonObject error = json.value(QStringLiteral("apply_error")).toObject();
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(error.value(QStringLiteral("sqlstate")).toString(), QStringLiteral("42P01"));
        QCOMPARE(scratchDatabases(), 0);
    }

    void cancelDropsTheScratchDatabase()
    {
        PgConnection conn(m_live.toStdString());
        DriftCheck drift(optionsFor());
        drift.setProgress([&drift](const QString &phase, double) {
            if (phase == DriftCheck::tr("Reading the expected schema")) drift.cancel();
        });
        const DriftReport report = drift.run(conn, m_dir.path());
        QCOMPARE(report.status, DriftReport::Status::Cancelled);
        QVERIFY(!report.scratchDatabase.isEmpty());
        QVERIFY(report.scratchDropped);
        QCOMPARE(scratchDatabases(), 0);
    }

    void badScratchServerFails()
    {
        DriftOptions options = optionsFor();
        options.scratchConninfo = QStringLiteral("postgresql://127.0.0.1:1/postgres?connect_timeout=2");
        const DriftReport report = check(options, m_dir.path(), m_live);
        QCOMPARE(report.status, DriftReport::Status::Failed);
        QVERIFY(report.error.isError());
        QVERIFY(report.scratchDatabase.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDrift)
#include "tst_drift.moc"
