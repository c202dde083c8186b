// The diff view over two snapshot files built from hand-made models: no server.
#include "diff/diffddlpane.h"
#include "diff/difffiltermodel.h"
#include "diff/diffplanpanel.h"
#include "diff/diffsidepicker.h"
#include "diff/difftreemodel.h"
#include "diff/diffview.h"
#include "diff/linediff.h"
#include "messagebanner.h"

#include "catalog/snapshot.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace slipway;
using namespace slipway::catalog;

namespace {

Column column(const QString &name, int position, const QString &type, bool notNull = false)
{
    Column c;
    c.name = name;
    c.position = position;
    c.type = type;
    c.notNull = notNull;
    return c;
}

Table table(const QString &name, QList<Column> columns)
{
    Table t;
    t.schema = QStringLiteral("app");
    t.name = name;
    t.owner = QStringLiteral("app_owner");
    t.columns = std::move(columns);
    Constraint pk;
    pk.name = name + QStringLiteral("_pkey");
    pk.kind = Constraint::Kind::PrimaryKey;
    pk.columns = {QStringLiteral("id")};
    pk.definition = QStringLiteral("PRIMARY KEY (id)");
    pk.index = pk.name;
    t.constraints = {pk};
    Index index;
    index.name = pk.name;
    index.unique = index.primary = true;
    index.columns = {QStringLiteral("id")};
    index.definition = QStringLiteral("CREATE UNIQUE INDEX %1 ON app.%2 USING btree (id)").arg(pk.name, name);
    index.constraint = pk.name;
    t.indexes = {index};
    return t;
}

// Source: orders(total numeric(10,2)), items, view order_totals.
// Target: orders(total numeric(12,2)) with a new index, items, a new table customers, no view.
SchemaModel model(bool target)
{
    SchemaModel m;
    m.database = target ? QStringLiteral("shop_next") : QStringLiteral("shop");
    m.serverVersion = QStringLiteral("15.4");
    m.serverVersionNumber = 150004;
    Schema app;
    app.name = QStringLiteral("app");
    app.owner = QStringLiteral("app_owner");
    m.schemas = {app};
    Table orders = table(QStringLiteral("orders"),
                         {column(QStringLiteral("id"), 1, QStringLiteral("bigint"), true),
                          column(QStringLiteral("customer_id"), 2, QStringLiteral("bigint"), true),
                          column(QStringLiteral("total"), 3,
                                 target ? QStringLiteral("numeric(12,2)") : QStringLiteral("numeric(10,2)")),
                          column(QStringLiteral("created_at"), 4, QStringLiteral("timestamp with time zone"))});
    if (target) {
        Index byTotal;
        byTotal.name = QStringLiteral("orders_total_idx");
        byTotal.columns = {QStringLiteral("total")};
        byTotal.definition = QStringLiteral("CREATE INDEX orders_total_idx ON app.orders USING btree (total)");
        orders.indexes.append(byTotal);
    }
    m.tables = {table(QStringLiteral("items"), {column(QStringLiteral("id"), 1, QStringLiteral("bigint"), true),
                                                column(QStringLiteral("sku"), 2, QStringLiteral("text"))}),
                orders};
    if (target) {
        m.tables.append(table(QStringLiteral("customers"),
                              {column(QStringLiteral("id"), 1, QStringLiteral("bigint"), true),
                               column(QStringLiteral("email"), 2, QStringLiteral("text"), true)}));
    } else {
        View v;
        v.schema = QStringLiteral("app");
        v.name = QStringLiteral("order_totals");
        v.owner = QStringLiteral("app_owner");
        v.definition = QStringLiteral(" SELECT orders.customer_id,\n    sum(orders.total) AS total\n   FROM app.orders\n  GROUP BY orders.customer_id;");
        v.columns = {column(QStringLiteral("customer_id"), 1, QStringLiteral("bigint")),
                     column(QStringLiteral("total"), 2, QStringLiteral("numeric"))};
        m.views = {v};
    }
    m.sort();
    return m;
}

QModelIndex groupRow(const QAbstractItemModel *model, const QString &prefix)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString().startsWith(prefix)) return index;
    }
    return {};
}

} // namespace

