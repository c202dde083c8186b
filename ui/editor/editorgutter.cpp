#include "editorgutter.h"

#include "sqleditor.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace slipway {

EditorGutter::EditorGutter(SqlEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("editorGutter"));
    setMouseTracking(true);
}

QSize EditorGutter::sizeHint() const
{
    return QSize(m_editor->gutterWidth(), 0);
}

void EditorGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(this, event->rect());
}

void EditorGutter::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_editor->gutterClicked(event->position().toPoint(), event->globalPosition().toPoint());
    else
        QWidget::mousePressEvent(event);
}

bool EditorGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_editor->gutterToolTip(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace slipway
