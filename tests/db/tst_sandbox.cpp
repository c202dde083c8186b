// The sandbox itself: a second primary + replica in temporary folders (never the
// fixture's), replication lag, stale-sandbox cleanup and the CLI around it.

#include "db/sandbox.h"
#include "db/sandboxcleanup.h"
#include "db/sandboxinfo.h"
#include "testsandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <pqxx/pqxx>

#include <csignal>
#include <memory>

using namespace slipway;

namespace {

// Independent of SandboxCleanup on purpose: a zombie counts as gone.
bool pidAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0) return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) return true;
    const QByteArray text = stat.readAll();
    const qsizetype at = text.lastIndexOf(") ");
    return at < 0 || (text.at(at + 2) != 'Z' && text.at(at + 2) != 'X');
}

bool waitPidGone(qint64 pid, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (pidAlive(pid) && timer.elapsed() < timeoutMs)
        QThread::msleep(50);
    return !pidAlive(pid);
}

qint64 postmasterPid(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("postmaster.pid")));
    if (!file.open(QIODevice::ReadOnly)) return 0;
    return file.readLine().trimmed().toLongLong();
}

QString queryOne(const QString &uriOrConninfo, const std::string &sql)
{
    pqxx::connection connection(uriOrConninfo.toStdString());
    pqxx::nontransaction tx(connection);
    const pqxx::result rows = tx.exec(sql);
    return rows.empty() || rows[0][0].is_null()
               ? QString()
               : QString::fromStdString(rows[0][0].as<std::string>());
}

} // namespace

class TstSandbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reportsProgress();
    void serversAreReachable();
    void writesSandboxJson();
    void passwordRoleNeedsPassword();
    void replicaStreamsAndLagIsReadable();
    void cleanupLeavesLiveSandboxAlone();
    void cliStartOnLiveDirFails();
    void stopRemovesEverything();
    void destructorStopsOwnedSandbox();
    void killedOwnerIsCleanedUp();
    void crashedDirIsReused();
    void demoIsLoadedAndRecorded();
    void cliUsageErrors();

private:
    int runCli(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);

    QTemporaryDir m_tmp;
    QString m_base;
    std::unique_ptr<Sandbox> m_sandbox;
    QList<int> m_percents;
    qint64 m_startMs = 0;
};

int TstSandbox::runCli(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SLIPWAY_SANDBOX_BASE"), m_base); // never the shared base
    process.setProcessEnvironment(environment);
    process.start(test::TestSandbox::cliPath(), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out) *out = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (err) *err = errors;
    if (process.exitCode() != 0)
        qInfo("slipway-cli %s -> %d\n%s", qPrintable(arguments.join(u' ')), process.exitCode(),
              errors.constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TstSandbox::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // As root the servers run as postgres, which must be able to walk into our folders.
    QVERIFY(QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ExeOwner | QFile::ExeGroup |
                                                    QFile::ExeOther));
    m_base = QDir(m_tmp.path()).filePath(QStringLiteral("base"));
    qputenv("PGPASSFILE", "/nonexistent"); // no stored password may make a login work
    qunsetenv("PGPASSWORD");

    Sandbox::Options options;
    options.baseDir = m_base;
    options.dir = QDir(m_base).filePath(QStringLiteral("main"));
    m_sandbox = std::make_unique<Sandbox>(options);
    connect(m_sandbox.get(), &Sandbox::progress, this, [this](int percent, const QString &step) {
        QVERIFY(!step.isEmpty());
        m_percents << percent;
    });
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_startMs = timer.elapsed();
    QVERIFY(m_sandbox->isStarted());
}

void TstSandbox::cleanupTestCase()
{
    if (m_sandbox) m_sandbox->stop();
}

