#include "difftreemodel.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace slipway {

namespace {
constexpr quintptr kGroupId = quintptr(-1); // internalId of kind rows; objects carry their group
}

DiffTreeModel::DiffTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void DiffTreeModel::setResult(std::shared_ptr<const DiffResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_groups.clear();
    if (m_result) {
        for (int i = 0; i < m_result->objects.size(); ++i) {
            const DiffObject &o = m_result->objects.at(i);
            if (m_groups.isEmpty() || m_groups.constLast().kind != o.kind) m_groups.append({o.kind, {}, 0});
            m_groups.last().objects.append(i);
            if (o.state != DiffObject::State::Identical) ++m_groups.last().differing;
        }
    }
    endResetModel();
}

QModelIndex DiffTreeModel::indexOfObject(int object) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).objects.indexOf(object));
        if (row >= 0) return createIndex(row, NameColumn, quintptr(g));
    }
    return {};
}

// A symbol on a tinted square, so the state reads without colour too:
// "=" identical, "≠" different, "−" only in source, "+" only in target.
QIcon DiffTreeModel::stateIcon(DiffObject::State state)
{
    static QIcon cache[4];
    QIcon &icon = cache[int(state)];
    if (!icon.isNull()) return icon;
    QString symbol;
    QColor color;
    switch (state) {
    case DiffObject::State::Identical: symbol = QStringLiteral("="); color = QColor(0x8a, 0x8f, 0x98); break;
    case DiffObject::State::Different: symbol = QStringLiteral("\u2260"); color = QColor(0xd9, 0x8c, 0x00); break;
    case DiffObject::State::OnlyInSource: symbol = QStringLiteral("\u2212"); color = QColor(0xc6, 0x28, 0x28); break;
    case DiffObject::State::OnlyInTarget: symbol = QStringLiteral("+"); color = QColor(0x2e, 0x7d, 0x32); break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(24);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, symbol);
    painter.end();
    icon = QIcon(pixmap);
    return icon;
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size()) return {};
    if (row >= m_groups.at(parent.row()).objects.size()) return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex DiffTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId) return {};
    return createIndex(int(child.internalId()), 0, kGroupId);
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0) return 0;
    return int(m_groups.at(parent.row()).objects.size());
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_result) return {};
    if (index.internalId() == kGroupId) return groupData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId()));
    return objectData(group.objects.at(index.row()), index.column(), role);
}

QVariant DiffTreeModel::groupData(const Group &group, int column, int role) const
{
    if (role == ObjectRole) return -1;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) return {};
    if (column == NameColumn)
        return tr("%1 (%2)").arg(DiffObject::kindGroupName(group.kind)).arg(group.objects.size());
    if (group.differing == 0) return tr("all identical");
    return tr("%n differ(s)", nullptr, group.differing);
}

QVariant DiffTreeModel::objectData(int object, int column, int role) const
{
    const DiffObject &o = m_result->objects.at(object);
    switch (role) {
    case ObjectRole: return object;
    case StateRole: return int(o.state);
    case Qt::DisplayRole:
        return column == NameColumn ? o.display() : DiffObject::stateName(o.state);
    case Qt::AccessibleTextRole:
        return tr("%1 %2: %3").arg(diff::SchemaChange::kindName(o.kind), o.display(),
                                   DiffObject::stateName(o.state));
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(stateIcon(o.state)) : QVariant();
    case Qt::ToolTipRole: {
        // The full name first: a long one is elided in the tree.
        QStringList lines{o.display() + QLatin1String(": ") + DiffObject::stateName(o.state)};
        for (const int c : o.changes) lines.append(m_result->changes.at(c).summary());
        return lines.join(u'\n');
    }
    default: return {};
    }
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == NameColumn ? tr("Object") : tr("State");
}

} // namespace slipway
