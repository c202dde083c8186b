#include "sandbox.h"

#include "demodatabase.h"
#include "freeport.h"
#include "sandboxcleanup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include <pqxx/pqxx>

namespace slipway {

namespace {

const char *const kHost = "127.0.0.1";
const char *const kSuperuser = "postgres";
const char *const kSlot = "slipway_replica";
const char *const kDemoDatabase = "slipway_demo";
const int kPortAttempts = 3;
const int kStreamingTimeoutMs = 30000;

QString configLiteral(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

bool appendToFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(text.toUtf8()) >= 0;
}

bool replaceFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

std::string conninfo(int port)
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres connect_timeout=10")
        .arg(QLatin1String(kHost))
        .arg(port)
        .arg(QLatin1String(kSuperuser))
        .toStdString();
}

} // namespace

// One start() run: the steps in order, each failing with a message a person can act on.
class Sandbox::Starter {
public:
    explicit Starter(Sandbox &sandbox)
        : m_sandbox(sandbox)
        , m_options(sandbox.m_options)
    {
    }

    bool run(QString *error)
    {
        const bool ok = prepareDirectory() && createPrimary() &&
                        startServer(QStringLiteral("primary")) && preparePrimary() &&
                        installDemo() && createReplica() && waitForStreaming() && writeInfo();
        if (ok) {
            m_sandbox.m_info = m_info;
            report(100, Sandbox::tr("Sandbox ready"));
            return true;
        }
        if (m_ownsDir) {
            SandboxCleanup::stopServer(SandboxCleanup::replicaDir(m_dir), nullptr);
            SandboxCleanup::stopServer(SandboxCleanup::primaryDir(m_dir), nullptr);
            QDir(m_dir).removeRecursively();
        }
        if (error) *error = m_error;
        return false;
    }

private:
    bool fail(const QString &message)
    {
        m_error = cancelled() ? Sandbox::tr("Starting the sandbox was cancelled.") : message;
        return false;
    }

    bool cancelled() const { return m_sandbox.m_cancel.load(); }

    void report(int percent, const QString &step)
    {
        // With the demo, its loading takes 30..70 % and the other steps share the rest.
        if (m_options.demo) percent = percent < 50 ? percent * 3 / 5 : 70 + (percent - 50) * 3 / 5;
        emit m_sandbox.progress(percent, step);
    }

    bool prepareDirectory()
    {
        report(0, Sandbox::tr("Removing stale sandboxes"));
        QString error;
        const QString base = m_options.baseDir.isEmpty()
                                 ? SandboxCleanup::defaultBaseDir()
                                 : QDir::cleanPath(QDir(m_options.baseDir).absolutePath());
        if (!SandboxCleanup::ensureBaseDir(base, &error)) return fail(error);
        QStringList cleanupErrors;
        SandboxCleanup::cleanStale(base, &cleanupErrors);
        for (const QString &message : std::as_const(cleanupErrors))
            qWarning("%s", qUtf8Printable(message));

        if (m_options.dir.isEmpty()) {
            QTemporaryDir created(QDir(base).filePath(QStringLiteral("sandbox-XXXXXX")));
            if (!created.isValid())
                return fail(Sandbox::tr("Could not create a sandbox folder in %1: %2")
                                .arg(QDir::toNativeSeparators(base), created.errorString()));
            created.setAutoRemove(false);
            m_dir = created.path();
        } else {
            m_dir = QDir::cleanPath(QDir(m_options.dir).absolutePath());
            if (!reuseExistingDir()) return false;
        }
        m_ownsDir = true;
        const QFile::Permissions permissions =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
            (PgTool::runningAsRoot() ? QFile::ExeGroup | QFile::ExeOther : QFile::Permissions());
        if (!QDir().mkpath(m_dir) || !QFile::setPermissions(m_dir, permissions) ||
            !replaceFile(QDir(m_dir).filePath(SandboxCleanup::markerFile()),
                         QString::number(QCoreApplication::applicationPid()) + QLatin1Char('\n')))
            return fail(Sandbox::tr("Could not prepare the sandbox folder %1.")
                            .arg(QDir::toNativeSeparators(m_dir)));
        const QString socketDir = SandboxCleanup::socketDir(m_dir);
        // sockaddr_un holds 107 bytes: ".s.PGSQL.65535" must fit behind the folder.
        if (QFile::encodeName(socketDir).size() > 90)
            return fail(Sandbox::tr("The path %1 is too long for the servers' unix sockets. "
                                    "Choose a shorter sandbox folder.")
                            .arg(QDir::toNativeSeparators(m_dir)));
        if (!PgTool::makeServerDir(socketDir, &error) ||
            !PgTool::makeServerDir(SandboxCleanup::logDir(m_dir), &error))
            return fail(error);
        if (PgTool::runningAsRoot() &&
            !PgTool::run(QStringLiteral("test"), {QStringLiteral("-w"), socketDir}, &error))
            return fail(Sandbox::tr("The servers run as the user \"%1\", which cannot reach %2. "
                                    "Make the folders above it traversable (chmod o+x) or "
                                    "choose another sandbox folder.")
                            .arg(PgTool::serverUser(), QDir::toNativeSeparators(m_dir)));
        m_info.dir = m_dir;
        m_info.host = QLatin1String(kHost);
        m_info.superuser = QLatin1String(kSuperuser);
        m_info.ownerPid =
            m_options.ownerPid < 0 ? QCoreApplication::applicationPid() : m_options.ownerPid;
        return !cancelled() || fail(QString());
    }

