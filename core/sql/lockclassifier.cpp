#include "lockimpact.h"

#include "sqlstatement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace slipway {

namespace {

using Effect = LockImpact::Effect;

QString rangeVarName(const QJsonObject &rangeVar)
{
    const QString schema = rangeVar.value(QStringLiteral("schemaname")).toString();
    const QString name = rangeVar.value(QStringLiteral("relname")).toString();
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

QString dottedName(const QJsonArray &names)
{
    QStringList parts;
    for (const QJsonValue &v : names)
        parts << v.toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
    return parts.join(QLatin1Char('.'));
}

int rank(Effect effect)
{
    switch (effect) {
    case Effect::None: return 0;
    case Effect::Reads: return 1;
    case Effect::MetadataOnly: return 2;
    case Effect::RowChanges: return 3;
    case Effect::Scan: return 4;
    case Effect::IndexBuild: return 5;
    case Effect::Rewrite: return 6;
    }
    return 0;
}

// Functions whose value changes per row: a default calling them fills every row.
bool isVolatileCall(const QString &function)
{
    static const QSet<QString> volatileFunctions = {
        QStringLiteral("random"), QStringLiteral("gen_random_uuid"), QStringLiteral("uuid_generate_v1"),
        QStringLiteral("uuid_generate_v1mc"), QStringLiteral("uuid_generate_v4"), QStringLiteral("clock_timestamp"),
        QStringLiteral("timeofday"), QStringLiteral("nextval"), QStringLiteral("setval"),
    };
    return volatileFunctions.contains(function.section(QLatin1Char('.'), -1).toLower());
}

// Walks an expression for function calls; returns the first volatile one, or
// "?name" for a call we cannot judge (user functions).
QString volatileCallIn(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (QString found = volatileCallIn(item); !found.isEmpty())
                return found;
        }
        return {};
    }
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    QString unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("FuncCall")) {
            const QString name = dottedName(it.value().toObject().value(QStringLiteral("funcname")).toArray());
            if (isVolatileCall(name))
                return name;
            static const QSet<QString> stable = {
                QStringLiteral("now"), QStringLiteral("current_timestamp"), QStringLiteral("transaction_timestamp"),
                QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("coalesce"), QStringLiteral("concat"),
                QStringLiteral("jsonb_build_object"), QStringLiteral("json_build_object"), QStringLiteral("array"),
                QStringLiteral("to_timestamp"), QStringLiteral("make_interval"), QStringLiteral("length"),
                QStringLiteral("statement_timestamp"), QStringLiteral("txid_current"),
                QStringLiteral("pg_current_xact_id"), QStringLiteral("current_date"),
            };
            if (!stable.contains(name.section(QLatin1Char('.'), -1).toLower()))
                unknown = QLatin1Char('?') + name;
        }
        if (QString found = volatileCallIn(it.value()); !found.isEmpty()) {
            if (!found.startsWith(QLatin1Char('?')))
                return found;
            unknown = found;
        }
    }
    return unknown;
}

class Builder {
public:
    explicit Builder(int version) : m_version(version) {}

    void lock(const QString &relation, LockMode mode, const QString &role)
    {
        for (auto &existing : m_impact.locks) {
            if (existing.relation == relation) {
                if (int(mode) > int(existing.mode))
                    existing.mode = mode;
                return;
            }
        }
        m_impact.locks.append({relation, mode, role});
    }
    void effect(Effect effect, const QString &reason)
    {
        if (rank(effect) > rank(m_impact.effect)) {
            m_impact.effect = effect;
            m_impact.effectReason = reason;
        } else if (rank(effect) == rank(m_impact.effect) && !reason.isEmpty() && !m_impact.effectReason.contains(reason)) {
            m_impact.effectReason += (m_impact.effectReason.isEmpty() ? QString() : QStringLiteral("; ")) + reason;
        }
    }
    void noTransaction(const QString &why)
    {
        m_impact.transactionAllowed = false;
        m_impact.transactionNote = why;
    }
    void versionDependent() { m_impact.dependsOnVersion = true; }
    int version() const { return m_version; }
    LockImpact result() const { return m_impact; }

private:
    int m_version;
    LockImpact m_impact;
};

using Tr = LockClassifier;

bool hasOption(const QJsonArray &defElems, const char *name)
{
    for (const QJsonValue &v : defElems) {
        if (v.toObject().value(QStringLiteral("DefElem")).toObject().value(QStringLiteral("defname")).toString()
            == QLatin1String(name))
            return true;
    }
    return false;
}

