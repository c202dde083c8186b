#include "monitorchart.h"

#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace slipway {

namespace {

// A "nice" axis maximum above value: 1, 2, 5 x 10^n.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QColor eventColor(PolicyDecision::Action action)
{
    switch (action) {
    case PolicyDecision::Action::Throttle:
        return QColor(0xe6, 0x8a, 0x00);
    case PolicyDecision::Action::Resume:
        return QColor(0x2e, 0x9d, 0x4a);
    case PolicyDecision::Action::Abort:
        return QColor(0xd0, 0x21, 0x21);
    }
    return Qt::gray;
}

QString eventName(const PolicyDecision &event)
{
    if (!event.byUser)
        return PolicyDecision::actionName(event.action);
    switch (event.action) {
    case PolicyDecision::Action::Throttle:
        return MonitorChart::tr("paused by you");
    case PolicyDecision::Action::Resume:
        return MonitorChart::tr("resumed by you");
    case PolicyDecision::Action::Abort:
        return MonitorChart::tr("aborted by you");
    }
    return {};
}

} // namespace

MonitorChart::MonitorChart(const QString &title, const QString &leftTitle, QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_time(new QDateTimeAxis)
    , m_left(new QValueAxis)
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(5);
    m_time->setTitleText(tr("time"));
    m_left->setTitleText(leftTitle);
    m_left->setLabelFormat(QStringLiteral("%g"));
    m_left->setRange(0, 1);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_left, Qt::AlignLeft);
    connect(m_time, &QDateTimeAxis::rangeChanged, this, [this] {
        if (!m_rendering)
            emit zoomed();
    });
}

QString MonitorChart::title() const
{
    return m_chart->title();
}

void MonitorChart::setCompact(bool compact)
{
    QFont font = m_chart->titleFont();
    font.setPointSizeF(compact ? 8.5 : 10);
    font.setBold(true);
    m_chart->setTitleFont(font);
    QFont small = font;
    small.setBold(false);
    small.setPointSizeF(compact ? 7.5 : 8.5);
    m_chart->legend()->setFont(small);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
    m_time->setTitleVisible(!compact);
    m_chart->legend()->setVisible(!compact); // the dock is small: the full view has the legends
    m_time->setTickCount(compact ? 3 : 5);
}

void MonitorChart::addLine(const Line &line)
{
    m_lines << line;
    ensureLine(line);
}

void MonitorChart::setDynamicLines(std::function<QList<Line>(const MonitorSeries &)> lines)
{
    m_dynamic = std::move(lines);
}

void MonitorChart::setRightAxis(const QString &title, bool bytes)
{
    if (!m_right) {
        m_right = new QValueAxis;
        m_right->setRange(0, 1);
        m_right->setLabelFormat(QStringLiteral("%g"));
        m_chart->addAxis(m_right, Qt::AlignRight);
    }
    m_rightTitle = title;
    m_rightBytes = bytes;
    m_right->setTitleText(title);
}

void MonitorChart::setExtraAxis(const QString &title)
{
    if (!m_extra) {
        m_extra = new QValueAxis;
        m_extra->setRange(0, 1);
        m_extra->setLabelFormat(QStringLiteral("%g"));
        m_chart->addAxis(m_extra, Qt::AlignRight);
    }
    m_extra->setTitleText(title);
    fitAxes();
}

MonitorChart::Axis MonitorChart::effective(Axis which) const
{
    if (which == Axis::Right && m_right)
        return Axis::Right;
    if (which == Axis::Extra && m_extra)
        return Axis::Extra;
    return Axis::Left;
}

QValueAxis *MonitorChart::axis(Axis which) const
{
    switch (effective(which)) {
    case Axis::Right: return m_right;
    case Axis::Extra: return m_extra;
    case Axis::Left: break;
    }
    return m_left;
}

