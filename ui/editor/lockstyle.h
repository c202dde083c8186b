#pragma once

#include "sql/lockimpact.h"

#include <QCoreApplication>
#include <QColor>
#include <QPalette>

namespace slipway {

// How a statement's lock shows in the editor gutter: the mode abbreviated
// ("AE", "S", "SUE"), a colour by what it blocks (red: reads and writes,
// orange: writes, green: neither) and the effect in a word ("rewrite").
class LockStyle {
    Q_DECLARE_TR_FUNCTIONS(LockStyle)

public:
    static QString abbreviation(LockMode mode);
    static QColor color(LockMode mode, const QPalette &palette);
    static QString effectWord(LockImpact::Effect effect); // "" for None/Reads
    // What it blocks, in words: "blocks reads and writes", "blocks writes", "blocks neither reads nor writes".
    static QString blocksText(LockMode mode);
};

} // namespace slipway
