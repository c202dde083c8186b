#pragma once

#include "planslides.h"

#include <QString>

namespace slipway {

// A slide as rich text for QTextDocument, in pixel sizes from `base` (the body
// text size): heading, subheading, a risk line (symbol and word, coloured) and
// the sections as captioned cards, two per row.
QString slideHtml(const Slide &slide, int base);

} // namespace slipway
