#include "journal.h"

#include "migration.h"

#include <pqxx/pqxx>

#include <string>

namespace slipway::migrations {

namespace {

constexpr const char *kCreate = R"SQL(
CREATE SCHEMA IF NOT EXISTS slipway;
CREATE TABLE IF NOT EXISTS slipway.journal (
    id              bigserial PRIMARY KEY,
    version         text NOT NULL,
    name            text NOT NULL DEFAULT '',
    checksum        text NOT NULL DEFAULT '',
    sql             text NOT NULL DEFAULT '',
    rollback_available boolean NOT NULL DEFAULT false,
    run_by          text NOT NULL DEFAULT current_user,
    client_host     text,
    client_app      text,
    started_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at     timestamptz,
    duration_ms     bigint,
    rows_affected   bigint,
    status          text NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'succeeded', 'failed', 'rolled_back')),
    error_message   text,
    error_sqlstate  text,
    error_position  integer,
    run_log         text
);
COMMENT ON TABLE slipway.journal IS 'Migrations run by Slipway';
)SQL";

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QDateTime timestamp(const pqxx::field &field)
{
    if (field.is_null()) return {};
    QDateTime t = QDateTime::fromString(text(field), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

std::string utf8(const QString &s) { return s.toStdString(); }

} // namespace

QString JournalEntry::statusName(Status status)
{
    switch (status) {
    case Status::Running: return QStringLiteral("running");
    case Status::Succeeded: return QStringLiteral("succeeded");
    case Status::Failed: return QStringLiteral("failed");
    case Status::RolledBack: return QStringLiteral("rolled_back");
    }
    return QString();
}

JournalEntry::Status JournalEntry::statusFromName(const QString &name)
{
    if (name == QLatin1String("succeeded")) return Status::Succeeded;
    if (name == QLatin1String("failed")) return Status::Failed;
    if (name == QLatin1String("rolled_back")) return Status::RolledBack;
    return Status::Running;
}

QString JournalEntry::planStepKey(const QString &planSlug, int stepNumber)
{
    return QStringLiteral("plan:%1#%2").arg(planSlug).arg(stepNumber);
}

QString JournalEntry::scriptKey(const QString &label)
{
    return QStringLiteral("script:") + label;
}

bool JournalEntry::isPlanStepKey(const QString &version)
{
    return version.startsWith(QLatin1String("plan:"));
}

AppliedMigration JournalEntry::toApplied() const
{
    AppliedMigration m;
    m.tool = HistoryTool::Slipway;
    m.version = version;
    m.description = name;
    if (Migration::isRepeatableKey(version)) { // matched on its description, as Flyway's rows are
        m.version.clear();
        m.description = version.mid(3);
    }
    m.checksum = checksum;
    m.appliedAt = finishedAt.isValid() ? finishedAt : startedAt;
    m.appliedBy = runBy;
    m.success = status == Status::Succeeded;
    m.dirty = status == Status::Running;
    m.executionMs = durationMs;
    return m;
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("migration_id"),
             name.isEmpty() ? version : version + u'_' + QString(name).replace(u' ', u'_'));
    o.insert(QStringLiteral("timestamp"),
             startedAt.toUTC().toString(Qt::ISODate)); // "2024-01-18T10:30:00Z"
    const QString state = status == Status::Succeeded ? QStringLiteral("success") : statusName(status);
    o.insert(QStringLiteral("status"), state);
    o.insert(QStringLiteral("duration_ms"), durationMs >= 0 ? QJsonValue(durationMs) : QJsonValue());
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("tables_affected"), QJsonArray());
    o.insert(QStringLiteral("rows_affected"),
             rowsAffected >= 0 ? QJsonValue(rowsAffected) : QJsonValue());
    o.insert(QStringLiteral("checksum"), checksum);
    o.insert(QStringLiteral("applied_by"), runBy);
    o.insert(QStringLiteral("rollback_available"), rollbackAvailable);
    o.insert(QStringLiteral("notes"), errorMessage.isEmpty()
                                          ? QString()
                                          : (errorSqlState.isEmpty()
                                                 ? errorMessage
                                                 : errorSqlState + QStringLiteral(": ") + errorMessage));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("sql"), sql);
    if (!errorMessage.isEmpty()) {
        QJsonObject error;
        error.insert(QStringLiteral("message"), errorMessage);
        error.insert(QStringLiteral("sqlstate"), errorSqlState);
        error.insert(QStringLiteral("position"), errorPosition);
        o.insert(QStringLiteral("error"), error);
    }
    o.insert(QStringLiteral("run_log"), runLog);
    if (!clientHost.isEmpty()) o.insert(QStringLiteral("client_host"), clientHost);
    if (!clientApp.isEmpty()) o.insert(QStringLiteral("client_app"), clientApp);
    return o;
}

