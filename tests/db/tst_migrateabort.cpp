// slipway-cli migrate stops at the monitor's abort thresholds: a migration
// that holds ACCESS EXCLUSIVE while the application waits behind it is
// cancelled once that wait passes --abort-lock-wait (exit 3, journaled as
// failed, nothing applied); with --no-monitor it is left to run.
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <thread>

using slipway::test::TestSandbox;

class TestMigrateAbort : public QObject {
    Q_OBJECT

    static QString scalar(const QString &uri, const char *sql)
    {
        pqxx::connection conn(uri.toStdString());
        const pqxx::result r = pqxx::nontransaction(conn).exec(sql);
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    }

private slots:
    void anApplicationWaitingTooLongAbortsTheRun()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migrate_abort"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, note text);"
                                              "INSERT INTO accounts SELECT g, NULL FROM generate_series(1, 100) g;"));
        QTemporaryDir dir;
        QFile up(dir.filePath(QStringLiteral("1_slow.up.sql")));
        QVERIFY(up.open(QIODevice::WriteOnly));
        up.write("UPDATE accounts SET note = 'migrated';\nSELECT pg_sleep(25);\n");
        up.close();

        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), uri, QStringLiteral("--dir"), dir.path(),
                                           QStringLiteral("--format"), QStringLiteral("golang-migrate"),
                                           QStringLiteral("--abort-lock-wait"), QStringLiteral("1.5")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!scalar(uri, "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(25)%'")
                                      .isEmpty(),
                                 20000);
        // The application writes a row the migration has locked: it waits.
        std::thread application([&] {
            pqxx::connection conn(uri.toStdString());
            pqxx::nontransaction(conn).exec("UPDATE accounts SET note = 'app' WHERE id = 1");
        });
        QVERIFY(cli.waitForFinished(20000));
        application.join();
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 3, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Aborted by the monitor")) && err.contains(QStringLiteral("lock")),
                 qPrintable(err));
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed()))); // not the 25 s sleep
        QCOMPARE(scalar(uri, "SELECT count(*) FROM accounts WHERE note = 'migrated'"), QStringLiteral("0"));
        QCOMPARE(scalar(uri, "SELECT note FROM accounts WHERE id = 1"), QStringLiteral("app"));
        QCOMPARE(scalar(uri, "SELECT status FROM slipway.journal WHERE version = '1'"), QStringLiteral("failed"));
    }

    void optionsAreChecked()
    {
        QProcess cli;
        cli.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), QStringLiteral("postgresql:///x"),
                                           QStringLiteral("--dir"), QStringLiteral("/tmp"),
                                           QStringLiteral("--abort-lock-wait"), QStringLiteral("soon")});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 64);
        QVERIFY(cli.readAllStandardError().contains("--abort-lock-wait"));
    }
};

QTEST_GUILESS_MAIN(TestMigrateAbort)
#include "tst_migrateabort.moc"
