#pragma once

#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace slipway {

// The Problems dock: lint findings of the open migration (severity, rule,
// location, message). Empty until the SQL editor and linter are wired in.
class ProblemsView : public QWidget {
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, LocationColumn, MessageColumn, ColumnCount };

    explicit ProblemsView(QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

private:
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace slipway
