#pragma once

#include <QSortFilterProxyModel>

namespace slipway {

// Filters the history timeline by status and by text (version or name).
class HistoryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    // -1: every status; else an int(MigrationStatus::State).
    void setStateFilter(int state);
    int stateFilter() const { return m_state; }
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_state = -1;
    QString m_text;
};

} // namespace slipway
