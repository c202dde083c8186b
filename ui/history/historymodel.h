#pragma once

#include "migrations/migrationstatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace slipway {

// The history timeline: one row per migration, the applied ones (and those
// only in the history) first in the order they ran, then the pending ones in
// folder order.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { VersionColumn, NameColumn, StatusColumn, AppliedAtColumn, AppliedByColumn, DurationColumn,
                  ChecksumColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(MigrationStatus::State)
        StateNameRole,                // "applied", "pending", ...
        PathRole,                     // the migration's up file, empty when missing from the folder
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setStatuses(const QList<migrations::MigrationStatus> &statuses);
    const QList<migrations::MigrationStatus> &statuses() const { return m_rows; }
    const migrations::MigrationStatus &statusAt(int row) const { return m_rows.at(row); }

    int count(migrations::MigrationStatus::State state) const;
    // "12 applied, 3 pending, 1 changed"; empty when there are no rows.
    QString summary() const;

    static QString checksumText(const migrations::MigrationStatus &status);
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<migrations::MigrationStatus> m_rows;
};

} // namespace slipway
