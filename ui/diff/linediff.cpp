#include "linediff.h"

#include <vector>

namespace slipway {

LineDiff LineDiff::compare(const QStringList &left, const QStringList &right)
{
    LineDiff out;
    out.changedLeft = QList<bool>(left.size(), true);
    out.changedRight = QList<bool>(right.size(), true);

    qsizetype head = 0;
    while (head < left.size() && head < right.size() && left.at(head) == right.at(head)) {
        out.changedLeft[head] = out.changedRight[head] = false;
        ++head;
    }
    qsizetype tail = 0;
    while (tail < left.size() - head && tail < right.size() - head &&
           left.at(left.size() - 1 - tail) == right.at(right.size() - 1 - tail)) {
        out.changedLeft[left.size() - 1 - tail] = false;
        out.changedRight[right.size() - 1 - tail] = false;
        ++tail;
    }
    const qsizetype n = left.size() - head - tail;
    const qsizetype m = right.size() - head - tail;
    if (n == 0 || m == 0)
        return out;

    if ((n + 1) * (m + 1) > kMaxCells) {
        for (qsizetype i = 0; i < qMin(n, m); ++i) {
            const bool same = left.at(head + i) == right.at(head + i);
            out.changedLeft[head + i] = out.changedRight[head + i] = !same;
        }
        return out;
    }

    // lcs[i][j]: LCS length of left[head+i..] and right[head+j..].
    const qsizetype width = m + 1;
    std::vector<int> lcs(size_t((n + 1) * width), 0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            const size_t at = size_t(i * width + j);
            lcs[at] = left.at(head + i) == right.at(head + j)
                          ? lcs[size_t((i + 1) * width + j + 1)] + 1
                          : qMax(lcs[size_t((i + 1) * width + j)], lcs[size_t(i * width + j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (left.at(head + i) == right.at(head + j)) {
            out.changedLeft[head + i] = out.changedRight[head + j] = false;
            ++i;
            ++j;
        } else if (lcs[size_t((i + 1) * width + j)] >= lcs[size_t(i * width + j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

} // namespace slipway
