#pragma once

#include "monitorsample.h"

#include <QJsonObject>

namespace slipway {

// A sample as JSON (one object per line in `slipway-cli monitor --json`).
// Keys are snake_case and stable; times are ISO 8601 UTC, durations in seconds.
QJsonObject sampleToJson(const Sample &sample);

} // namespace slipway
