#include "diffddlpane.h"

#include "linediff.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace slipway {

namespace {

QPlainTextEdit *makeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(name);
    return edit;
}

QStringList linesOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

// The "−" or "+" beside each marked line of an editor, so the tint is not the only signal.
class MarkStrip : public QWidget {
public:
    MarkStrip(QPlainTextEdit *edit, const QString &symbol, QWidget *parent)
        : QWidget(parent), m_edit(edit), m_symbol(symbol)
    {
        setFont(edit->font());
        setFixedWidth(fontMetrics().horizontalAdvance(symbol) + 6);
        connect(edit->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { update(); });
        connect(edit, &QPlainTextEdit::updateRequest, this, [this] { update(); });
    }
    void setChanged(const QList<bool> &changed)
    {
        m_changed = changed;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        const int top = m_edit->viewport()->mapTo(parentWidget(), QPoint(0, 0)).y() - y();
        const int bottom = m_edit->viewport()->height();
        p.setClipRect(0, top, width(), bottom); // nothing beside the scroll bar
        QTextBlock block = m_edit->document()->firstBlock();
        for (int line = 0; block.isValid() && line < m_changed.size(); ++line, block = block.next()) {
            if (!m_changed.at(line))
                continue;
            const QRect r = m_edit->cursorRect(QTextCursor(block));
            if (r.bottom() < 0)
                continue;
            if (r.top() >= bottom)
                break;
            p.drawText(QRect(0, top + r.top(), width(), r.height()), Qt::AlignCenter, m_symbol);
        }
    }

private:
    QPlainTextEdit *m_edit;
    QString m_symbol;
    QList<bool> m_changed;
};

} // namespace

DiffDdlPane::DiffDdlPane(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_sourceHeader = new QLabel(this);
    m_targetHeader = new QLabel(this);
    m_source = makeEdit(tr("Source definition"), this);
    m_target = makeEdit(tr("Target definition"), this);
    m_sourceMarks = new MarkStrip(m_source, QStringLiteral("\u2212"), this);
    m_targetMarks = new MarkStrip(m_target, QStringLiteral("+"), this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(2);
    grid->addWidget(m_title, 0, 0, 1, 4);
    grid->addWidget(m_sourceHeader, 1, 0, 1, 2);
    grid->addWidget(m_targetHeader, 1, 2, 1, 2);
    grid->addWidget(m_sourceMarks, 2, 0);
    grid->addWidget(m_source, 2, 1);
    grid->addWidget(m_targetMarks, 2, 2);
    grid->addWidget(m_target, 2, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    // Scroll together, so the marked lines stay side by side.
    connect(m_source->verticalScrollBar(), &QScrollBar::valueChanged, m_target->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_target->verticalScrollBar(), &QScrollBar::valueChanged, m_source->verticalScrollBar(),
            &QScrollBar::setValue);
    clear();
}

void DiffDdlPane::clear()
{
    setTexts(tr("Select an object to compare its definitions."), QString(), QString());
    m_sourceHeader->setText(m_sourceName.isEmpty() ? tr("Source") : m_sourceName);
    m_targetHeader->setText(m_targetName.isEmpty() ? tr("Target") : m_targetName);
}

void DiffDdlPane::setSideNames(const QString &source, const QString &target)
{
    m_sourceName = source;
    m_targetName = target;
    clear();
}

void DiffDdlPane::setTexts(const QString &title, const QString &source, const QString &target)
{
    m_title->setText(title);
    m_source->setPlainText(source.isEmpty() ? QString() : source);
    m_target->setPlainText(target.isEmpty() ? QString() : target);
    const LineDiff diff = LineDiff::compare(linesOf(source), linesOf(target));
    m_sourceChanged = diff.changedLeft;
    m_targetChanged = diff.changedRight;
    auto header = [this](const QString &side, const QString &text, int changed, const QString &marker) {
        if (text.isEmpty()) return tr("%1 — not present").arg(side);
        if (changed == 0) return tr("%1 — same").arg(side);
        return tr("%1 — %n line(s) marked %2", nullptr, changed).arg(side, marker);
    };
    m_sourceHeader->setText(header(m_sourceName.isEmpty() ? tr("Source") : m_sourceName, source, diff.changedLeftCount(), tr("− (removed or changed)")));
    m_targetHeader->setText(header(m_targetName.isEmpty() ? tr("Target") : m_targetName, target, diff.changedRightCount(), tr("+ (added or changed)")));
    mark(m_source, m_sourceChanged, QColor(0xff, 0xd7, 0xd5));
    mark(m_target, m_targetChanged, QColor(0xd4, 0xf4, 0xd4));
    static_cast<MarkStrip *>(m_sourceMarks)->setChanged(m_sourceChanged);
    static_cast<MarkStrip *>(m_targetMarks)->setChanged(m_targetChanged);
    describe(m_source, m_sourceChanged);
    describe(m_target, m_targetChanged);
}

void DiffDdlPane::describe(QPlainTextEdit *edit, const QList<bool> &changed)
{
    QStringList lines;
    for (int i = 0; i < changed.size(); ++i)
        if (changed.at(i))
            lines << QString::number(i + 1);
    edit->setAccessibleDescription(lines.isEmpty() ? QString()
                                                   : tr("Differing lines: %1").arg(lines.join(QStringLiteral(", "))));
}

void DiffDdlPane::mark(QPlainTextEdit *edit, const QList<bool> &changed, const QColor &tint)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = edit->document()->firstBlock();
    for (int line = 0; block.isValid() && line < changed.size(); ++line, block = block.next()) {
        if (!changed.at(line)) continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setBackground(tint);
        selection.format.setForeground(QColor(Qt::black));
        selection.format.setFontWeight(QFont::Bold);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    edit->setExtraSelections(selections);
}

QList<int> DiffDdlPane::markedLines(bool sourceSide) const
{
    const QList<bool> &changed = sourceSide ? m_sourceChanged : m_targetChanged;
    QList<int> out;
    for (int i = 0; i < changed.size(); ++i)
        if (changed.at(i)) out.append(i);
    return out;
}

} // namespace slipway
