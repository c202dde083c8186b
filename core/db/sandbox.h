#pragma once

#include "sandboxinfo.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace slipway {

// A private PostgreSQL 15 primary plus one streaming replica (physical slot) in
// a directory of its own, on free loopback ports and a private unix socket
// directory, with trust authentication on loopback ("postgres" superuser).
// Members of the NOLOGIN role slipway_password_auth must use a password.
//
// start() blocks until both servers are up and the replica streams, then writes
// <dir>/sandbox.json. It needs no event loop, so it can run on a worker thread;
// progress() is emitted from that thread. Every start first removes stale
// sandboxes under the base directory (see SandboxCleanup).
//
// An owned sandbox (ownerPid != 0, by default this process) stops and removes
// itself when the Sandbox is destroyed; a detached one (ownerPid 0) keeps
// running until `slipway-cli sandbox stop`.
class Sandbox : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString dir;     // empty: a new folder under baseDir
        QString baseDir; // empty: SandboxCleanup::defaultBaseDir()
        bool replica = true;
        bool demo = false;         // load the demo database and write its migrations folder
        qint64 demoOrderRows = -1; // -1: DemoOptions' default
        qint64 ownerPid = -1;      // -1: this process; 0: detached
    };

    explicit Sandbox(QObject *parent = nullptr);
    explicit Sandbox(const Options &options, QObject *parent = nullptr);
    ~Sandbox() override;

    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    Options options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // Blocking. On failure returns false with *error (including the failing
    // tool's output or the server log's tail) and leaves nothing behind.
    bool start(QString *error = nullptr);
    // Stops the replica, then the primary, and removes the directory.
    bool stop(QString *error = nullptr);
    // Thread-safe: makes a running (or the next) start() give up soon and clean up.
    void cancel() { m_cancel = true; }
    // Leaves the servers running when this object goes away.
    void detach() { m_started = false; }

    bool isStarted() const { return m_started; }
    // Valid after start() returned true.
    SandboxInfo info() const { return m_info; }

signals:
    void progress(int percent, const QString &step);

private:
    class Starter;

    Options m_options;
    SandboxInfo m_info;
    bool m_started = false;
    std::atomic_bool m_cancel = false;
};

} // namespace slipway