void TstSandbox::reportsProgress()
{
    QVERIFY2(m_startMs < 30000, qPrintable(QStringLiteral("start took %1 ms").arg(m_startMs)));
    QVERIFY(m_percents.size() >= 5);
    QCOMPARE(m_percents.first(), 0);
    QCOMPARE(m_percents.last(), 100);
    QVERIFY(std::is_sorted(m_percents.begin(), m_percents.end()));
}

void TstSandbox::serversAreReachable()
{
    const SandboxInfo info = m_sandbox->info();
    QCOMPARE(info.host, QStringLiteral("127.0.0.1"));
    QVERIFY(info.primaryPort > 0 && info.replicaPort > 0 && info.primaryPort != info.replicaPort);
    QCOMPARE(queryOne(info.primaryUri(), "SELECT pg_is_in_recovery()"), QStringLiteral("f"));
    QCOMPARE(queryOne(info.replicaUri(), "SELECT pg_is_in_recovery()"), QStringLiteral("t"));
    QCOMPARE(queryOne(info.primaryUri(), "SELECT current_user"), QStringLiteral("postgres"));
    QCOMPARE(queryOne(info.primaryUri(), "SHOW listen_addresses"), QStringLiteral("127.0.0.1"));
    // The private unix socket directory works too.
    const QString socketDir = QDir(info.dir).filePath(QStringLiteral("run"));
    QCOMPARE(queryOne(info.primaryUri(), "SHOW unix_socket_directories"), socketDir);
    const QString viaSocket = QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres")
                                  .arg(socketDir)
                                  .arg(info.replicaPort);
    QCOMPARE(queryOne(viaSocket, "SELECT pg_is_in_recovery()"), QStringLiteral("t"));
}

void TstSandbox::writesSandboxJson()
{
    const SandboxInfo info = m_sandbox->info();
    QString error;
    const auto loaded = SandboxInfo::load(info.dir, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->dir, QDir(m_base).filePath(QStringLiteral("main")));
    QCOMPARE(loaded->primaryPort, info.primaryPort);
    QCOMPARE(loaded->replicaPort, info.replicaPort);
    QCOMPARE(loaded->superuser, QStringLiteral("postgres"));
    QCOMPARE(loaded->ownerPid, QCoreApplication::applicationPid());
    QVERIFY(loaded->demoDatabase.isEmpty());
    QVERIFY(!loaded->replicationSlot.isEmpty());
    QCOMPARE(loaded->primaryUri(),
             QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(info.primaryPort));
    pqxx::connection connection(info.primaryUri().toStdString());
    pqxx::nontransaction tx(connection);
    const pqxx::row slot =
        tx.exec_params1("SELECT slot_type, active FROM pg_replication_slots WHERE slot_name = $1",
                        loaded->replicationSlot.toStdString());
    QCOMPARE(slot[0].as<std::string>(), std::string("physical"));
    QVERIFY(slot[1].as<bool>());
}

void TstSandbox::passwordRoleNeedsPassword()
{
    const SandboxInfo info = m_sandbox->info();
    test::TestSandbox::exec(info.primaryUri(),
                            QStringLiteral("CREATE ROLE tst_pw LOGIN PASSWORD 'secret' "
                                           "IN ROLE slipway_password_auth;"
                                           "CREATE ROLE tst_trusted LOGIN"));
    QCOMPARE(queryOne(info.primaryUri(),
                      "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'slipway_password_auth'"),
             QStringLiteral("f"));
    const QString base =
        QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres ").arg(info.primaryPort);
    bool rejected = false;
    try {
        queryOne(base + QStringLiteral("user=tst_pw"), "SELECT 1");
    } catch (const pqxx::broken_connection &e) {
        rejected = QString::fromUtf8(e.what()).contains(QLatin1String("password"));
    }
    QVERIFY(rejected);
    try {
        queryOne(base + QStringLiteral("user=tst_pw password=wrong"), "SELECT 1");
        QFAIL("a wrong password was accepted");
    } catch (const pqxx::broken_connection &) {
    }
    QCOMPARE(queryOne(base + QStringLiteral("user=tst_pw password=secret"), "SELECT current_user"),
             QStringLiteral("tst_pw"));
    QCOMPARE(queryOne(base + QStringLiteral("user=tst_trusted"), "SELECT current_user"),
             QStringLiteral("tst_trusted"));
}