void addColumn(Builder &b, const QString &table, const QJsonObject &columnDef)
{
    const QString column = columnDef.value(QStringLiteral("colname")).toString();
    const QString type = dottedName(columnDef.value(QStringLiteral("typeName")).toObject().value(QStringLiteral("names")).toArray());
    b.lock(table, LockMode::AccessExclusive, Tr::tr("table"));
    const QString lowerType = type.section(QLatin1Char('.'), -1).toLower();
    if (lowerType == QLatin1String("serial") || lowerType == QLatin1String("bigserial")
        || lowerType == QLatin1String("smallserial") || lowerType.startsWith(QLatin1String("serial"))) {
        b.effect(Effect::Rewrite, Tr::tr("%1 column %2 fills every row from a sequence").arg(type, column));
        return;
    }
    bool hasDefault = false;
    for (const QJsonValue &v : columnDef.value(QStringLiteral("constraints")).toArray()) {
        const QJsonObject c = v.toObject().value(QStringLiteral("Constraint")).toObject();
        const QString kind = c.value(QStringLiteral("contype")).toString();
        if (kind == QLatin1String("CONSTR_GENERATED")) {
            b.effect(Effect::Rewrite, Tr::tr("stored generated column %1 is computed for every row").arg(column));
        } else if (kind == QLatin1String("CONSTR_IDENTITY")) {
            b.effect(Effect::Rewrite, Tr::tr("identity column %1 fills every row from a sequence").arg(column));
        } else if (kind == QLatin1String("CONSTR_DEFAULT")) {
            hasDefault = true;
            const QString call = volatileCallIn(c.value(QStringLiteral("raw_expr")));
            b.versionDependent();
            if (b.version() < 110000) {
                b.effect(Effect::Rewrite, Tr::tr("before PostgreSQL 11 any default on a new column rewrites the table"));
            } else if (!call.isEmpty() && !call.startsWith(QLatin1Char('?'))) {
                b.effect(Effect::Rewrite, Tr::tr("volatile default %1() is evaluated for every row").arg(call));
            } else if (!call.isEmpty()) {
                b.effect(Effect::Rewrite, Tr::tr("default calls %1(); if that function is volatile every row is rewritten")
                                              .arg(call.mid(1)));
            }
        } else if (kind == QLatin1String("CONSTR_CHECK")) {
            b.effect(Effect::Scan, Tr::tr("CHECK constraint on %1 is verified against every row").arg(column));
        } else if (kind == QLatin1String("CONSTR_PRIMARY") || kind == QLatin1String("CONSTR_UNIQUE")) {
            b.effect(Effect::IndexBuild, Tr::tr("builds a unique index for %1").arg(column));
        } else if (kind == QLatin1String("CONSTR_FOREIGN")) {
            b.lock(rangeVarName(c.value(QStringLiteral("pktable")).toObject()), LockMode::ShareRowExclusive,
                   Tr::tr("referenced table"));
        }
    }
    b.effect(Effect::MetadataOnly, hasDefault ? Tr::tr("constant default is stored in the catalog (PostgreSQL 11+)")
                                              : Tr::tr("new nullable column without default"));
}

void addConstraint(Builder &b, const QString &table, const QJsonObject &c)
{
    const QString kind = c.value(QStringLiteral("contype")).toString();
    const bool notValid = c.value(QStringLiteral("skip_validation")).toBool();
    const QString name = c.value(QStringLiteral("conname")).toString();
    if (kind == QLatin1String("CONSTR_FOREIGN")) {
        // Both tables get SHARE ROW EXCLUSIVE: writes blocked on both while validating.
        b.lock(table, LockMode::ShareRowExclusive, Tr::tr("table"));
        b.lock(rangeVarName(c.value(QStringLiteral("pktable")).toObject()), LockMode::ShareRowExclusive,
               Tr::tr("referenced table"));
        if (notValid)
            b.effect(Effect::MetadataOnly, Tr::tr("foreign key added NOT VALID: existing rows are not checked"));
        else
            b.effect(Effect::Scan, Tr::tr("foreign key is validated against every existing row"));
        return;
    }
    b.lock(table, LockMode::AccessExclusive, Tr::tr("table"));
    if (kind == QLatin1String("CONSTR_CHECK")) {
        if (notValid)
            b.effect(Effect::MetadataOnly, Tr::tr("CHECK added NOT VALID: existing rows are not checked"));
        else
            b.effect(Effect::Scan, Tr::tr("CHECK constraint %1 is verified against every row").arg(name));
    } else if (kind == QLatin1String("CONSTR_PRIMARY") || kind == QLatin1String("CONSTR_UNIQUE")
               || kind == QLatin1String("CONSTR_EXCLUSION")) {
        if (!c.value(QStringLiteral("indexname")).toString().isEmpty()) {
            b.effect(Effect::MetadataOnly, Tr::tr("constraint uses the existing index %1")
                                               .arg(c.value(QStringLiteral("indexname")).toString()));
        } else {
            b.effect(Effect::IndexBuild, Tr::tr("builds the constraint's index while holding ACCESS EXCLUSIVE"));
        }
    } else {
        b.effect(Effect::MetadataOnly, QString());
    }
}

