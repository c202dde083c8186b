#include "presentationview.h"

#include "presentationcharts.h"
#include "riskstyle.h"
#include "slidehtml.h"

#include "monitor/monitor.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextDocument>

namespace slipway {

namespace {
const QColor kHeaderBack(0x1d, 0x27, 0x33);
const QColor kPage(0xfb, 0xfb, 0xfa);
const QColor kMuted(0x4a, 0x55, 0x63);
} // namespace

PresentationView::PresentationView(const plan::MigrationPlan &plan, QWidget *parent)
    : QWidget(parent, Qt::Window), m_plan(plan), m_slides(PlanSlides::build(plan)),
      m_body(std::make_unique<QTextDocument>())
{
    setObjectName(QStringLiteral("presentationView"));
    setWindowTitle(tr("Presenting: %1").arg(plan.title));
    setAccessibleName(tr("Presentation of %1").arg(plan.title));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    resize(1024, 768);
    setCurrentSlide(0);
}

PresentationView::~PresentationView() = default;

void PresentationView::setMonitor(Monitor *monitor)
{
    m_monitor = monitor;
    delete m_charts;
    m_charts = monitor ? new PresentationCharts(monitor, this) : nullptr;
    updateCharts();
}

void PresentationView::setRunInProgress(bool running)
{
    m_running = running;
    updateCharts();
}

bool PresentationView::chartsShown() const
{
    return m_charts && m_running && m_monitor;
}

QString PresentationView::counterText() const
{
    return tr("%1 / %2").arg(m_current + 1).arg(m_slides.size());
}

void PresentationView::setCurrentSlide(int index)
{
    index = qBound(0, index, int(m_slides.size()) - 1);
    const bool changed = index != m_current;
    m_current = index;
    m_laidOutSlide = -1;
    setAccessibleDescription(tr("Slide %1. %2").arg(counterText(), m_slides.at(index).plainText()));
    update();
    if (changed)
        emit currentSlideChanged(index);
}

void PresentationView::next()
{
    setCurrentSlide(m_current + 1);
}

void PresentationView::previous()
{
    setCurrentSlide(m_current - 1);
}

void PresentationView::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void PresentationView::start()
{
    setCurrentSlide(0);
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        setCurrentSlide(0);
        break;
    case Qt::Key_End:
        setCurrentSlide(int(m_slides.size()) - 1);
        break;
    case Qt::Key_F:
        toggleFullScreen();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

PresentationView::Geometry PresentationView::slideLayout() const
{
    Geometry g;
    const QRect all = rect();
    // Type follows the smaller of height and width (a 4:3 projector and a 16:9 screen alike).
    g.base = qMax(14, qMin(all.height() / 28, all.width() / 40));
    const int margin = qMax(16, all.width() / 30);
    const int headerHeight = g.base * 2;
    const int footerHeight = g.base * 3 / 2;
    g.header = QRect(0, 0, all.width(), headerHeight);
    g.footer = QRect(margin, all.height() - footerHeight, all.width() - 2 * margin, footerHeight);
    QRect body(margin, headerHeight + g.base / 2, all.width() - 2 * margin,
               all.height() - headerHeight - footerHeight - g.base);
    if (chartsShown()) {
        const int chartsHeight = body.height() * 36 / 100;
        g.charts = QRect(body.left(), body.bottom() - chartsHeight, body.width(), chartsHeight);
        body.setBottom(g.charts.top() - g.base / 3);
    }
    g.body = body;
    return g;
}

void PresentationView::layoutBody(int width, int height, int base)
{
    const Slide &slide = m_slides.at(m_current);
    const int smallest = qMax(11, base / 2);
    for (int px = base; px >= smallest; px -= qMax(1, px / 12)) {
        m_body->setDocumentMargin(0);
        QFont font = this->font();
        font.setPixelSize(px);
        m_body->setDefaultFont(font);
        m_body->setHtml(slideHtml(slide, px));
        m_body->setTextWidth(width);
        m_bodyPixels = px;
        if (m_body->size().height() <= height)
            break;
    }
    m_laidOutFor = QSize(width, height);
    m_laidOutSlide = m_current;
}

int PresentationView::bodyPixelSize()
{
    const Geometry g = slideLayout();
    if (m_laidOutSlide != m_current || m_laidOutFor != g.body.size())
        layoutBody(g.body.width(), g.body.height(), g.base);
    return m_bodyPixels;
}

void PresentationView::paintEvent(QPaintEvent *)
{
    const Geometry g = slideLayout();
    bodyPixelSize();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), kPage);

    // Header: the plan on the left, the slide's risk (word and symbol, not colour alone) on the right.
    const Slide &slide = m_slides.at(m_current);
    p.fillRect(g.header, kHeaderBack);
    QFont headerFont = font();
    headerFont.setPixelSize(g.base * 7 / 10);
    p.setFont(headerFont);
    p.setPen(Qt::white);
    const int pad = qMax(16, width() / 30);
    const QRect headerText = g.header.adjusted(pad, 0, -pad, 0);
    QString risk;
    if (slide.hasRisk) {
        risk = RiskStyle::symbol(slide.risk) + u' ' + RiskStyle::text(slide.risk);
        const int riskWidth = p.fontMetrics().horizontalAdvance(risk) + g.base;
        const QRect badge(headerText.right() - riskWidth, g.header.top() + g.base / 4, riskWidth,
                          g.header.height() - g.base / 2);
        p.setBrush(RiskStyle::background(slide.risk));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(badge, g.base / 4, g.base / 4);
        p.setPen(RiskStyle::color(slide.risk).darker(130));
        p.drawText(badge, Qt::AlignCenter, risk);
        p.setPen(Qt::white);
    }
    const int riskRoom = risk.isEmpty() ? 0 : p.fontMetrics().horizontalAdvance(risk) + g.base * 2;
    p.drawText(headerText.adjusted(0, 0, -riskRoom, 0), Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(m_plan.title, Qt::ElideRight, headerText.width() - riskRoom));

    // Body.
    p.save();
    p.translate(g.body.topLeft());
    m_body->drawContents(&p, QRect(QPoint(0, 0), g.body.size()));
    p.restore();

    // Footer: keys on the left, the counter on the right.
    QFont footerFont = font();
    footerFont.setPixelSize(qMax(12, g.base * 6 / 10));
    p.setFont(footerFont);
    p.setPen(kMuted);
    p.drawLine(g.footer.topLeft(), g.footer.topRight());
    p.drawText(g.footer, Qt::AlignVCenter | Qt::AlignLeft,
               tr("→ / Space next · ← back · Home / End · F full screen · Esc leave"));
    QFont counterFont = footerFont;
    counterFont.setBold(true);
    p.setFont(counterFont);
    p.setPen(QColor(0x1b, 0x1f, 0x24));
    p.drawText(g.footer, Qt::AlignVCenter | Qt::AlignRight, counterText());
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_laidOutSlide = -1;
    updateCharts();
}

void PresentationView::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closed();
}

void PresentationView::updateCharts()
{
    if (!m_charts)
        return;
    const bool show = chartsShown();
    m_charts->setVisible(show);
    if (show) {
        const Geometry g = slideLayout();
        m_charts->setGeometry(g.charts);
        m_charts->setFontPixelSize(qMax(12, g.base * 7 / 10));
        m_charts->render();
    }
    m_laidOutSlide = -1;
    update();
}

} // namespace slipway
