#include "severitystyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace slipway {

namespace {

QColor lightColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning: return QColor(0xd9, 0x7b, 0x00);
    case Severity::Hint: return QColor(0x1e, 0x78, 0xd2);
    }
    return {};
}

QColor darkColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xf2, 0x6b, 0x6b);
    case Severity::Warning: return QColor(0xff, 0xb3, 0x4d);
    case Severity::Hint: return QColor(0x6c, 0xb4, 0xff);
    }
    return {};
}

QPixmap drawIcon(Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = lightColor(severity);
    const qreal s = size;
    QPen glyph(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap);
    switch (severity) {
    case Severity::Error: {
        p.setPen(QPen(fill.darker(130), 1));
        p.setBrush(fill);
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        p.setPen(glyph);
        const qreal a = s * 0.32, b = s * 0.68;
        p.drawLine(QPointF(a, a), QPointF(b, b));
        p.drawLine(QPointF(a, b), QPointF(b, a));
        break;
    }
    case Severity::Warning: {
        QPainterPath triangle;
        triangle.moveTo(s / 2, 0.5);
        triangle.lineTo(s - 0.5, s - 1);
        triangle.lineTo(0.5, s - 1);
        triangle.closeSubpath();
        p.setPen(QPen(fill.darker(130), 1));
        p.setBrush(fill);
        p.drawPath(triangle);
        glyph.setColor(QColor(0x20, 0x20, 0x20));
        p.setPen(glyph);
        p.drawLine(QPointF(s / 2, s * 0.34), QPointF(s / 2, s * 0.62));
        p.drawPoint(QPointF(s / 2, s * 0.80));
        break;
    }
    case Severity::Hint: {
        p.setPen(QPen(fill.darker(130), 1));
        p.setBrush(fill);
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        p.setPen(glyph);
        p.drawPoint(QPointF(s / 2, s * 0.28));
        p.drawLine(QPointF(s / 2, s * 0.45), QPointF(s / 2, s * 0.74));
        break;
    }
    }
    return pixmap;
}

QPixmap drawBulb(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(QPen(QColor(0x9a, 0x6b, 0x00), 1));
    p.setBrush(QColor(0xff, 0xd5, 0x4f));
    p.drawEllipse(QRectF(s * 0.18, 0.5, s * 0.64, s * 0.64));
    p.setBrush(QColor(0x80, 0x80, 0x80));
    p.setPen(Qt::NoPen);
    p.drawRect(QRectF(s * 0.36, s * 0.66, s * 0.28, s * 0.26));
    return pixmap;
}

QIcon makeIcon(const std::function<QPixmap(int)> &draw)
{
    QIcon icon;
    for (int size : {12, 14, 16, 24, 32})
        icon.addPixmap(draw(size));
    return icon;
}

} // namespace

bool SeverityStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor SeverityStyle::color(Severity severity, const QPalette &palette)
{
    return isDark(palette) ? darkColor(severity) : lightColor(severity);
}

QIcon SeverityStyle::icon(Severity severity)
{
    static const QIcon icons[] = {
        makeIcon([](int size) { return drawIcon(Severity::Hint, size); }),
        makeIcon([](int size) { return drawIcon(Severity::Warning, size); }),
        makeIcon([](int size) { return drawIcon(Severity::Error, size); }),
    };
    return icons[int(severity)];
}

QIcon SeverityStyle::fixIcon()
{
    static const QIcon icon = makeIcon(drawBulb);
    return icon;
}

QString SeverityStyle::label(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Hint: return tr("Hint");
    }
    return {};
}

} // namespace slipway
