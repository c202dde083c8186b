#include "environmentbanner.h"

#include "environmentstyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace slipway {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 5, 12, 5);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("environmentBannerText"));
    m_note->setObjectName(QStringLiteral("environmentBannerNote"));
    m_note->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    setAccessibleName(tr("Connection environment"));
    hide();
}

QString EnvironmentBanner::bannerText(Environment environment, bool readOnly, const QString &target)
{
    const EnvironmentStyle style = EnvironmentStyle::forEnvironment(environment);
    const QString access = readOnly ? tr("read-only") : tr("read-write");
    return tr("%1 — %2 — %3").arg(style.label, access, target);
}

void EnvironmentBanner::showConnection(Environment environment, bool readOnly, const QString &target,
                                       const QString &profileName, const QString &note)
{
    m_environment = environment;
    const EnvironmentStyle style = EnvironmentStyle::forEnvironment(environment);
    QPalette p = palette();
    p.setColor(QPalette::Window, style.background);
    p.setColor(QPalette::WindowText, style.foreground);
    setPalette(p);
    m_text->setText(bannerText(environment, readOnly, target));
    QStringList right;
    if (!note.isEmpty())
        right << note;
    if (!profileName.isEmpty())
        right << profileName;
    m_note->setText(right.join(QStringLiteral("  ·  ")));
    setToolTip(tr("Environment: %1\nAccess: %2\nTarget: %3\nConnection: %4")
                   .arg(style.label, readOnly ? tr("read-only") : tr("read-write"), target, profileName));
    setAccessibleDescription(m_text->text());
    show();
}

void EnvironmentBanner::clearConnection()
{
    m_text->clear();
    m_note->clear();
    hide();
}

QString EnvironmentBanner::text() const
{
    return m_text->text();
}

QString EnvironmentBanner::note() const
{
    return m_note->text();
}

} // namespace slipway
