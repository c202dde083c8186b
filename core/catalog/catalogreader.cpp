// Introspector: sequences, functions, triggers, policies and sizes.

#include "catalogqueries_p.h"
#include "catalogreader_p.h"

namespace slipway::catalog::detail {

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

void Reader::readAggregates()
{
    step(Introspector::tr("Reading aggregates"));
    auto kind = [](char code) {
        return code == 'o' ? Aggregate::Kind::OrderedSet
               : code == 'h' ? Aggregate::Kind::Hypothetical
                             : Aggregate::Kind::Normal;
    };
    auto modify = [](char code) {
        return code == 's' ? QStringLiteral("SHAREABLE")
               : code == 'w' ? QStringLiteral("READ_WRITE")
                             : QStringLiteral("READ_ONLY");
    };
    auto parallel = [](char code) {
        return code == 's' ? QStringLiteral("SAFE")
               : code == 'r' ? QStringLiteral("RESTRICTED")
                             : QStringLiteral("UNSAFE");
    };
    for (const pqxx::row &row : query(queries::kAggregates)) {
        const Oid oid = oidOf(row[0]);
        Aggregate aggregate;
        aggregate.schema = schemaName(row[1]);
        aggregate.name = text(row[2]);
        aggregate.identityArguments = text(row[3]);
        aggregate.arguments = text(row[4]);
        aggregate.result = text(row[5]);
        aggregate.kind = kind(letter(row[6]));
        aggregate.stateFunction = text(row[7]);
        aggregate.stateType = text(row[8]);
        aggregate.stateSpace = int(number(row[9]));
        aggregate.finalFunction = text(row[10]);
        aggregate.finalExtra = flag(row[11]);
        if (!aggregate.finalFunction.isEmpty()) aggregate.finalModify = modify(letter(row[12]));
        aggregate.combineFunction = text(row[13]);
        aggregate.serialFunction = text(row[14]);
        aggregate.deserialFunction = text(row[15]);
        aggregate.hasInitialCondition = !row[16].is_null();
        aggregate.initialCondition = text(row[16]);
        aggregate.movingStateFunction = text(row[17]);
        aggregate.movingInverseFunction = text(row[18]);
        aggregate.movingStateType = text(row[19]);
        aggregate.movingFinalFunction = text(row[20]);
        aggregate.hasMovingInitialCondition = !row[21].is_null();
        aggregate.movingInitialCondition = text(row[21]);
        aggregate.sortOperator = text(row[22]);
        aggregate.parallel = parallel(letter(row[23]));
        aggregate.owner = text(row[24]);
        aggregate.comment = comment('f', oid);
        aggregate.grants = grants('f', oid);
        m_model.aggregates << aggregate;
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


} // namespace slipway::catalog::detail
