#pragma once

#include <pqxx/connection_base>
#include <pqxx/connectionpolicy>

#include <string>

struct pg_conn;

namespace slipway {

// A libpqxx connection that also hands out its libpq handle, for what libpqxx
// 6.4 does not expose: cancel keys, and the error fields (SQLSTATE, detail,
// hint, position) of statements run on the simple-query protocol.
class PgConnection : public pqxx::connection_base {
public:
    explicit PgConnection(const std::string &conninfo);
    ~PgConnection() noexcept;

    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    pg_conn *handle() const { return m_policy.current(); }

private:
    class HandlePolicy : public pqxx::connectionpolicy {
    public:
        explicit HandlePolicy(const std::string &conninfo) : connectionpolicy(conninfo) {}
        handle do_startconnect(handle orig) override;
        handle do_dropconnect(handle orig) noexcept override;
        handle do_disconnect(handle orig) noexcept override;
        pg_conn *current() const { return m_handle; }

    private:
        pg_conn *m_handle = nullptr;
    };

    HandlePolicy m_policy;
};

} // namespace slipway
