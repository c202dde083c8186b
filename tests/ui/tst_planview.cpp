// The plan view fed a plan built offline with known table sizes: the steps
// table, the summary, the detail pane, keyboard selection, the save/load
// round trip through the view, runbook export and the Present request.

#include "editor/sqlhighlighter.h"
#include "plan/planbuilder.h"
#include "plan/planstepdetail.h"
#include "plan/planstepmodel.h"
#include "plan/plansummarybar.h"
#include "plan/planview.h"
#include "plan/riskstyle.h"
#include "plan/runbookfile.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace slipway;
using namespace slipway::plan;

namespace {

const char *kSql = "ALTER TABLE app.orders ADD COLUMN note text;\n"
                   "CREATE INDEX orders_created_idx ON app.orders (created_at);\n"
                   "ALTER TABLE app.orders ALTER COLUMN amount TYPE numeric(12,2);\n"
                   "UPDATE app.orders SET note = 'x';\n";

MigrationPlan samplePlan()
{
    PlanContext context;
    context.title = QStringLiteral("Orders: notes and amounts");
    context.sourceName = QStringLiteral("V042__orders.sql");
    context.tables.insert(QStringLiteral("app.orders"),
                          PlanTable{QStringLiteral("app.orders"), 2'000'000, qint64(800) * 1024 * 1024});
    MigrationPlan plan = PlanBuilder::build(QString::fromLatin1(kSql), context);
    plan.sizesFromLiveDatabase = true;
    plan.steps[0].phase = StepPhase::Expand;
    plan.steps[0].deployNote = QStringLiteral("Deploy the app version that writes note before step 2.");
    return plan;
}

} // namespace

class TestPlanView : public QObject {
    Q_OBJECT

private slots:
    void modelContents();
    void summaryHeader();
    void detailPane();
    void keyboardSelection();
    void saveLoadRoundTrip();
    void runbookExport();
    void presentRequest();
};

