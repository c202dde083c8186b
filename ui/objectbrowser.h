#pragma once

#include "db/dberror.h"
#include "db/objectlist.h"
#include "db/session.h"
#include "objectbadges.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace slipway {

class MessageBanner;

// The Objects dock: schemas > tables (estimated rows, size) with their
// indexes, views, materialized views and functions of the connected database.
// Loads asynchronously on the session's worker thread; shows a busy indicator
// while it does and the error when it fails.
class ObjectBrowser : public QWidget {
    Q_OBJECT

public:
    enum Column { NameColumn, RowsColumn, SizeColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,
        QualifiedNameRole,
        BadgeRole, // the object's badge lines ("Pending migration 3 add_orders; ..."), else invalid
    };

    explicit ObjectBrowser(QWidget *parent = nullptr);

    // The session to read from; nullptr shows the "not connected" placeholder.
    void setSession(Session *session);
    void refresh();
    bool isLoading() const { return m_loading; }

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // Finds an item (any depth) by its display name; nullptr when absent.
    QStandardItem *findItem(const QString &name) const;
    // Text of the error shown, empty when none.
    QString errorText() const;

    // Marks objects with what migrations and drift say about them (see
    // ObjectBadges); kept across refreshes until replaced.
    void setBadges(const ObjectBadges &badges);
    int badgedCount() const { return m_badged; }

    static QString formatRows(qint64 rows);
    static QString formatSize(qint64 bytes);

signals:
    void loadingChanged(bool loading);
    void loaded(int objectCount, qint64 elapsedMs);
    void loadFailed(const slipway::DbError &error);

private:
    void populate(const ObjectList &list);
    void setLoading(bool loading);
    void showPlaceholder(const QString &text);

    QPointer<Session> m_session;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_refresh = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    MessageBanner *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ObjectBadges m_badges;
    int m_badged = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace slipway
