#include "findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

namespace slipway {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("&Case sensitive"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find"));
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));

    auto *next = new QPushButton(tr("&Next"), this);
    next->setToolTip(tr("Find the next match (Enter)"));
    auto *previous = new QPushButton(tr("&Previous"), this);
    previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    auto *replace = new QPushButton(tr("&Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    for (QPushButton *b : {next, previous, replace, replaceAllButton})
        b->setAutoDefault(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 3, 6, 3);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(next, 0, 1);
    grid->addWidget(previous, 0, 2);
    grid->addWidget(m_case, 0, 3);
    grid->addWidget(m_status, 0, 4);
    grid->addWidget(close, 0, 5);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(4, 1);
    m_replaceRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_replace, 1);
    row->addWidget(replace);
    row->addWidget(replaceAllButton);
    grid->addWidget(m_replaceRow, 1, 0, 1, 3);

    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceOne);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceOne);
    connect(m_find, &QLineEdit::textChanged, this, [this] { setStatus({}); });
    hide();
}

void FindReplaceBar::showFind()
{
    m_replaceRow->hide();
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindReplaceBar::setStatus(const QString &text, bool error)
{
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
    m_status->setText(text);
}

bool FindReplaceBar::find(bool backward)
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = m_editor->document()->find(needle, m_editor->textCursor(), flags);
    bool wrapped = false;
    if (found.isNull()) { // wrap around
        QTextCursor start(m_editor->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_editor->document()->find(needle, start, flags);
        wrapped = true;
    }
    if (found.isNull()) {
        setStatus(tr("Not found"), true);
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    setStatus(wrapped ? tr("Wrapped around") : QString());
    return true;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::replaceOne()
{
    QTextCursor cursor = m_editor->textCursor();
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), cs) == 0) {
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    QTextCursor found = m_editor->document()->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = m_editor->document()->find(needle, found, flags);
    }
    edit.endEditBlock();
    setStatus(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() & Qt::ShiftModifier) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace slipway
