#include "touchedrelations.h"

#include "sql/lockimpact.h"
#include "sql/sqlscript.h"

#include <QSet>

namespace slipway::migrations {

QStringList touchedRelations(const QString &sql)
{
    QSet<QString> names;
    const SqlScript script = SqlScript::parse(sql);
    for (const SqlStatement &statement : script.statements()) {
        const LockImpact impact = LockClassifier::classify(statement);
        for (const LockImpact::RelationLock &lock : impact.locks)
            if (!lock.relation.isEmpty())
                names.insert(lock.relation);
    }
    QStringList out(names.cbegin(), names.cend());
    out.sort();
    return out;
}

} // namespace slipway::migrations