class TestDiffView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_target;

    void compareSnapshots(DiffView &view)
    {
        view.sourcePicker()->setSnapshotFile(m_source);
        view.targetPicker()->setSnapshotFile(m_target);
        QVERIFY(view.compareButton()->isEnabled());
        QSignalSpy done(&view, &DiffView::comparisonFinished);
        view.compareButton()->click();
        QVERIFY(view.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QVERIFY(view.result());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("shop.json"));
        m_target = m_dir.filePath(QStringLiteral("shop_next.json"));
        QString error;
        QVERIFY2(Snapshot::save(model(false), m_source, &error), qPrintable(error));
        QVERIFY2(Snapshot::save(model(true), m_target, &error), qPrintable(error));
    }

    void lineDiffMarksChangedLines()
    {
        const LineDiff d = LineDiff::compare({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                             {QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c"),
                                              QStringLiteral("d")});
        QCOMPARE(d.changedLeft, (QList<bool>{false, true, false}));
        QCOMPARE(d.changedRight, (QList<bool>{false, true, false, true}));
        const LineDiff moved = LineDiff::compare({QStringLiteral("x"), QStringLiteral("y")},
                                                 {QStringLiteral("y"), QStringLiteral("x")});
        QCOMPARE(moved.changedLeftCount(), 1);
        QCOMPARE(moved.changedRightCount(), 1);
    }

    void treeCountsAndStates()
    {
        DiffView view(nullptr, nullptr);
        compareSnapshots(view);
        const auto result = view.result();
        QCOMPARE(result->count(DiffObject::State::Different), 1);    // orders
        QCOMPARE(result->count(DiffObject::State::OnlyInSource), 1); // the view
        QCOMPARE(result->count(DiffObject::State::OnlyInTarget), 1); // customers
        QCOMPARE(result->count(DiffObject::State::Identical), 2);    // schema app, items
        QVERIFY(view.countsLabel()->text().contains(QStringLiteral("different")));

        const QAbstractItemModel *tree = view.treeModel();
        const QModelIndex tables = groupRow(tree, QStringLiteral("Tables"));
        QVERIFY(tables.isValid());
        QCOMPARE(tree->rowCount(tables), 3);
        QMap<QString, QString> states;
        for (int row = 0; row < tree->rowCount(tables); ++row) {
            const QModelIndex name = tree->index(row, DiffTreeModel::NameColumn, tables);
            states.insert(name.data().toString(),
                          tree->index(row, DiffTreeModel::StateColumn, tables).data().toString());
            QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull()); // icon and text
        }
        QCOMPARE(states.value(QStringLiteral("app.orders")), QStringLiteral("different"));
        QCOMPARE(states.value(QStringLiteral("app.items")), QStringLiteral("identical"));
        QCOMPARE(states.value(QStringLiteral("app.customers")), QStringLiteral("only in target"));
        const QModelIndex views = groupRow(tree, QStringLiteral("Views"));
        QCOMPARE(tree->index(0, DiffTreeModel::StateColumn, views).data().toString(),
                 QStringLiteral("only in source"));
    }

    void filters()
    {
        DiffView view(nullptr, nullptr);
        compareSnapshots(view);
        const QAbstractItemModel *shown = view.tree()->model();
        QCOMPARE(shown->rowCount(), 3); // schemas, tables, views

        view.showCombo()->setCurrentIndex(view.showCombo()->findData(int(DiffFilterModel::Show::OnlyInSource)));
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(shown->index(0, 0).data().toString().startsWith(QStringLiteral("Views")));
        QCOMPARE(shown->index(0, 0, shown->index(0, 0)).data().toString(), QStringLiteral("app.order_totals"));

        view.showCombo()->setCurrentIndex(view.showCombo()->findData(int(DiffFilterModel::Show::AllDifferences)));
        const QModelIndex tables = groupRow(shown, QStringLiteral("Tables"));
        QCOMPARE(shown->rowCount(tables), 2); // orders, customers; not items

        view.showCombo()->setCurrentIndex(view.showCombo()->findData(int(DiffFilterModel::Show::All)));
        view.textFilterEdit()->setText(QStringLiteral("CUST"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0, shown->index(0, 0)).data().toString(), QStringLiteral("app.customers"));
        QVERIFY(!view.selectObject(QStringLiteral("app.orders"))); // filtered out
    }

    void selectedTableShowsBothDefinitionsAndItsPlan()
    {
        DiffView view(nullptr, nullptr);
        compareSnapshots(view);
        QVERIFY(view.selectObject(QStringLiteral("app.orders")));
        const QString source = view.ddlPane()->sourceEdit()->toPlainText();
        const QString target = view.ddlPane()->targetEdit()->toPlainText();
        QVERIFY2(source.contains(QStringLiteral("total numeric(10,2)")), qPrintable(source));
        QVERIFY2(target.contains(QStringLiteral("total numeric(12,2)")), qPrintable(target));
        QVERIFY(target.contains(QStringLiteral("orders_total_idx")));

        // The changed column line is marked on both sides, the unchanged ones are not.
        const QStringList sourceLines = source.split(u'\n');
        const QStringList targetLines = target.split(u'\n');
        auto lineOf = [](const QStringList &lines, const QString &needle) {
            for (int i = 0; i < lines.size(); ++i)
                if (lines.at(i).contains(needle)) return i;
            return -1;
        };
        const QList<int> markedSource = view.ddlPane()->markedLines(true);
        const QList<int> markedTarget = view.ddlPane()->markedLines(false);
        QVERIFY(markedSource.contains(lineOf(sourceLines, QStringLiteral("numeric(10,2)"))));
        QVERIFY(markedTarget.contains(lineOf(targetLines, QStringLiteral("numeric(12,2)"))));
        QVERIFY(markedTarget.contains(lineOf(targetLines, QStringLiteral("orders_total_idx"))));
        QVERIFY(!markedSource.contains(lineOf(sourceLines, QStringLiteral("customer_id"))));
        QCOMPARE(view.ddlPane()->sourceEdit()->extraSelections().size(), markedSource.size());

        // Its part of the plan: the type change with its hazards, the index built concurrently.
        const QString plan = view.objectPlanEdit()->toPlainText();
        QVERIFY2(plan.contains(QStringLiteral("ALTER TABLE")) && plan.contains(QStringLiteral("numeric(12,2)")),
                 qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("hazard")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("CREATE INDEX CONCURRENTLY")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("outside a transaction")), qPrintable(plan));
        QVERIFY(!plan.contains(QStringLiteral("customers")));

        // An identical table: same text, nothing marked, nothing to do.
        QVERIFY(view.selectObject(QStringLiteral("app.items")));
        QVERIFY(view.ddlPane()->markedLines(true).isEmpty());
        QCOMPARE(view.ddlPane()->sourceEdit()->toPlainText(), view.ddlPane()->targetEdit()->toPlainText());
        QVERIFY(!view.objectPlanEdit()->toPlainText().contains(QStringLiteral("ALTER")));

        // A view only in the source: no target text, a drop in the plan.
        QVERIFY(view.selectObject(QStringLiteral("app.order_totals")));
        QVERIFY(view.ddlPane()->targetEdit()->toPlainText().isEmpty());
        QVERIFY(view.objectPlanEdit()->toPlainText().contains(QStringLiteral("DROP VIEW")));
    }

    void openInEditorCarriesThePlan()
    {
        DiffView view(nullptr, nullptr);
        compareSnapshots(view);
        QSignalSpy spy(&view, &DiffView::openInEditorRequested);
        QVERIFY(view.planPanel()->openButton(DiffPlanPanel::UpPage)->isEnabled());
        view.planPanel()->openButton(DiffPlanPanel::UpPage)->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), view.result()->plan.toSql());
        QVERIFY(spy.at(0).at(1).toString().contains(QStringLiteral("shop")));
        view.planPanel()->openButton(DiffPlanPanel::DownPage)->click();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), view.result()->down.toSql());
        QVERIFY(view.planPanel()->text(DiffPlanPanel::VerifyPage).contains(QStringLiteral("SELECT")));
        // Snapshot sides: nothing to save.
        QVERIFY(!view.saveSnapshotButton(true)->isEnabled());
    }

    void missingFileIsReportedAndInputsKept()
    {
        DiffView view(nullptr, nullptr);
        const QString missing = m_dir.filePath(QStringLiteral("nope.json"));
        view.sourcePicker()->setSnapshotFile(missing);
        view.targetPicker()->setSnapshotFile(m_target);
        view.compare();
        QTRY_VERIFY(!view.isRunning());
        QTRY_VERIFY(view.banner()->isVisibleTo(&view));
        QCOMPARE(view.banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(view.banner()->title().contains(QStringLiteral("source")), qPrintable(view.banner()->title()));
        QVERIFY(view.banner()->body().contains(QStringLiteral("nope.json")));
        QCOMPARE(view.sourcePicker()->pathEdit()->text(), missing);
        QCOMPARE(view.targetPicker()->pathEdit()->text(), m_target);
        QVERIFY(view.compareButton()->isEnabled());
    }

    void sameSnapshotHasNoDifferences()
    {
        DiffView view(nullptr, nullptr);
        view.sourcePicker()->setSnapshotFile(m_source);
        view.targetPicker()->setSnapshotFile(m_source);
        view.compare();
        QTRY_VERIFY(view.result());
        QCOMPARE(view.result()->changes.size(), 0);
        QCOMPARE(view.result()->count(DiffObject::State::Identical), int(view.result()->objects.size()));
        QVERIFY(!view.planPanel()->openButton(DiffPlanPanel::UpPage)->isEnabled());
    }

    // An aggregate is an object of its own in the tree, with its CREATE AGGREGATE
    // on each side and its part of the plan.
    void aggregatesAreListed()
    {
        auto withAggregate = [](bool target) {
            SchemaModel m = model(false);
            Aggregate a;
            a.schema = QStringLiteral("app");
            a.name = QStringLiteral("total_sum");
            a.identityArguments = a.arguments = QStringLiteral("numeric");
            a.result = QStringLiteral("numeric");
            a.stateFunction = QStringLiteral("pg_catalog.numeric_add");
            a.stateType = QStringLiteral("numeric");
            a.initialCondition = target ? QStringLiteral("0") : QString();
            a.hasInitialCondition = target;
            a.owner = QStringLiteral("app_owner");
            m.aggregates = {a};
            m.sort();
            return m;
        };
        const QString source = m_dir.filePath(QStringLiteral("agg.json"));
        const QString target = m_dir.filePath(QStringLiteral("agg_next.json"));
        QString error;
        QVERIFY2(Snapshot::save(withAggregate(false), source, &error), qPrintable(error));
        QVERIFY2(Snapshot::save(withAggregate(true), target, &error), qPrintable(error));
        DiffView view(nullptr, nullptr);
        view.sourcePicker()->setSnapshotFile(source);
        view.targetPicker()->setSnapshotFile(target);
        view.compare();
        QTRY_VERIFY_WITH_TIMEOUT(view.result(), 20000);
        QCOMPARE(view.result()->count(DiffObject::State::Different), 1);
        const QAbstractItemModel *tree = view.treeModel();
        const QModelIndex aggregates = groupRow(tree, QStringLiteral("Aggregates"));
        QVERIFY(aggregates.isValid());
        QCOMPARE(tree->rowCount(aggregates), 1);
        QCOMPARE(tree->index(0, DiffTreeModel::NameColumn, aggregates).data().toString(),
                 QStringLiteral("app.total_sum(numeric)"));
        QCOMPARE(tree->index(0, DiffTreeModel::StateColumn, aggregates).data().toString(), QStringLiteral("different"));
        QVERIFY(view.selectObject(QStringLiteral("app.total_sum(numeric)")));
        const QString sourceDdl = view.ddlPane()->sourceEdit()->toPlainText();
        const QString targetDdl = view.ddlPane()->targetEdit()->toPlainText();
        QVERIFY2(sourceDdl.contains(QStringLiteral("CREATE AGGREGATE")), qPrintable(sourceDdl));
        QVERIFY2(targetDdl.contains(QStringLiteral("INITCOND")) && !sourceDdl.contains(QStringLiteral("INITCOND")),
                 qPrintable(targetDdl));
        QVERIFY(!view.ddlPane()->markedLines(false).isEmpty());
        const QString plan = view.objectPlanEdit()->toPlainText();
        QVERIFY2(plan.contains(QStringLiteral("AGGREGATE")), qPrintable(plan));
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