void TstSandbox::replicaStreamsAndLagIsReadable()
{
    const SandboxInfo info = m_sandbox->info();
    pqxx::connection primary(info.primaryUri().toStdString());
    pqxx::nontransaction tx(primary);
    tx.exec("CREATE TABLE lag_probe (id int PRIMARY KEY, note text)");
    tx.exec("INSERT INTO lag_probe VALUES (1, 'hello replica')");
    const std::string written =
        tx.exec("SELECT pg_current_wal_lsn()::text")[0][0].as<std::string>();

    const pqxx::row replication = tx.exec1(
        "SELECT state, replay_lag::text, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) "
        "FROM pg_stat_replication");
    QCOMPARE(replication[0].as<std::string>(), std::string("streaming"));
    QVERIFY(replication[2].as<double>() >= 0); // lag in bytes

    // The row reaches the replica, and the primary sees the replay catch up.
    QString note;
    bool caughtUp = false;
    QElapsedTimer timer;
    timer.start();
    while ((note.isEmpty() || !caughtUp) && timer.elapsed() < 15000) {
        try {
            note = queryOne(info.replicaUri(), "SELECT note FROM lag_probe WHERE id = 1");
        } catch (const pqxx::sql_error &) {
            // table not replayed yet
        }
        caughtUp = tx.exec_params1("SELECT coalesce(pg_wal_lsn_diff(replay_lsn, $1::pg_lsn) >= 0, "
                                   "false) FROM pg_stat_replication",
                                   written)[0]
                       .as<bool>();
        QThread::msleep(50);
    }
    QCOMPARE(note, QStringLiteral("hello replica"));
    QVERIFY(caughtUp);
    QCOMPARE(queryOne(info.replicaUri(), "SELECT pg_last_xact_replay_timestamp() IS NOT NULL"),
             QStringLiteral("t"));
    const QString seconds = queryOne(
        info.replicaUri(), "SELECT extract(epoch FROM now() - pg_last_xact_replay_timestamp())");
    bool ok = false;
    QVERIFY(seconds.toDouble(&ok) >= 0 && ok);
}

void TstSandbox::cleanupLeavesLiveSandboxAlone()
{
    const SandboxInfo info = m_sandbox->info();
    const QStringList removed = SandboxCleanup::cleanStale(m_base);
    QVERIFY2(!removed.contains(info.dir), qPrintable(removed.join(u',')));
    QVERIFY(QFileInfo::exists(QDir(info.dir).filePath(QStringLiteral("sandbox.json"))));
    QCOMPARE(queryOne(info.primaryUri(), "SELECT 1"), QStringLiteral("1"));
    QCOMPARE(queryOne(info.replicaUri(), "SELECT 1"), QStringLiteral("1"));
}

void TstSandbox::cliStartOnLiveDirFails()
{
    const SandboxInfo info = m_sandbox->info();
    QByteArray err;
    QCOMPARE(runCli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"),
                     info.dir},
                    nullptr, &err),
             1);
    QVERIFY2(err.contains("already running"), err.constData());
    QVERIFY2(err.contains("slipway-cli sandbox stop --dir " + info.dir.toUtf8()), err.constData());
    const auto still = SandboxInfo::load(info.dir);
    QVERIFY(still);
    QCOMPARE(still->primaryPort, info.primaryPort);
    QCOMPARE(queryOne(info.primaryUri(), "SELECT 1"), QStringLiteral("1"));
}

