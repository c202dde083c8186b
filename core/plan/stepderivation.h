#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {
struct SqlStatement;
}

namespace slipway::plan {

// What the database said before the migration, for the rollback of a step
// that changes or drops a definition: the column's type before ALTER COLUMN
// TYPE, a constraint's or an index's definition before its DROP. Keys are as
// StepDeriver::priorLookups() names them.
struct PriorDefinitions {
    enum class Kind { ColumnType, Constraint, Index };
    struct Lookup {
        Kind kind = Kind::ColumnType;
        QString table; // quoted, maybe schema-qualified, as the script names it
        QString name;  // column or constraint name (unquoted); for an index, its quoted name
        QString key() const;
    };
    QHash<QString, QString> definitions; // Lookup::key() -> format_type / pg_get_constraintdef / pg_get_indexdef

    QString find(const Lookup &lookup) const { return definitions.value(lookup.key()); }
};

// What can be said about one statement from its parse tree (and, when given,
// the definitions before it): whether it destroys data, how to undo it and
// how to check it worked.
struct StepDerivation {
    bool destructive = false;
    QString destructiveReason;
    QString rollbackSql;   // empty when none can be derived
    QString rollbackLoss;  // what the rollback loses, or why there is none
    QStringList backupTables; // tables whose data the step can lose
    QString verificationSql;
    bool concurrentIndex = false; // CREATE/DROP INDEX CONCURRENTLY
    bool foreignKey = false;      // adds or drops a foreign key
    bool nullableAdd = false;     // ADD COLUMN without NOT NULL: additive only
};

class StepDeriver {
    Q_DECLARE_TR_FUNCTIONS(StepDeriver)

public:
    static StepDerivation derive(const SqlStatement &statement, const PriorDefinitions *prior = nullptr);
    // The definitions derive() can use for this statement's rollback.
    static QList<PriorDefinitions::Lookup> priorLookups(const SqlStatement &statement);
};

} // namespace slipway::plan
