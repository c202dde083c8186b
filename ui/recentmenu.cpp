#include "recentmenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace slipway {

void fillRecentMenu(QMenu *menu, const QList<RecentEntry> &entries, const std::function<void(const QString &)> &open,
                    const std::function<void()> &clear)
{
    menu->clear();
    menu->setToolTipsVisible(true);
    if (entries.isEmpty()) {
        menu->addAction(QCoreApplication::translate("RecentMenu", "No recent items"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const RecentEntry &entry = entries[i];
        QString label = entry.label;
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(label) : label;
        QAction *action = menu->addAction(text);
        action->setToolTip(entry.toolTip);
        const QString key = entry.key;
        QObject::connect(action, &QAction::triggered, menu, [open, key] { open(key); });
    }
    menu->addSeparator();
    QObject::connect(menu->addAction(QCoreApplication::translate("RecentMenu", "&Clear Menu")), &QAction::triggered, menu, [clear] { clear(); });
}

} // namespace slipway
