#pragma once

#include "planslides.h"

#include <QPointer>
#include <QWidget>

class QTextDocument;

namespace slipway {

class Monitor;
class PresentationCharts;

// Presentation mode: a plan for stakeholders, one slide per screen, full
// screen, type scaled to the window (shrunk only as far as a slide's text
// needs). A title slide, a slide per step, a closing slide; the live charts
// under the slide while a run is in progress. Keys: Right/Space/PageDown
// next, Left/PageUp/Backspace previous, Home/End, F full screen, Esc leaves.
class PresentationView : public QWidget {
    Q_OBJECT

public:
    explicit PresentationView(const plan::MigrationPlan &plan, QWidget *parent = nullptr);
    ~PresentationView() override;

    // The monitor whose charts show while a run is in progress.
    void setMonitor(Monitor *monitor);
    void setRunInProgress(bool running);
    bool chartsShown() const;

    int slideCount() const { return int(m_slides.size()); }
    int currentSlide() const { return m_current; }
    const Slide &slide(int index) const { return m_slides.at(index); }
    QString counterText() const; // "3 / 9"
    // The fitted body font size in pixels for the current slide and window.
    int bodyPixelSize();

public slots:
    void setCurrentSlide(int index);
    void next();
    void previous();
    void toggleFullScreen();
    void start(); // full screen, first slide

signals:
    void currentSlideChanged(int index);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Geometry {
        QRect header, body, charts, footer;
        int base = 16; // pixels
    };
    Geometry slideLayout() const;
    // The slide's body laid out for `width`, at the largest size up to `base`
    // that fits `height`.
    void layoutBody(int width, int height, int base);
    void updateCharts();

    plan::MigrationPlan m_plan;
    QList<Slide> m_slides;
    int m_current = 0;
    std::unique_ptr<QTextDocument> m_body;
    int m_bodyPixels = 0;
    QSize m_laidOutFor;
    int m_laidOutSlide = -1;
    QPointer<Monitor> m_monitor;
    PresentationCharts *m_charts = nullptr;
    bool m_running = false;
};

} // namespace slipway
