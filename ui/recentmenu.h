#pragma once

#include <QList>
#include <QString>

#include <functional>

class QMenu;

namespace slipway {

struct RecentEntry {
    QString key;     // what `open` receives
    QString label;   // what the menu shows
    QString toolTip;
};

// Refills `menu` with one action per entry (numbered &1…&9 for the keyboard),
// then "Clear Menu"; a disabled "No recent items" when there are none.
void fillRecentMenu(QMenu *menu, const QList<RecentEntry> &entries, const std::function<void(const QString &)> &open,
                    const std::function<void()> &clear);

} // namespace slipway
