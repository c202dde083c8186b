#pragma once

// Planner's worker: emits statements into phases, then orders them.

#include "plan.h"
#include "schemachange.h"

#include "catalog/schemamodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace slipway::diff {

// Phases, in running order. Statements sort by (phase, rank, emission order).
enum class Phase {
    DropPolicy,
    DropTrigger,
    DropView,
    DropForeignKey,
    DropConstraint,
    DropIndex,
    DropColumn,
    DropTable,
    DropFunction,
    DropType,
    CreateSchema,
    CreateExtension,
    CreateEnum,
    AlterEnum,
    CreateDomain,
    AlterDomain,
    CreateComposite,
    AlterComposite,
    CreateSequence,
    AlterSequence,
    CreateFunction,
    CreateTable,
    AlterTable,
    AddColumn,
    AlterColumn,
    SequenceOwnedBy,
    CreateIndex,
    AddConstraint,
    AddForeignKey,
    ValidateConstraint,
    AttachPartition,
    CreateView,
    CreateViewIndex,
    CreateTrigger,
    CreatePolicy,
    Comment,
    Owner,
    Grant,
    // Objects others may use (in defaults, column types, signatures) go last,
    // once everything that used them is gone or changed.
    DropFunctionLate,
    DropSequenceLate,
    DropTypeLate,
    DropExtensionLate,
    DropSchemaLate,
};

class PlanBuilder {
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    PlanBuilder(const catalog::SchemaModel &from, const catalog::SchemaModel &to,
                const PlanOptions &options);

    // changes from `firstExtra` on are the dependent view/trigger rebuilds
    // dependentViewChanges() added (-1: none).
    void build(const QList<SchemaChange> &changes, int firstExtra = -1);
    QList<PlanStatement> statements() const;

    // Emission: a statement for change m_current at this phase.
    PlanStatement &put(Phase phase, const QString &sql, int rank = 0);
    void hazard(Hazard::Kind kind, const QString &text);
    // Marks the last statement as the one dependent views and triggers are
    // dropped and re-created around (ALTER COLUMN ... TYPE, DROP COLUMN).
    void anchor();

private:
    struct Step {
        Phase phase;
        int rank;
        int order;
        PlanStatement statement;
        bool anchor = false;
    };

    // plangroups.cpp: the drops of dependent views/triggers, the change under
    // them and their re-creation as one transaction.
    QSet<int> rebuildGroupChanges() const;
    bool inRebuildGroup(const Step &step, const QSet<int> &changes) const;
    void groupRebuilds(QList<Step> &steps) const;

    void plan(const SchemaChange &change);
    // plantables.cpp
    void table(const SchemaChange &change);
    void tableAlter(const SchemaChange &change);
    void partitionBound(const catalog::Table &from, const catalog::Table &to); // planpartitions.cpp
    void column(const SchemaChange &change);
    void columnAlter(const SchemaChange &change);
    void setNotNull(const ChangeObject &table, const QString &column, Phase phase);
    void constraint(const SchemaChange &change);
    void addConstraint(const SchemaChange &change, const catalog::Constraint &constraint,
                       bool validate);
    void index(const SchemaChange &change);
    void trigger(const SchemaChange &change);
    void policy(const SchemaChange &change);
    // planobjects.cpp
    void schema(const SchemaChange &change);
    void extension(const SchemaChange &change);
    void sequence(const SchemaChange &change);
    void view(const SchemaChange &change);
    void function(const SchemaChange &change);
    void aggregate(const SchemaChange &change); // aggregates.cpp
    void enumType(const SchemaChange &change);
    void rebuildEnum(const catalog::EnumType &from, const catalog::EnumType &to);
    void domain(const SchemaChange &change);
    void composite(const SchemaChange &change);
    void comment(const SchemaChange &change);
    void grant(const SchemaChange &change);
    void owner(const SchemaChange &change);

