#pragma once

#include "lint/finding.h"

#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace slipway {

// The Problems dock: lint findings of the open migrations (severity, rule,
// location, message). Each editor reports its findings as a source; activating
// a row asks to go to that source at the finding's position.
class ProblemsView : public QWidget {
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { SourceRole = Qt::UserRole + 1, PositionRole, SortRole };

    explicit ProblemsView(QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

    // Replaces the rows of one source (an editor) with its findings; fileName labels the location.
    void setFindings(QObject *source, const QString &fileName, const QList<Finding> &findings);
    void removeSource(QObject *source);
    int count(QObject *source) const;

signals:
    // A row was activated (double-click or Enter): go to the position (a character offset) in source.
    void problemActivated(QObject *source, int position);

private:
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace slipway
