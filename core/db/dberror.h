#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <exception>

struct pg_result; // libpq's PGresult

namespace slipway {

// An error crossing a layer: what went wrong in words a person understands,
// plus everything the server said (SQLSTATE, detail, hint, position).
struct DbError {
    Q_DECLARE_TR_FUNCTIONS(DbError)

public:
    enum class Kind {
        None,
        InvalidInput,         // malformed URI / conninfo / profile
        Unreachable,          // host unknown, port closed, timeout
        AuthenticationFailed, // wrong password or rejected by pg_hba
        PasswordRequired,     // server wants a password and none was given
        UnknownDatabase,
        UnknownRole,
        Tls,                  // SSL required but unavailable, bad certificate, ...
        ConnectionLost,       // backend terminated, server gone mid-session
        Cancelled,            // query cancelled on request
        NotConnected,         // work sent to a session that has no connection
        Sql,                  // the server rejected a statement
        Internal,
    };

    Kind kind = Kind::None;
    QString message;   // primary message as the server or libpq gave it
    QString sqlState;  // five-character SQLSTATE, empty when none
    QString detail;
    QString hint;
    QString context;
    QString statement; // the SQL text the error refers to, when known
    int position = 0;  // 1-based character offset into statement, 0 when none

    bool isError() const { return kind != Kind::None; }

    // Headline for this kind of error ("Wrong password", "Server unreachable", ...).
    QString title() const;
    // Line and column (1-based) of position within statement; {0, 0} when unknown.
    std::pair<int, int> lineColumn() const;
    // Everything, one item per line, for logs, tooltips and the CLI.
    QString toText() const;

    static DbError fromConnectFailure(const QString &libpqMessage);
    static DbError fromException(const std::exception &e, const QString &statement = {});
    // A failed libpq result: SQLSTATE, message, detail, hint, context and the
    // position in sql; a cancel (57014) or a lost connection (57P*, 08*) gets its kind.
    static DbError fromResult(const pg_result *result, const QString &sql);
    static DbError invalidInput(const QString &message);
    static DbError internal(const QString &message);
};

} // namespace slipway

Q_DECLARE_METATYPE(slipway::DbError)