    // --dir pointing at an existing folder: fine when empty, cleaned when it
    // holds a dead sandbox, refused when its sandbox is alive or it holds anything else.
    bool reuseExistingDir()
    {
        const QFileInfo info(m_dir);
        if (!info.exists()) return true;
        const QString shown = QDir::toNativeSeparators(m_dir);
        if (!info.isDir()) return fail(Sandbox::tr("%1 exists and is not a folder.").arg(shown));
        if (QDir(m_dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                QDir::System))
            return true;
        if (!SandboxCleanup::isSandbox(m_dir))
            return fail(Sandbox::tr("%1 is not empty and does not hold a sandbox. Choose a new or "
                                    "empty folder.")
                            .arg(shown));
        const SandboxCleanup::State state = SandboxCleanup::inspect(m_dir);
        if (state.live) {
            const QString where =
                state.primaryPort
                    ? Sandbox::tr("A sandbox is already running in %1 (primary on port %2).")
                          .arg(shown)
                          .arg(state.primaryPort)
                    : Sandbox::tr("A sandbox is already running in %1.").arg(shown);
            return fail(
                where + QLatin1Char(' ') +
                Sandbox::tr("Stop it first with: slipway-cli sandbox stop --dir %1").arg(shown));
        }
        report(1, Sandbox::tr("Removing the stopped sandbox in %1").arg(shown));
        QString error;
        return SandboxCleanup::remove(m_dir, &error) || fail(error);
    }

    bool createPrimary()
    {
        report(5, Sandbox::tr("Creating the primary database cluster"));
        const QString primary = SandboxCleanup::primaryDir(m_dir);
        QString error;
        if (!PgTool::makeServerDir(primary, &error)) return fail(error);
        if (!PgTool::run(QStringLiteral("initdb"),
                         {QStringLiteral("-D"), primary, QStringLiteral("-U"),
                          QLatin1String(kSuperuser), QStringLiteral("--auth=trust"),
                          QStringLiteral("-N"), QStringLiteral("--no-locale"), QStringLiteral("-E"),
                          QStringLiteral("UTF8")},
                         &error, &m_sandbox.m_cancel))
            return fail(Sandbox::tr("Could not create the primary cluster: %1").arg(error));

        report(25, Sandbox::tr("Configuring the primary server"));
        const QString config =
            QStringLiteral("\n# Slipway sandbox: loopback only, fast and disposable.\n"
                           "listen_addresses = '%1'\n"
                           "unix_socket_directories = %2\n"
                           "fsync = off\n"
                           "full_page_writes = off\n"
                           "wal_level = replica\n"
                           "max_wal_senders = 10\n"
                           "max_replication_slots = 10\n"
                           "hot_standby = on\n"
                           "hot_standby_feedback = on\n"
                           "wal_receiver_status_interval = 1s\n")
                .arg(QLatin1String(kHost), configLiteral(SandboxCleanup::socketDir(m_dir)));
        const QString hba = QStringLiteral(
            "# Slipway sandbox: trust on loopback, except for members of slipway_password_auth.\n"
            "# TYPE  DATABASE     USER                    ADDRESS        METHOD\n"
            "local   all          all                                    trust\n"
            "local   replication  all                                    trust\n"
            "host    all          +slipway_password_auth  127.0.0.1/32   scram-sha-256\n"
            "host    all          all                     127.0.0.1/32   trust\n"
            "host    replication  all                     127.0.0.1/32   trust\n");
        if (!appendToFile(QDir(primary).filePath(QStringLiteral("postgresql.conf")), config) ||
            !replaceFile(QDir(primary).filePath(QStringLiteral("pg_hba.conf")), hba))
            return fail(Sandbox::tr("Could not write the configuration of %1.")
                            .arg(QDir::toNativeSeparators(primary)));
        return true;
    }

