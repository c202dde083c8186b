#pragma once

#include "monitor/abortpolicy.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace slipway {

class BlockingTree;
class Monitor;
class MonitorChart;
class MonitorController;
struct Sample;

// The live monitor: a headline that says what is going on in words, and Qt
// Charts of lock waits (with the blocking tree beside them in the full view),
// replication lag per replica (seconds and bytes), progress of index builds,
// vacuums, copies, and activity (TPS, rollbacks and the error rate, sessions). Time axes scroll with the
// samples; abort-policy thresholds are dashed lines, throttle/resume/abort
// decisions vertical markers. Pause freezes the window (rubber-band zoom
// pauses too); charts export as PNG, the series as CSV. Renders at most once
// per sample, and never talks to a database itself.
class MonitorView : public QWidget {
    Q_OBJECT

public:
    // Dock: compact charts in a row; Side: compact charts in a 2x2 grid (next to
    // a run); Full: charts with the blocking tree and progress details; Review:
    // a recorded series (a past run) in a 2x2 grid with legends, no live parts.
    enum class Mode { Dock, Full, Side, Review };
    enum class Chart { Locks, Replication, Progress, Activity };

    // controller: for cancel/terminate confirmations (production check); may be null.
    MonitorView(Monitor *monitor, Mode mode, MonitorController *controller = nullptr, QWidget *parent = nullptr);

    void setStatusText(const QString &text); // an extra line (e.g. the demo workload's counters)
    // Review mode: the headline says what the recorded series is (no live sample to describe).
    void setCaption(const QString &caption);
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    void renderNow();
    int renderCount() const { return m_renders; }
    MonitorChart *chart(Chart which) const;
    BlockingTree *blockingTree() const { return m_tree; }
    QString headline() const;

    bool exportChartPng(Chart which, const QString &path) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

signals:
    void openFullViewRequested();
    void info(const QString &message);
    void warning(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRender();
    void applyThresholds(); // the policy's thresholds as the charts' lines
    void updateHeadline(const Sample &sample);
    void updateProgressDetails(const Sample &sample);
    void requestSignal(int pid, bool terminate);
    void exportPngInteractive(Chart which);
    void exportCsvInteractive();

    Monitor *m_monitor;
    MonitorController *m_controller;
    Mode m_mode;
    QString m_caption; // Review mode's headline
    MonitorChart *m_locks;
    MonitorChart *m_replication;
    MonitorChart *m_progress;
    MonitorChart *m_activity;
    BlockingTree *m_tree = nullptr;
    QLabel *m_headline;
    QLabel *m_progressDetails = nullptr;
    QLabel *m_status;
    QAction *m_pauseAction;
    QComboBox *m_window;
    int m_windowSeconds = 300;
    bool m_paused = false;
    bool m_renderPending = false;
    int m_renders = 0;
    AbortThresholds m_shownThresholds;
};

} // namespace slipway
