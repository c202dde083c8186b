// Planner: a partition's bound changes without losing its rows. DETACH
// (CONCURRENTLY where PostgreSQL allows it), a CHECK matching the new bound
// added NOT VALID and validated without blocking writes, ATTACH ... FOR VALUES
// <new bound> (the validated CHECK spares it its scan), the CHECK dropped.

#include "planbuilder_p.h"
#include "sqlnames.h"

#include <QRegularExpression>

namespace slipway::diff {

using namespace catalog;

namespace {

// The DEFAULT partition of `parent` in `model`, other than `except`.
const Table *defaultPartition(const SchemaModel &model, const QualifiedName &parent,
                              const QualifiedName &except)
{
    for (const Table &table : model.tables) {
        if (table.partitionOf == parent && table.partitionBound == QLatin1String("DEFAULT") &&
            table.qualifiedName() != except)
            return &table;
    }
    return nullptr;
}

// The name PostgreSQL gives the CHECK that DETACH ... CONCURRENTLY adds to
// the partition (a copy of its old partition constraint): "<table>_<column>_check"
// when the constraint uses one column, "<table>_check" otherwise, numbered
// when taken (ChooseConstraintName; names too long to predict are left).
QString detachCheckName(const Table &partition)
{
    QStringList used;
    for (const Column &column : partition.columns) {
        const QRegularExpression word(QStringLiteral("(^|[^\\w\"])%1($|[^\\w\"])")
                                          .arg(QRegularExpression::escape(SqlNames::ident(column.name))));
        if (partition.partitionConstraint.contains(word)) used << column.name;
    }
    const QString base = used.size() == 1 ? partition.name + u'_' + used.first() : partition.name;
    QString name = base + QLatin1String("_check");
    for (int n = 1; partition.constraint(name); ++n)
        name = base + QLatin1String("_check") + QString::number(n);
    return name.toUtf8().size() > 63 ? QString() : name;
}

bool referencedByForeignKeys(const SchemaModel &model, const QualifiedName &parent)
{
    for (const Table &table : model.tables) {
        for (const Constraint &c : table.constraints) {
            if (c.kind == Constraint::Kind::ForeignKey && !c.inherited && c.referencedTable == parent)
                return true;
        }
    }
    return false;
}

} // namespace

void PlanBuilder::partitionBound(const Table &a, const Table &b)
{
    const QualifiedName self = b.qualifiedName();
    const QString parent = SqlNames::qualified(b.partitionOf.schema, b.partitionOf.name);
    const QString child = SqlNames::qualified(b.schema, b.name);
    const QString parentName = b.partitionOf.display();
    const QString childName = self.display();
    const bool isDefault = a.partitionBound == QLatin1String("DEFAULT");
    // DETACH ... CONCURRENTLY: PostgreSQL 14+, and not while the parent has a
    // default partition.
    const bool concurrently = m_options.serverVersion >= 140000 && !isDefault &&
                              !defaultPartition(m_from, b.partitionOf, self);

    PlanStatement &detach = put(Phase::DropTable,
                                QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2%3")
                                    .arg(parent, child,
                                         concurrently ? QStringLiteral(" CONCURRENTLY") : QString()),
                                -2);
    detach.outsideTransaction = concurrently;
    if (concurrently)
        hazard(Hazard::Kind::Lock,
               tr("detaches in two transactions under SHARE UPDATE EXCLUSIVE: reads and writes "
                  "of %1 go on; it waits for the transactions that use the partition. Should it "
                  "be interrupted, finish it with ALTER TABLE %1 DETACH PARTITION %2 FINALIZE")
                   .arg(parent, child));
    else
        hazard(Hazard::Kind::Lock,
               tr("DETACH without CONCURRENTLY (%1): blocks reads and writes of %2 while waiting "
                  "for and holding its lock")
                   .arg(m_options.serverVersion < 140000
                            ? tr("it needs PostgreSQL 14")
                            : tr("%1 has a default partition").arg(parentName),
                        parentName));
    hazard(Hazard::Kind::Lock,
           tr("until the ATTACH below, the rows of %1 are not seen through %2, and rows written "
              "to %2 for its range go to the default partition or fail")
               .arg(childName, parentName));
    if (referencedByForeignKeys(m_from, b.partitionOf))
        hazard(Hazard::Kind::Lock,
               tr("foreign keys reference %1: the DETACH fails while rows of other tables "
                  "reference rows of %2").arg(parentName, childName));

    const QString outside = QStringLiteral("SELECT count(*) FROM %1 WHERE NOT (%2)")
                                .arg(child, b.partitionConstraint);
    const bool helper = b.kind != Table::Kind::Partitioned && !b.partitionConstraint.isEmpty();
    const QString check = ddl::temporaryName(b.name, QStringLiteral("_bound_slipway"));
    if (helper) {
        put(Phase::AddConstraint, QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3) NOT VALID")
                                      .arg(child, SqlNames::ident(check), b.partitionConstraint));
        put(Phase::ValidateConstraint,
            QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2").arg(child, SqlNames::ident(check)));
        hazard(Hazard::Kind::Scan,
               tr("checks every row against the new bound without blocking writes%1; fails when "
                  "a row lies outside it (count them first: %2)")
                   .arg(sizeNote(b.schema, b.name), outside));
    }
    put(Phase::AttachPartition,
        QStringLiteral("ALTER TABLE %1 ATTACH PARTITION %2 %3").arg(parent, child, b.partitionBound));
    hazard(Hazard::Kind::Scan,
           helper ? tr("no scan of %1: the validated CHECK proves the new bound").arg(childName)
                  : tr("scans %1 under ACCESS EXCLUSIVE to prove the new bound; fails when a row "
                       "lies outside it (count them first: %2)").arg(childName, outside));
    if (const Table *other = defaultPartition(m_to, b.partitionOf, self); other && !isDefault)
        hazard(Hazard::Kind::Scan,
               tr("scans the default partition %1 for rows of the new range while holding its "
                  "lock, and fails if it holds any: move them out first")
                   .arg(other->qualifiedName().display()));
    if (helper)
        put(Phase::AttachPartition,
            QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(child, SqlNames::ident(check)));
    // The copy of the old bound DETACH ... CONCURRENTLY left behind.
    const QString copy = concurrently ? detachCheckName(a) : QString();
    if (!copy.isEmpty())
        put(Phase::AttachPartition, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                                        .arg(child, SqlNames::ident(copy)));
}

} // namespace slipway::diff
