#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway::run {

// What a batched backfill does, as written in a spec file (JSON):
//
//   {
//     "name": "orders.status_v2",          // required; names the checkpoint and the runner lock
//     "table": "public.orders",            // required; schema-qualified (unqualified = public)
//     "set": "status_v2 = upper(status)",  // the SET clause ...
//     "template": "...",                   // ... or a whole UPDATE / INSERT ... SELECT with {{batch}}
//     "predicate": "status_v2 IS NULL",    // rows still to do (optional)
//     "key": ["id"],                       // keyset columns; omitted = the table's primary key
//     "target_batch_ms": 200, "initial_batch_size": 1000,
//     "min_batch_size": 10, "max_batch_size": 50000, "pause_ms": 0,
//     "lock_timeout_ms": 2000, "statement_timeout_ms": 30000, "max_retries": 10
//   }
//
// Exactly one of "set" and "template". With "set" each batch runs
//   UPDATE <table> SET <set> WHERE <key in the batch's range> AND (<predicate>)
// With "template", {{batch}} is replaced by the batch's key range condition on
// the unqualified key columns and {{batch:alias}} by the same on alias.<column>;
// the predicate is then only used for the estimate (put it in the template).
// The key range of a batch is the next batch-size keys of the table in key
// order after the last key done, so rows are walked once in key order.
struct BackfillSpec {
    Q_DECLARE_TR_FUNCTIONS(BackfillSpec)

public:
    QString name;
    QString table;
    QString set;
    QString statementTemplate; // "template" in JSON
    QString predicate;
    QStringList key;           // empty: the primary key, read from the catalog

    int targetBatchMs = 200;
    int initialBatchSize = 1000;
    int minBatchSize = 10;
    int maxBatchSize = 50000;
    int pauseMs = 0;            // between batches
    int lockTimeoutMs = 2000;   // SET LOCAL lock_timeout per batch
    int statementTimeoutMs = 30000;
    int maxRetries = 10;        // per batch, after lock/statement timeouts, deadlocks

    static constexpr const char *kBatchPlaceholder = "{{batch}}";

    // Problems, one sentence each naming the field; empty when the spec is usable.
    QStringList validate() const;
    bool usesTemplate() const { return !statementTemplate.isEmpty(); }

    // "public.orders" -> ("public", "orders"); quoted parts keep their case and dots.
    QString schemaName() const;
    QString tableName() const;
    static bool splitQualifiedName(const QString &text, QString *schema, QString *table);

    // Hash of what decides which rows are touched and how (table, set or
    // template, predicate, key columns). Batch sizes, pauses and timeouts are
    // not part of it: changing them between runs is compatible.
    QString compatibilityHash(const QStringList &resolvedKey) const;

    QJsonObject toJson() const;
    // *error names the field ("\"max_batch_size\" must be a whole number >= 1").
    static std::optional<BackfillSpec> fromJson(const QJsonObject &object, QString *error);
    // A .yaml / .yml file is read as YAML (the same fields), anything else as JSON.
    static std::optional<BackfillSpec> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
};

} // namespace slipway::run
