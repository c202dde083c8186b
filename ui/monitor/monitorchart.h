#pragma once

#include "monitor/monitorseries.h"

#include <QChartView>
#include <QColor>
#include <QHash>

#include <functional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace slipway {

// One live chart of the monitor: lines read from a MonitorSeries over a time
// window, a left and an optional right value axis, threshold lines, and
// throttle/resume/abort events as vertical markers. render() is the only
// thing that touches the chart's data, once per sample.
class MonitorChart : public QChartView {
    Q_OBJECT

public:
    enum class Axis { Left, Right, Extra }; // Extra: a second axis on the right
    struct Line {
        QString series; // name in MonitorSeries
        QString label;  // legend text
        Axis axis = Axis::Left;
        QColor color;
        bool dashed = false;
        bool inLegend = true; // false: drawn, but explained by another line's legend text
    };
    struct Threshold {
        double value = 0;
        QString label;
        QColor color;
        Axis axis = Axis::Left;
    };

    MonitorChart(const QString &title, const QString &leftTitle, QWidget *parent = nullptr);

    void addLine(const Line &line);
    // Lines that come and go with the data (per replica, per operation).
    void setDynamicLines(std::function<QList<Line>(const MonitorSeries &)> lines);
    void setRightAxis(const QString &title, bool bytes = false);
    // A second value axis on the right (outside the first), for a third unit.
    void setExtraAxis(const QString &title);
    void addThreshold(const Threshold &threshold);
    // New values and labels for the thresholds added, in the same order.
    void updateThresholds(const QList<Threshold> &thresholds);
    void setFixedLeftRange(double min, double max);
    void setShowEvents(bool show) { m_showEvents = show; } // the policy's; the user's always show
    // Only the throttle/abort events caused by this metric ("lock_wait",
    // "replication_lag"), plus resumes; empty shows them all.
    void setEventMetric(const QString &metric) { m_eventMetric = metric; }
    // Dots on every point, so that a short operation (one or two samples) shows.
    void setShowPoints(bool show) { m_showPoints = show; }
    void setCompact(bool compact);

    void render(const MonitorSeries &series, qint64 fromMs, qint64 toMs);

    // For tests and export.
    QString title() const;
    QLineSeries *lineSeries(const QString &seriesName) const;
    QList<QLineSeries *> thresholdSeries() const { return m_thresholdSeries; }
    int eventMarkerCount() const { return m_visibleEvents; }
    QValueAxis *leftAxis() const { return m_left; }
    QValueAxis *rightAxis() const { return m_right; }
    QValueAxis *extraAxis() const { return m_extra; }
    QDateTimeAxis *timeAxis() const { return m_time; }

signals:
    // The user zoomed with the rubber band (the view pauses).
    void zoomed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLineSeries *ensureLine(const Line &line);
    QValueAxis *axis(Axis which) const;
    Axis effective(Axis which) const;
    QLineSeries *eventMarker(int index);
    void fitLegend(); // under the plot, or beside it when the entries would not fit in a row
    void fitAxes();   // the extra axis only where there is room for its labels
    static constexpr int kExtraAxisMinWidth = 260;

    QChart *m_chart;
    QDateTimeAxis *m_time;
    QValueAxis *m_left;
    QValueAxis *m_right = nullptr;
    QValueAxis *m_extra = nullptr;
    bool m_rightBytes = false;
    QString m_rightTitle;
    QList<Line> m_lines;
    std::function<QList<Line>(const MonitorSeries &)> m_dynamic;
    QHash<QString, QLineSeries *> m_series; // by MonitorSeries name
    QHash<QString, Axis> m_axisOf;
    QList<Threshold> m_thresholds;
    QList<QLineSeries *> m_thresholdSeries;
    QList<QLineSeries *> m_eventSeries; // a pool, reused render to render
    int m_visibleEvents = 0;
    bool m_showEvents = true;
    QString m_eventMetric;
    bool m_showPoints = false;
    bool m_fixedLeft = false;
    double m_leftMin = 0;
    double m_leftMax = 1;
    bool m_rendering = false;
};

} // namespace slipway
