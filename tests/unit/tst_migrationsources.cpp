// Migrations folders in every supported layout, written by the test, and the
// errors a malformed folder gives (each naming its file).
#include "migrations/checksum.h"
#include "migrations/migrationsource.h"
#include "migrations/migrationstatus.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway::migrations;

class TestMigrationSources : public QObject {
    Q_OBJECT

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write(content);
    }

    static bool hasError(const MigrationSet &set, const QString &fileName, const QString &words)
    {
        for (const MigrationError &e : set.errors) {
            if (e.path.endsWith(fileName) && e.message.contains(fileName) && e.message.contains(words))
                return true;
        }
        return false;
    }

    static QString dump(const MigrationSet &set)
    {
        QStringList lines;
        for (const MigrationError &e : set.errors) lines << e.message;
        return lines.join(u'\n');
    }

private slots:
    void checksums()
    {
        QCOMPARE(qint32(Checksum::crc32("123456789")), qint32(0xCBF43926u));
        // Flyway: lines without terminators, any line ending, BOM dropped.
        const qint32 expected = -1929710232;
        QCOMPARE(Checksum::flyway("CREATE TABLE users (id int);\nINSERT INTO users VALUES (1);\n"),
                 expected);
        QCOMPARE(Checksum::flyway("CREATE TABLE users (id int);\r\nINSERT INTO users VALUES (1);"),
                 expected);
        QCOMPARE(Checksum::flyway("\xEF\xBB\xBF" "CREATE TABLE users (id int);\rINSERT INTO users VALUES (1);\r\n"),
                 expected);
        QCOMPARE(Checksum::sha256Hex("CREATE TABLE users (id int);\n"),
                 QStringLiteral("537129faaa4be351bd58fa07b80cf56476785f89e597a6820328d2c49ac6ae05"));
    }

    void versionsOrderNumerically()
    {
        QVERIFY(MigrationSource::compareVersions(QStringLiteral("1.9"), QStringLiteral("1.10")) < 0);
        QVERIFY(MigrationSource::compareVersions(QStringLiteral("2"), QStringLiteral("10")) < 0);
        QCOMPARE(MigrationSource::compareVersions(QStringLiteral("1.0"), QStringLiteral("1")), 0);
    }

    void flyway()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__create_users.sql")),
              "CREATE TABLE users (id int);\nINSERT INTO users VALUES (1);\n");
        write(dir.filePath(QStringLiteral("V1_1__add_email.sql")), "ALTER TABLE users ADD email text;\n");
        write(dir.filePath(QStringLiteral("V10__index.sql")), "CREATE INDEX CONCURRENTLY i ON users (email);\n");
        write(dir.filePath(QStringLiteral("V10__index.sql.conf")), "executeInTransaction=false\n");
        write(dir.filePath(QStringLiteral("V2__later.sql")), "SELECT 2;\n");
        write(dir.filePath(QStringLiteral("U1_1__add_email.sql")), "ALTER TABLE users DROP email;\n");
        write(dir.filePath(QStringLiteral("R__users_view.sql")), "CREATE OR REPLACE VIEW v AS SELECT 1;\n");
        QCOMPARE(MigrationSource::detect(dir.path()), MigrationFormat::Flyway);
        const MigrationSet set = MigrationSource::load(dir.path());
        QVERIFY2(set.errors.isEmpty(), qPrintable(dump(set)));
        QCOMPARE(set.format, MigrationFormat::Flyway);
        QCOMPARE(set.migrations.size(), 5);
        QCOMPARE(set.migrations[0].version, QStringLiteral("1"));
        QCOMPARE(set.migrations[0].name, QStringLiteral("create users"));
        QCOMPARE(set.migrations[0].checksum, QStringLiteral("-1929710232"));
        QCOMPARE(set.migrations[0].checksumKind, ChecksumKind::FlywayCrc32);
        QCOMPARE(set.migrations[1].version, QStringLiteral("1.1"));
        QCOMPARE(set.migrations[1].downSql, QStringLiteral("ALTER TABLE users DROP email;\n"));
        QVERIFY(set.migrations[1].downPath.endsWith(QStringLiteral("U1_1__add_email.sql")));
        QCOMPARE(set.migrations[2].version, QStringLiteral("2"));
        QCOMPARE(set.migrations[3].version, QStringLiteral("10"));
        QVERIFY(set.migrations[3].mustRunOutsideTransaction);
        QVERIFY(!set.migrations[2].mustRunOutsideTransaction);
        QVERIFY(set.migrations[4].repeatable);
        QCOMPARE(set.migrations[4].name, QStringLiteral("users view"));
        QVERIFY(set.migrations[4].version.isEmpty());
    }

    void flywayMalformed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__a.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("V1__b.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("U7__nothing.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("V2__ok.sql")), "SELECT 2;\n");
        write(dir.filePath(QStringLiteral("notes.sql")), "SELECT 3;\n");
        write(dir.filePath(QStringLiteral("V3__unreadable.sql")), "SELECT 3;\n");
        QFile::setPermissions(dir.filePath(QStringLiteral("V3__unreadable.sql")), QFileDevice::Permissions());
        const bool canReadAnyway = QFile(dir.filePath(QStringLiteral("V3__unreadable.sql"))).open(QIODevice::ReadOnly); // root
        const MigrationSet set = MigrationSource::load(dir.path(), MigrationFormat::Flyway);
        QVERIFY2(hasError(set, QStringLiteral("V1__b.sql"), QStringLiteral("duplicate version 1")), qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("U7__nothing.sql"), QStringLiteral("without")), qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("notes.sql"), QStringLiteral("not a Flyway")), qPrintable(dump(set)));
        if (!canReadAnyway)
            QVERIFY2(hasError(set, QStringLiteral("V3__unreadable.sql"), QStringLiteral("cannot read")), qPrintable(dump(set)));
        // The rest still loads.
        QStringList versions;
        for (const Migration &m : set.migrations) versions << m.version;
        QVERIFY(versions.contains(QStringLiteral("1")));
        QVERIFY(versions.contains(QStringLiteral("2")));
    }

    void golangMigrate()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("000001_create_users.up.sql")), "CREATE TABLE users (id int);\n");
        write(dir.filePath(QStringLiteral("000001_create_users.down.sql")), "DROP TABLE users;\n");
        write(dir.filePath(QStringLiteral("000002_add_email.up.sql")), "ALTER TABLE users ADD email text;\n");
        QCOMPARE(MigrationSource::detect(dir.path()), MigrationFormat::GolangMigrate);
        const MigrationSet set = MigrationSource::load(dir.path());
        QVERIFY2(set.errors.isEmpty(), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 2);
        QCOMPARE(set.migrations[0].version, QStringLiteral("1")); // stored as bigint
        QCOMPARE(set.migrations[0].name, QStringLiteral("create users"));
        QCOMPARE(set.migrations[0].downSql, QStringLiteral("DROP TABLE users;\n"));
        QCOMPARE(set.migrations[0].checksum,
                 QStringLiteral("537129faaa4be351bd58fa07b80cf56476785f89e597a6820328d2c49ac6ae05"));
        QVERIFY(set.migrations[1].downSql.isEmpty());
    }

    void golangMigrateMalformed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("1_a.up.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("01_b.up.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("3_orphan.down.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("readme.sql")), "SELECT 1;\n");
        const MigrationSet set = MigrationSource::load(dir.path(), MigrationFormat::GolangMigrate);
        QVERIFY2(hasError(set, QStringLiteral("3_orphan.down.sql"), QStringLiteral("down migration without an up")),
                 qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("readme.sql"), QStringLiteral("not a golang-migrate")),
                 qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("1_a.up.sql"), QStringLiteral("duplicate version 1")),
                 qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 1);
    }

    void dbmate()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("20240101120000_create_users.sql")),
              "-- migrate:up\nCREATE TABLE users (id int);\n\n-- migrate:down\nDROP TABLE users;\n");
        write(dir.filePath(QStringLiteral("20240102120000_index.sql")),
              "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON users (id);\n"
              "-- migrate:down\nDROP INDEX i;\n");
        QCOMPARE(MigrationSource::detect(dir.path()), MigrationFormat::Dbmate);
        const MigrationSet set = MigrationSource::load(dir.path());
        QVERIFY2(set.errors.isEmpty(), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 2);
        QCOMPARE(set.migrations[0].version, QStringLiteral("20240101120000"));
        QCOMPARE(set.migrations[0].upSql, QStringLiteral("CREATE TABLE users (id int);"));
        QCOMPARE(set.migrations[0].downSql, QStringLiteral("DROP TABLE users;"));
        QVERIFY(!set.migrations[0].mustRunOutsideTransaction);
        QVERIFY(set.migrations[1].mustRunOutsideTransaction);
    }

    void dbmateMalformed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("1_marker.sql")), "-- migrate:up\nSELECT 1;\n-- migrate:sideways\nSELECT 2;\n");
        write(dir.filePath(QStringLiteral("2_nomarker.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("5_option.sql")), "-- migrate:up transaction:maybe\nSELECT 1;\n");
        write(dir.filePath(QStringLiteral("3_dup.sql")), "-- migrate:up\nSELECT 1;\n");
        write(dir.filePath(QStringLiteral("4_ok.sql")), "-- migrate:up\nSELECT 4;\n");
        const MigrationSet set = MigrationSource::load(dir.path(), MigrationFormat::Dbmate);
        QVERIFY2(hasError(set, QStringLiteral("1_marker.sql"), QStringLiteral("unknown dbmate marker")), qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("2_nomarker.sql"), QStringLiteral("no \"-- migrate:up\"")), qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("5_option.sql"), QStringLiteral("unknown dbmate option")), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 2); // 3_dup and 4_ok
    }

    void sqitch()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("sqitch.plan")),
              "%syntax-version=1.0.0\n%project=shop\n\n"
              "users 2024-01-01T10:00:00Z Ann <ann@example.com> # Add users\n"
              "@v1.0 2024-01-01T11:00:00Z Ann <ann@example.com> # release\n"
              "emails [users] 2024-01-02T10:00:00Z Ann <ann@example.com> # Add emails\n");
        write(dir.filePath(QStringLiteral("deploy/users.sql")), "CREATE TABLE users (id int);\n");
        write(dir.filePath(QStringLiteral("revert/users.sql")), "DROP TABLE users;\n");
        write(dir.filePath(QStringLiteral("verify/users.sql")), "SELECT id FROM users WHERE false;\n");
        write(dir.filePath(QStringLiteral("deploy/emails.sql")), "ALTER TABLE users ADD email text;\n");
        QCOMPARE(MigrationSource::detect(dir.path()), MigrationFormat::Sqitch);
        const MigrationSet set = MigrationSource::load(dir.path());
        QVERIFY2(set.errors.isEmpty(), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 2);
        QCOMPARE(set.migrations[0].version, QStringLiteral("users"));
        QCOMPARE(set.migrations[0].name, QStringLiteral("Add users"));
        QCOMPARE(set.migrations[0].downSql, QStringLiteral("DROP TABLE users;\n"));
        QCOMPARE(set.migrations[0].verifySql, QStringLiteral("SELECT id FROM users WHERE false;\n"));
        QCOMPARE(set.migrations[0].checksum, Checksum::sha1Hex("CREATE TABLE users (id int);\n"));
        QCOMPARE(set.migrations[1].version, QStringLiteral("emails"));
        QVERIFY(set.migrations[1].verifySql.isEmpty());
    }

    // `sqitch rework users` after @v1.0: the first instance deploys
    // deploy/users@v1.0.sql (version "users@v1.0"), the newest deploy/users.sql.
    void sqitchReworked()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("sqitch.plan")),
              "%project=shop\n"
              "users 2024-01-01T10:00:00Z Ann <a@b> # Add users\n"
              "@v1.0 2024-01-01T11:00:00Z Ann <a@b> # release\n"
              "emails [users] 2024-01-02T10:00:00Z Ann <a@b> # Add emails\n"
              "users [users@v1.0] 2024-01-03T10:00:00Z Ann <a@b> # Users get a name\n"
              "users 2024-01-04T10:00:00Z Ann <a@b> # twice without a tag between\n"
              "@v1.1 2024-01-03T11:00:00Z Ann <a@b> # release\n");
        write(dir.filePath(QStringLiteral("deploy/users@v1.0.sql")), "CREATE TABLE users (id int);\n");
        write(dir.filePath(QStringLiteral("revert/users@v1.0.sql")), "DROP TABLE users;\n");
        write(dir.filePath(QStringLiteral("deploy/users.sql")), "CREATE TABLE users (id int, name text);\n");
        write(dir.filePath(QStringLiteral("revert/users.sql")), "DROP TABLE users;\n");
        write(dir.filePath(QStringLiteral("deploy/emails.sql")), "ALTER TABLE users ADD email text;\n");
        const MigrationSet set = MigrationSource::load(dir.path());
        QStringList versions;
        for (const Migration &m : set.migrations)
            versions << m.version;
        QCOMPARE(versions, QStringList({QStringLiteral("users@v1.0"), QStringLiteral("emails"), QStringLiteral("users")}));
        QCOMPARE(set.migrations[0].upSql, QStringLiteral("CREATE TABLE users (id int);\n"));
        QCOMPARE(set.migrations[0].downSql, QStringLiteral("DROP TABLE users;\n"));
        QCOMPARE(set.migrations[2].upSql, QStringLiteral("CREATE TABLE users (id int, name text);\n"));
        QCOMPARE(set.migrations[2].name, QStringLiteral("Users get a name"));
        QCOMPARE(set.errors.size(), 1);
        QVERIFY2(hasError(set, QStringLiteral("sqitch.plan"), QStringLiteral("without a tag between")), qPrintable(dump(set)));
    }

    void sqitchMalformed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("sqitch.plan")),
              "%project=shop\nusers 2024-01-01T10:00:00Z Ann <a@b> # x\nghost 2024-01-01T10:00:00Z Ann <a@b> # y\n");
        write(dir.filePath(QStringLiteral("deploy/users.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("revert/stray.sql")), "SELECT 1;\n");
        const MigrationSet set = MigrationSource::load(dir.path());
        QVERIFY2(hasError(set, QStringLiteral("ghost.sql"), QStringLiteral("missing")), qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("stray.sql"), QStringLiteral("not in sqitch.plan")), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 1);
    }

    void prisma()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("migrations/migration_lock.toml")), "provider = \"postgresql\"\n");
        write(dir.filePath(QStringLiteral("migrations/20240101000000_init/migration.sql")),
              "CREATE TABLE users (id int);\n");
        write(dir.filePath(QStringLiteral("migrations/20240201000000_add_email/migration.sql")),
              "ALTER TABLE users ADD email text;\n");
        QCOMPARE(MigrationSource::detect(dir.path()), MigrationFormat::Prisma);
        const MigrationSet set = MigrationSource::load(dir.path());
        QVERIFY2(set.errors.isEmpty(), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 2);
        QCOMPARE(set.migrations[0].version, QStringLiteral("20240101000000"));
        QCOMPARE(set.migrations[0].name, QStringLiteral("init"));
        QCOMPARE(set.migrations[0].checksum,
                 QStringLiteral("537129faaa4be351bd58fa07b80cf56476785f89e597a6820328d2c49ac6ae05"));
    }

    void prismaLineEndings()
    {
        // Prisma accepts the checksum of the script with either line ending.
        Migration m;
        m.version = QStringLiteral("1");
        m.checksum = Checksum::sha256Hex("A;\r\nB;\r\n");
        m.acceptedChecksums = Checksum::prismaAccepted("A;\r\nB;\r\n");
        AppliedMigration a;
        a.tool = HistoryTool::Prisma;
        a.version = QStringLiteral("1");
        a.checksum = Checksum::sha256Hex("A;\nB;\n");
        QCOMPARE(MigrationStatus::join({m}, {a}).first().state, MigrationStatus::State::Applied);
        a.checksum = Checksum::sha256Hex("A;\nC;\n");
        QCOMPARE(MigrationStatus::join({m}, {a}).first().state, MigrationStatus::State::Changed);
    }

    void prismaMalformed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("20240101000000_init/migration.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("20240102000000_empty/notes.txt")), "nothing\n");
        QDir().mkpath(dir.filePath(QStringLiteral("stray")));
        const MigrationSet set = MigrationSource::load(dir.path(), MigrationFormat::Prisma);
        QVERIFY2(hasError(set, QStringLiteral("20240102000000_empty/migration.sql"), QStringLiteral("missing")),
                 qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("stray"), QStringLiteral("not a Prisma")), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 1);
    }

    void plain()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("001_create_users.sql")), "CREATE TABLE users (id int);\n");
        write(dir.filePath(QStringLiteral("002-add-email.sql")), "ALTER TABLE users ADD email text;\n");
        write(dir.filePath(QStringLiteral("010_index.sql")), "CREATE INDEX i ON users (email);\n");
        QCOMPARE(MigrationSource::detect(dir.path()), MigrationFormat::Plain);
        const MigrationSet set = MigrationSource::load(dir.path());
        QVERIFY2(set.errors.isEmpty(), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 3);
        QCOMPARE(set.migrations[0].version, QStringLiteral("1"));
        QCOMPARE(set.migrations[1].name, QStringLiteral("add-email"));
        QCOMPARE(set.migrations[2].version, QStringLiteral("10"));
    }

    void plainMalformed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("001_a.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("1_b.sql")), "SELECT 1;\n");
        write(dir.filePath(QStringLiteral("seed.sql")), "SELECT 1;\n");
        const MigrationSet set = MigrationSource::load(dir.path(), MigrationFormat::Plain);
        QVERIFY2(hasError(set, QStringLiteral("1_b.sql"), QStringLiteral("duplicate version 1")), qPrintable(dump(set)));
        QVERIFY2(hasError(set, QStringLiteral("seed.sql"), QStringLiteral("not a numbered")), qPrintable(dump(set)));
        QCOMPARE(set.migrations.size(), 1);
    }

    void emptyOrMissingFolder()
    {
        QTemporaryDir dir;
        QCOMPARE(MigrationSource::detect(dir.path()), MigrationFormat::Unknown);
        QCOMPARE(MigrationSource::load(dir.path()).errors.size(), 1);
        const MigrationSet missing = MigrationSource::load(dir.filePath(QStringLiteral("nope")));
        QVERIFY(hasError(missing, QStringLiteral("nope"), QStringLiteral("not a folder")));
    }

    void statusJoin()
    {
        QList<Migration> folder;
        for (const char *v : {"1", "2", "3", "4"}) {
            Migration m;
            m.version = QString::fromLatin1(v);
            m.checksum = QStringLiteral("c") + m.version;
            m.checksumKind = ChecksumKind::FlywayCrc32;
            folder.append(m);
        }
        auto applied = [](const char *v, const char *checksum, bool success = true) {
            AppliedMigration a;
            a.tool = HistoryTool::Flyway;
            a.version = QString::fromLatin1(v);
            a.checksum = QString::fromLatin1(checksum);
            a.success = success;
            return a;
        };
        const QList<AppliedMigration> history = {applied("1", "c1"), applied("3", "changed"),
                                                 applied("4", "c4", false), applied("9", "c9")};
        const QList<MigrationStatus> s = MigrationStatus::join(folder, history);
        QCOMPARE(s.size(), 5);
        QCOMPARE(s[0].state, MigrationStatus::State::Applied);
        QCOMPARE(s[1].state, MigrationStatus::State::OutOfOrder);
        QCOMPARE(s[2].state, MigrationStatus::State::Changed);
        QCOMPARE(s[3].state, MigrationStatus::State::Failed);
        QCOMPARE(s[4].state, MigrationStatus::State::Missing);
        QCOMPARE(s[4].version, QStringLiteral("9"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationSources)
#include "tst_migrationsources.moc"
