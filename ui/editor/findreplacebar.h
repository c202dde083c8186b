#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace slipway {

// The small find/replace bar under an editor (Ctrl+F, Ctrl+H): next,
// previous, case sensitive, replace, replace all (one undoable step). Escape
// closes it and gives the focus back to the editor.
class FindReplaceBar : public QWidget {
    Q_OBJECT

public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();     // find row only, search text selected
    void showReplace();  // with the replace row

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseSensitive() const { return m_case; }

public slots:
    bool findNext();
    bool findPrevious();
    bool replaceOne();
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    void setStatus(const QString &text, bool error = false);

    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_replaceRow = nullptr;
};

} // namespace slipway
