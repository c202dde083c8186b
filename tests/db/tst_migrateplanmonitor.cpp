// slipway-cli migrate --plan watches the database as a folder run does: a
// backfill step holds its batches while a session waits for a lock longer than
// --max-lock-wait and goes on once the wait is over; a SQL step that keeps the
// application waiting past --abort-lock-wait is cancelled (exit 3).
#include "plan/migrationplan.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <thread>

using slipway::plan::MigrationPlan;
using slipway::plan::PlanStep;
using slipway::run::BackfillSpec;
using slipway::test::TestSandbox;

class TestMigratePlanMonitor : public QObject {
    Q_OBJECT

    static QString scalar(const QString &uri, const char *sql)
    {
        pqxx::connection conn(uri.toStdString());
        const pqxx::result r = pqxx::nontransaction(conn).exec(sql);
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    }

    static QString savePlan(const QTemporaryDir &dir, const PlanStep &step)
    {
        MigrationPlan plan;
        plan.title = QStringLiteral("monitored plan");
        plan.steps = {step};
        plan.summarize();
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        return plan.save(path) ? path : QString();
    }

    static void startCli(QProcess &cli, const QString &uri, const QString &plan, const QStringList &extra)
    {
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        cli.start(TestSandbox::cliPath(),
                  QStringList{QStringLiteral("migrate"), uri, QStringLiteral("--plan"), plan} + extra);
        QVERIFY(cli.waitForStarted());
    }

private slots:
    void aBackfillStepHoldsWhileASessionWaits()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migrate_plan_throttle"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, done bool NOT NULL DEFAULT false);"
                                              "INSERT INTO items SELECT g FROM generate_series(1, 3000) g;"
                                              "CREATE TABLE other (id int);"));
        PlanStep step;
        step.title = QStringLiteral("Mark every item done");
        step.sql = QStringLiteral("UPDATE items SET done = true WHERE NOT done");
        BackfillSpec spec;
        spec.name = QStringLiteral("items_done");
        spec.table = QStringLiteral("items");
        spec.set = QStringLiteral("done = true");
        spec.predicate = QStringLiteral("NOT done");
        spec.initialBatchSize = spec.minBatchSize = spec.maxBatchSize = 50;
        spec.pauseMs = 150; // 60 batches: about 10 s unthrottled
        step.backfill = spec;
        QTemporaryDir dir;
        const QString plan = savePlan(dir, step);
        QVERIFY(!plan.isEmpty());

        QProcess cli;
        startCli(cli, uri, plan, {QStringLiteral("--max-lock-wait"), QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(scalar(uri, "SELECT count(*) FROM items WHERE done").toInt() > 0, 20000);

        // An unrelated session holds a lock the "application" waits for.
        pqxx::connection blocker(uri.toStdString());
        pqxx::work hold(blocker);
        hold.exec("LOCK TABLE other IN ACCESS EXCLUSIVE MODE");
        std::thread application([&] {
            pqxx::connection conn(uri.toStdString());
            pqxx::nontransaction(conn).exec("SELECT count(*) FROM other");
        });
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(cli.readAllStandardError()))
                                     .contains(QLatin1String("Monitor: Throttle")),
                                 15000);
        // Held: no batch commits while the application waits.
        QTest::qWait(1000); // a batch already running when the throttle came finishes
        const int heldAt = scalar(uri, "SELECT count(*) FROM items WHERE done").toInt();
        QTest::qWait(2500);
        QCOMPARE(scalar(uri, "SELECT count(*) FROM items WHERE done").toInt(), heldAt);
        QVERIFY2(heldAt < 3000, qPrintable(err));

        hold.commit();
        application.join();
        QVERIFY(cli.waitForFinished(60000));
        err += QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Monitor: Resume")), qPrintable(err));
        QCOMPARE(scalar(uri, "SELECT count(*) FROM items WHERE done"), QStringLiteral("3000"));
    }

    void aSqlStepKeepingTheApplicationWaitingIsAborted()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("migrate_plan_abort"));
        TestSandbox::exec(uri, QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, note text);"
                                              "INSERT INTO accounts SELECT g, NULL FROM generate_series(1, 100) g;"));
        PlanStep step;
        step.title = QStringLiteral("Slow update");
        step.sql = QStringLiteral("UPDATE accounts SET note = 'migrated';\nSELECT pg_sleep(25)");
        QTemporaryDir dir;
        const QString plan = savePlan(dir, step);
        QVERIFY(!plan.isEmpty());

        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        startCli(cli, uri, plan, {QStringLiteral("--abort-lock-wait"), QStringLiteral("1.5")});
        QTRY_VERIFY_WITH_TIMEOUT(!scalar(uri, "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(25)%'")
                                      .isEmpty(),
                                 20000);
        std::thread application([&] {
            pqxx::connection conn(uri.toStdString());
            pqxx::nontransaction(conn).exec("UPDATE accounts SET note = 'app' WHERE id = 1");
        });
        QVERIFY(cli.waitForFinished(20000));
        application.join();
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 3, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Aborted by the monitor")), qPrintable(err));
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(scalar(uri, "SELECT count(*) FROM accounts WHERE note = 'migrated'"), QStringLiteral("0"));
        QCOMPARE(scalar(uri, "SELECT note FROM accounts WHERE id = 1"), QStringLiteral("app"));
    }

    void throttleOptionsNeedAPlan()
    {
        QProcess cli;
        cli.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), QStringLiteral("postgresql:///x"),
                                           QStringLiteral("--dir"), QStringLiteral("/tmp"),
                                           QStringLiteral("--max-lag"), QStringLiteral("5")});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 64);
        QVERIFY(cli.readAllStandardError().contains("--plan"));
    }
};

QTEST_GUILESS_MAIN(TestMigratePlanMonitor)
#include "tst_migrateplanmonitor.moc"