void TestPlanView::modelContents()
{
    PlanView view;
    const MigrationPlan plan = samplePlan();
    view.setPlan(plan);
    PlanStepModel *model = view.model();
    QCOMPARE(model->rowCount(), plan.steps.size());
    QCOMPARE(model->columnCount(), int(PlanStepModel::ColumnCount));
    QCOMPARE(model->headerData(PlanStepModel::RiskColumn, Qt::Horizontal).toString(), QStringLiteral("Risk"));
    QCOMPARE(model->index(0, PlanStepModel::NumberColumn).data().toInt(), 1);
    QVERIFY(model->index(0, PlanStepModel::StatementColumn).data().toString().startsWith(QStringLiteral("Expand: ")));
    // The type change rewrites the table under ACCESS EXCLUSIVE.
    const QModelIndex lock = model->index(2, PlanStepModel::LockColumn);
    QVERIFY2(lock.data().toString().contains(QStringLiteral("ACCESS EXCLUSIVE on app.orders")),
             qPrintable(lock.data().toString()));
    QCOMPARE(model->index(2, PlanStepModel::EffectColumn).data().toString(), QStringLiteral("rewrite"));
    QVERIFY(!model->index(2, PlanStepModel::DurationColumn).data().toString().contains(QStringLiteral("unknown")));
    // Risk: a word and an icon, not colour alone.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex risk = model->index(row, PlanStepModel::RiskColumn);
        QCOMPARE(risk.data().toString(), MigrationPlan::riskLabel(plan.steps.at(row).risk));
        QVERIFY(!risk.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(risk.data(Qt::AccessibleTextRole).toString(), RiskStyle::text(plan.steps.at(row).risk));
        QVERIFY(!risk.data(Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(model->index(3, PlanStepModel::PatternColumn).data().toString(),
             MigrationPlan::patternLabel(plan.steps.at(3).pattern));
}

void TestPlanView::summaryHeader()
{
    PlanView view;
    const MigrationPlan plan = samplePlan();
    view.setPlan(plan);
    const QString text = view.summary()->text();
    QVERIFY2(text.contains(RiskStyle::text(plan.summary.risk)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Expected lock time:")));
    QVERIFY(text.contains(plan.summary.downtime ? QStringLiteral("Downtime: Yes") : QStringLiteral("Downtime: No")));
    for (const QString &approval : plan.summary.approvals)
        QVERIFY(text.contains(approval));
    QVERIFY(text.contains(QStringLiteral("live database")));
    QVERIFY(text.contains(plan.title));
}

void TestPlanView::detailPane()
{
    PlanView view;
    view.setPlan(samplePlan());
    QCOMPARE(view.currentStep(), 0);
    PlanStepDetail *detail = view.detail();
    QVERIFY(detail->factsText().contains(QStringLiteral("Expand")));
    QVERIFY(detail->factsText().contains(QStringLiteral("Deploy the app version")));
    QVERIFY(detail->sql(PlanStepDetail::StatementPage).contains(QStringLiteral("ADD COLUMN note")));
    QVERIFY(detail->sql(PlanStepDetail::RollbackPage).contains(QStringLiteral("DROP COLUMN")));
    view.selectStep(2);
    QVERIFY(detail->sql(PlanStepDetail::StatementPage).contains(QStringLiteral("TYPE numeric(12,2)")));
    const QString facts = detail->factsText();
    for (const char *label : {"Risk", "Lock", "Effect", "Estimated", "Pattern", "Users notice", "Backup", "Rollback",
                              "Verification", "Lint"})
        QVERIFY2(facts.contains(QLatin1String(label)), label);
    // The SQL is highlighted by the editor's highlighter.
    const auto editors = detail->findChildren<QPlainTextEdit *>();
    QCOMPARE(editors.size(), 3);
    for (QPlainTextEdit *edit : editors)
        QVERIFY(edit->document()->findChild<SqlHighlighter *>());
}

void TestPlanView::keyboardSelection()
{
    PlanView view;
    view.setPlan(samplePlan());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Down);
    QCOMPARE(view.currentStep(), 1);
    QVERIFY(view.detail()->sql(PlanStepDetail::StatementPage).contains(QStringLiteral("CREATE INDEX")));
    QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.currentStep(), 3);
    QVERIFY(view.detail()->sql(PlanStepDetail::StatementPage).startsWith(QStringLiteral("UPDATE")));
}

void TestPlanView::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders-plan.json"));
    PlanView view;
    const MigrationPlan plan = samplePlan();
    view.setPlan(plan);
    QSignalSpy titles(&view, &PlanView::titleChanged);
    QString error;
    QVERIFY2(view.saveFile(path, &error), qPrintable(error));
    QCOMPARE(titles.count(), 1);
    QCOMPARE(view.displayName(), QStringLiteral("orders-plan.json"));

    PlanView other;
    QVERIFY2(other.openFile(path, &error), qPrintable(error));
    QCOMPARE(other.filePath(), path);
    QCOMPARE(other.plan().toJson(), plan.toJson());
    QCOMPARE(other.model()->rowCount(), plan.steps.size());
    QCOMPARE(other.summary()->text(), view.summary()->text());
    QVERIFY(other.detail()->factsText().contains(QStringLiteral("Deploy the app version")));

    QVERIFY(!other.openFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(other.filePath(), path); // a failed open keeps what was there
}

void TestPlanView::runbookExport()
{
    QTemporaryDir dir;
    const MigrationPlan plan = samplePlan();
    QCOMPARE(RunbookFile::formatFor(QStringLiteral("a.html")), RunbookFile::Format::Html);
    QCOMPARE(RunbookFile::formatFor(QStringLiteral("a.md")), RunbookFile::Format::Markdown);
    QCOMPARE(RunbookFile::formatFor(QStringLiteral("a"), RunbookFile::formats().at(1).filter), RunbookFile::Format::Html);
    for (const RunbookFile::FormatInfo &info : RunbookFile::formats()) {
        const QString path = dir.filePath(QStringLiteral("runbook.") + info.extension);
        QString error;
        QVERIFY2(RunbookFile::write(plan, path, info.format, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(plan.title));
        QVERIFY(text.contains(QStringLiteral("orders_created_idx")));
    }
}

void TestPlanView::presentRequest()
{
    PlanView view;
    view.setPlan(samplePlan());
    QSignalSpy spy(&view, &PlanView::presentRequested);
    view.presentButton()->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<MigrationPlan>().steps.size(), 4);
}

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
