#include "connectionlist.h"

#include "environmentstyle.h"

#include <QApplication>
#include <QPainter>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway {

namespace {

// Name on the first line, target (and state) in a muted colour on the second.
class ConnectionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return {200, 2 * line + 12};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect r = opt.rect.adjusted(6, 6, -6, -6);
        const int badge = 12;
        const auto env = Environment(index.data(Qt::UserRole + 10).toInt());
        const EnvironmentStyle envStyle = EnvironmentStyle::forEnvironment(env);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const int line = opt.fontMetrics.height();
        const QRect badgeRect(r.left(), r.top() + (line - badge) / 2, badge, badge);
        painter->setPen(Qt::NoPen);
        painter->setBrush(envStyle.background);
        painter->drawRoundedRect(badgeRect, 3, 3);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.65f);

        const bool active = index.data(ConnectionList::ActiveRole).toBool();
        QFont nameFont = opt.font;
        nameFont.setBold(active);
        painter->setFont(nameFont);
        painter->setPen(text);
        const int textLeft = badgeRect.right() + 8;
        // The environment in words at the right of the name: colour is not the only signal.
        int nameRight = r.right();
        if (!envStyle.label.isEmpty()) {
            QFont tagFont = opt.font;
            tagFont.setPointSizeF(opt.font.pointSizeF() * 0.8);
            tagFont.setBold(true);
            const QFontMetrics tagMetrics(tagFont);
            const int tagWidth = tagMetrics.horizontalAdvance(envStyle.label) + 8;
            if (tagWidth < (r.right() - textLeft) / 2) {
                const QRect tagRect(r.right() - tagWidth, r.top() + (line - tagMetrics.height() - 2) / 2, tagWidth,
                                    tagMetrics.height() + 2);
                painter->setPen(Qt::NoPen);
                painter->setBrush(envStyle.background);
                painter->drawRoundedRect(tagRect, 3, 3);
                painter->setFont(tagFont);
                painter->setPen(envStyle.foreground);
                painter->drawText(tagRect, Qt::AlignCenter, envStyle.label);
                nameRight = tagRect.left() - 6;
                painter->setFont(nameFont); // the name in its own font and colour, not the tag's
                painter->setPen(text);
            }
        }
        const QRect nameRect(textLeft, r.top(), nameRight - textLeft, line);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

        painter->setFont(opt.font);
        painter->setPen(muted);
        const QRect targetRect(textLeft, r.top() + line + 2, r.right() - textLeft, line);
        painter->drawText(targetRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(index.data(ConnectionList::TargetRole).toString(),
                                                     Qt::ElideMiddle, targetRect.width()));
        painter->restore();
    }
};

} // namespace

ConnectionList::ConnectionList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("connectionList"));
    m_list->setObjectName(QStringLiteral("connectionListView"));
    m_list->setItemDelegate(new ConnectionDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setAccessibleName(tr("Saved connections"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit activated(item->data(ProfileIdRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        emit currentChanged(item ? item->data(ProfileIdRole).toString() : QString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_list, 1);
}

QIcon ConnectionList::environmentIcon(Environment environment, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(EnvironmentStyle::forEnvironment(environment).background);
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3);
    return QIcon(pixmap);
}

void ConnectionList::setProfiles(const QList<ConnectionProfile> &saved, const QList<ConnectionProfile> &transient)
{
    const QString current = currentId();
    m_list->clear();
    QList<ConnectionProfile> sorted = saved;
    std::sort(sorted.begin(), sorted.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const qsizetype savedCount = sorted.size();
    sorted += transient;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const ConnectionProfile &p = sorted.at(i);
        const bool isTransient = i >= savedCount;
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(ProfileIdRole, p.id);
        item->setData(Qt::UserRole + 10, int(p.environment));
        item->setIcon(environmentIcon(p.environment, 12));
        const EnvironmentStyle style = EnvironmentStyle::forEnvironment(p.environment);
        item->setToolTip(tr("%1\n%2\n%3%4%5")
                             .arg(p.name, p.displayTarget(), style.label,
                                  p.readOnly ? tr(" — read-only") : QString(),
                                  isTransient ? tr("\nFor this run only: not saved") : QString()));
        const QString target = p.name == p.displayTarget() ? QString() : p.displayTarget();
        QStringList second;
        if (!target.isEmpty())
            second << target;
        if (isTransient)
            second << tr("not saved");
        item->setData(TargetRole, second.join(QStringLiteral(" · ")));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(p.name, style.label));
        item->setData(Qt::UserRole + 11, item->data(TargetRole));
    }
    setActive(m_activeId, m_activeState);
    setCurrentId(current);
}

void ConnectionList::setActive(const QString &profileId, const QString &state)
{
    m_activeId = profileId;
    m_activeState = state;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool active = !profileId.isEmpty() && item->data(ProfileIdRole).toString() == profileId;
        item->setData(ActiveRole, active);
        QString target = item->data(Qt::UserRole + 11).toString();
        if (active && !state.isEmpty())
            target = target.isEmpty() ? state : target + QStringLiteral(" · ") + state;
        item->setData(TargetRole, target);
    }
}

QString ConnectionList::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ProfileIdRole).toString() : QString();
}

void ConnectionList::setCurrentId(const QString &profileId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(ProfileIdRole).toString() == profileId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    if (m_list->count() > 0 && !m_list->currentItem())
        m_list->setCurrentRow(0);
}

int ConnectionList::count() const
{
    return m_list->count();
}


} // namespace slipway
