#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace slipway {

// Help > Keyboard Shortcuts: every menu action with a shortcut, by menu, with
// a filter box ("conn" finds the connection actions, "ctrl+shift" the chords).
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void setFilter(const QString &text);

private:
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace slipway
