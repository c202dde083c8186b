#include "slidehtml.h"

#include "riskstyle.h"

namespace slipway {

namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString card(const Slide::Section &section, int base)
{
    const QString body = section.code
                             ? QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono',monospace; font-size:%1px\">%2</span>")
                                   .arg(base * 85 / 100)
                                   .arg(paragraphs(section.text))
                             : paragraphs(section.text);
    return QStringLiteral("<p style='margin:0; color:#3b5b85; font-size:%1px; font-weight:bold'>%2</p>"
                          "<p style='margin:0'>%3</p>")
        .arg(base * 80 / 100)
        .arg(section.caption.toHtmlEscaped().toUpper(), body);
}

QString riskLine(const Slide &slide, int base)
{
    const QColor color = RiskStyle::color(slide.risk);
    return QStringLiteral("<p style='margin:0'><span style='color:%1; font-size:%2px; font-weight:bold'>%3 %4</span></p>")
        .arg(color.name())
        .arg(slide.kind == Slide::Kind::Title ? base * 3 / 2 : base * 11 / 10)
        .arg(RiskStyle::symbol(slide.risk), RiskStyle::text(slide.risk).toHtmlEscaped());
}

} // namespace

QString slideHtml(const Slide &slide, int base)
{
    const bool title = slide.kind == Slide::Kind::Title;
    const int headingPx = title ? base * 2 : base * 3 / 2;
    QString html = QStringLiteral("<html><body style='color:#1b1f24; font-size:%1px'>").arg(base);
    html += QStringLiteral("<p style='margin:0 0 %1px 0; font-size:%2px; font-weight:bold'>%3</p>")
                .arg(base / 4)
                .arg(headingPx)
                .arg(slide.heading.toHtmlEscaped());
    if (!slide.subheading.isEmpty())
        html += QStringLiteral("<p style='margin:0 0 %1px 0; color:#4a5563'>%2</p>")
                    .arg(base / 2)
                    .arg(slide.subheading.toHtmlEscaped());
    if (slide.hasRisk)
        html += riskLine(slide, base);
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' style='margin-top:%2px'>")
                .arg(base / 2)
                .arg(base / 2);
    // Code (the statement) spans the whole row; the rest go two by two.
    QList<Slide::Section> cards;
    for (const Slide::Section &section : slide.sections)
        if (!section.code)
            cards << section;
    for (qsizetype i = 0; i < cards.size(); i += 2) {
        html += QStringLiteral("<tr><td width='50%' valign='top'>") + card(cards.at(i), base) + QStringLiteral("</td>");
        html += QStringLiteral("<td width='50%' valign='top'>")
                + (i + 1 < cards.size() ? card(cards.at(i + 1), base) : QString()) + QStringLiteral("</td></tr>");
    }
    for (const Slide::Section &section : slide.sections)
        if (section.code)
            html += QStringLiteral("<tr><td colspan='2' valign='top'>") + card(section, base) + QStringLiteral("</td></tr>");
    html += QStringLiteral("</table></body></html>");
    return html;
}

} // namespace slipway
