#pragma once

#include "plan/migrationplan.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace slipway {

// How a risk class looks wherever a plan is shown: an icon and a word, with a
// colour as a third, never the only, signal.
class RiskStyle {
    Q_DECLARE_TR_FUNCTIONS(RiskStyle)

public:
    static QIcon icon(plan::RiskClass risk);
    static QColor color(plan::RiskClass risk);      // strong, for text and badges
    static QColor background(plan::RiskClass risk); // light, behind text
    static QString text(plan::RiskClass risk);      // "High risk"
    static QString symbol(plan::RiskClass risk);    // "▲", a glyph for large type
};

} // namespace slipway
