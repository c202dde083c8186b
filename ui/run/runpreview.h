#pragma once

#include "run/executionitem.h"

#include <QTreeWidget>

namespace slipway {

// What a run will do, before it starts: each item (migration, script) with
// its statements, the lock each takes and on what, whether it rewrites or
// scans the table, and whether it must run outside a transaction. Built
// with the SQL engine's lock classification for the server's version.
class RunPreview : public QTreeWidget {
    Q_OBJECT

public:
    explicit RunPreview(QWidget *parent = nullptr);

    void setItems(const QList<run::ExecutionItem> &items, int serverVersion);
    void setMessage(const QString &message); // "Nothing pending", an error, ...
    int statementCount() const { return m_statements; }
    // Marks an item (or one of its statements) as where the run is now.
    void markCurrent(int item, int statement);

private:
    int m_statements = 0;
};

} // namespace slipway
