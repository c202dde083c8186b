#include "diffddlpane.h"

#include "linediff.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
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

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_sourceHeader, 1, 0);
    grid->addWidget(m_targetHeader, 1, 1);
    grid->addWidget(m_source, 2, 0);
    grid->addWidget(m_target, 2, 1);

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
