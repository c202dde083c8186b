#include "stepderivation.h"

#include "diff/sqlnames.h"
#include "sql/sqlstatement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace slipway::plan {

namespace {

using diff::SqlNames;

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

QString relationName(const QJsonObject &relation)
{
    const QString schema = str(relation, "schemaname");
    const QString name = str(relation, "relname");
    return schema.isEmpty() ? SqlNames::ident(name) : SqlNames::qualified(schema, name);
}

QString regclass(const QString &qualified) { return SqlNames::literal(qualified) + QStringLiteral("::regclass"); }

QString columnCheck(const QString &table, const QString &column)
{
    return QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) AS type, attnotnull\n"
                          "FROM pg_attribute WHERE attrelid = %1 AND attname = %2 AND NOT attisdropped;")
        .arg(regclass(table), SqlNames::literal(column));
}

QString constraintCheck(const QString &table, const QString &name)
{
    return QStringLiteral("SELECT conname, contype, convalidated FROM pg_constraint\n"
                          "WHERE conrelid = %1 AND conname = %2;")
        .arg(regclass(table), SqlNames::literal(name));
}

QString countCheck(const QString &table) { return QStringLiteral("SELECT count(*) FROM %1;").arg(table); }

void add(QString &into, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!into.isEmpty())
        into += QLatin1Char('\n');
    into += text;
}

void addLoss(StepDerivation &d, const QString &text) { add(d.rollbackLoss, text); }

void deriveIndex(const QJsonObject &node, StepDerivation &d)
{
    const QJsonObject relation = node.value(QStringLiteral("relation")).toObject();
    const QString name = str(node, "idxname");
    d.concurrentIndex = node.value(QStringLiteral("concurrent")).toBool();
    if (name.isEmpty()) {
        addLoss(d, StepDeriver::tr("The index has no name in the script; look it up in pg_indexes to drop it."));
        return;
    }
    const QString schema = str(relation, "schemaname");
    const QString index = schema.isEmpty() ? SqlNames::ident(name) : SqlNames::qualified(schema, name);
    d.rollbackSql = QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(index);
    addLoss(d, StepDeriver::tr("Nothing: the index can be built again."));
    d.verificationSql = QStringLiteral("SELECT indexrelid::regclass AS index, indisvalid, indisready FROM pg_index\n"
                                       "WHERE indexrelid = to_regclass(%1); -- expect one row, indisvalid = true")
                            .arg(SqlNames::literal(index));
}

