#pragma once

#include "objectbadges.h"

#include "migrations/migrationstatus.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace slipway {

class ActiveConnection;

// The window's standing view of the migrations: the statuses of a folder
// against the connected database (pushed by the History tab, else read here on
// connect from the remembered folder) and the objects the last drift check
// found different. Gives the status-bar summary ("3 pending · 1 changed") and
// the object browser's badges; both stay when the History tab is closed.
class MigrationStatusTracker : public QObject {
    Q_OBJECT

public:
    explicit MigrationStatusTracker(ActiveConnection *connection, QObject *parent = nullptr);
    ~MigrationStatusTracker() override;

    // While a view is attached (alive) it pushes statuses; the tracker does not read.
    void attachView(QObject *view) { m_view = view; }
    void setStatuses(const QString &folder, const QList<migrations::MigrationStatus> &statuses);
    // Objects ("schema.name") that differ from what the folder builds; empty clears.
    void setDrift(const QStringList &objects);
    // Reads folder and history through the connection (no-op when not connected).
    void reload(const QString &folder);

    QString folder() const { return m_folder; }
    QString summary() const; // "3 pending · 1 changed"; empty when there is no folder
    QString toolTip() const;
    ObjectBadges badges() const { return m_badges; }
    bool isLoading() const { return m_loading; }

    // The history table the user chose for this connection ("schema.table"), empty: automatic.
    static QString rememberedTable(const ActiveConnection *connection);
    static void rememberTable(const ActiveConnection *connection, const QString &table);

signals:
    void changed();

private:
    void rebuildBadges();

    ActiveConnection *m_connection = nullptr;
    QPointer<QObject> m_view;
    QString m_folder;
    QList<migrations::MigrationStatus> m_statuses;
    QStringList m_drift;
    ObjectBadges m_badges;
    quint64 m_generation = 0;
    quint64 m_badgeGeneration = 0;
    bool m_loading = false;
};

} // namespace slipway
