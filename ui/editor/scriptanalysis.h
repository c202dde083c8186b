#pragma once

#include "lint/finding.h"
#include "sql/lockimpact.h"
#include "sql/sourcetext.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace slipway {

// The lock one statement takes, placed in the script.
struct StatementLock {
    int statementIndex = 0;
    TextRange range;       // of the statement
    QString summary;       // the statement's first words ("ALTER TABLE orders ALTER COLUMN ...")
    LockImpact impact;
};

// Everything the editor shows about one version of the text: findings, the
// lock of each statement, the tables it touches, and what it cost.
struct ScriptAnalysis {
    quint64 generation = 0;
    QString text;                 // the text analysed (ranges refer to it)
    QList<Finding> findings;      // in source order
    QList<StatementLock> locks;   // statements that lock a table, in source order
    QStringList touchedTables;
    int statementCount = 0;
    int checkedCount = 0;         // statements the linter checked (not from its cache)
    int serverVersion = 0;        // the version the lint and lock rules assumed
    qint64 parseMicroseconds = 0;
    qint64 lintMicroseconds = 0;
    qint64 totalMicroseconds = 0; // parse + lint + locks
};

} // namespace slipway

Q_DECLARE_METATYPE(slipway::ScriptAnalysis)
