#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace slipway::run {

// Where a backfill stands, as stored in slipway.backfill_checkpoint (one row
// per spec name). The row is updated in the same transaction as each batch,
// so it always describes exactly the committed batches.
struct BackfillCheckpoint {
    enum class State { Running, Paused, Done, Aborted, Failed };

    QString name;
    QString tableName;       // schema.table as given in the spec
    QString specHash;        // BackfillSpec::compatibilityHash
    QStringList key;         // the key columns walked
    std::optional<QStringList> lastKey; // key values (text) of the last row of the last batch; none before the first
    qint64 rowsDone = 0;     // rows changed by committed batches (sum of row counts)
    qint64 batches = 0;      // committed batches
    State state = State::Running;
    QString message;         // why it stopped (abort reason, error), empty when none
    QDateTime startedAt;
    QDateTime updatedAt;
    QDateTime finishedAt;    // null while not finished

    static QString stateName(State state); // "running", "paused", "done", "aborted", "failed"
    static std::optional<State> stateFromName(const QString &name);
};

// Reads and writes slipway.backfill_checkpoint. The table (and the slipway
// schema) are created on first use.
class CheckpointStore {
    Q_DECLARE_TR_FUNCTIONS(CheckpointStore)

public:
    static void ensureTable(pqxx::connection_base &conn);
    static bool tableExists(pqxx::transaction_base &tx);

    static std::optional<BackfillCheckpoint> load(pqxx::transaction_base &tx, const QString &name);
    static QList<BackfillCheckpoint> loadAll(pqxx::transaction_base &tx);
    // Creates the row, or resets it to "nothing done" when it exists.
    static void begin(pqxx::transaction_base &tx, const BackfillCheckpoint &checkpoint);
    // In the batch's transaction: records the batch. Throws when the stored
    // last key is not previousKey (someone else advanced it), so the batch
    // rolls back instead of being counted twice.
    static void advance(pqxx::transaction_base &tx, const QString &name,
                        const std::optional<QStringList> &previousKey, const QStringList &newKey, qint64 rows);
    static void setState(pqxx::transaction_base &tx, const QString &name, BackfillCheckpoint::State state,
                         const QString &message = {});
    static void setSpecHash(pqxx::transaction_base &tx, const QString &name, const QString &hash);
    static void remove(pqxx::transaction_base &tx, const QString &name);

    // JSON text array of the key values ("[\"42\",\"a\"]"), and back.
    static QString keyToJson(const QStringList &values);
    static std::optional<QStringList> keyFromJson(const QString &json);
};

} // namespace slipway::run
