#pragma once

#include <QString>

#include <memory>

namespace slipway {

class PgConnection;

// A throw-away database on a server: created by create() under a random name
// ("<prefix>_1a2b3c4d"), dropped by drop() or the destructor (WITH (FORCE) on
// PostgreSQL 13+, after terminating its sessions before). Used by the drift
// check and the plan rehearsal.
class ScratchDatabase {
public:
    // serverConninfo: any database of the server (libpq URI or key=value);
    // its role needs CREATEDB.
    explicit ScratchDatabase(const QString &serverConninfo,
                             const QString &prefix = QStringLiteral("slipway_scratch"));
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // Throws pqxx exceptions (connection, CREATE DATABASE).
    void create();
    QString name() const { return m_name; }
    bool created() const { return m_created; }
    // The conninfo of the scratch database; empty with *error set when the
    // server conninfo does not parse.
    QString conninfo(QString *error) const;
    // True when it is gone (or was never made). Never throws.
    bool drop() noexcept;

    // conninfo (URI or key=value) pointing at another database of the same server.
    static QString withDatabase(const QString &conninfo, const QString &database, QString *error);

private:
    QString m_server;
    QString m_prefix;
    QString m_name;
    std::unique_ptr<PgConnection> m_admin;
    bool m_created = false;
};

} // namespace slipway