void alterTable(Builder &b, const QJsonObject &stmt)
{
    const QString table = rangeVarName(stmt.value(QStringLiteral("relation")).toObject());
    const QString objectType = stmt.value(QStringLiteral("objtype")).toString();
    const QString role = objectType == QLatin1String("OBJECT_INDEX") ? Tr::tr("index")
                         : objectType == QLatin1String("OBJECT_MATVIEW") ? Tr::tr("materialized view")
                         : objectType == QLatin1String("OBJECT_VIEW") ? Tr::tr("view")
                                                                      : Tr::tr("table");
    for (const QJsonValue &v : stmt.value(QStringLiteral("cmds")).toArray()) {
        const QJsonObject cmd = v.toObject().value(QStringLiteral("AlterTableCmd")).toObject();
        const QString subtype = cmd.value(QStringLiteral("subtype")).toString();
        const QString column = cmd.value(QStringLiteral("name")).toString();
        const QJsonObject def = cmd.value(QStringLiteral("def")).toObject();
        if (subtype == QLatin1String("AT_AddColumn")) {
            addColumn(b, table, def.value(QStringLiteral("ColumnDef")).toObject());
        } else if (subtype == QLatin1String("AT_AddConstraint")) {
            addConstraint(b, table, def.value(QStringLiteral("Constraint")).toObject());
        } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
            b.lock(table, LockMode::ShareUpdateExclusive, role);
            b.effect(Effect::Scan, Tr::tr("VALIDATE CONSTRAINT %1 reads every row without blocking reads or writes").arg(column));
        } else if (subtype == QLatin1String("AT_AlterColumnType")) {
            b.lock(table, LockMode::AccessExclusive, role);
            b.effect(Effect::Rewrite, Tr::tr("changing the type of %1 rewrites the table and its indexes "
                                             "(unless the new type is binary-compatible, e.g. varchar(n) to text)")
                                          .arg(column));
        } else if (subtype == QLatin1String("AT_SetNotNull")) {
            b.lock(table, LockMode::AccessExclusive, role);
            b.versionDependent();
            b.effect(Effect::Scan, b.version() >= 120000
                                       ? Tr::tr("SET NOT NULL on %1 scans every row, unless a valid CHECK (%1 IS NOT NULL) exists").arg(column)
                                       : Tr::tr("SET NOT NULL on %1 scans every row").arg(column));
        } else if (subtype == QLatin1String("AT_SetStatistics") || subtype == QLatin1String("AT_ClusterOn")
                   || subtype == QLatin1String("AT_DropCluster") || subtype == QLatin1String("AT_SetRelOptions")
                   || subtype == QLatin1String("AT_ResetRelOptions") || subtype == QLatin1String("AT_SetOptions")
                   || subtype == QLatin1String("AT_ResetOptions")) {
            b.lock(table, LockMode::ShareUpdateExclusive, role);
            b.effect(Effect::MetadataOnly, QString());
        } else if (subtype == QLatin1String("AT_EnableTrig") || subtype == QLatin1String("AT_DisableTrig")
                   || subtype == QLatin1String("AT_EnableTrigAll") || subtype == QLatin1String("AT_DisableTrigAll")
                   || subtype == QLatin1String("AT_EnableTrigUser") || subtype == QLatin1String("AT_DisableTrigUser")
                   || subtype == QLatin1String("AT_EnableAlwaysTrig") || subtype == QLatin1String("AT_EnableReplicaTrig")) {
            b.lock(table, LockMode::ShareRowExclusive, role);
            b.effect(Effect::MetadataOnly, QString());
        } else if (subtype == QLatin1String("AT_AttachPartition")) {
            const QString partition = rangeVarName(def.value(QStringLiteral("PartitionCmd")).toObject().value(QStringLiteral("name")).toObject());
            b.versionDependent();
            b.lock(table, b.version() >= 120000 ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive, role);
            b.lock(partition, LockMode::AccessExclusive, Tr::tr("partition"));
            b.effect(Effect::Scan, Tr::tr("the partition %1 is scanned to check the partition bound, unless a matching CHECK constraint exists").arg(partition));
        } else if (subtype == QLatin1String("AT_DetachPartition")) {
            const QJsonObject cmdDef = def.value(QStringLiteral("PartitionCmd")).toObject();
            const QString partition = rangeVarName(cmdDef.value(QStringLiteral("name")).toObject());
            if (cmdDef.value(QStringLiteral("concurrent")).toBool()) {
                b.lock(table, LockMode::ShareUpdateExclusive, role);
                b.lock(partition, LockMode::ShareUpdateExclusive, Tr::tr("partition"));
                b.noTransaction(Tr::tr("DETACH PARTITION CONCURRENTLY cannot run inside a transaction block"));
            } else {
                b.lock(table, LockMode::AccessExclusive, role);
                b.lock(partition, LockMode::AccessExclusive, Tr::tr("partition"));
            }
            b.effect(Effect::MetadataOnly, QString());
        } else if (subtype == QLatin1String("AT_SetTableSpace") || subtype == QLatin1String("AT_SetLogged")
                   || subtype == QLatin1String("AT_SetUnLogged") || subtype == QLatin1String("AT_SetAccessMethod")) {
            b.lock(table, LockMode::AccessExclusive, role);
            b.effect(Effect::Rewrite, Tr::tr("the table is copied in full"));
        } else {
            // ADD/DROP column and constraint, SET/DROP DEFAULT, OWNER, RLS, ...: catalog only.
            b.lock(table, LockMode::AccessExclusive, role);
            b.effect(Effect::MetadataOnly, QString());
        }
    }
}