void TstSandbox::stopRemovesEverything()
{
    const SandboxInfo info = m_sandbox->info();
    const qint64 primaryPid = postmasterPid(QDir(info.dir).filePath(QStringLiteral("primary")));
    const qint64 replicaPid = postmasterPid(QDir(info.dir).filePath(QStringLiteral("replica")));
    QVERIFY(pidAlive(primaryPid) && pidAlive(replicaPid));
    QString error;
    QVERIFY2(m_sandbox->stop(&error), qPrintable(error));
    QVERIFY(!m_sandbox->isStarted());
    QVERIFY(!QFileInfo::exists(info.dir));
    QVERIFY(waitPidGone(primaryPid));
    QVERIFY(waitPidGone(replicaPid));
}

void TstSandbox::destructorStopsOwnedSandbox()
{
    QString dir;
    qint64 pid = 0;
    {
        Sandbox::Options options;
        options.baseDir = m_base;
        options.replica = false;
        Sandbox sandbox(options);
        // As the GUI does it: start() on a worker thread, progress queued to this one.
        QList<int> percents;
        connect(&sandbox, &Sandbox::progress, this,
                [&percents](int percent, const QString &) { percents << percent; });
        QString error;
        QFuture<bool> started =
            QtConcurrent::run([&sandbox, &error] { return sandbox.start(&error); });
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 60000);
        QVERIFY2(started.result(), qPrintable(error));
        QTRY_COMPARE(percents.value(percents.size() - 1), 100);
        dir = sandbox.info().dir;
        QVERIFY(dir.startsWith(m_base + QLatin1Char('/'))); // a fresh folder under the base
        QCOMPARE(sandbox.info().replicaPort, 0);
        pid = postmasterPid(QDir(dir).filePath(QStringLiteral("primary")));
        QVERIFY(pidAlive(pid));
    }
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(waitPidGone(pid));
}

