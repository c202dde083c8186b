#include "introspector.h"

#include "catalogqueries_p.h"

#include <QDateTime>
#include <QHash>

#include <pqxx/pqxx>

#include <cstdlib>
#include <string>

namespace slipway::catalog {

namespace {

using Oid = quint32;

// --- reading fields ---------------------------------------------------------

QString text(const pqxx::field &field)
{
    if (field.is_null()) return {};
    return QString::fromUtf8(field.c_str(), qsizetype(field.size()));
}

bool flag(const pqxx::field &field)
{
    return !field.is_null() && field.c_str()[0] == 't';
}

char letter(const pqxx::field &field)
{
    return field.is_null() ? '\0' : field.c_str()[0];
}

Oid oidOf(const pqxx::field &field)
{
    return field.is_null() ? 0 : Oid(std::strtoul(field.c_str(), nullptr, 10));
}

qint64 number(const pqxx::field &field, qint64 null = 0)
{
    return field.is_null() ? null : qint64(std::strtoll(field.c_str(), nullptr, 10));
}

// A one-dimensional text[] (NULL and NULL elements are left out).
QStringList textArray(const pqxx::field &field)
{
    QStringList values;
    if (field.is_null()) return values;
    pqxx::array_parser parser = field.as_array();
    for (auto item = parser.get_next(); item.first != pqxx::array_parser::done;
         item = parser.get_next()) {
        if (item.first == pqxx::array_parser::string_value)
            values << QString::fromStdString(item.second);
    }
    return values;
}

// An int2[] ("{1,2}") or int2vector ("1 2") as numbers.
QList<int> numberArray(const pqxx::field &field)
{
    QList<int> numbers;
    if (field.is_null()) return numbers;
    const char *c = field.c_str();
    while (*c) {
        if ((*c >= '0' && *c <= '9') || *c == '-') {
            char *end = nullptr;
            numbers << int(std::strtol(c, &end, 10));
            c = end;
        } else {
            ++c;
        }
    }
    return numbers;
}

// --- building parameters ----------------------------------------------------

// A text[] literal, passed as a parameter (never spliced into SQL).
std::string textArrayLiteral(const QStringList &values)
{
    std::string literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i) literal += ',';
        literal += '"';
        for (const char c : values.at(i).toStdString()) {
            if (c == '"' || c == '\\') literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    return literal + '}';
}

std::string oidArrayLiteral(const QList<Oid> &oids)
{
    std::string literal = "{";
    for (qsizetype i = 0; i < oids.size(); ++i) {
        if (i) literal += ',';
        literal += std::to_string(oids.at(i));
    }
    return literal + '}';
}

// --- keys of comments and grants --------------------------------------------

// (catalog letter, object oid, sub-id such as a column number) in one integer.
quint64 objectKey(char catalog, Oid oid, int subId = 0)
{
    return (quint64(oid) << 24) | (quint64(quint8(catalog)) << 16) | quint64(quint16(subId));
}

// --- decoding catalog codes -------------------------------------------------

ForeignKeyAction foreignKeyAction(char code)
{
    switch (code) {
    case 'r': return ForeignKeyAction::Restrict;
    case 'c': return ForeignKeyAction::Cascade;
    case 'n': return ForeignKeyAction::SetNull;
    case 'd': return ForeignKeyAction::SetDefault;
    default: return ForeignKeyAction::NoAction;
    }
}

ForeignKeyMatch foreignKeyMatch(char code)
{
    switch (code) {
    case 'f': return ForeignKeyMatch::Full;
    case 'p': return ForeignKeyMatch::Partial;
    default: return ForeignKeyMatch::Simple;
    }
}

Constraint::Kind constraintKind(char code)
{
    switch (code) {
    case 'p': return Constraint::Kind::PrimaryKey;
    case 'u': return Constraint::Kind::Unique;
    case 'f': return Constraint::Kind::ForeignKey;
    case 'x': return Constraint::Kind::Exclusion;
    case 't': return Constraint::Kind::Trigger;
    default: return Constraint::Kind::Check;
    }
}

Trigger::Enabled triggerEnabled(char code)
{
    switch (code) {
    case 'A': return Trigger::Enabled::Always;
    case 'R': return Trigger::Enabled::Replica;
    case 'D': return Trigger::Enabled::Disabled;
    default: return Trigger::Enabled::Origin;
    }
}

QString policyCommand(char code)
{
    switch (code) {
    case 'r': return QStringLiteral("SELECT");
    case 'a': return QStringLiteral("INSERT");
    case 'w': return QStringLiteral("UPDATE");
    case 'd': return QStringLiteral("DELETE");
    default: return QStringLiteral("ALL");
    }
}

Function::Kind functionKind(char code)
{
    switch (code) {
    case 'p': return Function::Kind::Procedure;
    case 'a': return Function::Kind::Aggregate;
    case 'w': return Function::Kind::Window;
    default: return Function::Kind::Function;
    }
}

QString volatility(char code)
{
    switch (code) {
    case 'i': return QStringLiteral("IMMUTABLE");
    case 's': return QStringLiteral("STABLE");
    default: return QStringLiteral("VOLATILE");
    }
}

Column::Identity identity(char code)
{
    switch (code) {
    case 'a': return Column::Identity::Always;
    case 'd': return Column::Identity::ByDefault;
    default: return Column::Identity::None;
    }
}

// --- the reader -------------------------------------------------------------

constexpr int kQueryCount = 16;

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
    void readTriggers();
    void readPolicies();
    void readSizes();
    void sumPartitionStats();
};

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

void Reader::readSequences()
{
    step(Introspector::tr("Reading sequences"));
    for (const pqxx::row &row : query(queries::kSequences)) {
        const Oid oid = oidOf(row[0]);
        Sequence sequence;
        sequence.schema = schemaName(row[1]);
        sequence.name = text(row[2]);
        sequence.owner = text(row[3]);
        sequence.type = text(row[4]);
        sequence.start = number(row[5]);
        sequence.increment = number(row[6]);
        sequence.minValue = number(row[7]);
        sequence.maxValue = number(row[8]);
        sequence.cache = number(row[9]);
        sequence.cycle = flag(row[10]);
        sequence.ownedByTable = text(row[11]);
        sequence.ownedByColumn = text(row[12]);
        sequence.comment = comment('c', oid);
        sequence.grants = grants('c', oid);
        m_model.sequences << sequence;
    }
}

void Reader::readFunctions()
{
    step(Introspector::tr("Reading functions and procedures"));
    for (const pqxx::row &row : query(queries::kFunctions)) {
        const Oid oid = oidOf(row[0]);
        Function function;
        function.schema = schemaName(row[1]);
        function.name = text(row[2]);
        function.identityArguments = text(row[3]);
        function.arguments = text(row[4]);
        function.result = text(row[5]);
        function.kind = functionKind(letter(row[6]));
        function.language = text(row[7]);
        function.volatility = volatility(letter(row[8]));
        function.securityDefiner = flag(row[9]);
        function.owner = text(row[10]);
        function.definition = text(row[11]);
        function.comment = comment('f', oid);
        function.grants = grants('f', oid);
        m_model.functions << function;
    }
}

void Reader::readTriggers()
{
    step(Introspector::tr("Reading triggers"));
    for (const pqxx::row &row : query(queries::kTriggers)) {
        const Oid relation = oidOf(row[1]);
        QList<Trigger> *triggers = nullptr;
        if (const auto at = m_tableAt.constFind(relation); at != m_tableAt.cend())
            triggers = &m_model.tables[*at].triggers;
        else if (const auto view = m_viewAt.constFind(relation); view != m_viewAt.cend())
            triggers = &m_model.views[*view].triggers;
        if (!triggers) continue;
        Trigger trigger;
        trigger.name = text(row[2]);
        trigger.definition = text(row[3]);
        trigger.enabled = triggerEnabled(letter(row[4]));
        trigger.constraintTrigger = flag(row[5]);
        trigger.inherited = flag(row[6]);
        trigger.comment = comment('g', oidOf(row[0]));
        triggers->append(std::move(trigger));
    }
}

void Reader::readPolicies()
{
    step(Introspector::tr("Reading row-level security policies"));
    for (const pqxx::row &row : query(queries::kPolicies)) {
        const auto at = m_tableAt.constFind(oidOf(row[1]));
        if (at == m_tableAt.cend()) continue;
        Policy policy;
        policy.name = text(row[2]);
        policy.command = policyCommand(letter(row[3]));
        policy.permissive = flag(row[4]);
        policy.roles = textArray(row[5]);
        policy.usingExpression = text(row[6]);
        policy.withCheckExpression = text(row[7]);
        policy.comment = comment('p', oidOf(row[0]));
        m_model.tables[*at].policies << policy;
    }
}

void Reader::readSizes()
{
    step(Introspector::tr("Reading sizes"));
    if (!m_options.exactSizes) return;
    // A relation locked by a migration must not stall us: give up after the
    // lock timeout and keep the relpages estimates read with the relations.
    try {
        pqxx::subtransaction sizes(m_tx, "sizes");
        sizes.exec_params("SELECT pg_catalog.set_config('lock_timeout', $1, true)",
                          std::to_string(qMax(1, m_options.sizeLockTimeoutMs)) + "ms");
        const pqxx::result rows = sizes.exec_params(queries::kSizes, m_schemaOids);
        sizes.commit();
        for (const pqxx::row &row : rows) {
            if (row[1].is_null()) continue;
            const Oid oid = oidOf(row[0]);
            RelationStats *stats = nullptr;
            if (const auto at = m_tableAt.constFind(oid); at != m_tableAt.cend())
                stats = &m_model.tables[*at].stats;
            else if (const auto view = m_viewAt.constFind(oid); view != m_viewAt.cend())
                stats = &m_model.views[*view].stats;
            if (!stats) continue;
            stats->totalBytes = number(row[1]);
            stats->sizeExact = true;
        }
    } catch (const pqxx::sql_error &error) {
        if (error.sqlstate() != "55P03") throw; // only lock_not_available is expected
    }
}

// A partitioned table holds no rows itself: its stats are the sum of its
// partitions' (recursively), exact when every partition's size is.
void Reader::sumPartitionStats()
{
    QHash<Oid, RelationStats> sums;
    for (auto it = m_tableAt.cbegin(); it != m_tableAt.cend(); ++it) {
        const Table &leaf = m_model.tables.at(it.value());
        if (leaf.kind != Table::Kind::Ordinary || !m_partitionParent.contains(it.key())) continue;
        for (Oid parent = m_partitionParent.value(it.key()); parent;
             parent = m_partitionParent.value(parent)) {
            auto found = sums.find(parent);
            if (found == sums.end())
                found = sums.insert(parent, RelationStats{0, 0, true});
            found->estimatedRows += qMax<qint64>(leaf.stats.estimatedRows, 0);
            found->totalBytes += qMax<qint64>(leaf.stats.totalBytes, 0);
            found->sizeExact = found->sizeExact && leaf.stats.sizeExact;
        }
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (const auto at = m_tableAt.constFind(it.key()); at != m_tableAt.cend())
            m_model.tables[*at].stats = it.value();
    }
}

// After a lock timeout: which relations are locked, and by whom, in words.
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
