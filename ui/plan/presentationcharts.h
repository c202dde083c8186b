#pragma once

#include <QWidget>

namespace slipway {

class Monitor;
class MonitorChart;

// The live charts on a presentation slide while a run is in progress: lock
// waits and replication lag over the last minutes, in type large enough for
// a projector.
class PresentationCharts : public QWidget {
    Q_OBJECT

public:
    explicit PresentationCharts(Monitor *monitor, QWidget *parent = nullptr);

    void setFontPixelSize(int pixels);
    void render();
    MonitorChart *locks() const { return m_locks; }
    MonitorChart *replication() const { return m_replication; }

private:
    Monitor *m_monitor;
    MonitorChart *m_locks = nullptr;
    MonitorChart *m_replication = nullptr;
};

} // namespace slipway