void MonitorChart::setFixedLeftRange(double min, double max)
{
    m_fixedLeft = true;
    m_leftMin = min;
    m_leftMax = max;
    m_left->setRange(min, max);
}

void MonitorChart::addThreshold(const Threshold &threshold)
{
    m_thresholds << threshold;
    auto *series = new QLineSeries(m_chart);
    series->setName(threshold.label);
    series->setObjectName(QStringLiteral("threshold"));
    QPen pen(threshold.color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    series->setPen(pen);
    m_chart->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(axis(threshold.axis));
    m_thresholdSeries << series;
}

void MonitorChart::updateThresholds(const QList<Threshold> &thresholds)
{
    for (int i = 0; i < thresholds.size() && i < m_thresholds.size(); ++i) {
        m_thresholds[i].value = thresholds[i].value;
        m_thresholds[i].label = thresholds[i].label;
        m_thresholdSeries[i]->setName(thresholds[i].label);
    }
}

QLineSeries *MonitorChart::ensureLine(const Line &line)
{
    if (QLineSeries *existing = m_series.value(line.series))
        return existing;
    auto *series = new QLineSeries(m_chart);
    series->setName(line.label);
    series->setObjectName(line.series);
    if (line.color.isValid()) {
        QPen pen(line.color);
        pen.setWidthF(line.dashed ? 1.5 : 2);
        if (line.dashed)
            pen.setStyle(Qt::DotLine);
        series->setPen(pen);
    }
    series->setPointsVisible(m_showPoints);
    m_chart->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(axis(line.axis));
    if (!line.inLegend) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }
    m_series.insert(line.series, series);
    m_axisOf.insert(line.series, effective(line.axis));
    return series;
}

QLineSeries *MonitorChart::eventMarker(int index)
{
    while (m_eventSeries.size() <= index) {
        auto *series = new QLineSeries(m_chart);
        series->setObjectName(QStringLiteral("event"));
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_left);
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
        m_eventSeries << series;
    }
    return m_eventSeries[index];
}

QLineSeries *MonitorChart::lineSeries(const QString &seriesName) const
{
    return m_series.value(seriesName);
}

