#pragma once

// Introspector's worker: one query per object kind, each read into the model.
// Private to core/catalog (introspector.cpp, catalogreader.cpp).

#include "catalogrows_p.h"
#include "introspector.h"

#include <QHash>

namespace slipway::catalog::detail {

// --- the reader -------------------------------------------------------------

constexpr int kQueryCount = 17;

class Reader {
public:
    Reader(pqxx::dbtransaction &tx, const IntrospectOptions &options,
           const ProgressFn &progress, const std::atomic_bool *cancelled)
        : m_tx(tx), m_options(options), m_progress(progress), m_cancelled(cancelled)
    {
    }

    SchemaModel read();

private:
    pqxx::dbtransaction &m_tx;
    const IntrospectOptions &m_options;
    const ProgressFn &m_progress;
    const std::atomic_bool *m_cancelled;
    int m_step = 0;

    SchemaModel m_model;
    std::string m_schemaOids; // $1 of every query after kSchemas
    QHash<Oid, QString> m_schemaNames;
    QHash<quint64, QString> m_comments;
    QHash<quint64, QList<Grant>> m_grants;
    QHash<Oid, qsizetype> m_tableAt;     // pg_class oid -> m_model.tables
    QHash<Oid, qsizetype> m_viewAt;      // pg_class oid -> m_model.views
    QHash<Oid, qsizetype> m_compositeAt; // typrelid -> m_model.compositeTypes
    QHash<Oid, qsizetype> m_domainAt;    // pg_type oid -> m_model.domains
    QHash<Oid, Oid> m_partitionParent;   // partition oid -> partitioned table oid
    QHash<quint64, QString> m_columnNames; // objectKey('a', relation, attnum) -> name

    // Before each query: progress, then the cancel check.
    void step(const QString &what);
    pqxx::result query(const char *sql) { return m_tx.exec_params(sql, m_schemaOids); }
    QString comment(char catalog, Oid oid, int subId = 0) const
    {
        return m_comments.value(objectKey(catalog, oid, subId));
    }
    QList<Grant> grants(char catalog, Oid oid, int subId = 0) const
    {
        return m_grants.value(objectKey(catalog, oid, subId));
    }
    // The columns list of a table, view or composite type; nullptr for others.
    QList<Column> *columnsOf(Oid relation);
    QString schemaName(const pqxx::field &field) const { return m_schemaNames.value(oidOf(field)); }
    // Column names of a relation read by readColumns(), by column number.
    QStringList columnNames(Oid relation, const QList<int> &attnums) const;

    void readServer();
    void readSchemas();
    void readComments();
    void readPrivileges();
    void readExtensions();
    void readRelations();
    void readInheritance();
    void readTypes();
    void readColumns();
    void readConstraints();
    void readIndexes();
    void readSequences();
    void readFunctions();
    void readAggregates();
    void readTriggers();
    void readPolicies();
    void readSizes();
    void sumPartitionStats();
};

} // namespace slipway::catalog::detail