void TstSandbox::killedOwnerIsCleanedUp()
{
    // An owned sandbox whose owner dies without stopping it (SIGKILL, crash).
    QProcess owner;
    owner.start(QStringLiteral("sleep"), {QStringLiteral("300")});
    QVERIFY(owner.waitForStarted());
    const QString dir = QDir(m_base).filePath(QStringLiteral("killed"));
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"),
                     dir, QStringLiteral("--owner-pid"), QString::number(owner.processId()),
                     QStringLiteral("--json")},
                    &out),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("owner_pid")).toInteger(), owner.processId());
    QCOMPARE(json.value(QStringLiteral("dir")).toString(), dir);
    const qint64 primaryPid = postmasterPid(QDir(dir).filePath(QStringLiteral("primary")));
    const qint64 replicaPid = postmasterPid(QDir(dir).filePath(QStringLiteral("replica")));
    QVERIFY(pidAlive(primaryPid) && pidAlive(replicaPid));

    // Owner alive: cleanup keeps it.
    QVERIFY(!SandboxCleanup::cleanStale(m_base).contains(dir));
    QVERIFY(QFileInfo::exists(dir) && pidAlive(primaryPid));

    owner.kill();
    QVERIFY(owner.waitForFinished());

    // The next start finds it stale: servers stopped, folder gone.
    Sandbox::Options options;
    options.baseDir = m_base;
    options.dir = QDir(m_base).filePath(QStringLiteral("next"));
    options.replica = false;
    Sandbox next(options);
    QString error;
    QVERIFY2(next.start(&error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(waitPidGone(primaryPid));
    QVERIFY(waitPidGone(replicaPid));
    QVERIFY(next.stop());
}

void TstSandbox::crashedDirIsReused()
{
    const QString dir = QDir(m_tmp.path()).filePath(QStringLiteral("crashed"));
    const QStringList start{QStringLiteral("sandbox"), QStringLiteral("start"),
                            QStringLiteral("--dir"), dir};
    QCOMPARE(runCli(start), 0);
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("sandbox"), QStringLiteral("status"), QStringLiteral("--dir"),
                     dir, QStringLiteral("--json")},
                    &out),
             0);
    QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(QStringLiteral("owner_pid")).toInteger(), 0); // detached
    QVERIFY(status.value(QStringLiteral("primary_running")).toBool());
    QVERIFY(status.value(QStringLiteral("replica_running")).toBool());

    // Crash both servers.
    const qint64 primaryPid = postmasterPid(QDir(dir).filePath(QStringLiteral("primary")));
    const qint64 replicaPid = postmasterPid(QDir(dir).filePath(QStringLiteral("replica")));
    QVERIFY(::kill(static_cast<pid_t>(primaryPid), SIGKILL) == 0);
    QVERIFY(::kill(static_cast<pid_t>(replicaPid), SIGKILL) == 0);
    QVERIFY(waitPidGone(primaryPid) && waitPidGone(replicaPid));
    QCOMPARE(
        runCli({QStringLiteral("sandbox"), QStringLiteral("status"), QStringLiteral("--dir"), dir}),
        1);

    // Starting again in the same folder cleans the remains and works.
    QCOMPARE(runCli(start, &out), 0);
    QVERIFY2(out.contains("postgresql://postgres@127.0.0.1:"), out.constData());
    const auto info = SandboxInfo::load(dir);
    QVERIFY(info);
    QCOMPARE(queryOne(info->replicaUri(), "SELECT pg_is_in_recovery()"), QStringLiteral("t"));
    const qint64 newPrimaryPid = postmasterPid(QDir(dir).filePath(QStringLiteral("primary")));
    QVERIFY(newPrimaryPid != primaryPid && pidAlive(newPrimaryPid));

    QCOMPARE(
        runCli({QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--dir"), dir}),
        0);
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(waitPidGone(newPrimaryPid));
}

void TstSandbox::demoIsLoadedAndRecorded()
{
    const QString dir = QDir(m_tmp.path()).filePath(QStringLiteral("demo"));
    QByteArray out;
    QCOMPARE(
        runCli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), dir,
                QStringLiteral("--demo"), QStringLiteral("--demo-rows"), QStringLiteral("500"),
                QStringLiteral("--no-replica"), QStringLiteral("--json")},
               &out),
        0);
    QString error;
    const auto info = SandboxInfo::fromJson(out, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->replicaPort, 0);
    QCOMPARE(info->demoDatabase, QStringLiteral("slipway_demo"));
    QCOMPARE(info->demoMigrationsDir, QDir(dir).filePath(QStringLiteral("demo-migrations")));
    QVERIFY(!QDir(info->demoMigrationsDir)
                 .entryList({QStringLiteral("V*.sql")}, QDir::Files)
                 .isEmpty());
    QCOMPARE(queryOne(info->primaryUri(info->demoDatabase), "SELECT current_database()"),
             QStringLiteral("slipway_demo"));
    QCOMPARE(
        runCli({QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--dir"), dir}),
        0);
    QVERIFY(!QFileInfo::exists(dir));
}

void TstSandbox::cliUsageErrors()
{
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("--version")}, &out), 0);
    QVERIFY(out.startsWith("slipway-cli "));
    QCOMPARE(runCli({}), 64);
    QCOMPARE(runCli({QStringLiteral("no-such-command")}), 64);
    QCOMPARE(runCli({QStringLiteral("sandbox")}), 64);
    QCOMPARE(
        runCli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--bogus")}), 64);
    QCOMPARE(runCli({QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--demo")}),
             64);
    // Nothing under our private base: status and stop say so and fail.
    QCOMPARE(runCli({QStringLiteral("sandbox"), QStringLiteral("status")}), 1);
    QCOMPARE(runCli({QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--dir"),
                     QDir(m_tmp.path()).filePath(QStringLiteral("nothing-here"))}),
             1);
}

QTEST_GUILESS_MAIN(TstSandbox)
#include "tst_sandbox.moc"
