#include "sandboxcleanup.h"

#include "sandboxinfo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <limits>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slipway {

namespace {

const char *const kServerUserAsRoot = "postgres";
const char *const kDefaultBinDir = "/usr/lib/postgresql/15/bin";

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

qint64 firstNumber(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    return ok ? value : 0;
}

bool waitGone(qint64 pid, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (SandboxCleanup::processAlive(pid)) {
        if (timer.elapsed() > timeoutMs) return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace

// --- PgTool -------------------------------------------------------------------

bool PgTool::runningAsRoot()
{
    return ::geteuid() == 0;
}

QString PgTool::serverUser()
{
    if (runningAsRoot()) return QString::fromLatin1(kServerUserAsRoot);
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString PgTool::binary(const QString &name)
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("SLIPWAY_PG_BINDIR");
    if (!fromEnv.isEmpty()) dirs << fromEnv;
    dirs << QString::fromLatin1(kDefaultBinDir);
    const QString found = QStandardPaths::findExecutable(name, dirs);
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
}

bool PgTool::run(const QString &name, const QStringList &arguments, QString *error,
                 const std::atomic_bool *cancel, int timeoutMs, QString *output)
{
    auto fail = [&](const QString &message) {
        if (error) *error = message;
        return false;
    };
    const QString path = binary(name);
    if (path.isEmpty())
        return fail(tr("The PostgreSQL program %1 was not found. Install PostgreSQL 15 "
                       "(postgresql-15) or point SLIPWAY_PG_BINDIR at its bin directory.")
                        .arg(name));

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QStringLiteral("/"));
    // Our own connection settings must not leak into the tools (PGHOST, PGOPTIONS, ...).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(QLatin1String("PG"))) environment.remove(key);
    }
    process.setProcessEnvironment(environment);
    if (runningAsRoot()) {
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                        QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
        process.setProgram(runuser.isEmpty() ? QStringLiteral("runuser") : runuser);
        process.setArguments(
            QStringList{QStringLiteral("-u"), serverUser(), QStringLiteral("--"), path} +
            arguments);
    } else {
        process.setProgram(path);
        process.setArguments(arguments);
    }
    process.start();
    if (!process.waitForStarted(10000))
        return fail(tr("Could not run %1: %2").arg(name, process.errorString()));

    QElapsedTimer timer;
    timer.start();
    bool cancelled = false;
    bool timedOut = false;
    while (process.state() != QProcess::NotRunning) {
        if (process.waitForFinished(100)) break;
        cancelled = cancel && cancel->load();
        timedOut = timer.elapsed() > timeoutMs;
        if (cancelled || timedOut) {
            process.kill();
            process.waitForFinished(5000);
            break;
        }
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output) *output = text;
    if (cancelled) return fail(tr("Cancelled."));
    if (timedOut)
        return fail(tr("%1 did not finish within %2 seconds.\n%3")
                        .arg(name)
                        .arg(timeoutMs / 1000)
                        .arg(tail(text)));
    if (process.exitStatus() != QProcess::NormalExit)
        return fail(tr("%1 crashed.\n%2").arg(name, tail(text)));
    if (process.exitCode() != 0)
        return fail(
            tr("%1 failed (exit code %2).\n%3").arg(name).arg(process.exitCode()).arg(tail(text)));
    return true;
}

bool PgTool::makeServerDir(const QString &path, QString *error)
{
    if (!QDir().mkpath(path) ||
        !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!runningAsRoot()) return true;
    const passwd *pw = ::getpwnam(kServerUserAsRoot);
    if (!pw || ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        if (error)
            *error =
                tr("Running as root, the servers run as the user \"%1\", but %2 could not "
                   "be given to that user: %3")
                    .arg(QString::fromLatin1(kServerUserAsRoot), QDir::toNativeSeparators(path),
                         pw ? QString::fromLocal8Bit(std::strerror(errno)) : tr("no such user"));
        return false;
    }
    return true;
}

QString PgTool::tail(const QString &text, int lines)
{
    QStringList all = text.trimmed().split(QLatin1Char('\n'));
    if (all.size() > lines) all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

QString PgTool::tailOfFile(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return QString();
    if (file.size() > 65536) file.seek(file.size() - 65536);
    return tail(QString::fromLocal8Bit(file.readAll()), lines);
}

// --- SandboxCleanup -----------------------------------------------------------

QString SandboxCleanup::markerFile()
{
    return QStringLiteral(".slipway-sandbox");
}

QString SandboxCleanup::primaryDir(const QString &sandboxDir)
{
    return QDir(sandboxDir).filePath(QStringLiteral("primary"));
}

QString SandboxCleanup::replicaDir(const QString &sandboxDir)
{
    return QDir(sandboxDir).filePath(QStringLiteral("replica"));
}

QString SandboxCleanup::socketDir(const QString &sandboxDir)
{
    return QDir(sandboxDir).filePath(QStringLiteral("run"));
}

QString SandboxCleanup::logDir(const QString &sandboxDir)
{
    return QDir(sandboxDir).filePath(QStringLiteral("log"));
}

QString SandboxCleanup::defaultBaseDir()
{
    const QString fromEnv = qEnvironmentVariable("SLIPWAY_SANDBOX_BASE");
    if (!fromEnv.isEmpty()) return QDir::cleanPath(QDir(fromEnv).absolutePath());
    // As root the servers run as postgres, which cannot enter /run/user/0.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!PgTool::runningAsRoot() && !runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("slipway/sandboxes"));
    return QStringLiteral("/tmp/slipway-%1/sandboxes").arg(::geteuid());
}

bool SandboxCleanup::ensureBaseDir(const QString &baseDir, QString *error)
{
    const QFile::Permissions permissions =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
        (PgTool::runningAsRoot() ? QFile::ExeGroup | QFile::ExeOther : QFile::Permissions());
    const QString parent = QFileInfo(baseDir).absolutePath();
    const bool ourTmpParent = parent == QStringLiteral("/tmp/slipway-%1").arg(::geteuid());
    if (!QDir().mkpath(baseDir)) {
        if (error)
            *error = tr("Could not create the sandbox folder %1.")
                         .arg(QDir::toNativeSeparators(baseDir));
        return false;
    }
    for (const QString &dir : ourTmpParent ? QStringList{parent, baseDir} : QStringList{baseDir}) {
        // A shared /tmp: never use a folder someone else prepared for us.
        struct stat st {};
        if (::lstat(QFile::encodeName(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode) ||
            st.st_uid != ::geteuid() || !QFile::setPermissions(dir, permissions)) {
            if (error)
                *error = tr("The sandbox folder %1 is not a folder of ours; remove it or set "
                            "SLIPWAY_SANDBOX_BASE.")
                             .arg(QDir::toNativeSeparators(dir));
            return false;
        }
    }
    return true;
}

bool SandboxCleanup::isSandbox(const QString &dir)
{
    const QDir d(dir);
    return d.exists(markerFile()) || d.exists(QStringLiteral("sandbox.json")) ||
           QFileInfo::exists(QDir(primaryDir(dir)).filePath(QStringLiteral("PG_VERSION")));
}

SandboxCleanup::State SandboxCleanup::inspect(const QString &dir)
{
    State state;
    state.isSandbox = isSandbox(dir);
    if (!state.isSandbox) return state;
    state.primaryPid = postmasterPid(primaryDir(dir));
    state.replicaPid = postmasterPid(replicaDir(dir));
    if (const auto info = SandboxInfo::load(dir)) {
        state.ownerPid = info->ownerPid;
        state.primaryPort = info->primaryPort;
        state.live =
            state.ownerPid ? processAlive(state.ownerPid) : (state.primaryPid || state.replicaPid);
    } else {
        // Not ready yet: alive while the process creating it is.
        state.live = processAlive(firstNumber(readSmallFile(QDir(dir).filePath(markerFile()))));
    }
    return state;
}

QStringList SandboxCleanup::sandboxesIn(const QString &baseDir)
{
    QStringList result;
    const QDir base(baseDir);
    for (const QString &name : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = base.filePath(name);
        if (isSandbox(dir)) result << dir;
    }
    return result;
}

bool SandboxCleanup::remove(const QString &dir, QString *error)
{
    if (!isSandbox(dir)) {
        if (error)
            *error = tr("%1 does not hold a sandbox; not removing it.")
                         .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (!stopServer(replicaDir(dir), error) || !stopServer(primaryDir(dir), error)) return false;
    if (!QDir(dir).removeRecursively() || QFileInfo::exists(dir)) {
        if (error)
            *error =
                tr("Could not remove the sandbox folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    return true;
}

QStringList SandboxCleanup::cleanStale(const QString &baseDir, QStringList *errors)
{
    QStringList removed;
    for (const QString &dir : sandboxesIn(baseDir)) {
        if (inspect(dir).live) continue;
        QString error;
        if (remove(dir, &error))
            removed << dir;
        else if (errors)
            *errors << error;
    }
    return removed;
}

bool SandboxCleanup::processAlive(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max()) return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM) return false;
    // An exited child nobody has reaped yet still answers kill(); it is dead.
    const QByteArray stat = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype afterName = stat.lastIndexOf(") ");
    if (afterName < 0 || afterName + 2 >= stat.size()) return true; // no /proc: trust kill()
    const char status = stat.at(afterName + 2);
    return status != 'Z' && status != 'X';
}

qint64 SandboxCleanup::postmasterPid(const QString &dataDir)
{
    const qint64 pid =
        firstNumber(readSmallFile(QDir(dataDir).filePath(QStringLiteral("postmaster.pid"))));
    if (!processAlive(pid)) return 0;
    // A recycled pid that now belongs to something else is not our server.
    const QByteArray comm = readSmallFile(QStringLiteral("/proc/%1/comm").arg(pid)).trimmed();
    if (!comm.isEmpty() && comm != "postgres" && comm != "postmaster") return 0;
    return pid;
}

bool SandboxCleanup::stopServer(const QString &dataDir, QString *error)
{
    const qint64 pid = postmasterPid(dataDir);
    if (!pid) return true;
    for (const char *mode : {"fast", "immediate"}) {
        PgTool::run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("stop"), QStringLiteral("-D"), dataDir, QStringLiteral("-m"),
                     QString::fromLatin1(mode), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("15"), QStringLiteral("-s")},
                    nullptr, nullptr, 30000);
        if (waitGone(pid, 2000)) return true;
    }
    ::kill(static_cast<pid_t>(pid), SIGKILL);
    if (waitGone(pid, 5000)) return true;
    if (error)
        *error = tr("The server of %1 (process %2) does not stop.")
                     .arg(QDir::toNativeSeparators(dataDir))
                     .arg(pid);
    return false;
}

} // namespace slipway
