#pragma once

#include "lintoptions.h"

#include <QString>

namespace slipway {

// Size classes of ../shared/reference (risk by rows): low < 100K rows,
// medium 100K-10M, high > 10M.
enum class SizeClass { Unknown, Small, Medium, Large };

SizeClass sizeClassOf(const std::optional<TableStats> &stats);
// "about 1.2M rows, 340 MB"
QString describeTableSize(const TableStats &stats);

} // namespace slipway
