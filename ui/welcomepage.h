#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace slipway {

// The Start tab: what Slipway is for and the one thing to do next (add a
// connection, connect, or browse and open a migration), with the shortcut.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    enum class Step { AddConnection, Connect, Connecting, Explore };

    explicit WelcomePage(QAction *newConnection, QAction *connectAction, QWidget *parent = nullptr);

    void setStep(Step step, const QString &target = {});
    Step step() const { return m_step; }
    QString nextStepText() const;

private:
    // The button triggers `action`; its own text, since the action's mnemonic
    // (New &Connection…) is the Connection menu's Alt key.
    void setButtonAction(QAction *action, const QString &text);

    Step m_step = Step::AddConnection;
    QAction *m_buttonAction = nullptr;
    QMetaObject::Connection m_buttonConnection;
    QAction *m_newConnection = nullptr;
    QAction *m_connect = nullptr;
    QLabel *m_nextTitle = nullptr;
    QLabel *m_nextText = nullptr;
    QPushButton *m_nextButton = nullptr;
};

} // namespace slipway
