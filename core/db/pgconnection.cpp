#include "pgconnection.h"

namespace slipway {

PgConnection::PgConnection(const std::string &conninfo)
    : pqxx::connection_base(m_policy)
    , m_policy(conninfo)
{
    init();
}

PgConnection::~PgConnection() noexcept
{
    close();
}

pqxx::connectionpolicy::handle PgConnection::HandlePolicy::do_startconnect(handle orig)
{
    m_handle = normalconnect(orig);
    return m_handle;
}

pqxx::connectionpolicy::handle PgConnection::HandlePolicy::do_dropconnect(handle orig) noexcept
{
    m_handle = nullptr;
    return connectionpolicy::do_dropconnect(orig);
}

pqxx::connectionpolicy::handle PgConnection::HandlePolicy::do_disconnect(handle orig) noexcept
{
    m_handle = nullptr;
    return connectionpolicy::do_disconnect(orig);
}

} // namespace slipway
