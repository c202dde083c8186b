#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace slipway {

// Runs the PostgreSQL tools a sandbox needs. initdb, pg_ctl and postgres refuse
// to run as root, so as root they run as the "postgres" user (`runuser -u
// postgres -- ...`) on directories handed to that user; otherwise they run as
// ourselves. Binaries come from $SLIPWAY_PG_BINDIR, /usr/lib/postgresql/15/bin,
// then $PATH.
class PgTool {
    Q_DECLARE_TR_FUNCTIONS(PgTool)

public:
    static bool runningAsRoot();
    static QString serverUser();                // "postgres" as root, else our own user name
    static QString binary(const QString &name); // absolute path, empty when not found

    // Runs `name arguments` as the server user and waits (no event loop needed).
    // False on a missing binary, a non-zero exit, a timeout or *cancel turning
    // true; *error then names the tool and ends with the tail of its output.
    static bool run(const QString &name, const QStringList &arguments, QString *error,
                    const std::atomic_bool *cancel = nullptr, int timeoutMs = 120000,
                    QString *output = nullptr);

    // Creates `path` (mode 0700) owned by the server user.
    static bool makeServerDir(const QString &path, QString *error);
    // Last `lines` lines of a text file (server logs in error messages).
    static QString tail(const QString &text, int lines = 15);
    static QString tailOfFile(const QString &path, int lines = 15);
};

// A sandbox directory on disk: its layout, whether someone still uses it, and
// removing it (servers first). Never touches a directory that does not look
// like a sandbox.
class SandboxCleanup {
    Q_DECLARE_TR_FUNCTIONS(SandboxCleanup)

public:
    // Layout inside a sandbox directory.
    static QString markerFile(); // ".slipway-sandbox": pid of the process that created it
    static QString primaryDir(const QString &sandboxDir);
    static QString replicaDir(const QString &sandboxDir);
    static QString socketDir(const QString &sandboxDir);
    static QString logDir(const QString &sandboxDir);

    // $SLIPWAY_SANDBOX_BASE, else $XDG_RUNTIME_DIR/slipway/sandboxes (not as
    // root), else /tmp/slipway-<uid>/sandboxes.
    static QString defaultBaseDir();
    // Creates the base dir, traversable by the server user.
    static bool ensureBaseDir(const QString &baseDir, QString *error);

    struct State {
        bool isSandbox = false;
        bool live = false;     // owner alive, creator still starting, or detached and serving
        qint64 ownerPid = 0;   // from sandbox.json; 0 = detached or not written yet
        qint64 primaryPid = 0; // running postmaster, 0 = none
        qint64 replicaPid = 0;
        int primaryPort = 0; // from sandbox.json, 0 = unknown
    };
    static bool isSandbox(const QString &dir);
    static State inspect(const QString &dir);
    // Sandbox directories directly under baseDir.
    static QStringList sandboxesIn(const QString &baseDir);

    // Stops the replica then the primary, then deletes the directory.
    static bool remove(const QString &dir, QString *error);
    // Removes every sandbox under baseDir that nobody uses any more; returns them.
    static QStringList cleanStale(const QString &baseDir, QStringList *errors = nullptr);

    // Server processes.
    static bool processAlive(qint64 pid);                // zombies count as dead
    static qint64 postmasterPid(const QString &dataDir); // 0 unless a live postgres owns it
    // pg_ctl stop -m fast, then -m immediate, then SIGKILL.
    static bool stopServer(const QString &dataDir, QString *error);
};

} // namespace slipway