void dropStatement(Builder &b, const QJsonObject &stmt)
{
    const QString type = stmt.value(QStringLiteral("removeType")).toString();
    const bool concurrent = stmt.value(QStringLiteral("concurrent")).toBool();
    static const QSet<QString> relations = {QStringLiteral("OBJECT_TABLE"), QStringLiteral("OBJECT_INDEX"),
                                            QStringLiteral("OBJECT_VIEW"), QStringLiteral("OBJECT_MATVIEW"),
                                            QStringLiteral("OBJECT_SEQUENCE"), QStringLiteral("OBJECT_FOREIGN_TABLE")};
    if (!relations.contains(type)) {
        b.effect(Effect::MetadataOnly, QString());
        return;
    }
    for (const QJsonValue &v : stmt.value(QStringLiteral("objects")).toArray()) {
        const QString name = dottedName(v.toObject().value(QStringLiteral("List")).toObject().value(QStringLiteral("items")).toArray());
        if (type == QLatin1String("OBJECT_INDEX")) {
            b.lock(name, concurrent ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive, Tr::tr("index"));
            if (!concurrent)
                b.effect(Effect::MetadataOnly, Tr::tr("DROP INDEX also takes ACCESS EXCLUSIVE on the index's table"));
        } else {
            b.lock(name, LockMode::AccessExclusive, type == QLatin1String("OBJECT_TABLE") ? Tr::tr("table") : Tr::tr("relation"));
        }
    }
    if (concurrent)
        b.noTransaction(Tr::tr("DROP INDEX CONCURRENTLY cannot run inside a transaction block"));
    b.effect(Effect::MetadataOnly, QString());
}

