// Other tools' history tables, created with each tool's own DDL and filled the
// way the tool fills them, joined with a fixture folder; and Slipway's journal
// (absent until the first write, round-trips).
#include "migrations/checksum.h"
#include "migrations/historyreader.h"
#include "migrations/journal.h"
#include "migrations/migrationsource.h"
#include "migrations/migrationstatus.h"
#include "testsandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway::migrations;
using slipway::test::TestSandbox;

using State = MigrationStatus::State;

class TestMigrationHistory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString folder(const QString &name, const QMap<QString, QByteArray> &files)
    {
        const QString root = m_dir.filePath(name);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = QDir(root).filePath(it.key());
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
            file.write(it.value());
        }
        return root;
    }

    static std::optional<HistoryTable> find(const QList<HistoryTable> &tables, HistoryTool tool)
    {
        for (const HistoryTable &t : tables)
            if (t.tool == tool) return t;
        return std::nullopt;
    }

    // version -> state name, for compact comparisons.
    static QMap<QString, QString> states(const QList<MigrationStatus> &list)
    {
        QMap<QString, QString> out;
        for (const MigrationStatus &s : list)
            out.insert(s.version.isEmpty() ? s.name : s.version, MigrationStatus::stateName(s.state));
        return out;
    }

    static QList<MigrationStatus> status(const QString &uri, const QString &dir, HistoryTool tool)
    {
        pqxx::connection conn(uri.toStdString());
        const auto table = find(HistoryReader::detect(conn), tool);
        if (!table) return {};
        const MigrationSet set = MigrationSource::load(dir);
        return MigrationStatus::join(set.migrations, HistoryReader::read(conn, *table));
    }

    static QString sqlQuote(const QString &text)
    {
        return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void flyway()
    {
        const QByteArray v1 = "CREATE TABLE users (id int);\n";
        const QByteArray v2 = "ALTER TABLE users ADD email text;\n";
        const QString dir = folder(QStringLiteral("flyway"),
                                   {{QStringLiteral("V1__create_users.sql"), v1},
                                    {QStringLiteral("V2__add_email.sql"), v2},
                                    {QStringLiteral("V3__index.sql"), "CREATE INDEX i ON users (email);\n"},
                                    {QStringLiteral("R__view.sql"), "CREATE VIEW v AS SELECT 1;\n"}});
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_flyway"));
        // Flyway's own DDL for PostgreSQL (createMetaDataTable.sql).
        TestSandbox::exec(uri, QStringLiteral(R"SQL(
CREATE TABLE "public"."flyway_schema_history" (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE "public"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "public"."flyway_schema_history" ("success");
INSERT INTO flyway_schema_history VALUES
 (1, '1', 'create users', 'SQL', 'V1__create_users.sql', %1, 'ann', now(), 12, true),
 (2, '2', 'add email', 'SQL', 'V2__add_email.sql', 12345, 'ann', now(), 7, true),
 (3, '9', 'gone', 'SQL', 'V9__gone.sql', 42, 'ann', now(), 3, true),
 (4, NULL, 'view', 'SQL', 'R__view.sql', %2, 'ann', now(), 1, true);
)SQL").arg(Checksum::flyway(v1)).arg(Checksum::flyway("CREATE VIEW v AS SELECT 1;\n")));
        const auto list = status(uri, dir, HistoryTool::Flyway);
        const QMap<QString, QString> expected = {{QStringLiteral("1"), QStringLiteral("applied")},
                                                 {QStringLiteral("2"), QStringLiteral("changed")},
                                                 {QStringLiteral("3"), QStringLiteral("pending")},
                                                 {QStringLiteral("view"), QStringLiteral("applied")},
                                                 {QStringLiteral("9"), QStringLiteral("missing")}};
        QCOMPARE(states(list), expected);
        QCOMPARE(list.first().applied.appliedBy, QStringLiteral("ann"));
        QCOMPARE(list.first().applied.executionMs, qint64(12));
        QVERIFY(list.first().applied.appliedAt.isValid());

        // The CLI: JSON, and a non-zero exit when asked.
        QProcess cli;
        cli.start(TestSandbox::cliPath(), {QStringLiteral("status"), uri, QStringLiteral("--dir"), dir,
                                           QStringLiteral("--json"), QStringLiteral("--fail-on-pending")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject root = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("flyway"));
        QCOMPARE(root.value(QStringLiteral("history")).toObject().value(QStringLiteral("tool")).toString(),
                 QStringLiteral("flyway"));
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("pending")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("missing")).toInt(), 1);
        QProcess table;
        table.start(TestSandbox::cliPath(), {QStringLiteral("status"), uri, QStringLiteral("--dir"), dir});
        QVERIFY(table.waitForFinished(60000));
        QCOMPARE(table.exitCode(), 0);
        QVERIFY(table.readAllStandardOutput().contains("changed since applied"));
    }

    void golangMigrate()
    {
        const QString dir = folder(QStringLiteral("golang"),
                                   {{QStringLiteral("000001_users.up.sql"), "CREATE TABLE users (id int);\n"},
                                    {QStringLiteral("000001_users.down.sql"), "DROP TABLE users;\n"},
                                    {QStringLiteral("000002_email.up.sql"), "ALTER TABLE users ADD email text;\n"},
                                    {QStringLiteral("000003_index.up.sql"), "CREATE INDEX i ON users (email);\n"}});
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_golang"));
        // golang-migrate's postgres driver: one row, the current version.
        TestSandbox::exec(uri, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint not null primary key, dirty boolean not null);"
            "INSERT INTO schema_migrations (version, dirty) VALUES (2, false);"));
        QMap<QString, QString> expected = {{QStringLiteral("1"), QStringLiteral("applied")},
                                           {QStringLiteral("2"), QStringLiteral("applied")},
                                           {QStringLiteral("3"), QStringLiteral("pending")}};
        QCOMPARE(states(status(uri, dir, HistoryTool::GolangMigrate)), expected);
        TestSandbox::exec(uri, QStringLiteral("UPDATE schema_migrations SET dirty = true"));
        expected[QStringLiteral("2")] = QStringLiteral("dirty");
        QCOMPARE(states(status(uri, dir, HistoryTool::GolangMigrate)), expected);
        // A version the folder no longer has.
        TestSandbox::exec(uri, QStringLiteral("TRUNCATE schema_migrations; INSERT INTO schema_migrations VALUES (7, false)"));
        const auto missing = states(status(uri, dir, HistoryTool::GolangMigrate));
        QCOMPARE(missing.value(QStringLiteral("7")), QStringLiteral("missing"));
        QCOMPARE(missing.value(QStringLiteral("3")), QStringLiteral("applied"));
    }

    void dbmateAndRails()
    {
        const QString dir = folder(QStringLiteral("dbmate"),
                                   {{QStringLiteral("20240101120000_users.sql"),
                                     "-- migrate:up\nCREATE TABLE users (id int);\n-- migrate:down\nDROP TABLE users;\n"},
                                    {QStringLiteral("20240102120000_email.sql"),
                                     "-- migrate:up\nALTER TABLE users ADD email text;\n-- migrate:down\n"}});
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_dbmate"));
        TestSandbox::exec(uri, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) primary key);"
            "INSERT INTO schema_migrations (version) VALUES ('20240101120000'), ('20231201000000');"));
        const QMap<QString, QString> expected = {{QStringLiteral("20240101120000"), QStringLiteral("applied")},
                                                 {QStringLiteral("20240102120000"), QStringLiteral("pending")},
                                                 {QStringLiteral("20231201000000"), QStringLiteral("missing")}};
        QCOMPARE(states(status(uri, dir, HistoryTool::Dbmate)), expected);

        // Rails: same table name, told apart by ar_internal_metadata.
        const QString rails = TestSandbox::freshDatabase(QStringLiteral("migr_rails"));
        TestSandbox::exec(rails, QStringLiteral(
            "CREATE TABLE \"schema_migrations\" (\"version\" character varying NOT NULL PRIMARY KEY);"
            "CREATE TABLE \"ar_internal_metadata\" (\"key\" character varying NOT NULL PRIMARY KEY, "
            "\"value\" character varying, \"created_at\" timestamp(6) NOT NULL, \"updated_at\" timestamp(6) NOT NULL);"
            "INSERT INTO schema_migrations VALUES ('20240101120000');"));
        pqxx::connection conn(rails.toStdString());
        const auto tables = HistoryReader::detect(conn);
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().tool, HistoryTool::Rails);
        QCOMPARE(HistoryReader::read(conn, tables.first()).first().version, QStringLiteral("20240101120000"));
    }

    void prisma()
    {
        const QByteArray init = "CREATE TABLE users (id int);\n";
        const QString dir = folder(QStringLiteral("prisma"),
                                   {{QStringLiteral("migrations/migration_lock.toml"), "provider = \"postgresql\"\n"},
                                    {QStringLiteral("migrations/20240101000000_init/migration.sql"), init},
                                    {QStringLiteral("migrations/20240201000000_email/migration.sql"), "ALTER TABLE users ADD email text;\n"},
                                    {QStringLiteral("migrations/20240301000000_index/migration.sql"), "CREATE INDEX i ON users (email);\n"},
                                    {QStringLiteral("migrations/20240401000000_later/migration.sql"), "SELECT 1;\n"}});
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_prisma"));
        // prisma-engines' _prisma_migrations for PostgreSQL.
        TestSandbox::exec(uri, QStringLiteral(R"SQL(
CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO _prisma_migrations VALUES
 ('6a0f0b4e-0000-4000-8000-000000000001', %1, now(), '20240101000000_init', NULL, NULL, now() - interval '2 seconds', 1),
 ('6a0f0b4e-0000-4000-8000-000000000002', 'deadbeef', now(), '20240201000000_email', NULL, NULL, now() - interval '1 second', 1),
 ('6a0f0b4e-0000-4000-8000-000000000003', 'cafe', NULL, '20240301000000_index', 'ERROR: boom', NULL, now(), 0),
 ('6a0f0b4e-0000-4000-8000-000000000004', 'f00d', now(), '20231201000000_old', NULL, NULL, now() - interval '1 day', 1);
)SQL").arg(sqlQuote(Checksum::sha256Hex(init))));
        const QMap<QString, QString> expected = {{QStringLiteral("20240101000000"), QStringLiteral("applied")},
                                                 {QStringLiteral("20240201000000"), QStringLiteral("changed")},
                                                 {QStringLiteral("20240301000000"), QStringLiteral("failed")},
                                                 {QStringLiteral("20240401000000"), QStringLiteral("pending")},
                                                 {QStringLiteral("20231201000000"), QStringLiteral("missing")}};
        const auto list = status(uri, dir, HistoryTool::Prisma);
        QCOMPARE(states(list), expected);
        QVERIFY(list.first().applied.executionMs >= 1900);
    }

    void sqitch()
    {
        const QByteArray users = "CREATE TABLE users (id int);\n";
        const QString dir = folder(QStringLiteral("sqitch"),
                                   {{QStringLiteral("sqitch.plan"),
                                     "%syntax-version=1.0.0\n%project=shop\n\n"
                                     "users 2024-01-01T10:00:00Z Ann <ann@example.com> # Add users\n"
                                     "emails 2024-01-02T10:00:00Z Ann <ann@example.com> # Add emails\n"
                                     "orders 2024-01-03T10:00:00Z Ann <ann@example.com> # Add orders\n"},
                                    {QStringLiteral("deploy/users.sql"), users},
                                    {QStringLiteral("deploy/emails.sql"), "ALTER TABLE users ADD email text;\n"},
                                    {QStringLiteral("deploy/orders.sql"), "CREATE TABLE orders (id int);\n"}});
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_sqitch"));
        // The changes and events tables of Sqitch's pg registry (sqitch-pg.sql).
        TestSandbox::exec(uri, QStringLiteral(R"SQL(
CREATE SCHEMA sqitch;
CREATE TABLE sqitch.changes (
    change_id       TEXT        PRIMARY KEY,
    script_hash     TEXT            NULL,
    change          TEXT        NOT NULL,
    project         TEXT        NOT NULL,
    note            TEXT        NOT NULL DEFAULT '',
    committed_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    committer_name  TEXT        NOT NULL,
    committer_email TEXT        NOT NULL,
    planned_at      TIMESTAMPTZ NOT NULL,
    planner_name    TEXT        NOT NULL,
    planner_email   TEXT        NOT NULL,
    UNIQUE(project, script_hash)
);
CREATE TABLE sqitch.events (
    event           TEXT        NOT NULL CHECK (event IN ('deploy', 'revert', 'fail', 'merge')),
    change_id       TEXT        NOT NULL,
    change          TEXT        NOT NULL,
    project         TEXT        NOT NULL,
    note            TEXT        NOT NULL DEFAULT '',
    requires        TEXT[]      NOT NULL DEFAULT '{}',
    conflicts       TEXT[]      NOT NULL DEFAULT '{}',
    tags            TEXT[]      NOT NULL DEFAULT '{}',
    committed_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    committer_name  TEXT        NOT NULL,
    committer_email TEXT        NOT NULL,
    planned_at      TIMESTAMPTZ NOT NULL,
    planner_name    TEXT        NOT NULL,
    planner_email   TEXT        NOT NULL,
    PRIMARY KEY (change_id, committed_at)
);
INSERT INTO sqitch.changes VALUES
 ('c1', %1, 'users', 'shop', 'Add users', now() - interval '3 minutes', 'Ann', 'ann@example.com', '2024-01-01T10:00:00Z', 'Ann', 'ann@example.com'),
 ('c2', 'feedface', 'emails', 'shop', 'Add emails', now() - interval '2 minutes', 'Ann', 'ann@example.com', '2024-01-02T10:00:00Z', 'Ann', 'ann@example.com'),
 ('c9', 'abcd', 'dropped', 'shop', 'Gone', now() - interval '1 minute', 'Ann', 'ann@example.com', '2024-01-02T10:00:00Z', 'Ann', 'ann@example.com');
INSERT INTO sqitch.events (event, change_id, change, project, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email) VALUES
 ('deploy', 'c1', 'users', 'shop', now() - interval '3 minutes', 'Ann', 'ann@example.com', '2024-01-01T10:00:00Z', 'Ann', 'ann@example.com'),
 ('deploy', 'c2', 'emails', 'shop', now() - interval '2 minutes', 'Ann', 'ann@example.com', '2024-01-02T10:00:00Z', 'Ann', 'ann@example.com'),
 ('fail', 'c3', 'orders', 'shop', now(), 'Ann', 'ann@example.com', '2024-01-03T10:00:00Z', 'Ann', 'ann@example.com');
)SQL").arg(sqlQuote(Checksum::sha1Hex(users))));
        const QMap<QString, QString> expected = {{QStringLiteral("users"), QStringLiteral("applied")},
                                                 {QStringLiteral("emails"), QStringLiteral("changed")},
                                                 {QStringLiteral("orders"), QStringLiteral("failed")},
                                                 {QStringLiteral("dropped"), QStringLiteral("missing")}};
        QCOMPARE(states(status(uri, dir, HistoryTool::Sqitch)), expected);
    }

    // users deployed, tagged @v1.0, then reworked and deployed again; both
    // instances applied, the old script edited afterwards.
    void sqitchReworked()
    {
        const QByteArray usersV1 = "CREATE TABLE users (id int);\n";
        const QByteArray usersV2 = "ALTER TABLE users ADD name text;\n";
        const QString dir = folder(QStringLiteral("sqitch_rework"),
                                   {{QStringLiteral("sqitch.plan"),
                                     "%project=shop\n"
                                     "users 2024-01-01T10:00:00Z Ann <a@b> # Add users\n"
                                     "@v1.0 2024-01-01T11:00:00Z Ann <a@b> # release\n"
                                     "users [users@v1.0] 2024-01-02T10:00:00Z Ann <a@b> # Name users\n"
                                     "orders 2024-01-03T10:00:00Z Ann <a@b> # Add orders\n"},
                                    {QStringLiteral("deploy/users@v1.0.sql"), usersV1 + "-- edited\n"},
                                    {QStringLiteral("deploy/users.sql"), usersV2},
                                    {QStringLiteral("deploy/orders.sql"), "CREATE TABLE orders (id int);\n"}});
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_sqitch_rework"));
        // changes and tags of Sqitch's pg registry (sqitch-pg.sql).
        TestSandbox::exec(uri, QStringLiteral(R"SQL(
CREATE SCHEMA sqitch;
CREATE TABLE sqitch.changes (
    change_id TEXT PRIMARY KEY, script_hash TEXT NULL, change TEXT NOT NULL, project TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL,
    planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, UNIQUE(project, script_hash));
CREATE TABLE sqitch.tags (
    tag_id TEXT PRIMARY KEY, tag TEXT NOT NULL, project TEXT NOT NULL, change_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL,
    planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, UNIQUE(project, tag));
CREATE TABLE sqitch.events (
    event TEXT NOT NULL, change_id TEXT NOT NULL, change TEXT NOT NULL, project TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    committer_name TEXT NOT NULL, committer_email TEXT NOT NULL, planned_at TIMESTAMPTZ NOT NULL,
    planner_name TEXT NOT NULL, planner_email TEXT NOT NULL, PRIMARY KEY (change_id, committed_at));
INSERT INTO sqitch.changes VALUES
 ('c1', %1, 'users', 'shop', 'Add users', now() - interval '3 minutes', 'Ann', 'a@b', '2024-01-01T10:00:00Z', 'Ann', 'a@b'),
 ('c2', %2, 'users', 'shop', 'Name users', now() - interval '1 minute', 'Ann', 'a@b', '2024-01-02T10:00:00Z', 'Ann', 'a@b');
INSERT INTO sqitch.tags VALUES
 ('t1', '@v1.0', 'shop', 'c1', 'release', now() - interval '3 minutes', 'Ann', 'a@b', '2024-01-01T11:00:00Z', 'Ann', 'a@b');
)SQL").arg(sqlQuote(Checksum::sha1Hex(usersV1)), sqlQuote(Checksum::sha1Hex(usersV2))));
        const QMap<QString, QString> expected = {{QStringLiteral("users@v1.0"), QStringLiteral("changed")},
                                                 {QStringLiteral("users"), QStringLiteral("applied")},
                                                 {QStringLiteral("orders"), QStringLiteral("pending")}};
        QCOMPARE(states(status(uri, dir, HistoryTool::Sqitch)), expected);
    }

    void otherToolsDetectedAndRead()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_others"));
        TestSandbox::exec(uri, QStringLiteral(R"SQL(
CREATE TABLE public.databasechangelog (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL,
  FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35),
  DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20),
  CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10));
INSERT INTO databasechangelog VALUES ('1', 'ann', 'db/changelog.xml', now(), 1, 'EXECUTED',
  '9:0123456789abcdef0123456789abcdef', 'createTable tableName=users', '', NULL, '4.24.0', NULL, NULL, '1234567890');
CREATE TABLE "django_migrations" ("id" bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
  "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" timestamp with time zone NOT NULL);
INSERT INTO django_migrations (app, name, applied) VALUES ('auth', '0001_initial', now());
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version VALUES ('ae1027a6acf');
)SQL"));
        pqxx::connection conn(uri.toStdString());
        const auto tables = HistoryReader::detect(conn);
        QCOMPARE(tables.size(), 3);
        const auto liquibase = HistoryReader::read(conn, *find(tables, HistoryTool::Liquibase));
        QCOMPARE(liquibase.size(), 1);
        QCOMPARE(liquibase.first().checksum, QStringLiteral("9:0123456789abcdef0123456789abcdef"));
        QCOMPARE(liquibase.first().appliedBy, QStringLiteral("ann"));
        const auto django = HistoryReader::read(conn, *find(tables, HistoryTool::Django));
        QCOMPARE(django.first().version, QStringLiteral("auth.0001_initial"));
        QVERIFY(django.first().appliedAt.isValid());
        const auto alembic = HistoryReader::read(conn, *find(tables, HistoryTool::Alembic));
        QCOMPARE(alembic.first().version, QStringLiteral("ae1027a6acf"));
    }

    void journal()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migr_journal"));
        pqxx::connection conn(uri.toStdString());
        // Reading creates nothing.
        QVERIFY(Journal::read(conn).isEmpty());
        QVERIFY(!Journal::exists(conn));
        QVERIFY(HistoryReader::detect(conn).isEmpty());
        {
            pqxx::nontransaction tx(conn);
            QVERIFY(tx.exec("SELECT 1 FROM pg_namespace WHERE nspname = 'slipway'").empty());
        }

        JournalEntry entry;
        entry.version = QStringLiteral("1");
        entry.name = QStringLiteral("create users");
        entry.checksum = Checksum::sha256Hex("CREATE TABLE users (id int);\n");
        entry.sql = QStringLiteral("CREATE TABLE users (id int);\n");
        entry.rollbackAvailable = true;
        const qint64 first = Journal::begin(conn, entry);
        QVERIFY(Journal::exists(conn));
        JournalEntry done;
        done.status = JournalEntry::Status::Succeeded;
        done.rowsAffected = 0;
        done.runLog = QStringLiteral("local:run/1");
        Journal::finish(conn, first, done);

        JournalEntry second = entry;
        second.version = QStringLiteral("2");
        second.name = QStringLiteral("bad");
        second.sql = QStringLiteral("SELEC 1");
        second.rollbackAvailable = false;
        const qint64 id2 = Journal::begin(conn, second);
        JournalEntry failed;
        failed.status = JournalEntry::Status::Failed;
        failed.errorMessage = QStringLiteral("syntax error at or near \"SELEC\"");
        failed.errorSqlState = QStringLiteral("42601");
        failed.errorPosition = 1;
        Journal::finish(conn, id2, failed);

        const QList<JournalEntry> entries = Journal::read(conn);
        QCOMPARE(entries.size(), 2);
        const JournalEntry &a = entries.first();
        QCOMPARE(a.version, QStringLiteral("1"));
        QCOMPARE(a.name, QStringLiteral("create users"));
        QCOMPARE(a.checksum, entry.checksum);
        QCOMPARE(a.sql, entry.sql);
        QCOMPARE(a.status, JournalEntry::Status::Succeeded);
        QCOMPARE(a.rowsAffected, qint64(0));
        QCOMPARE(a.runLog, QStringLiteral("local:run/1"));
        QVERIFY(a.rollbackAvailable);
        QVERIFY(!a.runBy.isEmpty());
        QVERIFY(a.startedAt.isValid() && a.finishedAt.isValid());
        QVERIFY(a.durationMs >= 0);
        QCOMPARE(a.database, QStringLiteral("migr_journal"));
        const JournalEntry &b = entries.last();
        QCOMPARE(b.status, JournalEntry::Status::Failed);
        QCOMPARE(b.errorSqlState, QStringLiteral("42601"));
        QCOMPARE(b.errorPosition, 1);
        QCOMPARE(b.rowsAffected, qint64(-1));

        const QJsonArray json = Journal::toJson(entries);
        const QJsonObject j = json.first().toObject();
        QCOMPARE(j.value(QStringLiteral("migration_id")).toString(), QStringLiteral("1_create_users"));
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QVERIFY(j.value(QStringLiteral("timestamp")).toString().endsWith(u'Z'));
        QCOMPARE(j.value(QStringLiteral("database")).toString(), QStringLiteral("migr_journal"));
        QCOMPARE(j.value(QStringLiteral("rows_affected")).toInt(), 0);
        QCOMPARE(j.value(QStringLiteral("checksum")).toString(), entry.checksum);
        QVERIFY(j.value(QStringLiteral("rollback_available")).toBool());
        QVERIFY(j.value(QStringLiteral("tables_affected")).isArray());
        QVERIFY(j.contains(QStringLiteral("duration_ms")));
        QVERIFY(j.contains(QStringLiteral("applied_by")));
        const QJsonObject k = json.last().toObject();
        QCOMPARE(k.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(k.value(QStringLiteral("notes")).toString().contains(QStringLiteral("42601")));

        // The journal as a history: a plain folder joined with it.
        const QString dir = folder(QStringLiteral("plain"),
                                   {{QStringLiteral("001_create_users.sql"), "CREATE TABLE users (id int);\n"},
                                    {QStringLiteral("002_bad.sql"), "SELECT 1;\n"},
                                    {QStringLiteral("003_more.sql"), "SELECT 3;\n"}});
        const QMap<QString, QString> expected = {{QStringLiteral("1"), QStringLiteral("applied")},
                                                 {QStringLiteral("2"), QStringLiteral("failed")},
                                                 {QStringLiteral("3"), QStringLiteral("pending")}};
        QCOMPARE(states(status(uri, dir, HistoryTool::Slipway)), expected);
    }
};

QTEST_GUILESS_MAIN(TestMigrationHistory)
#include "tst_migrationhistory.moc"