    void classify(PlanStatement &statement) const;
    QString sizeNote(const QString &schema, const QString &table) const;
    QString timeoutSetting(const char *name, int ms) const;

public:
    // Lookups.
    const catalog::Table *fromTable(const QString &schema, const QString &name) const
    {
        return m_fromTables.value({schema, name});
    }
    const catalog::Table *toTable(const QString &schema, const QString &name) const
    {
        return m_toTables.value({schema, name});
    }
    bool createdTable(const QString &schema, const QString &name) const
    {
        return m_createdTables.contains({schema, name});
    }
    int viewRank(const catalog::QualifiedName &view, bool target) const
    {
        return (target ? m_toViewRank : m_fromViewRank).value(view, 0);
    }

    const catalog::SchemaModel &m_from;
    const catalog::SchemaModel &m_to;
    PlanOptions m_options;

private:
    QHash<catalog::QualifiedName, const catalog::Table *> m_fromTables;
    QHash<catalog::QualifiedName, const catalog::Table *> m_toTables;
    QSet<catalog::QualifiedName> m_createdTables;
    QSet<catalog::QualifiedName> m_droppedTables;
    QHash<catalog::QualifiedName, int> m_fromViewRank;
    QHash<catalog::QualifiedName, int> m_toViewRank;
    QSet<catalog::QualifiedName> m_rebuiltViews; // dropped and created by extra changes
    QList<Step> m_steps;
    const QList<SchemaChange> *m_changes = nullptr;
    // For rename hints: created tables by schema, created columns by table.
    QHash<QString, QList<int>> m_createdTablesBySchema;
    QHash<catalog::QualifiedName, QList<int>> m_createdColumns;
    int m_current = -1;
    int m_firstExtra = -1;
};

// View dependencies (viewdeps.cpp): the relations and column names a view's
// definition refers to, from its parse tree.
struct ViewReferences {
    QSet<catalog::QualifiedName> relations;
    QSet<QString> columns;
};
ViewReferences viewReferences(const catalog::View &view);
// Dependency depth of every view (0: uses no other view).
QHash<catalog::QualifiedName, int> viewRanks(const QList<catalog::View> &views);

// The view changes a plan needs besides `changes`: views over dropped or
// retyped columns (and views over those) dropped and re-created.
bool viewNeedsRebuild(const SchemaChange &change); // an altered view CREATE OR REPLACE cannot do
QList<SchemaChange> dependentViewChanges(const QList<SchemaChange> &changes,
                                         const catalog::SchemaModel &from,
                                         const catalog::SchemaModel &to);

// DDL text (ddl.cpp).
namespace ddl {
QString columnDefinition(const catalog::Column &column);
// "GENERATED ALWAYS AS IDENTITY (INCREMENT BY 5 START WITH 100)": the
// sequence options that differ from what PostgreSQL would choose.
QString identityClause(const catalog::Column &column);
// "INCREMENT BY 5", "NO CYCLE", ...: the options of `to` that differ from `from`.
QStringList identityOptionClauses(const catalog::IdentityOptions &from,
                                  const catalog::IdentityOptions &to);
QString createTable(const catalog::Table &table);
QString createView(const catalog::View &view);
QString createSequence(const catalog::Sequence &sequence);
QString createDomain(const catalog::Domain &domain);
QString createComposite(const catalog::CompositeType &type);
QString createEnum(const catalog::EnumType &type);
// CREATE [OR REPLACE] AGGREGATE with every option pg_aggregate holds.
QString createAggregate(const catalog::Aggregate &aggregate, bool orReplace = false);
QString createPolicy(const QString &schema, const QString &table, const catalog::Policy &policy);
QString stripNotValid(const QString &definition);
QString viewBody(const QString &definition); // without the trailing ';'
QString roleList(const QStringList &roles);
QString role(const QString &name);
QString temporaryName(const QString &name, const QString &suffix);
} // namespace ddl

} // namespace slipway::diff
