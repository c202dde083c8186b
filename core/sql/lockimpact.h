#pragma once

#include "lockmode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace slipway {

struct SqlStatement;

// What one statement does to the tables it touches: the lock it takes on each,
// whether it rewrites or scans them, and whether it may run in a transaction.
struct LockImpact {
    enum class Effect {
        None,         // no table work (SET, BEGIN, CREATE FUNCTION, ...)
        MetadataOnly, // catalog change only; the lock is held for an instant
        Scan,         // reads every row while holding the lock (SET NOT NULL, ADD CHECK)
        IndexBuild,   // builds an index: time grows with the table
        Rewrite,      // rewrites the whole table (and its indexes)
        RowChanges,   // DML: cost grows with the rows it touches
        Reads,        // a query
    };
    struct RelationLock {
        QString relation; // as written ("billing.invoices")
        LockMode mode = LockMode::None;
        QString role;     // what it is to the statement: "table", "referenced table", "index", ...
    };

    QList<RelationLock> locks;
    Effect effect = Effect::None;
    QString effectReason;        // why that effect ("volatile default now() evaluated per row")
    bool transactionAllowed = true;
    QString transactionNote;     // why it cannot run in a transaction block
    bool dependsOnVersion = false; // the answer differs across server versions

    LockMode strongest() const;
    bool blocksReads() const { return lockBlocksReads(strongest()); }
    bool blocksWrites() const { return lockBlocksWrites(strongest()); }
    static QString effectName(Effect effect);
};

// Classifies a parsed statement, for a server version (server_version_num,
// e.g. 150000). Built from the PostgreSQL documentation of each command.
class LockClassifier {
    Q_DECLARE_TR_FUNCTIONS(LockClassifier)

public:
    static LockImpact classify(const SqlStatement &statement, int serverVersion = 150000);
};

} // namespace slipway
