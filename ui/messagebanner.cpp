#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace slipway {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("messageTitle"));
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_title);
    texts->addWidget(m_body);
    layout->addLayout(texts, 1);

    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);

    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    hide();
}

void MessageBanner::showMessage(Level level, const QString &title, const QString &body)
{
    m_level = level;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Level::Information: icon = QStyle::SP_MessageBoxInformation; break;
    case Level::Success: icon = QStyle::SP_DialogApplyButton; break;
    case Level::Warning: icon = QStyle::SP_MessageBoxWarning; break;
    case Level::Error: icon = QStyle::SP_MessageBoxCritical; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_title->setText(title);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(body);
    show();
}

QString MessageBanner::errorBody(const DbError &error)
{
    QStringList lines;
    if (!error.message.isEmpty())
        lines << error.message;
    if (!error.detail.isEmpty())
        lines << tr("Detail: %1").arg(error.detail);
    if (!error.hint.isEmpty())
        lines << tr("Hint: %1").arg(error.hint);
    if (!error.sqlState.isEmpty())
        lines << tr("SQLSTATE %1").arg(error.sqlState);
    return lines.join(QLatin1Char('\n'));
}

void MessageBanner::showError(const DbError &error, const QString &context)
{
    const QString title = context.isEmpty() ? error.title() : tr("%1: %2").arg(context, error.title());
    showMessage(Level::Error, title, errorBody(error));
}

void MessageBanner::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void MessageBanner::setVisible(bool visible)
{
    const bool changed = visible == isHidden();
    QFrame::setVisible(visible);
    if (changed)
        emit visibilityChanged(visible);
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::body() const
{
    return m_body->text();
}

} // namespace slipway
