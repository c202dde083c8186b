#include "tablesize.h"

#include <QCoreApplication>
#include <QLocale>

namespace slipway {

SizeClass sizeClassOf(const std::optional<TableStats> &stats)
{
    if (!stats)
        return SizeClass::Unknown;
    if (stats->estimatedRows < 100'000)
        return SizeClass::Small;
    if (stats->estimatedRows <= 10'000'000)
        return SizeClass::Medium;
    return SizeClass::Large;
}

QString describeTableSize(const TableStats &stats)
{
    const QLocale locale;
    QString rows;
    if (stats.estimatedRows >= 1'000'000)
        rows = QCoreApplication::translate("slipway::TableSize", "about %1M rows").arg(locale.toString(stats.estimatedRows / 1e6, 'f', 1));
    else if (stats.estimatedRows >= 10'000)
        rows = QCoreApplication::translate("slipway::TableSize", "about %1K rows").arg(locale.toString(stats.estimatedRows / 1e3, 'f', 0));
    else
        rows = QCoreApplication::translate("slipway::TableSize", "%n row(s)", nullptr, int(stats.estimatedRows));
    return rows + QStringLiteral(", ") + locale.formattedDataSize(stats.totalBytes);
}

} // namespace slipway
