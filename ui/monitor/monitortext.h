#pragma once

#include <QString>

namespace slipway {

class Monitor;
struct Sample;

// The monitor in words (rich text, translated in MonitorView's context).
// What goes on now: lock waits and who blocks, replica lag, activity, the
// error rate, running progress, and the abort policy's state with its reason.
QString monitorHeadline(const Sample &sample, const Monitor &monitor);
// Each running CREATE INDEX, CLUSTER, VACUUM, COPY or ANALYZE: phase, share
// done, rate and ETA.
QString progressDetails(const Sample &sample);

} // namespace slipway
