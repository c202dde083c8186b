#pragma once

#include <QList>
#include <QStringList>

namespace slipway {

// A line diff of two texts by longest common subsequence: which lines of each
// side are not part of the common part (removed on the left, added on the
// right). Common leading and trailing lines are matched first, so the table
// only covers the middle; above kMaxCells the middle is compared line by line.
struct LineDiff {
    QList<bool> changedLeft;  // one per line of the left text
    QList<bool> changedRight; // one per line of the right text

    int changedLeftCount() const { return int(changedLeft.count(true)); }
    int changedRightCount() const { return int(changedRight.count(true)); }

    static constexpr qsizetype kMaxCells = 4'000'000;
    static LineDiff compare(const QStringList &left, const QStringList &right);
};

} // namespace slipway
