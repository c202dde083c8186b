#include "runlogview.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCharFormat>

namespace slipway {

RunLogView::RunLogView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("runLog"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setMaximumBlockCount(10000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Connection events, errors and migration runs are logged here."));
    setAccessibleName(tr("Run log"));
}

void RunLogView::append(Level level, const QString &message)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    QString tag;
    switch (level) {
    case Level::Info: tag = QStringLiteral("     "); break;
    case Level::Warning: tag = tr("WARN "); break;
    case Level::Error: tag = tr("ERROR"); break;
    }
    QString text = message.trimmed();
    text.replace(QLatin1Char('\n'), QLatin1String("\n                 "));

    QTextCharFormat format;
    if (level == Level::Error) {
        format.setFontWeight(QFont::Bold);
    } else if (level == Level::Info) {
        format.setForeground(palette().color(QPalette::Text));
    }
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat stampFormat;
    stampFormat.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(QStringLiteral("[%1] ").arg(stamp), stampFormat);
    cursor.insertText(tag + QLatin1Char(' ') + text, format);
    ++m_entries;
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace slipway
