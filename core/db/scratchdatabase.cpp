#include "scratchdatabase.h"

#include "pgconnection.h"

#include <QRandomGenerator>
#include <QStringList>

#include <pqxx/pqxx>

#include <libpq-fe.h>

namespace slipway {

namespace {

// key='value' with libpq's escaping.
QString conninfoPair(const char *keyword, const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QString::fromUtf8(keyword) + QLatin1String("='") + escaped + QLatin1Char('\'');
}

} // namespace

ScratchDatabase::ScratchDatabase(const QString &serverConninfo, const QString &prefix)
    : m_server(serverConninfo), m_prefix(prefix)
{
}

ScratchDatabase::~ScratchDatabase()
{
    drop();
}

QString ScratchDatabase::withDatabase(const QString &conninfo, const QString &database,
                                      QString *error)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &message);
    if (!options) {
        if (error) *error = message ? QString::fromUtf8(message).trimmed() : QString();
        if (message) PQfreemem(message);
        return {};
    }
    QStringList parts;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val || qstrcmp(o->keyword, "dbname") == 0) continue;
        parts << conninfoPair(o->keyword, QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    parts << conninfoPair("dbname", database);
    return parts.join(QLatin1Char(' '));
}

void ScratchDatabase::create()
{
    const quint32 random = QRandomGenerator::global()->generate();
    m_name = QStringLiteral("%1_%2").arg(m_prefix).arg(random, 8, 16, QLatin1Char('0'));
    m_admin = std::make_unique<PgConnection>(m_server.toStdString());
    pqxx::nontransaction tx(*m_admin, "slipway scratch create");
    tx.exec("CREATE DATABASE " + tx.quote_name(m_name.toStdString()));
    m_created = true;
}

QString ScratchDatabase::conninfo(QString *error) const
{
    return withDatabase(m_server, m_name, error);
}

bool ScratchDatabase::drop() noexcept
{
    if (!m_created) return true;
    for (int attempt = 0; attempt < 2 && m_created; ++attempt) {
        try {
            if (!m_admin || !m_admin->is_open() || attempt > 0)
                m_admin = std::make_unique<PgConnection>(m_server.toStdString());
            pqxx::nontransaction tx(*m_admin, "slipway scratch drop");
            const std::string quoted = tx.quote_name(m_name.toStdString());
            if (m_admin->server_version() >= 130000) {
                tx.exec("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
            } else {
                tx.exec_params("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = $1 AND pid <> pg_backend_pid()",
                               m_name.toStdString());
                tx.exec("DROP DATABASE IF EXISTS " + quoted);
            }
            m_created = false;
        } catch (const std::exception &) {
            // Tried again once on a new connection; then left for the caller to report.
        }
    }
    m_admin.reset();
    return !m_created;
}

} // namespace slipway
