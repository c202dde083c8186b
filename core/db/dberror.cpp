#include "dberror.h"

#include <pqxx/except>

#include <libpq-fe.h>

#include <QStringList>

namespace slipway {

namespace {

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// libpq folds DETAIL/HINT/CONTEXT into its message text; split them back out.
void splitServerMessage(const QString &full, DbError &error)
{
    QStringList primary;
    QString *current = nullptr;
    const QStringList lines = full.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("DETAIL:"))) {
            error.detail = line.mid(7).trimmed();
            current = &error.detail;
        } else if (line.startsWith(QLatin1String("HINT:"))) {
            error.hint = line.mid(5).trimmed();
            current = &error.hint;
        } else if (line.startsWith(QLatin1String("CONTEXT:"))) {
            error.context = line.mid(8).trimmed();
            current = &error.context;
        } else if (line.startsWith(QLatin1String("LINE ")) || line.trimmed() == QLatin1String("^")) {
            current = nullptr; // libpq's excerpt; position is reported separately
        } else if (current && !line.isEmpty()) {
            *current += QLatin1Char('\n') + line.trimmed();
        } else if (!line.trimmed().isEmpty() && !current) {
            primary << line.trimmed();
        }
    }
    QString text = primary.join(QLatin1Char(' '));
    for (const char *prefix : {"ERROR:", "FATAL:", "PANIC:"}) {
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(int(qstrlen(prefix))).trimmed();
    }
    error.message = text;
}

} // namespace

QString DbError::title() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::InvalidInput: return tr("Invalid connection settings");
    case Kind::Unreachable: return tr("Server unreachable");
    case Kind::AuthenticationFailed: return tr("Authentication failed");
    case Kind::PasswordRequired: return tr("Password required");
    case Kind::UnknownDatabase: return tr("Database does not exist");
    case Kind::UnknownRole: return tr("Role does not exist");
    case Kind::Tls: return tr("TLS/SSL failure");
    case Kind::ConnectionLost: return tr("Connection lost");
    case Kind::Cancelled: return tr("Query cancelled");
    case Kind::NotConnected: return tr("Not connected");
    case Kind::Sql: return tr("The server rejected the statement");
    case Kind::Internal: return tr("Internal error");
    }
    return {};
}

std::pair<int, int> DbError::lineColumn() const
{
    if (position <= 0 || statement.isEmpty())
        return {0, 0};
    int line = 1;
    int column = 1;
    const int end = std::min<int>(position - 1, int(statement.size()));
    for (int i = 0; i < end; ++i) {
        if (statement.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QString DbError::toText() const
{
    if (!isError())
        return {};
    QStringList out;
    out << (message.isEmpty() ? title() : title() + QStringLiteral(": ") + message);
    if (!sqlState.isEmpty())
        out << tr("SQLSTATE: %1").arg(sqlState);
    const auto [line, column] = lineColumn();
    if (line > 0)
        out << tr("At line %1, column %2").arg(line).arg(column);
    if (!detail.isEmpty())
        out << tr("Detail: %1").arg(detail);
    if (!hint.isEmpty())
        out << tr("Hint: %1").arg(hint);
    if (!context.isEmpty())
        out << tr("Context: %1").arg(context);
    return out.join(QLatin1Char('\n'));
}

DbError DbError::fromConnectFailure(const QString &libpqMessage)
{
    DbError error;
    splitServerMessage(libpqMessage.trimmed(), error);
    const QString &m = libpqMessage;
    if (has(m, "password authentication failed") || has(m, "authentication failed")
        || has(m, "no pg_hba.conf entry") || has(m, "pg_hba.conf rejects")) {
        error.kind = Kind::AuthenticationFailed;
        error.sqlState = QStringLiteral("28P01");
    } else if (has(m, "no password supplied") || has(m, "password is required")) {
        error.kind = Kind::PasswordRequired;
    } else if (has(m, "database \"") && has(m, "does not exist")) {
        error.kind = Kind::UnknownDatabase;
        error.sqlState = QStringLiteral("3D000");
    } else if (has(m, "role \"") && has(m, "does not exist")) {
        error.kind = Kind::UnknownRole;
        error.sqlState = QStringLiteral("28000");
    } else if (has(m, "SSL") || has(m, "certificate") || has(m, "TLS")) {
        error.kind = Kind::Tls;
    } else if (has(m, "invalid connection option") || has(m, "invalid URI")
               || has(m, "missing \"=\"") || has(m, "unterminated quoted string")
               || has(m, "invalid sslmode") || has(m, "invalid port") || has(m, "invalid integer")
               || has(m, "definition of service") || has(m, "invalid percent-encoded")) {
        error.kind = Kind::InvalidInput;
    } else if (has(m, "could not connect") || has(m, "Connection refused")
               || has(m, "could not translate host name") || has(m, "timeout expired")
               || has(m, "No route to host") || has(m, "Network is unreachable")
               || has(m, "No such file or directory") || has(m, "Name or service not known")) {
        error.kind = Kind::Unreachable;
    } else if (has(m, "terminating connection") || has(m, "server closed the connection")) {
        error.kind = Kind::ConnectionLost;
    } else {
        error.kind = Kind::Internal;
    }
    return error;
}

DbError DbError::fromException(const std::exception &e, const QString &statement)
{
    DbError error;
    error.statement = statement;
    const QString text = QString::fromUtf8(e.what());
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e)) {
        splitServerMessage(text, error);
        error.sqlState = QString::fromStdString(sql->sqlstate());
        error.kind = error.sqlState == QLatin1String("57014") ? Kind::Cancelled : Kind::Sql;
        if (error.sqlState == QLatin1String("57P01") || error.sqlState == QLatin1String("57P02"))
            error.kind = Kind::ConnectionLost;
        if (error.statement.isEmpty())
            error.statement = QString::fromStdString(sql->query());
    } else if (dynamic_cast<const pqxx::broken_connection *>(&e)
               || dynamic_cast<const pqxx::in_doubt_error *>(&e)) {
        splitServerMessage(text, error);
        error.kind = Kind::ConnectionLost;
    } else {
        error.kind = Kind::Internal;
        error.message = text;
    }
    return error;
}

DbError DbError::invalidInput(const QString &message)
{
    DbError error;
    error.kind = Kind::InvalidInput;
    error.message = message;
    return error;
}

DbError DbError::internal(const QString &message)
{
    DbError error;
    error.kind = Kind::Internal;
    error.message = message;
    return error;
}

namespace {

QString resultField(const PGresult *result, int code)
{
    const char *value = PQresultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

DbError DbError::fromResult(const PGresult *result, const QString &sql)
{
    DbError error;
    error.kind = Kind::Sql;
    error.sqlState = resultField(result, PG_DIAG_SQLSTATE);
    error.message = resultField(result, PG_DIAG_MESSAGE_PRIMARY);
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    error.detail = resultField(result, PG_DIAG_MESSAGE_DETAIL);
    error.hint = resultField(result, PG_DIAG_MESSAGE_HINT);
    error.context = resultField(result, PG_DIAG_CONTEXT);
    error.statement = sql;
    error.position = resultField(result, PG_DIAG_STATEMENT_POSITION).toInt();
    if (error.sqlState == QLatin1String("57014"))
        error.kind = Kind::Cancelled;
    else if (error.sqlState.startsWith(QLatin1String("57P")) || error.sqlState.startsWith(QLatin1String("08")))
        error.kind = Kind::ConnectionLost;
    return error;
}

} // namespace slipway
