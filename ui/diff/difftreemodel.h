#pragma once

#include "diffresult.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>

namespace slipway {

// The objects of a DiffResult as a tree: one row per kind ("Tables (3 of 12
// differ)"), then one row per object with its state as icon and text.
class DiffTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(DiffObject::State); objects only
        ObjectRole,                   // index into DiffResult::objects; -1 for kind rows
    };

    explicit DiffTreeModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const DiffResult> result);
    std::shared_ptr<const DiffResult> result() const { return m_result; }
    QModelIndex indexOfObject(int object) const; // in NameColumn

    static QIcon stateIcon(DiffObject::State state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        diff::ObjectKind kind;
        QList<int> objects;
        int differing = 0;
    };
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant objectData(int object, int column, int role) const;

    std::shared_ptr<const DiffResult> m_result;
    QList<Group> m_groups;
};

} // namespace slipway
