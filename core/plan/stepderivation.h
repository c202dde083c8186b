#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace slipway {
struct SqlStatement;
}

namespace slipway::plan {

// What can be said about one statement from its parse tree alone: whether it
// destroys data, how to undo it and how to check it worked.
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
    static StepDerivation derive(const SqlStatement &statement);
};

} // namespace slipway::plan
