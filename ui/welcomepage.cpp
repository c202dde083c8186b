#include "welcomepage.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

namespace {

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString shortcutText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

WelcomePage::WelcomePage(QAction *newConnection, QAction *connectAction, QWidget *parent)
    : QWidget(parent)
    , m_newConnection(newConnection)
    , m_connect(connectAction)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *content = new QWidget;
    content->setMaximumWidth(760);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(10);

    column->addWidget(heading(tr("Slipway"), 2.0, content));
    auto *tagline = new QLabel(tr("Review a PostgreSQL migration, see what it locks on this database, "
                                  "and run it while watching live charts — with a way out at every step."),
                               content);
    tagline->setWordWrap(true);
    column->addWidget(tagline);
    column->addSpacing(12);

    auto *next = new QFrame(content);
    next->setObjectName(QStringLiteral("nextStep"));
    next->setFrameShape(QFrame::StyledPanel);
    next->setAutoFillBackground(true);
    next->setBackgroundRole(QPalette::AlternateBase);
    auto *nextLayout = new QVBoxLayout(next);
    nextLayout->setContentsMargins(16, 14, 16, 14);
    m_nextTitle = heading(QString(), 1.15, next);
    m_nextText = new QLabel(next);
    m_nextText->setObjectName(QStringLiteral("nextStepText"));
    m_nextText->setWordWrap(true);
    m_nextText->setTextFormat(Qt::PlainText);
    m_nextButton = new QPushButton(next);
    m_nextButton->setObjectName(QStringLiteral("nextStepButton"));
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (m_buttonAction)
            m_buttonAction->trigger();
    });
    nextLayout->addWidget(m_nextTitle);
    nextLayout->addWidget(m_nextText);
    nextLayout->addWidget(m_nextButton, 0, Qt::AlignLeft);
    column->addWidget(next);
    column->addSpacing(12);

    column->addWidget(heading(tr("Where this is going"), 1.1, content));
    auto *roadmap = new QLabel(content);
    roadmap->setWordWrap(true);
    roadmap->setTextFormat(Qt::RichText);
    roadmap->setText(tr("<ul style='margin-left:-20px'>"
                        "<li><b>SQL editor and linter</b> — findings land in the Problems panel.</li>"
                        "<li><b>Lock analysis</b> — which statement takes which lock, for how long, on this database.</li>"
                        "<li><b>Schema diff</b> — compare two databases or a snapshot and plan safe DDL.</li>"
                        "<li><b>Migration history</b> — Flyway, Liquibase, golang-migrate, Rails, Django, … tables.</li>"
                        "<li><b>Run view</b> — execute with guards while the Monitor charts lock waits and replica lag.</li>"
                        "</ul>"
                        "These arrive in the <i>Migration</i> menu as they are built."));
    column->addWidget(roadmap);

    column->addWidget(heading(tr("Keyboard"), 1.1, content));
    auto *keys = new QLabel(content);
    keys->setTextFormat(Qt::PlainText);
    keys->setText(tr("%1  new connection\n%2  connect to the selected connection\nF5  refresh the object list\n"
                     "Alt+1 … Alt+5  show or hide the panels")
                      .arg(shortcutText(newConnection), shortcutText(connectAction)));
    column->addWidget(keys);
    column->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *holder = new QWidget;
    auto *holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(32, 28, 32, 28);
    holderLayout->addWidget(content, 1);
    holderLayout->addStretch(0);
    scroll->setWidget(holder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setStep(Step::AddConnection);
}

void WelcomePage::setStep(Step step, const QString &target)
{
    m_step = step;
    m_nextButton->setVisible(true);
    switch (step) {
    case Step::AddConnection:
        m_nextTitle->setText(tr("Next: add a connection"));
        m_nextText->setText(tr("Describe a PostgreSQL database by URI, by fields or by service name. "
                               "Mark production as such: it opens read-only and shows a red banner.\n"
                               "No database at hand? Start Slipway with --demo for a private sandbox "
                               "with a demo shop database."));
        setButtonAction(m_newConnection, tr("&Add a Connection…"));
        break;
    case Step::Connect:
        m_nextTitle->setText(tr("Next: connect"));
        m_nextText->setText(tr("Pick a saved connection in the Connections panel and double-click it, "
                               "or press %1.")
                                .arg(shortcutText(m_connect)));
        setButtonAction(m_connect, tr("Co&nnect"));
        break;
    case Step::Connecting:
        m_nextTitle->setText(tr("Connecting…"));
        m_nextText->setText(tr("Opening a session to %1. The window stays usable meanwhile.").arg(target));
        m_nextButton->setVisible(false);
        break;
    case Step::Explore:
        m_nextTitle->setText(tr("Connected to %1").arg(target));
        m_nextText->setText(tr("Browse schemas, tables (with estimated rows and sizes), indexes, views and "
                               "functions in the Objects panel; press F5 to refresh. Connection events and "
                               "errors are kept in the Run log."));
        m_nextButton->setVisible(false);
        break;
    }
}

void WelcomePage::setButtonAction(QAction *action, const QString &text)
{
    m_buttonAction = action;
    m_nextButton->setText(text);
    m_nextButton->setIcon(action->icon());
    m_nextButton->setToolTip(action->toolTip());
    m_nextButton->setEnabled(action->isEnabled());
    disconnect(m_buttonConnection);
    m_buttonConnection = connect(action, &QAction::changed, m_nextButton,
                                 [this, action] { m_nextButton->setEnabled(action->isEnabled()); });
}

QString WelcomePage::nextStepText() const
{
    return m_nextTitle->text() + QLatin1Char('\n') + m_nextText->text();
}

} // namespace slipway
