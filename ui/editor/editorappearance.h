#pragma once

#include "settings/preferences.h"

#include <QFont>
#include <QPalette>

namespace slipway {

// How SQL editors look: the font and the colours of the chosen theme.
struct EditorAppearance {
    QFont font;
    Preferences::EditorTheme theme = Preferences::EditorTheme::System;

    // The system's fixed-width font unless the preferences name one.
    static EditorAppearance fromPreferences(const Preferences &preferences);
    // The editor palette for the theme; System keeps the application's.
    QPalette palette(const QPalette &application) const;
};

} // namespace slipway
