#pragma once

#include "monitor/monitorsample.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace slipway {

// Who blocks whom, from the newest sample: each root is a session that holds
// what others wait for; its children wait on it (and may block others in
// turn). Columns: pid, what it waits for (lock mode on relation), how long,
// state, query. Cancel / terminate act on the selected session; the view that
// owns this asks for confirmation.
class BlockingTree : public QWidget {
    Q_OBJECT

public:
    explicit BlockingTree(QWidget *parent = nullptr);

    void setSample(const Sample &sample);
    void setActionsEnabled(bool enabled);
    QTreeWidget *tree() const { return m_tree; }
    int selectedPid() const;

signals:
    void cancelRequested(int pid);
    void terminateRequested(int pid);

private:
    void updateButtons();

    QTreeWidget *m_tree;
    QLabel *m_empty;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    bool m_actionsEnabled = true;
};

} // namespace slipway
