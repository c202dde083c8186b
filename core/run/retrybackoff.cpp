#include "retrybackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace slipway::run {

int RetryBackoff::delayMs(int attempt, int baseMs, int maxMs, double random01)
{
    const int shift = std::clamp(attempt - 1, 0, 30);
    const qint64 full = std::min<qint64>(qint64(std::max(0, maxMs)),
                                         qint64(std::max(0, baseMs)) << shift);
    const double r = std::clamp(random01, 0.0, 1.0);
    return int(full / 2 + qint64(double(full - full / 2) * r));
}

int RetryBackoff::delayMs(int attempt, int baseMs, int maxMs)
{
    return delayMs(attempt, baseMs, maxMs, QRandomGenerator::global()->generateDouble());
}

bool RetryBackoff::isRetryable(const QString &sqlState)
{
    return sqlState == QLatin1String("55P03") || sqlState == QLatin1String("40P01");
}

} // namespace slipway::run