    // Starts the server in <dir>/<name> on a free port, trying another port when
    // someone took the chosen one in the meantime.
    bool startServer(const QString &name)
    {
        const bool primary = name == QLatin1String("primary");
        report(primary ? 30 : 75, primary ? Sandbox::tr("Starting the primary server")
                                          : Sandbox::tr("Starting the replica server"));
        const QString dataDir = QDir(m_dir).filePath(name);
        const QString log =
            QDir(SandboxCleanup::logDir(m_dir)).filePath(name + QLatin1String(".log"));
        QString error;
        for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
            const int port = freePort(QLatin1String(kHost), &error);
            if (!port) return fail(error);
            // The last `port` line in postgresql.conf wins.
            if (!appendToFile(QDir(dataDir).filePath(QStringLiteral("postgresql.conf")),
                              QStringLiteral("port = %1\n").arg(port)))
                return fail(Sandbox::tr("Could not write the configuration of %1.")
                                .arg(QDir::toNativeSeparators(dataDir)));
            if (PgTool::run(QStringLiteral("pg_ctl"),
                            {QStringLiteral("start"), QStringLiteral("-D"), dataDir,
                             QStringLiteral("-l"), log, QStringLiteral("-w"), QStringLiteral("-t"),
                             QStringLiteral("60"), QStringLiteral("-s")},
                            &error, &m_sandbox.m_cancel)) {
                (primary ? m_info.primaryPort : m_info.replicaPort) = port;
                return true;
            }
            if (cancelled() || isPortFree(QLatin1String(kHost), port)) break; // not a port clash
        }
        const QString message = primary ? Sandbox::tr("The primary server did not start: %1")
                                        : Sandbox::tr("The replica server did not start: %1");
        return fail(message.arg(error) + QLatin1Char('\n') +
                    Sandbox::tr("Server log %1 ends with:\n%2")
                        .arg(QDir::toNativeSeparators(log), PgTool::tailOfFile(log)));
    }

    bool preparePrimary()
    {
        report(45, Sandbox::tr("Creating the role slipway_password_auth"));
        try {
            pqxx::connection connection(conninfo(m_info.primaryPort));
            pqxx::nontransaction tx(connection);
            tx.exec("CREATE ROLE slipway_password_auth NOLOGIN");
            tx.exec("COMMENT ON ROLE slipway_password_auth IS "
                    "'Members must log in with a password (Slipway sandbox pg_hba.conf)'");
        } catch (const std::exception &e) {
            return fail(Sandbox::tr("Could not prepare the primary server: %1")
                            .arg(QString::fromUtf8(e.what()).trimmed()));
        }
        return !cancelled() || fail(QString());
    }

    bool installDemo()
    {
        if (!m_options.demo) return true;
        DemoOptions demoOptions;
        if (m_options.demoOrderRows >= 0) demoOptions.orderRows = m_options.demoOrderRows;
        const QString name = QLatin1String(kDemoDatabase);
        const QString migrations = QDir(m_dir).filePath(QStringLiteral("demo-migrations"));
        QString error;
        const auto demoProgress = [this](int percent, const QString &step) {
            emit m_sandbox.progress(30 + qBound(0, percent, 100) * 2 / 5, step);
        };
        if (!DemoDatabase::install(m_info.primaryUri(), name, demoOptions, demoProgress, &error))
            return fail(Sandbox::tr("Could not load the demo database: %1").arg(error));
        if (!DemoDatabase::writeMigrationsFolder(migrations, &error))
            return fail(Sandbox::tr("Could not write the demo migrations: %1").arg(error));
        m_info.demoDatabase = name;
        m_info.demoMigrationsDir = migrations;
        return !cancelled() || fail(QString());
    }

    bool createReplica()
    {
        if (!m_options.replica) return true;
        report(55, Sandbox::tr("Copying the primary into the replica (pg_basebackup)"));
        const QString replica = SandboxCleanup::replicaDir(m_dir);
        QString error;
        if (!PgTool::makeServerDir(replica, &error)) return fail(error);
        if (!PgTool::run(QStringLiteral("pg_basebackup"),
                         {QStringLiteral("-h"), QLatin1String(kHost), QStringLiteral("-p"),
                          QString::number(m_info.primaryPort), QStringLiteral("-U"),
                          QLatin1String(kSuperuser), QStringLiteral("-w"), QStringLiteral("-D"),
                          replica, QStringLiteral("-R"), QStringLiteral("-C"), QStringLiteral("-S"),
                          QLatin1String(kSlot), QStringLiteral("-X"), QStringLiteral("stream"),
                          QStringLiteral("-c"), QStringLiteral("fast")},
                         &error, &m_sandbox.m_cancel))
            return fail(Sandbox::tr("Could not copy the primary for the replica: %1").arg(error));
        m_info.replicationSlot = QLatin1String(kSlot);
        return startServer(QStringLiteral("replica"));
    }

    // Ready means the primary sees the replica streaming from our slot.
    bool waitForStreaming()
    {
        if (!m_options.replica) return true;
        report(85, Sandbox::tr("Waiting for the replica to stream"));
        QString state;
        QElapsedTimer timer;
        timer.start();
        try {
            pqxx::connection connection(conninfo(m_info.primaryPort));
            while (!cancelled() && timer.elapsed() < kStreamingTimeoutMs) {
                pqxx::nontransaction tx(connection);
                const pqxx::result rows = tx.exec_params(
                    "SELECT s.state FROM pg_stat_replication s "
                    "JOIN pg_replication_slots r ON r.active_pid = s.pid WHERE r.slot_name = $1",
                    std::string(kSlot));
                state =
                    rows.empty() ? QString() : QString::fromStdString(rows[0][0].as<std::string>());
                if (state == QLatin1String("streaming")) return true;
                tx.commit();
                QThread::msleep(100);
            }
        } catch (const std::exception &e) {
            return fail(Sandbox::tr("Could not check replication on the primary: %1")
                            .arg(QString::fromUtf8(e.what()).trimmed()));
        }
        const QString log =
            QDir(SandboxCleanup::logDir(m_dir)).filePath(QStringLiteral("replica.log"));
        return fail(
            Sandbox::tr("The replica did not start streaming within %1 seconds (state: %2).")
                .arg(kStreamingTimeoutMs / 1000)
                .arg(state.isEmpty() ? Sandbox::tr("not connected") : state) +
            QLatin1Char('\n') +
            Sandbox::tr("Server log %1 ends with:\n%2")
                .arg(QDir::toNativeSeparators(log), PgTool::tailOfFile(log)));
    }

    bool writeInfo()
    {
        report(95, Sandbox::tr("Writing sandbox.json"));
        QSaveFile file(QDir(m_dir).filePath(QStringLiteral("sandbox.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(m_info.toJson()) < 0 || !file.commit())
            return fail(Sandbox::tr("Could not write %1: %2")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return true;
    }

    Sandbox &m_sandbox;
    const Options m_options;
    SandboxInfo m_info;
    QString m_dir;
    QString m_error;
    bool m_ownsDir = false;
};

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{
}

Sandbox::Sandbox(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

Sandbox::~Sandbox()
{
    if (m_started && m_info.ownerPid != 0) stop();
}

bool Sandbox::start(QString *error)
{
    if (m_started) {
        if (error)
            *error = tr("The sandbox in %1 is already running.")
                         .arg(QDir::toNativeSeparators(m_info.dir));
        return false;
    }
    m_info = SandboxInfo();
    m_started = Starter(*this).run(error);
    return m_started;
}

bool Sandbox::stop(QString *error)
{
    m_started = false;
    if (m_info.dir.isEmpty() || !QFileInfo::exists(m_info.dir)) return true;
    return SandboxCleanup::remove(m_info.dir, error);
}

} // namespace slipway
