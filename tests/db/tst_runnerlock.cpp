// The runner lock on a real server: one holder at a time, the second learns
// who holds it, waiting gives up on time, and a closed connection frees it.
#include "run/runnerlock.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway::run;
using slipway::test::TestSandbox;

class TestRunnerLock : public QObject {
    Q_OBJECT

    QString m_uri;

    std::unique_ptr<pqxx::connection> connect(const char *application)
    {
        auto conn = std::make_unique<pqxx::connection>(m_uri.toStdString());
        pqxx::nontransaction(*conn).exec_params("SELECT set_config('application_name', $1, false)",
                                                application);
        return conn;
    }

private slots:
    void initTestCase() { m_uri = TestSandbox::freshDatabase(QStringLiteral("runner_lock")); }

    void oneHolderAtATime()
    {
        auto first = connect("slipway migrate first");
        auto second = connect("slipway migrate second");
        const int key = RunnerLock::migrationsKey();

        QVERIFY(RunnerLock::tryAcquire(*first, key));
        QVERIFY(!RunnerLock::holder(*first, key)); // its own hold is not "another holder"
        QVERIFY(!RunnerLock::tryAcquire(*second, key));

        const std::optional<RunnerLockHolder> holder = RunnerLock::holder(*second, key);
        QVERIFY(holder);
        QCOMPARE(holder->pid, first->backendpid());
        QCOMPARE(holder->application, QStringLiteral("slipway migrate first"));
        QVERIFY(holder->describe().contains(QString::number(first->backendpid())));

        // A backfill key is a different lock.
        const int backfill = RunnerLock::backfillKey(QStringLiteral("orders.status"));
        QVERIFY(backfill != key);
        QCOMPARE(RunnerLock::backfillKey(QStringLiteral("orders.status")), backfill);
        QVERIFY(RunnerLock::tryAcquire(*second, backfill));
        RunnerLock::release(*second, backfill);

        RunnerLock::release(*first, key);
        QVERIFY(RunnerLock::tryAcquire(*second, key));
        RunnerLock::release(*second, key);
    }

    void waitingGivesUpOnTime()
    {
        auto first = connect("holder");
        auto second = connect("waiter");
        const int key = RunnerLock::migrationsKey();
        QVERIFY(RunnerLock::tryAcquire(*first, key));

        QElapsedTimer timer;
        timer.start();
        QVERIFY(!RunnerLock::acquire(*second, key, 600));
        QVERIFY2(timer.elapsed() >= 550, qPrintable(QString::number(timer.elapsed())));

        int polls = 0;
        QVERIFY(!RunnerLock::acquire(*second, key, 60000, [&] { return ++polls >= 2; }));
        QCOMPARE(polls, 2);
        RunnerLock::release(*first, key);
    }

    void closedConnectionFreesTheLock()
    {
        auto second = connect("next runner");
        const int key = RunnerLock::migrationsKey();
        {
            auto crashed = connect("crashed runner");
            QVERIFY(RunnerLock::tryAcquire(*crashed, key));
        } // connection closed without release, as when the process dies
        QVERIFY(RunnerLock::acquire(*second, key, 5000));
        RunnerLock::release(*second, key);
    }
};

QTEST_GUILESS_MAIN(TestRunnerLock)
#include "tst_runnerlock.moc"
