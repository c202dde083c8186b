#include "editorappearance.h"

#include <QFontDatabase>

namespace slipway {

EditorAppearance EditorAppearance::fromPreferences(const Preferences &preferences)
{
    EditorAppearance appearance;
    appearance.font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!preferences.editorFontFamily.isEmpty()) {
        appearance.font.setFamily(preferences.editorFontFamily);
        appearance.font.setStyleHint(QFont::Monospace);
    }
    if (preferences.editorFontSize > 0)
        appearance.font.setPointSize(preferences.editorFontSize);
    appearance.theme = preferences.editorTheme;
    return appearance;
}

QPalette EditorAppearance::palette(const QPalette &application) const
{
    if (theme == Preferences::EditorTheme::System)
        return application;
    QPalette p = application;
    const bool dark = theme == Preferences::EditorTheme::Dark;
    const QColor base = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xdc, 0xdf, 0xe4) : QColor(0x1f, 0x23, 0x28);
    const QColor alternate = dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xf4, 0xf5, 0xf7);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Window, alternate);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::PlaceholderText, dark ? QColor(0x8b, 0x90, 0x98) : QColor(0x6a, 0x73, 0x7d));
        p.setColor(group, QPalette::Link, dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x09, 0x69, 0xda));
        p.setColor(group, QPalette::Highlight, dark ? QColor(0x21, 0x4d, 0x8a) : QColor(0xb6, 0xd6, 0xfd));
        p.setColor(group, QPalette::HighlightedText, text);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Text, dark ? QColor(0x6e, 0x76, 0x81) : QColor(0x8c, 0x95, 0x9f));
    return p;
}

} // namespace slipway