bool Journal::exists(pqxx::connection_base &conn)
{
    pqxx::nontransaction tx(conn, "slipway journal exists");
    return !tx.exec("SELECT pg_catalog.to_regclass('slipway.journal')")[0][0].is_null();
}

qint64 Journal::begin(pqxx::connection_base &conn, const JournalEntry &entry)
{
    pqxx::work tx(conn, "slipway journal begin");
    if (tx.exec("SELECT pg_catalog.to_regclass('slipway.journal')")[0][0].is_null()) tx.exec(kCreate);
    const pqxx::row row = tx.exec_params1(
        "INSERT INTO slipway.journal (version, name, checksum, sql, rollback_available, "
        "client_host, client_app, run_log, status) "
        "VALUES ($1, $2, $3, $4, $5, host(inet_client_addr()), "
        "current_setting('application_name'), NULLIF($6, ''), 'running') RETURNING id",
        utf8(entry.version), utf8(entry.name), utf8(entry.checksum), utf8(entry.sql),
        entry.rollbackAvailable, utf8(entry.runLog));
    const qint64 id = row[0].as<qint64>();
    tx.commit();
    return id;
}

void Journal::finish(pqxx::connection_base &conn, qint64 id, const JournalEntry &outcome)
{
    pqxx::work tx(conn, "slipway journal finish");
    tx.exec_params(
        "UPDATE slipway.journal SET finished_at = clock_timestamp(), "
        "duration_ms = (extract(epoch FROM clock_timestamp() - started_at) * 1000)::bigint, "
        "rows_affected = NULLIF($2, '')::bigint, status = $3, "
        "error_message = NULLIF($4, ''), error_sqlstate = NULLIF($5, ''), "
        "error_position = NULLIF($6, 0), run_log = COALESCE(NULLIF($7, ''), run_log) "
        "WHERE id = $1",
        id, outcome.rowsAffected >= 0 ? std::to_string(outcome.rowsAffected) : std::string(),
        utf8(JournalEntry::statusName(outcome.status)), utf8(outcome.errorMessage),
        utf8(outcome.errorSqlState), outcome.errorPosition, utf8(outcome.runLog));
    tx.commit();
}

QList<JournalEntry> Journal::read(pqxx::connection_base &conn)
{
    QList<JournalEntry> out;
    pqxx::read_transaction tx(conn, "slipway journal read");
    if (tx.exec("SELECT pg_catalog.to_regclass('slipway.journal')")[0][0].is_null()) return out;
    const char *iso = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS'";
    const pqxx::result rows = tx.exec(
        std::string("SELECT id, version, name, checksum, sql, rollback_available, run_by, "
                    "client_host, client_app, current_database(), "
                    "to_char(started_at AT TIME ZONE 'UTC', ") + iso + "), "
        "to_char(finished_at AT TIME ZONE 'UTC', " + iso + "), duration_ms, rows_affected, "
        "status, error_message, error_sqlstate, error_position, run_log "
        "FROM slipway.journal ORDER BY started_at, id");
    for (const auto &row : rows) {
        JournalEntry e;
        e.id = row[0].as<qint64>();
        e.version = text(row[1]);
        e.name = text(row[2]);
        e.checksum = text(row[3]);
        e.sql = text(row[4]);
        e.rollbackAvailable = text(row[5]) == QLatin1String("t");
        e.runBy = text(row[6]);
        e.clientHost = text(row[7]);
        e.clientApp = text(row[8]);
        e.database = text(row[9]);
        e.startedAt = timestamp(row[10]);
        e.finishedAt = timestamp(row[11]);
        e.durationMs = row[12].is_null() ? -1 : row[12].as<qint64>();
        e.rowsAffected = row[13].is_null() ? -1 : row[13].as<qint64>();
        e.status = JournalEntry::statusFromName(text(row[14]));
        e.errorMessage = text(row[15]);
        e.errorSqlState = text(row[16]);
        e.errorPosition = row[17].is_null() ? 0 : row[17].as<int>();
        e.runLog = text(row[18]);
        out.append(e);
    }
    tx.commit();
    return out;
}

QJsonArray Journal::toJson(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &e : entries) array.append(e.toJson());
    return array;
}

} // namespace slipway::migrations
