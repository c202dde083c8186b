#include "riskstyle.h"

#include <QApplication>
#include <QStyle>

namespace slipway {

using plan::RiskClass;

QIcon RiskStyle::icon(RiskClass risk)
{
    QStyle *style = QApplication::style();
    switch (risk) {
    case RiskClass::Low:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RiskClass::Medium:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case RiskClass::High:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RiskClass::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QColor RiskStyle::color(RiskClass risk)
{
    switch (risk) {
    case RiskClass::Low:
        return QColor(0x1e, 0x7b, 0x34);
    case RiskClass::Medium:
        return QColor(0x1f, 0x5f, 0xa8);
    case RiskClass::High:
        return QColor(0xb3, 0x5c, 0x00);
    case RiskClass::Critical:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return {};
}

QColor RiskStyle::background(RiskClass risk)
{
    switch (risk) {
    case RiskClass::Low:
        return QColor(0xe3, 0xf4, 0xe6);
    case RiskClass::Medium:
        return QColor(0xe4, 0xee, 0xfa);
    case RiskClass::High:
        return QColor(0xfd, 0xef, 0xdc);
    case RiskClass::Critical:
        return QColor(0xfb, 0xe3, 0xe3);
    }
    return {};
}

QString RiskStyle::text(RiskClass risk)
{
    switch (risk) {
    case RiskClass::Low:
        return tr("Low risk");
    case RiskClass::Medium:
        return tr("Medium risk");
    case RiskClass::High:
        return tr("High risk");
    case RiskClass::Critical:
        return tr("Critical risk");
    }
    return {};
}

QString RiskStyle::symbol(RiskClass risk)
{
    switch (risk) {
    case RiskClass::Low:
        return QStringLiteral("\u2714");  // ✔
    case RiskClass::Medium:
        return QStringLiteral("\u25CF");  // ●
    case RiskClass::High:
        return QStringLiteral("\u25B2");  // ▲
    case RiskClass::Critical:
        return QStringLiteral("\u2716");  // ✖
    }
    return {};
}

} // namespace slipway