// Relations a query reads or writes: every RangeVar in the tree.
void collectRangeVars(const QJsonValue &value, QStringList &out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (auto it = array.constBegin(); it != array.constEnd(); ++it) {
            const QJsonValue::Type type = it->type();
            if (type == QJsonValue::Object || type == QJsonValue::Array)
                collectRangeVars(*it, out);
        }
    } else if (value.isObject()) {
        // A RangeVar is a one-key wrapper {"RangeVar": {...}} and holds no other
        // RangeVar, so look it up by name instead of building every key's string.
        const QJsonObject o = value.toObject();
        const QJsonValue rangeVar = o.value(QLatin1String("RangeVar"));
        if (rangeVar.isObject()) {
            const QString name = rangeVarName(rangeVar.toObject());
            if (!out.contains(name))
                out << name;
            return;
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            // Most members are numbers and strings: test the type in place, copy only containers.
            const QJsonValue::Type type = it->type();
            if (type == QJsonValue::Object || type == QJsonValue::Array)
                collectRangeVars(it.value(), out);
        }
    }
}

void dml(Builder &b, const QJsonObject &stmt, const char *what)
{
    const QString target = rangeVarName(stmt.value(QStringLiteral("relation")).toObject());
    b.lock(target, LockMode::RowExclusive, Tr::tr("table"));
    QStringList read;
    collectRangeVars(stmt, read);
    for (const QString &name : read) {
        if (name != target)
            b.lock(name, LockMode::AccessShare, Tr::tr("read"));
    }
    b.effect(Effect::RowChanges, QString::fromLatin1(what));
}

} // namespace

LockMode LockImpact::strongest() const
{
    LockMode mode = LockMode::None;
    for (const auto &lock : locks) {
        if (int(lock.mode) > int(mode))
            mode = lock.mode;
    }
    return mode;
}

QString LockImpact::effectName(Effect effect)
{
    switch (effect) {
    case Effect::None: return LockClassifier::tr("no table work");
    case Effect::MetadataOnly: return LockClassifier::tr("metadata only");
    case Effect::Scan: return LockClassifier::tr("full table scan");
    case Effect::IndexBuild: return LockClassifier::tr("index build");
    case Effect::Rewrite: return LockClassifier::tr("table rewrite");
    case Effect::RowChanges: return LockClassifier::tr("row changes");
    case Effect::Reads: return LockClassifier::tr("reads");
    }
    return {};
}

