#include "presentationcharts.h"

#include "monitor/monitor.h"
#include "monitor/monitorchart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLegend>

namespace slipway {

namespace {
const QColor kRed(0xd0, 0x21, 0x21);
const QColor kBlue(0x1f, 0x6f, 0xc5);
const QColor kPurple(0x7b, 0x3f, 0xb5);
constexpr qint64 kWindowMs = 3 * 60 * 1000;
} // namespace

PresentationCharts::PresentationCharts(Monitor *monitor, QWidget *parent) : QWidget(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("presentationCharts"));
    setAccessibleName(tr("Live charts of the running migration"));
    m_locks = new MonitorChart(tr("Users waiting on locks"), tr("longest wait (s)"), this);
    m_locks->setObjectName(QStringLiteral("presentationLocks"));
    m_locks->setRightAxis(tr("sessions"));
    m_locks->addLine({QLatin1String(MonitorSeries::kLongestLockWait), tr("longest wait"), MonitorChart::Axis::Left, kRed});
    m_locks->addLine({QLatin1String(MonitorSeries::kLockWaiting), tr("sessions waiting"), MonitorChart::Axis::Right,
                      kBlue, true});
    m_locks->setEventMetric(QStringLiteral("lock_wait"));
    m_replication = new MonitorChart(tr("Replicas behind"), tr("lag (s)"), this);
    m_replication->setObjectName(QStringLiteral("presentationReplication"));
    m_replication->setDynamicLines([](const MonitorSeries &series) {
        QList<MonitorChart::Line> lines;
        for (const QString &name : series.names(QStringLiteral("replica."))) {
            if (name.startsWith(QLatin1String("replica.")) && name.endsWith(QLatin1String(".lag_s")))
                lines << MonitorChart::Line{name, name.mid(8, name.size() - 14), MonitorChart::Axis::Left,
                                            kPurple};
        }
        if (lines.isEmpty())
            lines << MonitorChart::Line{QLatin1String(MonitorSeries::kStandbyDelay), tr("standby delay"),
                                        MonitorChart::Axis::Left, kPurple};
        return lines;
    });
    m_replication->setEventMetric(QStringLiteral("replication_lag"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_locks);
    layout->addWidget(m_replication);
    connect(monitor, &Monitor::sampleAdded, this, [this] {
        if (isVisible())
            render();
    });
}

void PresentationCharts::setFontPixelSize(int pixels)
{
    for (MonitorChart *view : {m_locks, m_replication}) {
        QChart *chart = view->chart();
        QFont title = chart->titleFont();
        title.setPixelSize(pixels);
        title.setBold(true);
        chart->setTitleFont(title);
        QFont small = title;
        small.setBold(false);
        small.setPixelSize(qMax(10, pixels * 3 / 4));
        chart->legend()->setFont(small);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(small);
            axis->setTitleFont(small);
        }
    }
}

void PresentationCharts::render()
{
    const MonitorSeries &series = m_monitor->series();
    const qint64 last = series.lastMs() > 0 ? series.lastMs() : QDateTime::currentMSecsSinceEpoch();
    const qint64 first = series.firstMs() > 0 ? series.firstMs() : last;
    const qint64 from = std::max(last - kWindowMs, std::min(first, last - 60 * 1000));
    m_locks->render(series, from, last);
    m_replication->render(series, from, last);
}

} // namespace slipway
