#include "objectbrowser.h"
#include "futurecallback.h"

#include "messagebanner.h"

#include "db/session.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace slipway {

namespace {

QStandardItem *numberItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

QList<QStandardItem *> row(QStandardItem *name, const QString &rows = {}, const QString &size = {})
{
    name->setEditable(false);
    return {name, numberItem(rows), numberItem(size)};
}

QString kindName(DbObject::Kind kind)
{
    switch (kind) {
    case DbObject::Kind::Schema: return ObjectBrowser::tr("schema");
    case DbObject::Kind::Table: return ObjectBrowser::tr("table");
    case DbObject::Kind::PartitionedTable: return ObjectBrowser::tr("partitioned table");
    case DbObject::Kind::ForeignTable: return ObjectBrowser::tr("foreign table");
    case DbObject::Kind::View: return ObjectBrowser::tr("view");
    case DbObject::Kind::MaterializedView: return ObjectBrowser::tr("materialized view");
    case DbObject::Kind::Index: return ObjectBrowser::tr("index");
    case DbObject::Kind::Function: return ObjectBrowser::tr("function");
    case DbObject::Kind::Procedure: return ObjectBrowser::tr("procedure");
    }
    return {};
}

} // namespace

ObjectBrowser::ObjectBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_busy(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_error(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("objectBrowser"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Rows (est.)"), tr("Size")});
    m_model->horizontalHeaderItem(RowsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->horizontalHeaderItem(SizeColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->horizontalHeaderItem(RowsColumn)
        ->setToolTip(tr("Estimated from pg_class.reltuples, as of the last VACUUM or ANALYZE"));
    m_model->horizontalHeaderItem(SizeColumn)->setToolTip(tr("Total on-disk size, including indexes and TOAST"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(NameColumn);

    m_view->setObjectName(QStringLiteral("objectTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Database objects"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);

    m_filter->setObjectName(QStringLiteral("objectFilter"));
    m_filter->setPlaceholderText(tr("Filter objects"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter objects"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Reload the object list (F5)"));
    m_refresh->setAccessibleName(tr("Refresh objects"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QToolButton::clicked, this, &ObjectBrowser::refresh);

    m_busy->setObjectName(QStringLiteral("objectBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Loading objects"));
    m_busy->hide();

    m_summary->setObjectName(QStringLiteral("objectSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(16);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    showPlaceholder(tr("Connect to a database to browse its schemas, tables, indexes, views and functions."));
}

void ObjectBrowser::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void ObjectBrowser::setSession(Session *session)
{
    ++m_generation;
    m_session = session;
    m_model->removeRows(0, m_model->rowCount());
    m_error->hide();
    m_summary->clear();
    setLoading(false);
    m_refresh->setEnabled(session != nullptr);
    if (!session)
        showPlaceholder(tr("Connect to a database to browse its schemas, tables, indexes, views and functions."));
}

void ObjectBrowser::refresh()
{
    if (!m_session)
        return;
    const quint64 generation = ++m_generation;
    m_error->hide();
    setLoading(true);
    onFinished(this, listObjects(*m_session), [this, generation](DbResult<ObjectList> result) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!result.ok()) {
            m_error->showError(result.error, tr("Could not load the objects"));
            m_summary->clear();
            emit loadFailed(result.error);
            return;
        }
        populate(result.value);
        emit loaded(int(result.value.objects.size()), result.value.elapsedMs);
    });
}

void ObjectBrowser::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    m_busy->setVisible(loading);
    if (loading)
        m_summary->setText(tr("Loading objects…"));
    emit loadingChanged(loading);
}

void ObjectBrowser::populate(const ObjectList &list)
{
    // Remember what was expanded so a refresh keeps the user's place.
    QSet<QString> expanded;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            if (m_view->isExpanded(index)) {
                expanded.insert(index.data(QualifiedNameRole).toString());
                collect(index);
            }
        }
    };
    collect({});
    const bool firstLoad = m_model->rowCount() == 0;

    m_model->removeRows(0, m_model->rowCount());
    const QIcon folder = style()->standardIcon(QStyle::SP_DirIcon);
    QHash<QString, QStandardItem *> schemas;
    QHash<QString, QStandardItem *> groups;  // "schema\x1fgroup"
    QHash<QString, QStandardItem *> tables;  // "schema\x1ftable"
    QHash<QStandardItem *, int> counts;

    auto schemaItem = [&](const QString &schema) {
        if (QStandardItem *item = schemas.value(schema))
            return item;
        auto *item = new QStandardItem(folder, schema);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setData(int(DbObject::Kind::Schema), KindRole);
        item->setData(schema, QualifiedNameRole);
        item->setToolTip(tr("Schema %1").arg(schema));
        m_model->appendRow(row(item));
        schemas.insert(schema, item);
        return item;
    };
    auto groupItem = [&](const QString &schema, const QString &title) {
        const QString key = schema + QChar(0x1f) + title;
        if (QStandardItem *item = groups.value(key))
            return item;
        auto *item = new QStandardItem(folder, title);
        item->setData(key, QualifiedNameRole);
        item->setData(title, Qt::UserRole + 10);
        schemaItem(schema)->appendRow(row(item));
        groups.insert(key, item);
        return item;
    };

    for (const DbObject &o : list.objects) {
        const QString qualified = o.schema + QLatin1Char('.') + o.name;
        auto *item = new QStandardItem(o.name);
        item->setData(int(o.kind), KindRole);
        item->setData(qualified, QualifiedNameRole);
        QString toolTip = tr("%1 %2").arg(kindName(o.kind), qualified);
        if (!o.detail.isEmpty()) {
            if (o.kind == DbObject::Kind::Index)
                toolTip += QLatin1Char('\n') + o.detail;
            else if (o.kind == DbObject::Kind::Function || o.kind == DbObject::Kind::Procedure)
                toolTip += QLatin1Char('\n') + tr("returns %1").arg(o.detail);
            else
                toolTip += QLatin1Char('\n') + tr("owner %1").arg(o.detail);
        }
        item->setToolTip(toolTip);
        const QString rows = o.estimatedRows >= 0 ? formatRows(o.estimatedRows) : QString();
        const QString size = o.totalBytes >= 0 ? formatSize(o.totalBytes) : QString();
        QList<QStandardItem *> cells = row(item, rows, size);
        if ((o.kind == DbObject::Kind::Table || o.kind == DbObject::Kind::MaterializedView) && o.estimatedRows < 0)
            cells[RowsColumn]->setText(QStringLiteral("—"));
        if (o.estimatedRows < 0)
            cells[RowsColumn]->setToolTip(tr("Not analyzed yet: no estimate"));
        if (!list.sizesExact && o.totalBytes >= 0)
            cells[SizeColumn]->setToolTip(tr("Estimated from page counts: some relation was locked"));

        QStandardItem *parent = nullptr;
        switch (o.kind) {
        case DbObject::Kind::Schema:
            schemaItem(o.schema);
            delete item;
            qDeleteAll(cells.mid(1));
            continue;
        case DbObject::Kind::Table:
        case DbObject::Kind::PartitionedTable:
        case DbObject::Kind::ForeignTable:
            parent = groupItem(o.schema, tr("Tables"));
            tables.insert(o.schema + QChar(0x1f) + o.name, item);
            break;
        case DbObject::Kind::View:
            parent = groupItem(o.schema, tr("Views"));
            break;
        case DbObject::Kind::MaterializedView:
            parent = groupItem(o.schema, tr("Materialized views"));
            tables.insert(o.schema + QChar(0x1f) + o.name, item);
            break;
        case DbObject::Kind::Index:
            parent = tables.value(o.schema + QChar(0x1f) + o.parent);
            if (!parent)
                parent = groupItem(o.schema, tr("Indexes"));
            break;
        case DbObject::Kind::Function:
        case DbObject::Kind::Procedure:
            parent = groupItem(o.schema, tr("Functions"));
            break;
        }
        parent->appendRow(cells);
        ++counts[parent];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key()->data(Qt::UserRole + 10).isValid())
            it.key()->setText(tr("%1 (%2)").arg(it.key()->data(Qt::UserRole + 10).toString()).arg(it.value()));
    }

    m_stack->setCurrentWidget(m_view);
    if (schemas.isEmpty())
        showPlaceholder(tr("This database has no user schemas."));

    // Restore expansion; on the first load open the first schema and its tables.
    const std::function<void(const QModelIndex &)> restore = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            if (expanded.contains(index.data(QualifiedNameRole).toString())) {
                m_view->expand(index);
                restore(index);
            }
        }
    };
    if (firstLoad) {
        const QModelIndex first = m_proxy->index(0, 0);
        if (first.isValid()) {
            m_view->expand(first);
            for (int r = 0; r < m_proxy->rowCount(first); ++r) {
                const QModelIndex group = m_proxy->index(r, 0, first);
                if (group.data(Qt::UserRole + 10).toString() == tr("Tables"))
                    m_view->expand(group);
            }
        }
    } else {
        restore({});
    }

    int tableCount = 0;
    for (const DbObject &o : list.objects)
        tableCount += (o.kind == DbObject::Kind::Table || o.kind == DbObject::Kind::PartitionedTable) ? 1 : 0;
    QString summary = tr("%1 schemas, %2 tables, %3 objects in all — loaded in %4 ms")
                          .arg(schemas.size())
                          .arg(tableCount)
                          .arg(list.objects.size())
                          .arg(list.elapsedMs);
    if (!list.sizesExact)
        summary += QLatin1Char('\n') + tr("Sizes are estimates: a relation was locked.");
    m_summary->setText(summary);
    m_badged = applyObjectBadges(m_model, m_badges, QualifiedNameRole, BadgeRole);
}

void ObjectBrowser::setBadges(const ObjectBadges &badges)
{
    m_badges = badges;
    m_badged = applyObjectBadges(m_model, m_badges, QualifiedNameRole, BadgeRole);
}

QStandardItem *ObjectBrowser::findItem(const QString &name) const
{
    const QModelIndexList hits =
        m_model->match(m_model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? nullptr : m_model->itemFromIndex(hits.first());
}

QString ObjectBrowser::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->title() + QLatin1Char('\n') + m_error->body() : QString();
}

QString ObjectBrowser::formatRows(qint64 rows)
{
    return QLocale().toString(rows);
}

QString ObjectBrowser::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace slipway
