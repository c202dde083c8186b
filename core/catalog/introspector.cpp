#include "introspector.h"

#include "catalogqueries_p.h"
#include "catalogreader_p.h"

#include <QDateTime>
#include <QHash>

#include <pqxx/pqxx>

namespace slipway::catalog {

namespace detail {

void Reader::step(const QString &what)
{
    if (m_progress) m_progress(m_step * 100 / kQueryCount, what);
    ++m_step;
    if (m_cancelled && m_cancelled->load())
        throw pqxx::sql_error(Introspector::tr("Schema introspection was cancelled.").toStdString(),
                              std::string(), "57014");
}

QList<Column> *Reader::columnsOf(Oid relation)
{
    if (const auto at = m_tableAt.constFind(relation); at != m_tableAt.cend())
        return &m_model.tables[*at].columns;
    if (const auto at = m_viewAt.constFind(relation); at != m_viewAt.cend())
        return &m_model.views[*at].columns;
    if (const auto at = m_compositeAt.constFind(relation); at != m_compositeAt.cend())
        return &m_model.compositeTypes[*at].attributes;
    return nullptr;
}

QStringList Reader::columnNames(Oid relation, const QList<int> &attnums) const
{
    QStringList names;
    names.reserve(attnums.size());
    for (const int attnum : attnums)
        names << m_columnNames.value(objectKey('a', relation, attnum));
    return names;
}

SchemaModel Reader::read()
{
    readServer();
    readSchemas();
    readComments();
    readPrivileges();
    readExtensions();
    readRelations();
    readInheritance();
    readTypes();
    readColumns();
    readConstraints();
    readIndexes();
    readSequences();
    readFunctions();
    readAggregates();
    readTriggers();
    readPolicies();
    readSizes();
    Q_ASSERT(m_step == kQueryCount);
    sumPartitionStats();
    m_model.sort();
    if (m_progress) m_progress(100, Introspector::tr("Done"));
    return std::move(m_model);
}

void Reader::readServer()
{
    step(Introspector::tr("Reading server information"));
    const pqxx::row row =
        m_tx.exec_params1(queries::kServer, std::to_string(qMax(0, m_options.lockTimeoutMs)));
    m_model.database = text(row[0]);
    m_model.serverVersion = text(row[1]);
    m_model.serverVersionNumber = int(number(row[2]));
    // Milliseconds: what a snapshot keeps.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_model.capturedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
}

void Reader::readSchemas()
{
    step(Introspector::tr("Reading schemas"));
    const pqxx::result rows =
        m_tx.exec_params(queries::kSchemas, textArrayLiteral(m_options.includeSchemas),
                         textArrayLiteral(m_options.excludeSchemas));
    QList<Oid> oids;
    for (const pqxx::row &row : rows) {
        const Oid oid = oidOf(row[0]);
        Schema schema;
        schema.name = text(row[1]);
        schema.owner = text(row[2]);
        m_schemaNames.insert(oid, schema.name);
        m_model.schemas << schema;
        oids << oid;
    }
    m_schemaOids = oidArrayLiteral(oids);
}

void Reader::readComments()
{
    step(Introspector::tr("Reading comments"));
    for (const pqxx::row &row : m_tx.exec(queries::kComments)) {
        if (row[0].is_null()) continue;
        m_comments.insert(objectKey(letter(row[0]), oidOf(row[1]), int(number(row[2]))),
                          text(row[3]));
    }
    // Schemas were read before their comments.
    for (auto it = m_schemaNames.cbegin(); it != m_schemaNames.cend(); ++it) {
        const QString found = comment('n', it.key());
        if (found.isEmpty()) continue;
        for (Schema &schema : m_model.schemas) {
            if (schema.name == it.value()) schema.comment = found;
        }
    }
}

void Reader::readPrivileges()
{
    step(Introspector::tr("Reading privileges"));
    for (const pqxx::row &row : query(queries::kPrivileges)) {
        Grant grant;
        grant.grantee = text(row[3]);
        grant.privilege = text(row[4]);
        grant.grantable = flag(row[5]);
        m_grants[objectKey(letter(row[0]), oidOf(row[1]), int(number(row[2])))] << grant;
    }
    QHash<QString, Oid> schemaOids;
    for (auto it = m_schemaNames.cbegin(); it != m_schemaNames.cend(); ++it)
        schemaOids.insert(it.value(), it.key());
    for (Schema &schema : m_model.schemas)
        schema.grants = grants('n', schemaOids.value(schema.name));
}

void Reader::readExtensions()
{
    step(Introspector::tr("Reading extensions"));
    for (const pqxx::row &row : query(queries::kExtensions)) {
        Extension extension;
        extension.name = text(row[1]);
        extension.schema = text(row[2]);
        extension.version = text(row[3]);
        extension.comment = comment('e', oidOf(row[0]));
        m_model.extensions << extension;
    }
}

void Reader::readRelations()
{
    step(Introspector::tr("Reading tables and views"));
    for (const pqxx::row &row : query(queries::kRelations)) {
        const Oid oid = oidOf(row[0]);
        const char kind = letter(row[3]);
        RelationStats stats;
        stats.estimatedRows = number(row[12], -1);
        stats.totalBytes = number(row[13], -1);
        if (kind == 'r' || kind == 'p') {
            Table table;
            table.schema = schemaName(row[1]);
            table.name = text(row[2]);
            table.kind = kind == 'p' ? Table::Kind::Partitioned : Table::Kind::Ordinary;
            table.owner = text(row[4]);
            table.unlogged = flag(row[5]);
            table.rowSecurity = flag(row[6]);
            table.forceRowSecurity = flag(row[7]);
            table.partitionKey = text(row[8]);
            table.partitionBound = text(row[9]);
            table.partitionConstraint = text(row[15]);
            table.options = textArray(row[10]);
            table.comment = comment('c', oid);
            table.grants = grants('c', oid);
            table.stats = stats;
            m_tableAt.insert(oid, m_model.tables.size());
            m_model.tables << table;
        } else {
            View view;
            view.schema = schemaName(row[1]);
            view.name = text(row[2]);
            view.materialized = kind == 'm';
            view.owner = text(row[4]);
            view.options = textArray(row[10]);
            view.populated = view.materialized ? flag(row[11]) : true;
            view.definition = text(row[14]);
            view.comment = comment('c', oid);
            view.grants = grants('c', oid);
            if (view.materialized) view.stats = stats;
            m_viewAt.insert(oid, m_model.views.size());
            m_model.views << view;
        }
    }
}

void Reader::readInheritance()
{
    step(Introspector::tr("Reading partitions and inheritance"));
    for (const pqxx::row &row : query(queries::kInheritance)) {
        const Oid child = oidOf(row[0]);
        const auto at = m_tableAt.constFind(child);
        if (at == m_tableAt.cend()) continue;
        Table &table = m_model.tables[*at];
        const QualifiedName parent{text(row[1]), text(row[2])};
        if (flag(row[3])) {
            table.partitionOf = parent;
            m_partitionParent.insert(child, oidOf(row[4]));
        } else {
            table.inherits << parent;
        }
    }
}

void Reader::readTypes()
{
    step(Introspector::tr("Reading types"));
    for (const pqxx::row &row : query(queries::kTypes)) {
        const Oid oid = oidOf(row[0]);
        const QString schema = schemaName(row[1]);
        const QString name = text(row[2]);
        const QString owner = text(row[4]);
        switch (letter(row[3])) {
        case 'e': {
            EnumType type;
            type.schema = schema;
            type.name = name;
            type.owner = owner;
            type.labels = textArray(row[5]);
            type.comment = comment('t', oid);
            m_model.enums << type;
            break;
        }
        case 'd': {
            Domain domain;
            domain.schema = schema;
            domain.name = name;
            domain.owner = owner;
            domain.baseType = text(row[6]);
            domain.notNull = flag(row[7]);
            domain.defaultValue = text(row[8]);
            domain.collation = text(row[9]);
            domain.comment = comment('t', oid);
            m_domainAt.insert(oid, m_model.domains.size());
            m_model.domains << domain;
            break;
        }
        case 'c': {
            CompositeType type;
            type.schema = schema;
            type.name = name;
            type.owner = owner;
            type.comment = comment('t', oid);
            m_compositeAt.insert(oidOf(row[10]), m_model.compositeTypes.size());
            m_model.compositeTypes << type;
            break;
        }
        default: break;
        }
    }
}

void Reader::readColumns()
{
    step(Introspector::tr("Reading columns"));
    Oid current = 0;
    QList<Column> *columns = nullptr;
    for (const pqxx::row &row : query(queries::kColumns)) {
        const Oid relation = oidOf(row[0]);
        if (relation != current) {
            current = relation;
            columns = columnsOf(relation);
        }
        if (!columns) continue; // an extension's relation
        const int attnum = int(number(row[1]));
        Column column;
        column.name = text(row[2]);
        column.position = int(columns->size()) + 1; // rows come in attnum order
        column.type = text(row[3]);
        column.notNull = flag(row[4]);
        column.defaultValue = text(row[5]);
        column.identity = identity(letter(row[6]));
        column.generatedExpression = text(row[7]);
        column.collation = text(row[8]);
        column.inherited = flag(row[9]);
        if (column.identity != Column::Identity::None && !row[11].is_null()) {
            column.identityOptions.start = number(row[10]);
            column.identityOptions.increment = number(row[11]);
            column.identityOptions.minValue = number(row[12]);
            column.identityOptions.maxValue = number(row[13]);
            column.identityOptions.cache = number(row[14]);
            column.identityOptions.cycle = flag(row[15]);
        }
        column.comment = comment('c', relation, attnum);
        column.grants = grants('a', relation, attnum);
        m_columnNames.insert(objectKey('a', relation, attnum), column.name);
        columns->append(std::move(column));
    }
}

void Reader::readConstraints()
{
    step(Introspector::tr("Reading constraints"));
    for (const pqxx::row &row : query(queries::kConstraints)) {
        const Oid oid = oidOf(row[0]);
        const Oid relation = oidOf(row[1]);
        const Oid domainType = oidOf(row[2]);
        if (domainType) {
            const auto at = m_domainAt.constFind(domainType);
            if (at == m_domainAt.cend()) continue;
            DomainConstraint constraint;
            constraint.name = text(row[3]);
            constraint.definition = text(row[5]);
            constraint.validated = flag(row[6]);
            constraint.comment = comment('o', oid);
            m_model.domains[*at].constraints << constraint;
            continue;
        }
        const auto at = m_tableAt.constFind(relation);
        if (at == m_tableAt.cend()) continue;
        Constraint constraint;
        constraint.name = text(row[3]);
        constraint.kind = constraintKind(letter(row[4]));
        constraint.definition = text(row[5]);
        constraint.validated = flag(row[6]);
        constraint.deferrable = flag(row[7]);
        constraint.initiallyDeferred = flag(row[8]);
        constraint.noInherit = flag(row[9]);
        constraint.inherited = flag(row[10]);
        constraint.index = text(row[11]);
        constraint.columns = columnNames(relation, numberArray(row[12]));
        if (constraint.kind == Constraint::Kind::ForeignKey) {
            constraint.referencedTable = {text(row[13]), text(row[14])};
            // Names from the server only when the referenced table was not read.
            constraint.referencedColumns = row[17].is_null()
                ? columnNames(oidOf(row[15]), numberArray(row[16]))
                : textArray(row[17]);
            constraint.onUpdate = foreignKeyAction(letter(row[18]));
            constraint.onDelete = foreignKeyAction(letter(row[19]));
            constraint.match = foreignKeyMatch(letter(row[20]));
        }
        constraint.comment = comment('o', oid);
        m_model.tables[*at].constraints << constraint;
    }
}

void Reader::readIndexes()
{
    step(Introspector::tr("Reading indexes"));
    for (const pqxx::row &row : query(queries::kIndexes)) {
        const Oid oid = oidOf(row[0]);
        const Oid relation = oidOf(row[1]);
        QList<Index> *indexes = nullptr;
        if (const auto at = m_tableAt.constFind(relation); at != m_tableAt.cend())
            indexes = &m_model.tables[*at].indexes;
        else if (const auto view = m_viewAt.constFind(relation); view != m_viewAt.cend())
            indexes = &m_model.views[*view].indexes;
        if (!indexes) continue;
        Index index;
        index.name = text(row[2]);
        index.method = text(row[3]);
        index.unique = flag(row[4]);
        index.primary = flag(row[5]);
        index.nullsNotDistinct = flag(row[6]);
        index.valid = flag(row[7]);
        const qsizetype keyCount = number(row[8]);
        index.hasExpressions = flag(row[11]);
        // Plain columns by number; with expressions, each deparsed by the server.
        const QStringList all = index.hasExpressions ? textArray(row[10])
                                                     : columnNames(relation, numberArray(row[9]));
        index.columns = all.mid(0, keyCount);
        index.includeColumns = all.mid(keyCount);
        index.predicate = text(row[12]);
        index.definition = text(row[13]);
        index.constraint = text(row[14]);
        index.inherited = flag(row[15]);
        index.comment = comment('c', oid);
        indexes->append(std::move(index));
    }
}


} // namespace detail

using namespace detail;

namespace {

QString describeLockHolders(pqxx::connection_base &conn, int timeoutMs)
{
    QStringList held;
    QStringList awaited;
    pqxx::nontransaction tx(conn, "lock holders");
    for (const pqxx::row &row : tx.exec(queries::kLockHolders)) {
        const QString relation = QualifiedName{text(row[0]), text(row[1])}.display();
        (flag(row[3]) ? held : awaited)
            << Introspector::tr("%1 (process %2)").arg(relation, text(row[2]));
    }
    if (held.isEmpty() && awaited.isEmpty())
        return Introspector::tr("Could not read the schema: a relation stayed locked by another "
                                "session for more than %1 ms. Try again later.")
            .arg(timeoutMs);
    QString message = Introspector::tr("Could not read the schema: waited %1 ms for locks. ")
                          .arg(timeoutMs);
    if (!held.isEmpty())
        message += Introspector::tr("Locked exclusively, probably by a running migration: %1. ")
                       .arg(held.join(QLatin1String(", ")));
    if (!awaited.isEmpty())
        message += Introspector::tr("Waiting for an exclusive lock: %1. ")
                       .arg(awaited.join(QLatin1String(", ")));
    return message + Introspector::tr("Try again when it has finished.");
}

} // namespace

SchemaModel Introspector::read(pqxx::connection_base &conn, const IntrospectOptions &options,
                               const ProgressFn &progress, const std::atomic_bool *cancelled)
{
    std::string failedQuery;
    try {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(conn, "introspect");
        Reader reader(tx, options, progress, cancelled);
        SchemaModel model = reader.read();
        tx.commit();
        return model;
    } catch (const pqxx::sql_error &error) {
        if (error.sqlstate() != "55P03") throw; // lock_not_available
        failedQuery = error.query();
    }
    // The transaction is gone; say who holds the lock we waited for.
    const QString message = describeLockHolders(conn, options.lockTimeoutMs);
    throw pqxx::sql_error(message.toStdString(), failedQuery, "55P03");
}

int Introspector::queryCount()
{
    return kQueryCount;
}

} // namespace slipway::catalog