void MonitorChart::render(const MonitorSeries &data, qint64 fromMs, qint64 toMs)
{
    m_rendering = true;
    if (m_dynamic) {
        for (const Line &line : m_dynamic(data))
            ensureLine(line);
    }
    double leftMax = 0;
    double rightMax = 0;
    double extraMax = 0;
    // Bytes on the right axis are shown in a unit that fits the largest value.
    double rightMaxRaw = 0;
    if (m_right && m_rightBytes) {
        for (auto it = m_series.constBegin(); it != m_series.constEnd(); ++it) {
            if (m_axisOf.value(it.key()) == Axis::Right) {
                if (const TimeSeries *ts = data.series(it.key()))
                    rightMaxRaw = std::max(rightMaxRaw, ts->maxIn(fromMs, toMs));
            }
        }
    }
    double divisor = 1;
    QString unit = QStringLiteral("B");
    if (m_rightBytes) {
        const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
        for (const char *u : units) {
            if (rightMaxRaw < divisor * 1024 * 2)
                break;
            divisor *= 1024;
            unit = QLatin1String(u);
        }
        m_right->setTitleText(QStringLiteral("%1 (%2)").arg(m_rightTitle, unit));
    }
    const auto maxOf = [&](Axis which) -> double & {
        return which == Axis::Right ? rightMax : which == Axis::Extra ? extraMax : leftMax;
    };
    for (auto it = m_series.constBegin(); it != m_series.constEnd(); ++it) {
        const Axis which = m_axisOf.value(it.key());
        const double scale = which == Axis::Right ? divisor : 1;
        double &axisMax = maxOf(which);
        QList<QPointF> points;
        if (const TimeSeries *ts = data.series(it.key())) {
            const QList<SeriesPoint> range = ts->range(fromMs, toMs);
            points.reserve(range.size());
            for (const SeriesPoint &p : range) {
                points << QPointF(double(p.ms), p.value / scale);
                axisMax = std::max(axisMax, p.value / scale);
            }
        }
        it.value()->replace(points);
    }
    for (int i = 0; i < m_thresholds.size(); ++i) {
        const double v = m_thresholds[i].value;
        double &axisMax = maxOf(effective(m_thresholds[i].axis));
        axisMax = std::max(axisMax, v);
        m_thresholdSeries[i]->replace({QPointF(double(fromMs), v), QPointF(double(toMs), v)});
    }
    const double top = m_fixedLeft ? m_leftMax : niceCeiling(std::max(leftMax * 1.1, 1.0));
    m_left->setRange(m_fixedLeft ? m_leftMin : 0, top);
    if (m_right)
        m_right->setRange(0, niceCeiling(std::max(rightMax * 1.1, 1.0)));
    if (m_extra)
        m_extra->setRange(0, niceCeiling(std::max(extraMax * 1.1, 1.0)));

    m_visibleEvents = 0;
    QSet<int> shownKinds;
    {
        for (const PolicyDecision &event : data.events()) {
            const qint64 ms = event.at.toMSecsSinceEpoch();
            if (ms < fromMs || ms > toMs || (!m_showEvents && !event.byUser))
                continue;
            if (!m_eventMetric.isEmpty() && !event.byUser && event.action != PolicyDecision::Action::Resume
                && event.metric != m_eventMetric)
                continue; // caused by the other chart's metric
            QLineSeries *marker = eventMarker(m_visibleEvents++);
            QPen pen(eventColor(event.action));
            pen.setWidthF(event.byUser ? 2 : 2.5);
            if (event.byUser)
                pen.setStyle(Qt::DashDotLine);
            marker->setPen(pen);
            marker->setName(eventName(event));
            marker->replace({QPointF(double(ms), m_fixedLeft ? m_leftMin : 0), QPointF(double(ms), top)});
            marker->setVisible(true);
            // One legend entry per kind of event (series visibility resets it).
            const int kind = int(event.action) + (event.byUser ? 100 : 0);
            const bool firstOfKind = !shownKinds.contains(kind);
            shownKinds.insert(kind);
            for (QLegendMarker *legend : m_chart->legend()->markers(marker))
                legend->setVisible(firstOfKind);
        }
    }
    for (int i = m_visibleEvents; i < m_eventSeries.size(); ++i) {
        m_eventSeries[i]->clear();
        m_eventSeries[i]->setVisible(false);
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    fitLegend();
    m_rendering = false;
}

void MonitorChart::fitLegend()
{
    QLegend *legend = m_chart->legend();
    if (!legend->isVisible())
        return;
    // Entries in a row under the plot get elided once they are wider than the
    // chart: then a column beside the plot, unless the chart is too narrow to
    // spare one.
    const QFontMetrics metrics(legend->font());
    int rowWidth = 0;
    int columnWidth = 0;
    for (const QLegendMarker *marker : legend->markers()) {
        if (!marker->isVisible())
            continue;
        const int entry = metrics.horizontalAdvance(marker->label()) + 3 * metrics.height();
        rowWidth += entry;
        columnWidth = std::max(columnWidth, entry);
    }
    const bool column = rowWidth > width() - 40 && width() - columnWidth >= 450;
    const Qt::Alignment wanted = column ? Qt::AlignRight : Qt::AlignBottom;
    if (legend->alignment() != wanted)
        legend->setAlignment(wanted);
}

void MonitorChart::fitAxes()
{
    // A third axis squeezes the plot of a narrow chart until every label is
    // elided to "...": there its lines go on against the thresholds drawn on
    // them, the axis itself stays hidden (the wider views show it).
    if (m_extra)
        m_extra->setVisible(width() >= kExtraAxisMinWidth);
}

void MonitorChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitLegend();
    fitAxes();
}

} // namespace slipway
