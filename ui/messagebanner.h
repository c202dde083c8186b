#pragma once

#include "db/dberror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace slipway {

// An inline message strip (above the tabs, inside a dialog or a dock): an
// icon, a bold headline and the details, with optional action and close
// buttons. Errors are shown here instead of being swallowed or hidden in a
// modal box that blocks headless runs.
class MessageBanner : public QFrame {
    Q_OBJECT

public:
    enum class Level { Information, Success, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &title, const QString &body);
    // Headline from DbError::title(), then message, detail and hint.
    void showError(const DbError &error, const QString &context = {});
    // A button next to the text ("Retry", "Edit connection…"); empty text hides it.
    void setAction(const QString &text);

    Level level() const { return m_level; }
    QString title() const;
    QString body() const;

    static QString errorBody(const DbError &error);

    void setVisible(bool visible) override;

signals:
    void actionTriggered();
    void closed();
    void visibilityChanged(bool visible);

private:
    Level m_level = Level::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace slipway
