#include "sessionstate.h"

#include <QSettings>

namespace slipway {

namespace {
constexpr auto kGroup = "session";
constexpr auto kTabs = "tabs";
constexpr auto kCurrent = "current";
} // namespace

void SessionState::save() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.remove(QString()); // this group only
    settings.beginWriteArray(QLatin1String(kTabs), int(tabs.size()));
    for (int i = 0; i < tabs.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("kind"), tabs[i].kind);
        if (!tabs[i].path.isEmpty())
            settings.setValue(QStringLiteral("path"), tabs[i].path);
        if (tabs[i].line > 0 || tabs[i].column > 0) {
            settings.setValue(QStringLiteral("line"), tabs[i].line);
            settings.setValue(QStringLiteral("column"), tabs[i].column);
        }
    }
    settings.endArray();
    settings.setValue(QLatin1String(kCurrent), current);
    settings.endGroup();
}

SessionState SessionState::load()
{
    SessionState state;
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    const int count = settings.beginReadArray(QLatin1String(kTabs));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Tab tab;
        tab.kind = settings.value(QStringLiteral("kind")).toString();
        tab.path = settings.value(QStringLiteral("path")).toString();
        tab.line = qMax(0, settings.value(QStringLiteral("line")).toInt());
        tab.column = qMax(0, settings.value(QStringLiteral("column")).toInt());
        if (!tab.kind.isEmpty())
            state.tabs << tab;
    }
    settings.endArray();
    state.current = qBound(-1, settings.value(QLatin1String(kCurrent), -1).toInt(), int(state.tabs.size()) - 1);
    settings.endGroup();
    return state;
}

} // namespace slipway
