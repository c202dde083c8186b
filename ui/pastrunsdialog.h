#pragma once

#include "db/localstore.h"
#include "monitor/abortpolicy.h"

#include <QDialog>

class QLabel;
class QSplitter;
class QTreeWidget;

namespace slipway {

class Monitor;
class MonitorView;

// Migration > Past Runs…: what the local store kept of earlier runs and
// monitoring sessions, newest first. Selecting one shows its log and the
// monitor's charts recorded for the same database over its time (a minute
// either side), so a finished run can be reviewed after the fact. The store
// is read on a worker thread with a connection of its own.
class PastRunsDialog : public QDialog {
    Q_OBJECT

public:
    explicit PastRunsDialog(const QString &storePath, const AbortThresholds &thresholds = {},
                            QWidget *parent = nullptr);
    ~PastRunsDialog() override;

    void reload();
    void selectRun(qint64 runId);

    QTreeWidget *runList() const { return m_runs; }
    QTreeWidget *logList() const { return m_log; }
    MonitorView *charts() const { return m_charts; }
    bool isLoading() const { return m_loading > 0; }

signals:
    void loaded(); // the list, or a selected run's log and charts

private:
    struct RunDetail {
        QList<LocalStore::RunLogLine> log;
        QList<LocalStore::SeriesPointRow> points;
    };
    void showRuns(const QList<LocalStore::RunLogEntry> &runs);
    void showRun(const LocalStore::RunLogEntry &run, const RunDetail &detail);
    void runSelected();

    QString m_storePath;
    QList<LocalStore::RunLogEntry> m_entries;
    qint64 m_pendingSelection = 0;
    int m_loading = 0;
    QTreeWidget *m_runs;
    QLabel *m_heading;
    QTreeWidget *m_log;
    Monitor *m_monitor;
    MonitorView *m_charts;
};

} // namespace slipway
