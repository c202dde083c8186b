#pragma once

#include <QColor>

namespace slipway::monitor_palette {

// The monitor's colours: red = abort level, orange = throttle level, the rest
// tell lines apart. Never the only signal: the headline says it in words.
inline const QColor kRed(0xd0, 0x21, 0x21);
inline const QColor kOrange(0xe6, 0x8a, 0x00);
inline const QColor kBlue(0x1f, 0x6f, 0xc5);
inline const QColor kPurple(0x7b, 0x3f, 0xb5);
inline const QColor kGreen(0x2e, 0x9d, 0x4a);
inline const QColor kGray(0x70, 0x70, 0x70);
inline const QColor kTeal(0x13, 0x8d, 0x90);

} // namespace slipway::monitor_palette