void deriveAlterCommand(const QString &table, const QJsonObject &cmd, StepDerivation &d, const PriorDefinitions *prior)
{
    using Kind = PriorDefinitions::Kind;
    const auto before = [&](Kind kind, const QString &name) {
        return prior ? prior->find({kind, table, name}) : QString();
    };
    const QString subtype = str(cmd, "subtype");
    const QString name = str(cmd, "name");
    const QJsonObject def = cmd.value(QStringLiteral("def")).toObject();
    if (subtype == QLatin1String("AT_AddColumn")) {
        const QJsonObject column = def.value(QStringLiteral("ColumnDef")).toObject();
        const QString col = str(column, "colname");
        bool notNull = false;
        for (const QJsonValue &c : column.value(QStringLiteral("constraints")).toArray()) {
            const QString type = str(c.toObject().value(QStringLiteral("Constraint")).toObject(), "contype");
            notNull = notNull || type == QLatin1String("CONSTR_NOTNULL") || type == QLatin1String("CONSTR_PRIMARY");
        }
        d.nullableAdd = !notNull;
        add(d.rollbackSql, QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2;").arg(table, SqlNames::ident(col)));
        addLoss(d, StepDeriver::tr("Data loss: every value written into %1 since the migration.").arg(col));
        add(d.verificationSql, columnCheck(table, col));
    } else if (subtype == QLatin1String("AT_DropColumn")) {
        d.destructive = true;
        d.destructiveReason = StepDeriver::tr("drops column %1 and its data").arg(name);
        d.backupTables << table;
        addLoss(d, StepDeriver::tr("No rollback: the values of %1 are gone; restore them from the backup.").arg(name));
        add(d.verificationSql, columnCheck(table, name) + QStringLiteral(" -- expect no row"));
    } else if (subtype == QLatin1String("AT_AlterColumnType")) {
        d.backupTables << table;
        if (const QString type = before(Kind::ColumnType, name); !type.isEmpty()) {
            add(d.rollbackSql, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %2::%3;")
                                   .arg(table, SqlNames::ident(name), type));
            addLoss(d, StepDeriver::tr("Rewrites the table again; values written since that do not fit %1 make it "
                                       "fail.")
                           .arg(type));
        } else {
            addLoss(d, StepDeriver::tr("Change %1 back with ALTER COLUMN ... TYPE <previous type> (rewrites the table "
                                       "again; values that do not fit the previous type make it fail).")
                           .arg(name));
        }
        add(d.verificationSql, columnCheck(table, name));
    } else if (subtype == QLatin1String("AT_AddConstraint")) {
        const QJsonObject constraint = def.value(QStringLiteral("Constraint")).toObject();
        const QString con = str(constraint, "conname");
        d.foreignKey = d.foreignKey || str(constraint, "contype") == QLatin1String("CONSTR_FOREIGN");
        if (con.isEmpty()) {
            addLoss(d, StepDeriver::tr("The constraint has no name in the script; look it up in pg_constraint to drop it."));
        } else {
            add(d.rollbackSql, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2;").arg(table, SqlNames::ident(con)));
            addLoss(d, StepDeriver::tr("Nothing: dropping constraint %1 keeps all rows.").arg(con));
            add(d.verificationSql, constraintCheck(table, con));
        }
    } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
        addLoss(d, StepDeriver::tr("Nothing to undo: validation only checks existing rows."));
        add(d.verificationSql, constraintCheck(table, name) + QStringLiteral(" -- expect convalidated = true"));
    } else if (subtype == QLatin1String("AT_DropConstraint")) {
        if (const QString definition = before(Kind::Constraint, name); !definition.isEmpty()) {
            // A check or foreign key comes back without a long lock: NOT VALID, then VALIDATE.
            const bool deferValidation = (definition.startsWith(QLatin1String("CHECK"))
                                          || definition.startsWith(QLatin1String("FOREIGN KEY")))
                                         && !definition.endsWith(QLatin1String("NOT VALID"));
            QString sql = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3%4;")
                              .arg(table, SqlNames::ident(name), definition,
                                   deferValidation ? QStringLiteral(" NOT VALID") : QString());
            if (deferValidation)
                sql += QStringLiteral("\nALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(table, SqlNames::ident(name));
            add(d.rollbackSql, sql);
            addLoss(d, deferValidation
                           ? StepDeriver::tr("Nothing, unless rows written since break %1: then VALIDATE fails.").arg(name)
                           : StepDeriver::tr("Nothing, unless rows written since break %1; re-adding it builds its "
                                             "index under a lock that blocks writes.")
                                 .arg(name));
        } else {
            addLoss(d, StepDeriver::tr("Re-add constraint %1 from its definition (pg_get_constraintdef before the drop).").arg(name));
        }
        add(d.verificationSql, constraintCheck(table, name) + QStringLiteral(" -- expect no row"));
    } else if (subtype == QLatin1String("AT_SetNotNull")) {
        add(d.rollbackSql, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL;").arg(table, SqlNames::ident(name)));
        addLoss(d, StepDeriver::tr("Nothing."));
        add(d.verificationSql, columnCheck(table, name) + QStringLiteral(" -- expect attnotnull = true"));
    } else if (subtype == QLatin1String("AT_DropNotNull")) {
        add(d.rollbackSql, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;").arg(table, SqlNames::ident(name)));
        addLoss(d, StepDeriver::tr("Fails if NULLs were written since; scans the table under an exclusive lock."));
        add(d.verificationSql, columnCheck(table, name) + QStringLiteral(" -- expect attnotnull = false"));
    } else {
        addLoss(d, StepDeriver::tr("No automatic rollback for %1; write it by hand.").arg(subtype));
    }
}

QStringList dropObjects(const QJsonObject &node)
{
    QStringList out;
    for (const QJsonValue &object : node.value(QStringLiteral("objects")).toArray()) {
        QStringList parts;
        for (const QJsonValue &part : object.toObject().value(QStringLiteral("List")).toObject()
                                          .value(QStringLiteral("items")).toArray())
            parts << SqlNames::ident(part.toObject().value(QStringLiteral("String")).toObject()
                                         .value(QStringLiteral("sval")).toString());
        if (!parts.isEmpty())
            out << parts.join(QLatin1Char('.'));
    }
    return out;
}

void deriveDrop(const QJsonObject &node, StepDerivation &d, const PriorDefinitions *prior)
{
    const QString type = str(node, "removeType");
    const QStringList objects = dropObjects(node);
    if (type == QLatin1String("OBJECT_TABLE") || type == QLatin1String("OBJECT_MATVIEW")) {
        d.destructive = true;
        d.destructiveReason = StepDeriver::tr("drops %1 with all its rows").arg(objects.join(QStringLiteral(", ")));
        d.backupTables << objects;
        addLoss(d, StepDeriver::tr("No rollback: the table and its rows are gone; restore from the backup."));
        for (const QString &object : objects)
            add(d.verificationSql, QStringLiteral("SELECT to_regclass(%1); -- expect NULL").arg(SqlNames::literal(object)));
    } else if (type == QLatin1String("OBJECT_INDEX")) {
        d.concurrentIndex = node.value(QStringLiteral("concurrent")).toBool();
        QStringList unknown;
        for (const QString &object : objects) {
            const QString definition = prior ? prior->find({PriorDefinitions::Kind::Index, {}, object}) : QString();
            if (definition.isEmpty()) {
                unknown << object;
                continue;
            }
            // Built again without blocking writes.
            static const QRegularExpression create(QStringLiteral("^CREATE (UNIQUE )?INDEX "));
            QString concurrent = definition;
            concurrent.replace(create, QStringLiteral("CREATE \\1INDEX CONCURRENTLY "));
            add(d.rollbackSql, concurrent + QLatin1Char(';'));
        }
        if (unknown.isEmpty())
            addLoss(d, StepDeriver::tr("Nothing: the index is built again (CONCURRENTLY, so writes go on)."));
        else
            addLoss(d, StepDeriver::tr("Recreate the index from its definition (pg_indexes.indexdef, saved before the drop)."));
        for (const QString &object : objects)
            add(d.verificationSql, QStringLiteral("SELECT to_regclass(%1); -- expect NULL").arg(SqlNames::literal(object)));
    } else {
        addLoss(d, StepDeriver::tr("Recreate the dropped objects from their definitions."));
    }
}

void deriveRowChange(const QJsonObject &node, StepDerivation &d, bool deletes)
{
    const QString table = relationName(node.value(QStringLiteral("relation")).toObject());
    d.destructive = deletes;
    d.destructiveReason = deletes ? StepDeriver::tr("deletes rows of %1").arg(table) : QString();
    d.backupTables << table;
    addLoss(d, StepDeriver::tr("No automatic rollback: restore the changed rows of %1 from the backup.").arg(table));
    d.verificationSql = countCheck(table);
}

} // namespace

StepDerivation StepDeriver::derive(const SqlStatement &statement, const PriorDefinitions *prior)
{
    StepDerivation d;
    const QString type = statement.nodeType();
    const QJsonObject node = statement.node();
    if (type == QLatin1String("IndexStmt")) {
        deriveIndex(node, d);
    } else if (type == QLatin1String("AlterTableStmt")) {
        const QString table = relationName(node.value(QStringLiteral("relation")).toObject());
        const QJsonArray cmds = node.value(QStringLiteral("cmds")).toArray();
        // Undo in reverse order, a command's own undo (maybe two statements) kept whole.
        QStringList undo;
        for (const QJsonValue &cmd : cmds) {
            d.rollbackSql.clear();
            deriveAlterCommand(table, cmd.toObject().value(QStringLiteral("AlterTableCmd")).toObject(), d, prior);
            if (!d.rollbackSql.isEmpty())
                undo.prepend(d.rollbackSql);
        }
        d.rollbackSql = undo.join(QLatin1Char('\n'));
        d.backupTables.removeDuplicates();
    } else if (type == QLatin1String("CreateStmt")) {
        const QString table = relationName(node.value(QStringLiteral("relation")).toObject());
        d.rollbackSql = QStringLiteral("DROP TABLE IF EXISTS %1;").arg(table);
        d.rollbackLoss = tr("Data loss: every row written into %1 since the migration.").arg(table);
        d.verificationSql = QStringLiteral("SELECT to_regclass(%1); -- expect the table").arg(SqlNames::literal(table));
    } else if (type == QLatin1String("DropStmt")) {
        deriveDrop(node, d, prior);
    } else if (type == QLatin1String("TruncateStmt")) {
        d.destructive = true;
        for (const QJsonValue &r : node.value(QStringLiteral("relations")).toArray())
            d.backupTables << relationName(r.toObject().value(QStringLiteral("RangeVar")).toObject());
        d.destructiveReason = tr("empties %1").arg(d.backupTables.join(QStringLiteral(", ")));
        d.rollbackLoss = tr("No rollback: the rows are gone; restore from the backup.");
        for (const QString &table : std::as_const(d.backupTables))
            add(d.verificationSql, countCheck(table));
    } else if (type == QLatin1String("DeleteStmt")) {
        deriveRowChange(node, d, true);
    } else if (type == QLatin1String("UpdateStmt")) {
        deriveRowChange(node, d, false);
    } else if (type == QLatin1String("RenameStmt")) {
        const QString table = relationName(node.value(QStringLiteral("relation")).toObject());
        const QString from = str(node, "subname");
        const QString to = str(node, "newname");
        if (str(node, "renameType") == QLatin1String("OBJECT_COLUMN")) {
            d.rollbackSql = QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;")
                                .arg(table, SqlNames::ident(to), SqlNames::ident(from));
            d.rollbackLoss = tr("Nothing, but clients using the new name break again.");
            d.verificationSql = columnCheck(table, to);
        } else {
            d.rollbackLoss = tr("Rename it back by hand.");
        }
    } else if (!type.isEmpty()) {
        d.rollbackLoss = tr("No automatic rollback for this statement; write it by hand.");
    }
    return d;
}

QString PriorDefinitions::Lookup::key() const
{
    return QString::number(int(kind)) + QLatin1Char('|') + table + QLatin1Char('|') + name;
}

QList<PriorDefinitions::Lookup> StepDeriver::priorLookups(const SqlStatement &statement)
{
    using Kind = PriorDefinitions::Kind;
    QList<PriorDefinitions::Lookup> out;
    const QString type = statement.nodeType();
    const QJsonObject node = statement.node();
    if (type == QLatin1String("AlterTableStmt")) {
        const QString table = relationName(node.value(QStringLiteral("relation")).toObject());
        for (const QJsonValue &value : node.value(QStringLiteral("cmds")).toArray()) {
            const QJsonObject cmd = value.toObject().value(QStringLiteral("AlterTableCmd")).toObject();
            const QString subtype = str(cmd, "subtype");
            if (subtype == QLatin1String("AT_AlterColumnType"))
                out << PriorDefinitions::Lookup{Kind::ColumnType, table, str(cmd, "name")};
            else if (subtype == QLatin1String("AT_DropConstraint"))
                out << PriorDefinitions::Lookup{Kind::Constraint, table, str(cmd, "name")};
        }
    } else if (type == QLatin1String("DropStmt") && str(node, "removeType") == QLatin1String("OBJECT_INDEX")) {
        for (const QString &index : dropObjects(node))
            out << PriorDefinitions::Lookup{Kind::Index, {}, index};
    }
    return out;
}

} // namespace slipway::plan
