#include "db/connectionprofile.h"
#include "db/session.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

using namespace slipway;
using test::TestSandbox;

namespace {

template<typename T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        qFatal("future did not finish within %d ms", timeoutMs);
    return future.result();
}

// A loopback port nobody listens on.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSandbox::exec(TestSandbox::primary(), QStringLiteral(
            "DO $$ BEGIN"
            " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tst_pw_user') THEN"
            "  CREATE ROLE tst_pw_user LOGIN PASSWORD 'right-password' IN ROLE slipway_password_auth;"
            " END IF; END $$"));
    }

    void opensAndReportsServer()
    {
        Session session;
        QSignalSpy states(&session, &Session::stateChanged);
        const auto result = await(session.open(TestSandbox::primary()));
        QVERIFY2(result.ok(), qPrintable(result.error.toText()));
        QCOMPARE(result.value.versionNumber / 10000, 15);
        QVERIFY(result.value.version.startsWith(QLatin1String("15.")));
        QCOMPARE(result.value.database, QStringLiteral("postgres"));
        QCOMPARE(result.value.user, TestSandbox::info().superuser);
        QVERIFY(result.value.superuser);
        QVERIFY(!result.value.inRecovery);
        QVERIFY(result.value.backendPid > 0);
        QCOMPARE(session.state(), Session::State::Connected);
        QTRY_VERIFY(states.count() >= 2);
        QCOMPARE(states.last().first().value<Session::State>(), Session::State::Connected);
    }

    void replicaReportsRecovery()
    {
        Session session;
        const auto result = await(session.open(TestSandbox::replica()));
        QVERIFY2(result.ok(), qPrintable(result.error.toText()));
        QVERIFY(result.value.inRecovery);
    }

    void readOnlyProfileOpensReadOnly()
    {
        DbError error;
        ConnectionProfile profile = ConnectionProfile::fromConnectionString(TestSandbox::primary(), &error);
        profile.readOnly = true;
        Session session;
        const auto opened = await(session.open(profile.conninfo()));
        QVERIFY2(opened.ok(), qPrintable(opened.error.toText()));
        QVERIFY(opened.value.readOnly);
        const auto write = await(session.execute(QStringLiteral("CREATE TABLE tst_should_not_exist (id int)")));
        QCOMPARE(write.error.sqlState, QStringLiteral("25006")); // read_only_sql_transaction
    }

    void executeReturnsRowsAndCommandTags()
    {
        Session session;
        QVERIFY(await(session.open(TestSandbox::primary())).ok());
        const auto result = await(session.execute(QStringLiteral(
            "CREATE TEMP TABLE t(id int, name text);"
            "INSERT INTO t VALUES (1, 'a'), (2, NULL);"
            "SELECT id, name FROM t ORDER BY id")));
        QVERIFY2(result.ok(), qPrintable(result.error.toText()));
        QCOMPARE(result.value.columns, (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(result.value.rows.size(), 2);
        QCOMPARE(result.value.rows[0][1].toString(), QStringLiteral("a"));
        QVERIFY(result.value.rows[1][1].isNull());
        QCOMPARE(result.value.commandTag, QStringLiteral("SELECT 2"));
        const auto update = await(session.execute(QStringLiteral("UPDATE t SET name = 'b'")));
        QCOMPARE(update.value.rowsAffected, 2);
    }

    void syntaxErrorCarriesPositionAndSqlState()
    {
        Session session;
        QVERIFY(await(session.open(TestSandbox::primary())).ok());
        const QString sql = QStringLiteral("SELECT 1;\n  SELEC 2;");
        const auto result = await(session.execute(sql));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, DbError::Kind::Sql);
        QCOMPARE(result.error.sqlState, QStringLiteral("42601"));
        QCOMPARE(result.error.lineColumn(), std::make_pair(2, 3));
        QVERIFY(result.error.message.contains(QStringLiteral("SELEC")));
        // The session is still usable.
        QVERIFY(await(session.execute(QStringLiteral("SELECT 1"))).ok());
    }

    void errorCarriesDetailAndHint()
    {
        Session session;
        QVERIFY(await(session.open(TestSandbox::primary())).ok());
        const auto result = await(session.execute(QStringLiteral(
            "DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', HINT = 'the hint',"
            " ERRCODE = 'P0001'; END $$")));
        QCOMPARE(result.error.sqlState, QStringLiteral("P0001"));
        QCOMPARE(result.error.message, QStringLiteral("boom"));
        QCOMPARE(result.error.detail, QStringLiteral("the detail"));
        QCOMPARE(result.error.hint, QStringLiteral("the hint"));
    }

    void pqxxJobsRunOnTheWorker()
    {
        Session session;
        QVERIFY(await(session.open(TestSandbox::primary())).ok());
        const auto sum = await(session.run<int>([](pqxx::connection_base &conn) {
            pqxx::work tx(conn);
            return tx.exec_params1("SELECT $1::int + $2::int", 40, 2)[0].as<int>();
        }));
        QVERIFY(sum.ok());
        QCOMPARE(sum.value, 42);
        const auto failing = await(session.run<int>([](pqxx::connection_base &conn) {
            pqxx::work tx(conn);
            tx.exec("SELECT * FROM no_such_table");
            return 0;
        }));
        QCOMPARE(failing.error.sqlState, QStringLiteral("42P01"));
        QCOMPARE(failing.error.kind, DbError::Kind::Sql);
        QVERIFY(failing.error.message.contains(QStringLiteral("no_such_table")));
    }

    void cancelStopsALongQuery()
    {
        Session session;
        QVERIFY(await(session.open(TestSandbox::primary())).ok());
        QElapsedTimer timer;
        timer.start();
        auto running = session.execute(QStringLiteral("SELECT pg_sleep(30)"));
        // Wait until the server shows the sleep, then cancel from this (another) thread.
        const int pid = session.serverInfo().backendPid;
        pqxx::connection observer(TestSandbox::primary().toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                pqxx::nontransaction tx(observer);
                return tx.exec_params1("SELECT count(*) FROM pg_stat_activity WHERE pid = $1 AND state = 'active'", pid)[0].as<int>() == 1;
            }(),
            10000);
        QString error;
        QVERIFY2(session.cancel(&error), qPrintable(error));
        const auto result = await(running);
        QCOMPARE(result.error.kind, DbError::Kind::Cancelled);
        QCOMPARE(result.error.sqlState, QStringLiteral("57014"));
        QVERIFY(timer.elapsed() < 15000);
        QCOMPARE(session.state(), Session::State::Connected);
        QVERIFY(await(session.execute(QStringLiteral("SELECT 1"))).ok());
    }

    void terminatedBackendIsReportedAndReconnects()
    {
        Session session;
        QSignalSpy lost(&session, &Session::connectionLost);
        const auto opened = await(session.open(TestSandbox::primary()));
        QVERIFY(opened.ok());
        TestSandbox::exec(TestSandbox::primary(),
                          QStringLiteral("SELECT pg_terminate_backend(%1)").arg(opened.value.backendPid));
        const auto result = await(session.execute(QStringLiteral("SELECT 1")));
        QCOMPARE(result.error.kind, DbError::Kind::ConnectionLost);
        QTRY_COMPARE(lost.count(), 1);
        QCOMPARE(session.state(), Session::State::Lost);
        // Further work says so instead of hanging or crashing.
        const auto afterLoss = await(session.execute(QStringLiteral("SELECT 1")));
        QCOMPARE(afterLoss.error.kind, DbError::Kind::ConnectionLost);
        const auto again = await(session.reconnect());
        QVERIFY2(again.ok(), qPrintable(again.error.toText()));
        QVERIFY(again.value.backendPid != opened.value.backendPid);
        QVERIFY(await(session.execute(QStringLiteral("SELECT 1"))).ok());
    }

    void terminatedDuringPqxxJobIsReported()
    {
        Session session;
        QSignalSpy lost(&session, &Session::connectionLost);
        const auto opened = await(session.open(TestSandbox::primary()));
        QVERIFY(opened.ok());
        TestSandbox::exec(TestSandbox::primary(),
                          QStringLiteral("SELECT pg_terminate_backend(%1)").arg(opened.value.backendPid));
        const auto result = await(session.run<int>([](pqxx::connection_base &conn) {
            pqxx::work tx(conn);
            return tx.exec1("SELECT 1")[0].as<int>();
        }));
        QCOMPARE(result.error.kind, DbError::Kind::ConnectionLost);
        QTRY_COMPARE(lost.count(), 1);
        QCOMPARE(session.state(), Session::State::Lost);
    }

    void badConnectionInputs_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<int>("kind");
        const SandboxInfo &s = TestSandbox::info();
        const QString base = QStringLiteral("host=%1 port=%2 connect_timeout=5 ").arg(s.host).arg(s.primaryPort);
        QTest::newRow("malformed uri") << QStringLiteral("postgresql://%1:notaport/postgres").arg(s.host)
                                       << int(DbError::Kind::InvalidInput);
        QTest::newRow("wrong password") << base + QStringLiteral("user=tst_pw_user password=wrong dbname=postgres")
                                        << int(DbError::Kind::AuthenticationFailed);
        QTest::newRow("missing password") << base + QStringLiteral("user=tst_pw_user dbname=postgres passfile=/nonexistent")
                                          << int(DbError::Kind::PasswordRequired);
        QTest::newRow("closed port") << QStringLiteral("host=127.0.0.1 port=%1 connect_timeout=5 user=postgres").arg(closedPort())
                                     << int(DbError::Kind::Unreachable);
        QTest::newRow("unknown database") << base + QStringLiteral("user=%1 dbname=no_such_db").arg(s.superuser)
                                          << int(DbError::Kind::UnknownDatabase);
        QTest::newRow("tls required") << base + QStringLiteral("user=%1 sslmode=require").arg(s.superuser)
                                      << int(DbError::Kind::Tls);
    }

    void badConnectionInputs()
    {
        QFETCH(QString, conninfo);
        QFETCH(int, kind);
        Session session;
        const auto result = await(session.open(conninfo));
        QVERIFY(!result.ok());
        QVERIFY2(int(result.error.kind) == kind,
                 qPrintable(QStringLiteral("got %1: %2").arg(int(result.error.kind)).arg(result.error.toText())));
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(session.state(), Session::State::Disconnected);
        QString error;
        QVERIFY(!session.cancel(&error));
    }

    void passwordAuthenticationWorks()
    {
        const SandboxInfo &s = TestSandbox::info();
        Session session;
        const auto result = await(session.open(
            QStringLiteral("host=%1 port=%2 user=tst_pw_user password=right-password dbname=postgres")
                .arg(s.host).arg(s.primaryPort)));
        QVERIFY2(result.ok(), qPrintable(result.error.toText()));
        QCOMPARE(result.value.user, QStringLiteral("tst_pw_user"));
    }

    void serviceFileAndPgpassAreHonoured()
    {
        const SandboxInfo &s = TestSandbox::info();
        QTemporaryDir dir;
        QFile services(dir.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(services.open(QIODevice::WriteOnly));
        services.write(QStringLiteral("[tst_sandbox]\nhost=%1\nport=%2\nuser=tst_pw_user\ndbname=postgres\n")
                           .arg(s.host).arg(s.primaryPort).toUtf8());
        services.close();
        QFile pgpass(dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(QStringLiteral("%1:%2:*:tst_pw_user:right-password\n").arg(s.host).arg(s.primaryPort).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGSERVICEFILE", services.fileName().toLocal8Bit());
        qputenv("PGPASSFILE", pgpass.fileName().toLocal8Bit());
        auto restore = qScopeGuard([] {
            qunsetenv("PGSERVICEFILE");
            qunsetenv("PGPASSFILE");
        });

        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("svc"), Environment::Staging);
        profile.source = ConnectionProfile::Source::Service;
        profile.service = QStringLiteral("tst_sandbox");
        DbError error;
        const QString conninfo = profile.conninfo({}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toText()));
        QVERIFY(!conninfo.contains(QStringLiteral("password")));
        Session session;
        const auto result = await(session.open(conninfo));
        QVERIFY2(result.ok(), qPrintable(result.error.toText()));
        QCOMPARE(result.value.user, QStringLiteral("tst_pw_user"));
        QCOMPARE(result.value.port, s.primaryPort);
    }

    void destroyingABusySessionDoesNotHang()
    {
        QElapsedTimer timer;
        timer.start();
        {
            Session session;
            QVERIFY(await(session.open(TestSandbox::primary())).ok());
            session.execute(QStringLiteral("SELECT pg_sleep(60)"));
            QTest::qWait(300);
        }
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
