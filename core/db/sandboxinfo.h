#pragma once

#include <QString>

#include <optional>

namespace slipway {

// Where a running sandbox lives and how to reach it. Written by Sandbox to
// <dir>/sandbox.json when both servers are ready; read back by `sandbox status`,
// the test fixtures and the GUI.
struct SandboxInfo {
    QString dir;             // the sandbox directory (holds primary/, replica/, sockets, sandbox.json)
    QString host;            // loopback address the servers listen on, "127.0.0.1"
    int primaryPort = 0;
    int replicaPort = 0;     // 0 when started without a replica
    QString superuser;       // trust-authenticated superuser on loopback
    QString replicationSlot; // physical slot the replica streams from
    qint64 ownerPid = 0;     // process whose exit stops the sandbox; 0 = detached (CLI start)
    QString demoDatabase;    // database holding the demo content, empty without --demo
    QString demoMigrationsDir; // demo migrations folder written for the user, empty without --demo

    // libpq URIs, e.g. postgresql://postgres@127.0.0.1:54321/postgres
    QString primaryUri(const QString &database = QStringLiteral("postgres")) const;
    QString replicaUri(const QString &database = QStringLiteral("postgres")) const;

    QByteArray toJson() const;
    static std::optional<SandboxInfo> fromJson(const QByteArray &json, QString *error = nullptr);
    // Reads <dir>/sandbox.json.
    static std::optional<SandboxInfo> load(const QString &dir, QString *error = nullptr);
};

} // namespace slipway
