#include "objectbadges.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>
#include <functional>

namespace slipway {

namespace {
// Where the tooltip of an item without badges is kept.
constexpr int baseToolTipRole = Qt::UserRole + 20;
} // namespace

QIcon ObjectBadge::icon(Kind kind)
{
    QStyle *style = QApplication::style();
    switch (kind) {
    case Kind::Pending: return style->standardIcon(QStyle::SP_ArrowUp);
    case Kind::Changed: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Kind::Drift: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString ObjectBadge::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Pending: return tr("pending migration");
    case Kind::Changed: return tr("changed migration");
    case Kind::Drift: return tr("drift");
    }
    return {};
}

int applyObjectBadges(QStandardItemModel *model, const ObjectBadges &badges, int qualifiedNameRole, int badgeRole)
{
    int marked = 0;
    const std::function<void(QStandardItem *)> visit = [&](QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            QStandardItem *item = parent->child(r, 0);
            if (!item)
                continue;
            const QString qualified = item->data(qualifiedNameRole).toString();
            const int dot = qualified.indexOf(QLatin1Char('.'));
            // Schema rows have no dot, group rows a unit separator: both left alone.
            if (dot > 0 && !qualified.contains(QChar(0x1f))) {
                if (!item->data(baseToolTipRole).isValid())
                    item->setData(item->toolTip(), baseToolTipRole);
                QList<ObjectBadge> list = badges.value(qualified) + badges.value(qualified.mid(dot + 1));
                std::stable_sort(list.begin(), list.end(), [](const ObjectBadge &a, const ObjectBadge &b) {
                    return int(a.kind) > int(b.kind); // drift first
                });
                QStringList lines;
                for (const ObjectBadge &b : list)
                    lines << b.text;
                const QString base = item->data(baseToolTipRole).toString();
                item->setIcon(list.isEmpty() ? QIcon() : ObjectBadge::icon(list.first().kind));
                item->setToolTip(lines.isEmpty() ? base : base + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
                item->setData(lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1String("; "))), badgeRole);
                item->setData(lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1String("; "))),
                              Qt::AccessibleDescriptionRole);
                marked += list.isEmpty() ? 0 : 1;
            }
            visit(item);
        }
    };
    visit(model->invisibleRootItem());
    return marked;
}

} // namespace slipway
