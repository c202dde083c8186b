#pragma once

#include <QString>

namespace slipway::run {

// When to try again after a lock timeout: exponential backoff with jitter, so
// two runners (or a runner and a retrying app) do not collide in step. Pure.
struct RetryBackoff {
    // Wait before try number attempt + 1 (attempt >= 1 is the try that failed):
    // base * 2^(attempt-1), capped at maxMs, then scaled into [half, full] by
    // random01 in [0, 1).
    static int delayMs(int attempt, int baseMs, int maxMs, double random01);
    // Same, with a random draw.
    static int delayMs(int attempt, int baseMs, int maxMs);
    // SQLSTATEs worth another try: lock_not_available (55P03, lock_timeout)
    // and deadlock_detected (40P01).
    static bool isRetryable(const QString &sqlState);
};

} // namespace slipway::run
