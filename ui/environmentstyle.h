#pragma once

#include "db/connectionprofile.h"

#include <QColor>
#include <QString>

namespace slipway {

// How an environment tag looks: banner colours, icon text and a label that
// does not rely on colour alone.
struct EnvironmentStyle {
    QColor background;
    QColor foreground;
    QString label; // "PRODUCTION", translated

    static EnvironmentStyle forEnvironment(Environment environment);
};

} // namespace slipway