LockImpact LockClassifier::classify(const SqlStatement &statement, int serverVersion)
{
    Builder b(serverVersion);
    const QString type = statement.nodeType();
    const QJsonObject stmt = statement.node();

    if (type == QLatin1String("AlterTableStmt")) {
        alterTable(b, stmt);
    } else if (type == QLatin1String("IndexStmt")) {
        const QString table = rangeVarName(stmt.value(QStringLiteral("relation")).toObject());
        if (stmt.value(QStringLiteral("concurrent")).toBool()) {
            b.lock(table, LockMode::ShareUpdateExclusive, tr("table"));
            b.noTransaction(tr("CREATE INDEX CONCURRENTLY cannot run inside a transaction block"));
            b.effect(Effect::IndexBuild, tr("builds the index while reads and writes go on (two table scans)"));
        } else {
            b.lock(table, LockMode::Share, tr("table"));
            b.effect(Effect::IndexBuild, tr("builds the index while blocking every write to the table"));
        }
    } else if (type == QLatin1String("DropStmt")) {
        dropStatement(b, stmt);
    } else if (type == QLatin1String("RenameStmt")) {
        const QString renameType = stmt.value(QStringLiteral("renameType")).toString();
        const QString relation = rangeVarName(stmt.value(QStringLiteral("relation")).toObject());
        if (!relation.isEmpty()) {
            const bool index = renameType == QLatin1String("OBJECT_INDEX");
            b.versionDependent();
            b.lock(relation, index && serverVersion >= 120000 ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive,
                   index ? tr("index") : tr("table"));
        }
        b.effect(Effect::MetadataOnly, tr("a rename is instant, but every query using the old name fails"));
    } else if (type == QLatin1String("TruncateStmt")) {
        for (const QJsonValue &v : stmt.value(QStringLiteral("relations")).toArray())
            b.lock(rangeVarName(v.toObject().value(QStringLiteral("RangeVar")).toObject()), LockMode::AccessExclusive, tr("table"));
        b.effect(Effect::Rewrite, tr("TRUNCATE replaces the table's files: all rows are gone"));
    } else if (type == QLatin1String("VacuumStmt")) {
        const bool isVacuum = stmt.value(QStringLiteral("is_vacuumcmd")).toBool();
        const bool full = hasOption(stmt.value(QStringLiteral("options")).toArray(), "full");
        for (const QJsonValue &v : stmt.value(QStringLiteral("rels")).toArray()) {
            const QString name = rangeVarName(v.toObject().value(QStringLiteral("VacuumRelation")).toObject().value(QStringLiteral("relation")).toObject());
            b.lock(name, full ? LockMode::AccessExclusive : LockMode::ShareUpdateExclusive, tr("table"));
        }
        b.effect(full ? Effect::Rewrite : Effect::Scan, full ? tr("VACUUM FULL rewrites the table") : QString());
        if (isVacuum)
            b.noTransaction(tr("VACUUM cannot run inside a transaction block"));
    } else if (type == QLatin1String("ClusterStmt")) {
        const QString table = rangeVarName(stmt.value(QStringLiteral("relation")).toObject());
        if (!table.isEmpty())
            b.lock(table, LockMode::AccessExclusive, tr("table"));
        else
            b.noTransaction(tr("CLUSTER without a table cannot run inside a transaction block"));
        b.effect(Effect::Rewrite, tr("CLUSTER rewrites the table in index order"));
    } else if (type == QLatin1String("ReindexStmt")) {
        const QString kind = stmt.value(QStringLiteral("kind")).toString();
        const QString name = rangeVarName(stmt.value(QStringLiteral("relation")).toObject());
        const bool concurrent = hasOption(stmt.value(QStringLiteral("params")).toArray(), "concurrently");
        if (concurrent) {
            b.lock(name, LockMode::ShareUpdateExclusive, kind == QLatin1String("REINDEX_OBJECT_INDEX") ? tr("index") : tr("table"));
            b.noTransaction(tr("REINDEX CONCURRENTLY cannot run inside a transaction block"));
        } else if (kind == QLatin1String("REINDEX_OBJECT_INDEX")) {
            b.lock(name, LockMode::AccessExclusive, tr("index"));
        } else {
            b.lock(name, LockMode::Share, tr("table"));
        }
        if (kind == QLatin1String("REINDEX_OBJECT_SCHEMA") || kind == QLatin1String("REINDEX_OBJECT_DATABASE")
            || kind == QLatin1String("REINDEX_OBJECT_SYSTEM"))
            b.noTransaction(tr("REINDEX SCHEMA/DATABASE/SYSTEM cannot run inside a transaction block"));
        b.effect(Effect::IndexBuild, concurrent ? tr("rebuilds the index while reads and writes go on")
                                                : tr("rebuilds the index while blocking writes to its table"));
    } else if (type == QLatin1String("CreateTrigStmt")) {
        b.lock(rangeVarName(stmt.value(QStringLiteral("relation")).toObject()), LockMode::ShareRowExclusive, tr("table"));
        b.effect(Effect::MetadataOnly, QString());
    } else if (type == QLatin1String("RuleStmt")) {
        b.lock(rangeVarName(stmt.value(QStringLiteral("relation")).toObject()), LockMode::AccessExclusive, tr("table"));
        b.effect(Effect::MetadataOnly, QString());
    } else if (type == QLatin1String("CreateStmt")) {
        QStringList referenced;
        for (const QJsonValue &v : stmt.value(QStringLiteral("tableElts")).toArray()) {
            const QJsonObject element = v.toObject();
            QJsonArray constraints = element.value(QStringLiteral("ColumnDef")).toObject().value(QStringLiteral("constraints")).toArray();
            if (element.contains(QStringLiteral("Constraint")))
                constraints.append(element);
            for (const QJsonValue &c : constraints) {
                const QJsonObject constraint = c.toObject().value(QStringLiteral("Constraint")).toObject();
                if (constraint.value(QStringLiteral("contype")).toString() == QLatin1String("CONSTR_FOREIGN"))
                    b.lock(rangeVarName(constraint.value(QStringLiteral("pktable")).toObject()), LockMode::ShareRowExclusive, tr("referenced table"));
            }
        }
        for (const QJsonValue &v : stmt.value(QStringLiteral("inhRelations")).toArray())
            b.lock(rangeVarName(v.toObject().value(QStringLiteral("RangeVar")).toObject()),
                   stmt.contains(QStringLiteral("partbound")) ? LockMode::AccessExclusive : LockMode::ShareUpdateExclusive,
                   tr("parent table"));
        b.effect(Effect::MetadataOnly, tr("creates a new table"));
    } else if (type == QLatin1String("RefreshMatViewStmt")) {
        const bool concurrent = stmt.value(QStringLiteral("concurrent")).toBool();
        b.lock(rangeVarName(stmt.value(QStringLiteral("relation")).toObject()),
               concurrent ? LockMode::Exclusive : LockMode::AccessExclusive, tr("materialized view"));
        if (concurrent)
            b.effect(Effect::RowChanges, tr("recomputes the view and applies the differences while reads go on"));
        else
            b.effect(Effect::Rewrite, tr("recomputes the view into new files; reads wait"));
    } else if (type == QLatin1String("LockStmt")) {
        const int mode = std::clamp(stmt.value(QStringLiteral("mode")).toInt(8), 1, 8);
        for (const QJsonValue &v : stmt.value(QStringLiteral("relations")).toArray())
            b.lock(rangeVarName(v.toObject().value(QStringLiteral("RangeVar")).toObject()), LockMode(mode), tr("table"));
        b.effect(Effect::MetadataOnly, tr("held until the transaction ends"));
    } else if (type == QLatin1String("CommentStmt") || type == QLatin1String("CreateStatsStmt")) {
        QStringList names;
        collectRangeVars(stmt, names);
        for (const QString &name : names)
            b.lock(name, LockMode::ShareUpdateExclusive, tr("table"));
        b.effect(Effect::MetadataOnly, QString());
    } else if (type == QLatin1String("InsertStmt")) {
        dml(b, stmt, "INSERT");
    } else if (type == QLatin1String("UpdateStmt")) {
        dml(b, stmt, "UPDATE");
    } else if (type == QLatin1String("DeleteStmt")) {
        dml(b, stmt, "DELETE");
    } else if (type == QLatin1String("MergeStmt")) {
        dml(b, stmt, "MERGE");
    } else if (type == QLatin1String("SelectStmt")) {
        const bool locking = !stmt.value(QStringLiteral("lockingClause")).toArray().isEmpty();
        QStringList names;
        collectRangeVars(stmt, names);
        const bool into = stmt.contains(QStringLiteral("intoClause"));
        for (const QString &name : names)
            b.lock(name, locking ? LockMode::RowShare : LockMode::AccessShare, tr("read"));
        b.effect(into ? Effect::RowChanges : Effect::Reads, QString());
    } else if (type == QLatin1String("CreateTableAsStmt")) {
        QStringList names;
        collectRangeVars(stmt.value(QStringLiteral("query")), names);
        for (const QString &name : names)
            b.lock(name, LockMode::AccessShare, tr("read"));
        b.effect(Effect::RowChanges, tr("copies rows into a new table"));
    } else if (type == QLatin1String("AlterEnumStmt")) {
        b.versionDependent();
        if (serverVersion < 120000 && stmt.value(QStringLiteral("oldVal")).toString().isEmpty())
            b.noTransaction(tr("before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block"));
        b.effect(Effect::MetadataOnly, QString());
    } else if (type == QLatin1String("CreatedbStmt") || type == QLatin1String("DropdbStmt")
               || type == QLatin1String("AlterSystemStmt") || type == QLatin1String("CreateTableSpaceStmt")
               || type == QLatin1String("DropTableSpaceStmt")) {
        b.noTransaction(tr("this command cannot run inside a transaction block"));
        b.effect(Effect::MetadataOnly, QString());
    } else if (type == QLatin1String("DoStmt")) {
        // PL/pgSQL transaction control (a batched backfill committing per batch)
        // works only when the DO block is not inside a transaction block.
        static const QRegularExpression control(QStringLiteral("\\b(COMMIT|ROLLBACK)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
        if (control.match(statement.text).hasMatch())
            b.noTransaction(tr("the DO block commits or rolls back itself, which works only outside a transaction block"));
    } else if (type == QLatin1String("ViewStmt")) {
        QStringList names;
        collectRangeVars(stmt.value(QStringLiteral("query")), names);
        for (const QString &name : names)
            b.lock(name, LockMode::AccessShare, tr("read"));
        if (stmt.value(QStringLiteral("replace")).toBool())
            b.lock(rangeVarName(stmt.value(QStringLiteral("view")).toObject()), LockMode::AccessExclusive, tr("view"));
        b.effect(Effect::MetadataOnly, QString());
    } else if (!type.isEmpty()
               && type != QLatin1String("TransactionStmt") && type != QLatin1String("VariableSetStmt")
               && type != QLatin1String("VariableShowStmt")) {
        b.effect(Effect::MetadataOnly, QString());
    }
    return b.result();
}

} // namespace slipway
