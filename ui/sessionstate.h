#pragma once

#include <QList>
#include <QString>

namespace slipway {

// The window's open tabs, saved on quit and reopened at the next start: files
// (with the cursor position) and views (History with its folder, Run, Schema
// Diff, Monitor, Start). Unsaved text is not part of it: quitting asks to save.
struct SessionState {
    struct Tab {
        QString kind;     // "file", "history", "run", "diff", "monitor", "start"
        QString path;     // file path or History folder
        int line = 0;     // 0-based cursor position in a file
        int column = 0;
        bool operator==(const Tab &) const = default;
    };
    QList<Tab> tabs;
    int current = -1;

    bool isEmpty() const { return tabs.isEmpty(); }
    bool operator==(const SessionState &) const = default;

    void save() const;         // QSettings "session/..."
    static SessionState load(); // empty when none saved (or unreadable)
};

} // namespace slipway
