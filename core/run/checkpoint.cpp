#include "checkpoint.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <pqxx/pqxx>

namespace slipway::run {

namespace {

constexpr const char *kCreate = R"SQL(
CREATE SCHEMA IF NOT EXISTS slipway;
CREATE TABLE IF NOT EXISTS slipway.backfill_checkpoint (
    name        text PRIMARY KEY,
    table_name  text NOT NULL,
    spec_hash   text NOT NULL,
    key_columns jsonb NOT NULL DEFAULT '[]',
    last_key    jsonb,
    rows_done   bigint NOT NULL DEFAULT 0,
    batches     bigint NOT NULL DEFAULT 0,
    state       text NOT NULL DEFAULT 'running'
                CHECK (state IN ('running', 'paused', 'done', 'aborted', 'failed')),
    message     text,
    run_by      text NOT NULL DEFAULT current_user,
    started_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at timestamptz
);
COMMENT ON TABLE slipway.backfill_checkpoint IS
    'Batched backfills run by Slipway: the last key done, updated in the same transaction as each batch';
)SQL";

constexpr const char *kColumns = R"SQL(
SELECT name, table_name, spec_hash, key_columns::text, last_key::text, rows_done, batches, state,
       message,
       to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
       to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
       to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
FROM slipway.backfill_checkpoint )SQL";

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

BackfillCheckpoint fromRow(const pqxx::row &row)
{
    BackfillCheckpoint c;
    c.name = text(row[0]);
    c.tableName = text(row[1]);
    c.specHash = text(row[2]);
    c.key = CheckpointStore::keyFromJson(text(row[3])).value_or(QStringList());
    if (!row[4].is_null()) c.lastKey = CheckpointStore::keyFromJson(text(row[4]));
    c.rowsDone = row[5].as<long long>();
    c.batches = row[6].as<long long>();
    c.state = BackfillCheckpoint::stateFromName(text(row[7])).value_or(BackfillCheckpoint::State::Failed);
    c.message = text(row[8]);
    c.startedAt = timestamp(row[9]);
    c.updatedAt = timestamp(row[10]);
    c.finishedAt = timestamp(row[11]);
    return c;
}

std::string utf8(const QString &s) { return s.toStdString(); }

} // namespace

QString BackfillCheckpoint::stateName(State state)
{
    switch (state) {
    case State::Running: return QStringLiteral("running");
    case State::Paused: return QStringLiteral("paused");
    case State::Done: return QStringLiteral("done");
    case State::Aborted: return QStringLiteral("aborted");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<BackfillCheckpoint::State> BackfillCheckpoint::stateFromName(const QString &name)
{
    for (State s : {State::Running, State::Paused, State::Done, State::Aborted, State::Failed}) {
        if (stateName(s) == name) return s;
    }
    return std::nullopt;
}

void CheckpointStore::ensureTable(pqxx::connection_base &conn)
{
    // Two first runs at once may both try to create it; the loser retries and
    // finds it there.
    for (int attempt = 0;; ++attempt) {
        try {
            pqxx::work tx(conn, "backfill checkpoint table");
            if (tableExists(tx)) return;
            tx.exec(kCreate);
            tx.commit();
            return;
        } catch (const pqxx::unique_violation &) {
            if (attempt >= 2) throw;
        }
    }
}

bool CheckpointStore::tableExists(pqxx::transaction_base &tx)
{
    return tx.exec1("SELECT to_regclass('slipway.backfill_checkpoint') IS NOT NULL")[0].as<bool>();
}

std::optional<BackfillCheckpoint> CheckpointStore::load(pqxx::transaction_base &tx, const QString &name)
{
    if (!tableExists(tx)) return std::nullopt;
    const pqxx::result rows = tx.exec_params(std::string(kColumns) + "WHERE name = $1", utf8(name));
    if (rows.empty()) return std::nullopt;
    return fromRow(rows[0]);
}

QList<BackfillCheckpoint> CheckpointStore::loadAll(pqxx::transaction_base &tx)
{
    QList<BackfillCheckpoint> all;
    if (!tableExists(tx)) return all;
    for (const pqxx::row &row : tx.exec(std::string(kColumns) + "ORDER BY updated_at DESC"))
        all << fromRow(row);
    return all;
}

void CheckpointStore::begin(pqxx::transaction_base &tx, const BackfillCheckpoint &c)
{
    tx.exec_params(R"SQL(
INSERT INTO slipway.backfill_checkpoint AS c (name, table_name, spec_hash, key_columns, state)
VALUES ($1, $2, $3, $4::jsonb, 'running')
ON CONFLICT (name) DO UPDATE
SET table_name = EXCLUDED.table_name, spec_hash = EXCLUDED.spec_hash, key_columns = EXCLUDED.key_columns,
    last_key = NULL, rows_done = 0, batches = 0, state = 'running', message = NULL, run_by = current_user,
    started_at = clock_timestamp(), updated_at = clock_timestamp(), finished_at = NULL)SQL",
                   utf8(c.name), utf8(c.tableName), utf8(c.specHash), utf8(keyToJson(c.key)));
}

void CheckpointStore::advance(pqxx::transaction_base &tx, const QString &name,
                              const std::optional<QStringList> &previousKey, const QStringList &newKey, qint64 rows)
{
    const std::string set = R"SQL(
UPDATE slipway.backfill_checkpoint
SET last_key = $2::jsonb, rows_done = rows_done + $3, batches = batches + 1, updated_at = clock_timestamp()
WHERE name = $1 AND )SQL";
    const pqxx::result result = previousKey
        ? tx.exec_params(set + "last_key = $4::jsonb", utf8(name), utf8(keyToJson(newKey)),
                         static_cast<long long>(rows), utf8(keyToJson(*previousKey)))
        : tx.exec_params(set + "last_key IS NULL", utf8(name), utf8(keyToJson(newKey)),
                         static_cast<long long>(rows));
    if (result.affected_rows() != 1)
        throw std::runtime_error(
            tr("The checkpoint of backfill %1 moved under this runner (another runner?); the batch is rolled back.")
                .arg(name)
                .toStdString());
}

void CheckpointStore::setState(pqxx::transaction_base &tx, const QString &name, BackfillCheckpoint::State state,
                               const QString &message)
{
    const bool finished = state == BackfillCheckpoint::State::Done || state == BackfillCheckpoint::State::Aborted
                          || state == BackfillCheckpoint::State::Failed;
    tx.exec_params(R"SQL(
UPDATE slipway.backfill_checkpoint
SET state = $2, message = NULLIF($3, ''), updated_at = clock_timestamp(),
    finished_at = CASE WHEN $4 THEN clock_timestamp() END
WHERE name = $1)SQL",
                   utf8(name), utf8(BackfillCheckpoint::stateName(state)), utf8(message), finished);
}

void CheckpointStore::setSpecHash(pqxx::transaction_base &tx, const QString &name, const QString &hash)
{
    tx.exec_params("UPDATE slipway.backfill_checkpoint SET spec_hash = $2 WHERE name = $1", utf8(name), utf8(hash));
}

void CheckpointStore::remove(pqxx::transaction_base &tx, const QString &name)
{
    if (tableExists(tx))
        tx.exec_params("DELETE FROM slipway.backfill_checkpoint WHERE name = $1", utf8(name));
}

QString CheckpointStore::keyToJson(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> CheckpointStore::keyFromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray()) return std::nullopt;
    QStringList values;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString()) return std::nullopt;
        values << value.toString();
    }
    return values;
}

} // namespace slipway::run
