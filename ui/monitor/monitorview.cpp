#include "monitorview.h"
#include "futurecallback.h"

#include "blockingtree.h"
#include "monitorchart.h"
#include "monitorcontroller.h"
#include "monitorpalette.h"
#include "monitortext.h"

#include "monitor/monitor.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway {

using namespace monitor_palette;

MonitorView::MonitorView(Monitor *monitor, Mode mode, MonitorController *controller, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_controller(controller)
    , m_mode(mode)
    , m_headline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_window(new QComboBox(this))
{
    setObjectName(mode == Mode::Full     ? QStringLiteral("monitorFullView")
                  : mode == Mode::Side   ? QStringLiteral("monitorSideView")
                  : mode == Mode::Review ? QStringLiteral("monitorReviewView")
                                         : QStringLiteral("monitorDockView"));
    const bool compact = mode == Mode::Dock || mode == Mode::Side;
    const AbortThresholds &t = monitor->policy()->thresholds();

    m_locks = new MonitorChart(tr("Lock waits"), tr("longest wait (s)"), this);
    m_locks->setObjectName(QStringLiteral("locksChart"));
    m_locks->setRightAxis(tr("sessions waiting"));
    m_locks->addLine({QLatin1String(MonitorSeries::kLongestLockWait), tr("longest wait"), MonitorChart::Axis::Left, kRed});
    m_locks->addLine({QLatin1String(MonitorSeries::kLockWaiting), tr("waiting sessions"), MonitorChart::Axis::Right, kBlue, true});
    m_locks->addThreshold({t.lockWaitThrottleSeconds, {}, kOrange});
    m_locks->addThreshold({t.lockWaitAbortSeconds, {}, kRed});
    m_locks->setEventMetric(QStringLiteral("lock_wait"));

    m_replication = new MonitorChart(tr("Replication lag"), tr("lag (s)"), this);
    m_replication->setObjectName(QStringLiteral("replicationChart"));
    m_replication->setRightAxis(tr("behind"), true);
    m_replication->setDynamicLines([](const MonitorSeries &series) {
        QList<MonitorChart::Line> lines;
        const QColor palette[] = {kPurple, kBlue, kTeal, kGreen};
        int i = 0;
        for (const QString &name : series.names(QStringLiteral("replica."))) {
            if (!name.endsWith(QLatin1String(".lag_s")))
                continue;
            const QString replica = name.mid(8, name.size() - 8 - 6);
            const QColor color = palette[i++ % 4];
            // One legend entry per replica: its lag (solid, left axis) and the
            // bytes it is behind (dotted, same colour, right axis).
            lines << MonitorChart::Line{name, tr("%1 (dotted: bytes)").arg(replica), MonitorChart::Axis::Left, color};
            lines << MonitorChart::Line{QStringLiteral("replica.%1.bytes").arg(replica), tr("%1 behind").arg(replica),
                                        MonitorChart::Axis::Right, color, true, false};
        }
        if (series.series(MonitorSeries::kStandbyDelay))
            lines << MonitorChart::Line{QLatin1String(MonitorSeries::kStandbyDelay), tr("standby replay delay"),
                                        MonitorChart::Axis::Left, kGray};
        return lines;
    });
    m_replication->addThreshold({t.lagThrottleSeconds, {}, kOrange});
    m_replication->addThreshold({t.lagAbortSeconds, {}, kRed});
    m_replication->setEventMetric(QStringLiteral("replication_lag"));

    m_progress = new MonitorChart(tr("Progress"), tr("% done"), this);
    m_progress->setObjectName(QStringLiteral("progressChart"));
    m_progress->setFixedLeftRange(0, 100);
    m_progress->setDynamicLines([](const MonitorSeries &series) {
        QList<MonitorChart::Line> lines;
        const QColor palette[] = {kGreen, kBlue, kPurple, kOrange};
        int i = 0;
        for (const QString &name : series.names(QStringLiteral("progress."))) {
            if (!name.endsWith(QLatin1String(".percent")))
                continue;
            const QStringList parts = name.split(QLatin1Char('.')); // progress.<kind>.<pid>.percent
            const QString kind = parts.value(1);
            const QString label = kind == QLatin1String("create_index") ? tr("CREATE INDEX (pid %1)")
                                  : kind == QLatin1String("vacuum")     ? tr("VACUUM (pid %1)")
                                  : kind == QLatin1String("cluster")    ? tr("CLUSTER (pid %1)")
                                  : kind == QLatin1String("copy")       ? tr("COPY (pid %1)")
                                  : kind == QLatin1String("backfill")   ? tr("Backfill (pid %1)")
                                                                        : tr("ANALYZE (pid %1)");
            const QString pid = parts.value(2);
            const QString shown = pid == QLatin1String("0") ? tr("Backfill") : label.arg(pid); // a plan's step: no pid
            lines << MonitorChart::Line{name, shown, MonitorChart::Axis::Left, palette[i++ % 4]};
        }
        return lines;
    });
    m_progress->setShowEvents(false);
    m_progress->setShowPoints(true);

    m_activity = new MonitorChart(tr("Activity"), tr("transactions/s"), this);
    m_activity->setObjectName(QStringLiteral("activityChart"));
    m_activity->setRightAxis(tr("sessions"));
    m_activity->setExtraAxis(tr("errors (%)"));
    m_activity->addLine({QLatin1String(MonitorSeries::kTps), tr("transactions/s"), MonitorChart::Axis::Left, kGreen});
    m_activity->addLine({QLatin1String(MonitorSeries::kRollbacks), tr("rollbacks/s"), MonitorChart::Axis::Left, kPurple});
    m_activity->addLine({QLatin1String(MonitorSeries::kErrorRate), tr("error rate"), MonitorChart::Axis::Extra, kRed});
    m_activity->addLine({QLatin1String(MonitorSeries::kActive), tr("active sessions"), MonitorChart::Axis::Right, kBlue, true});
    m_activity->addLine({QLatin1String(MonitorSeries::kIdleInTransaction), tr("idle in transaction"),
                         MonitorChart::Axis::Right, kOrange, true});
    m_activity->addThreshold({t.errorRateThrottlePercent, {}, kOrange, MonitorChart::Axis::Extra});
    m_activity->addThreshold({t.errorRateAbortPercent, {}, kRed, MonitorChart::Axis::Extra});
    m_activity->setEventMetric(QStringLiteral("error_rate"));
    applyThresholds();

    for (MonitorChart *chart : {m_locks, m_replication, m_progress, m_activity}) {
        chart->setCompact(compact);
        chart->setMinimumSize(compact ? QSize(220, 170) : QSize(360, 240));
        connect(chart, &MonitorChart::zoomed, this, [this] {
            if (!m_paused)
                setPaused(true);
        });
        chart->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chart, &QWidget::customContextMenuRequested, this, [this, chart](const QPoint &at) {
            QMenu menu;
            menu.addAction(tr("Export Chart as PNG…"), this, [this, chart] {
                const Chart which = chart == m_locks         ? Chart::Locks
                                    : chart == m_replication ? Chart::Replication
                                    : chart == m_progress    ? Chart::Progress
                                                             : Chart::Activity;
                exportPngInteractive(which);
            });
            menu.addAction(tr("Export Series as CSV…"), this, &MonitorView::exportCsvInteractive);
            menu.addAction(m_pauseAction);
            menu.exec(chart->mapToGlobal(at));
        });
    }

    // Toolbar: pause, window, exports (and the way to the full view from the dock).
    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pauseAction = toolBar->addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_pauseAction->setObjectName(QStringLiteral("monitorPause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Freeze the charts (sampling goes on); drag over a chart to zoom"));
    connect(m_pauseAction, &QAction::toggled, this, &MonitorView::setPaused);
    m_window->setObjectName(QStringLiteral("monitorWindow"));
    const QList<QPair<QString, int>> windows = {{tr("1 min"), 60},    {tr("5 min"), 300}, {tr("15 min"), 900},
                                                {tr("1 hour"), 3600}, {tr("6 hours"), 6 * 3600}};
    for (const auto &w : windows)
        m_window->addItem(w.first, w.second);
    m_window->setCurrentIndex(1);
    m_window->setToolTip(tr("How much time the charts show"));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_windowSeconds = m_window->currentData().toInt();
        renderNow();
    });
    toolBar->addWidget(new QLabel(tr(" Window: "), this));
    toolBar->addWidget(m_window);
    toolBar->addSeparator();
    auto *pngMenu = new QMenu(this);
    for (const auto &c : {qMakePair(tr("Lock waits"), Chart::Locks), qMakePair(tr("Replication lag"), Chart::Replication),
                          qMakePair(tr("Progress"), Chart::Progress), qMakePair(tr("Activity"), Chart::Activity)}) {
        const Chart which = c.second;
        pngMenu->addAction(c.first, this, [this, which] { exportPngInteractive(which); });
    }
    auto *png = new QToolButton(this);
    png->setText(tr("Export PNG"));
    png->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    png->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    png->setPopupMode(QToolButton::InstantPopup);
    png->setMenu(pngMenu);
    png->setToolTip(tr("Save a chart as a PNG picture"));
    toolBar->addWidget(png);
    QAction *csv = toolBar->addAction(tr("Export CSV"));
    csv->setToolTip(tr("Save every series (one column each) as CSV"));
    connect(csv, &QAction::triggered, this, &MonitorView::exportCsvInteractive);
    if (compact) {
        toolBar->addSeparator();
        QAction *full = toolBar->addAction(tr("Open Full View"));
        full->setObjectName(QStringLiteral("monitorOpenFull"));
        full->setToolTip(tr("The monitor as a tab, with the blocking tree and progress details"));
        connect(full, &QAction::triggered, this, &MonitorView::openFullViewRequested);
    }

    m_headline->setObjectName(QStringLiteral("monitorHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setMargin(4);
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    if (mode == Mode::Side) { // narrow: the headline gets the whole width
        layout->addWidget(m_headline);
        layout->addWidget(toolBar);
    } else {
        auto *top = new QHBoxLayout;
        top->addWidget(m_headline, 1);
        top->addWidget(toolBar, 0, Qt::AlignTop);
        layout->addLayout(top);
    }
    if (mode == Mode::Dock) {
        auto *row = new QHBoxLayout;
        row->setSpacing(2);
        for (MonitorChart *chart : {m_locks, m_replication, m_progress, m_activity})
            row->addWidget(chart, 1);
        layout->addLayout(row, 1);
    } else if (mode == Mode::Side || mode == Mode::Review) {
        auto *grid = new QGridLayout;
        grid->setSpacing(2);
        grid->addWidget(m_locks, 0, 0);
        grid->addWidget(m_replication, 0, 1);
        grid->addWidget(m_progress, 1, 0);
        grid->addWidget(m_activity, 1, 1);
        layout->addLayout(grid, 1);
    } else {
        m_tree = new BlockingTree(this);
        m_tree->setMinimumWidth(320);
        connect(m_tree, &BlockingTree::cancelRequested, this, [this](int pid) { requestSignal(pid, false); });
        connect(m_tree, &BlockingTree::terminateRequested, this, [this](int pid) { requestSignal(pid, true); });
        m_progressDetails = new QLabel(this);
        m_progressDetails->setObjectName(QStringLiteral("progressDetails"));
        m_progressDetails->setTextFormat(Qt::RichText);
        m_progressDetails->setWordWrap(true);
        m_progressDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *grid = new QGridLayout;
        grid->setSpacing(4);
        grid->addWidget(m_locks, 0, 0);
        grid->addWidget(m_tree, 0, 1);
        // The wide column for the charts with the longest legends.
        grid->addWidget(m_replication, 1, 0);
        grid->addWidget(m_progress, 1, 1);
        grid->addWidget(m_activity, 2, 0);
        grid->addWidget(m_progressDetails, 2, 1);
        for (int r = 0; r < 3; ++r)
            grid->setRowStretch(r, 1);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(1, 2);
        layout->addLayout(grid, 1);
    }
    layout->addWidget(m_status);

    connect(monitor, &Monitor::sampleAdded, this, &MonitorView::scheduleRender);
    connect(monitor, &Monitor::runningChanged, this, &MonitorView::scheduleRender);
    renderNow();
}

void MonitorView::setStatusText(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void MonitorView::setCaption(const QString &caption)
{
    m_caption = caption;
    m_headline->setText(caption);
}

void MonitorView::setWindowSeconds(int seconds)
{
    const int index = m_window->findData(seconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
    m_windowSeconds = seconds;
    renderNow();
}

void MonitorView::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    if (!paused)
        renderNow(); // back to the live window (drops a zoom)
}

void MonitorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    renderNow(); // hidden views skip renders
}

void MonitorView::scheduleRender()
{
    // Coalesced: however many samples arrived, one render per turn of the event
    // loop; none while hidden (e.g. the dock behind another tab).
    if (m_renderPending || !isVisible())
        return;
    m_renderPending = true;
    QTimer::singleShot(0, this, [this] {
        m_renderPending = false;
        renderNow();
    });
}

void MonitorView::renderNow()
{
    const MonitorSeries &series = m_monitor->series();
    const Sample &latest = series.latest();
    updateHeadline(latest);
    if (m_tree)
        m_tree->setSample(latest);
    if (m_progressDetails)
        updateProgressDetails(latest);
    if (m_paused)
        return;
    if (!(m_monitor->policy()->thresholds() == m_shownThresholds))
        applyThresholds();
    const qint64 last = series.lastMs() > 0 ? series.lastMs() : QDateTime::currentMSecsSinceEpoch();
    const qint64 first = series.firstMs() > 0 ? series.firstMs() : last;
    // The window scrolls with the newest sample; a young series fills at least a minute.
    const qint64 from = std::max(last - qint64(m_windowSeconds) * 1000, std::min(first, last - 60 * 1000));
    for (MonitorChart *chart : {m_locks, m_replication, m_progress, m_activity})
        chart->render(series, from, last);
    ++m_renders;
}

void MonitorView::applyThresholds()
{
    const AbortThresholds &t = m_monitor->policy()->thresholds();
    m_shownThresholds = t;
    const auto number = [](double value) { return QLocale().toString(value, 'g', 4); };
    m_locks->updateThresholds({{t.lockWaitThrottleSeconds, tr("throttle %1 s").arg(number(t.lockWaitThrottleSeconds)), {}},
                               {t.lockWaitAbortSeconds, tr("abort %1 s").arg(number(t.lockWaitAbortSeconds)), {}}});
    m_replication->updateThresholds({{t.lagThrottleSeconds, tr("throttle %1 s").arg(number(t.lagThrottleSeconds)), {}},
                                     {t.lagAbortSeconds, tr("abort %1 s").arg(number(t.lagAbortSeconds)), {}}});
    m_activity->updateThresholds(
        {{t.errorRateThrottlePercent, tr("throttle %1 % errors").arg(number(t.errorRateThrottlePercent)), {}},
         {t.errorRateAbortPercent, tr("abort %1 % errors").arg(number(t.errorRateAbortPercent)), {}}});
}

MonitorChart *MonitorView::chart(Chart which) const
{
    switch (which) {
    case Chart::Locks:
        return m_locks;
    case Chart::Replication:
        return m_replication;
    case Chart::Progress:
        return m_progress;
    case Chart::Activity:
        return m_activity;
    }
    return nullptr;
}

QString MonitorView::headline() const
{
    return m_headline->text();
}

void MonitorView::updateHeadline(const Sample &s)
{
    m_headline->setText(m_mode == Mode::Review ? m_caption : monitorHeadline(s, *m_monitor));
}

void MonitorView::updateProgressDetails(const Sample &s)
{
    m_progressDetails->setText(progressDetails(s));
}

void MonitorView::requestSignal(int pid, bool terminate)
{
    const QString verb = terminate ? tr("terminate") : tr("cancel");
    const QString what = terminate ? tr("Terminate session %1? Its transaction is rolled back and the client "
                                        "is disconnected.").arg(pid)
                                   : tr("Cancel the statement session %1 is running?").arg(pid);
    const bool production = m_controller && m_controller->isProduction();
    if (production) {
        const QString database = m_controller->databaseName();
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, terminate ? tr("Terminate on production") : tr("Cancel on production"),
            tr("%1\n\nThis is a PRODUCTION connection. Type the database name \"%2\" to %3 backend %4:")
                .arg(what, database, verb)
                .arg(pid),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (typed != database) {
            QMessageBox::warning(this, tr("Refused"),
                                 tr("The name typed does not match \"%1\"; backend %2 was left alone.").arg(database).arg(pid));
            emit warning(tr("Refused to %1 backend %2 on production: the database name was not confirmed.").arg(verb).arg(pid));
            return;
        }
    } else if (QMessageBox::question(this, terminate ? tr("Terminate Session") : tr("Cancel Query"), what,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes) {
        return;
    }
    auto future = terminate ? m_monitor->terminateBackend(pid) : m_monitor->cancelBackend(pid);
    onFinished(this, future, [this, pid, verb](const DbResult<bool> &result) {
        if (!result.ok())
            emit warning(tr("Could not %1 backend %2: %3").arg(verb).arg(pid).arg(result.error.toText()));
        else if (!result.value)
            emit warning(tr("The server did not %1 backend %2 (it may have ended already).").arg(verb).arg(pid));
        else
            emit info(tr("Asked the server to %1 backend %2.").arg(verb).arg(pid));
    });
}

bool MonitorView::exportChartPng(Chart which, const QString &path) const
{
    return chart(which)->grab().save(path, "PNG");
}

bool MonitorView::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_monitor->series().toCsv()) < 0) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void MonitorView::exportPngInteractive(Chart which)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), chart(which)->title() + QStringLiteral(".png"),
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (exportChartPng(which, path))
        emit info(tr("Chart saved to %1.").arg(path));
    else
        emit warning(tr("Could not save the chart to %1.").arg(path));
}

void MonitorView::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Series"), QStringLiteral("monitor.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        emit info(tr("Monitor series saved to %1.").arg(path));
    else
        emit warning(tr("Could not save the series to %1: %2").arg(path, error));
}

} // namespace slipway
