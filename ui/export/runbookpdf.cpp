#include "runbookpdf.h"

#include "plan/runbookexport.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace slipway::plan {

namespace {

// Layout units are pixels at 96 dpi, so CSS sizes and image widths mean what
// they say on screen; fonts in points scale through the writer's resolution.
constexpr int kDpi = 96;
constexpr double kHeaderHeight = 30;
constexpr double kFooterHeight = 26;

QRectF blockRect(const QTextDocument &doc, const QTextBlock &block)
{
    return doc.documentLayout()->blockBoundingRect(block);
}

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

int pageOf(double y, double pageHeight)
{
    return int(y / pageHeight);
}

// Sections start at a heading (h2: a chapter, h3: a step or an undo step). A
// step that would straddle a page break starts on the next page when it fits
// on one; a chapter heading never stays alone at the bottom of a page.
void keepSectionsTogether(QTextDocument &doc, double pageHeight)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level != 2 && level != 3)
            continue;
        const QRectF head = blockRect(doc, block);
        const int page = pageOf(head.top(), pageHeight);
        const double onPage = head.top() - page * pageHeight;
        if (onPage < 1)
            continue; // already at the top of a page
        if (level == 2) {
            if (onPage > pageHeight * 0.85)
                breakBefore(block);
            continue;
        }
        QTextBlock last = block;
        for (QTextBlock next = block.next(); next.isValid(); next = next.next()) {
            const int nextLevel = next.blockFormat().headingLevel();
            if (nextLevel == 2 || nextLevel == 3)
                break;
            last = next;
        }
        const double bottom = blockRect(doc, last).bottom();
        if (pageOf(bottom - 1, pageHeight) != page && bottom - head.top() < pageHeight * 0.9)
            breakBefore(block);
    }
}

void drawHeader(QPainter &painter, double width, const QString &left, const QString &right)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF box(0, 0, width, kHeaderHeight - 10);
    const QString leftText = painter.fontMetrics().elidedText(left, Qt::ElideRight, int(width * 0.7));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignBottom, leftText);
    painter.drawText(box, Qt::AlignRight | Qt::AlignBottom, right);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.75));
    painter.drawLine(QPointF(0, kHeaderHeight - 6), QPointF(width, kHeaderHeight - 6));
    painter.restore();
}

void drawFooter(QPainter &painter, double top, double width, const QString &left, const QString &right)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.75));
    painter.drawLine(QPointF(0, top + 6), QPointF(width, top + 6));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF box(0, top + 8, width, kFooterHeight - 8);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

} // namespace

int RunbookPdf::write(const MigrationPlan &plan, const QString &path, const RunReport *report, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return 0;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failWith(tr("Writing a PDF needs a QGuiApplication (QT_QPA_PLATFORM=offscreen works headless)."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(tr("Cannot write %1: %2").arg(path, file.errorString()));

    const QString title = RunbookExport::tr("Migration Runbook: %1").arg(plan.title);
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Slipway"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 12, 16, 12),
                                     QPageLayout::Millimeter));
    const QRectF paintRect = writer.pageLayout().paintRectPixels(kDpi);
    const QSizeF body(paintRect.width(), paintRect.height() - kHeaderHeight - kFooterHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    RunbookExport::HtmlOptions options;
    options.forPrint = true;
    doc.setHtml(RunbookExport::toHtml(plan, report, options));
    doc.setPageSize(body);
    keepSectionsTogether(doc, body.height());
    const int pages = doc.pageCount();

    const QString risk = tr("Risk: %1").arg(MigrationPlan::riskLabel(plan.summary.risk));
    const QString when = tr("Generated by Slipway %1, %2")
                             .arg(QStringLiteral(SLIPWAY_VERSION),
                                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    QPainter painter;
    if (!painter.begin(&writer))
        return failWith(tr("Cannot write %1: the PDF could not be started.").arg(path));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        drawHeader(painter, body.width(), title, risk);
        painter.save();
        painter.translate(0, kHeaderHeight - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, kHeaderHeight + body.height(), body.width(), when,
                   tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
    if (!file.commit())
        return failWith(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace slipway::plan
