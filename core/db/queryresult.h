#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace slipway {

// The outcome of one statement run as text: enough for a result grid, a log
// line, and the row count a migration reports.
struct QueryResult {
    QStringList columns;
    QList<QList<QVariant>> rows; // QVariant() is SQL NULL, otherwise the text form
    QString commandTag;          // "INSERT 0 3", "CREATE INDEX", ...
    qint64 rowsAffected = -1;    // -1 when the command reports none
    qint64 elapsedMs = 0;
};

} // namespace slipway
