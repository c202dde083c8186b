#pragma once

#include "lint/finding.h"

#include <QCoreApplication>
#include <QColor>
#include <QIcon>
#include <QPalette>

namespace slipway {

// How a finding's severity looks everywhere in the editor and the Problems
// panel: a colour that reads on the palette (light or dark) and an icon whose
// shape differs per severity (circle with a cross, triangle, circle with an
// "i"), so the colour is never the only cue.
class SeverityStyle {
    Q_DECLARE_TR_FUNCTIONS(SeverityStyle)

public:
    static QColor color(Severity severity, const QPalette &palette);
    static QIcon icon(Severity severity);
    static QString label(Severity severity); // "Error", "Warning", "Hint"
    // A small lightbulb: this finding has a quick fix.
    static QIcon fixIcon();
    static bool isDark(const QPalette &palette);
};

} // namespace slipway
