// The runbook after a run: RunReport built from an executor result, its
// events and the monitor's series (peaks, throttle/abort with reasons), and
// the "What happened" section of the Markdown and HTML runbooks.
#include "monitor/monitorseries.h"
#include "plan/planbuilder.h"
#include "plan/runbookexport.h"
#include "plan/runreport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;
using namespace slipway::plan;

class TestRunReport : public QObject {
    Q_OBJECT

    static QDateTime t0() { return QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0), Qt::UTC); }

    static QString sql()
    {
        return QStringLiteral("ALTER TABLE orders ADD COLUMN note text;\n"
                              "UPDATE orders SET note = 'x' WHERE id < 100;\n"
                              "ALTER TABLE orders ADD CONSTRAINT orders_note_len CHECK (length(note) < 10);\n");
    }

    static run::ExecutionEvent event(run::ExecutionEvent::Kind kind, int seconds, int statement = -1)
    {
        run::ExecutionEvent e;
        e.kind = kind;
        e.at = t0().addSecs(seconds);
        e.item = 0;
        e.statement = statement;
        return e;
    }

    // A failed run of sql(): statement 1 ok, 2 ok after a retry with 99 rows, 3 fails with 23514.
    static RunReport failedRun()
    {
        using Kind = run::ExecutionEvent::Kind;
        QList<run::ExecutionEvent> events;
        events << event(Kind::RunStarted, 0);
        auto started = event(Kind::StatementStarted, 1, 0);
        started.range.from.line = 1;
        events << started;
        auto done = event(Kind::StatementFinished, 1, 0);
        done.durationMs = 12;
        events << done;
        auto retry = event(Kind::Retry, 2, 1);
        retry.attempt = 2;
        events << retry;
        auto second = event(Kind::StatementFinished, 4, 1);
        second.durationMs = 2300;
        second.rows = 99;
        second.attempt = 2;
        events << second;
        auto error = event(Kind::Error, 5, 2);
        error.error.kind = DbError::Kind::Sql;
        error.error.sqlState = QStringLiteral("23514");
        error.error.message = QStringLiteral("check constraint \"orders_note_len\" is violated by some row");
        error.position.line = 3;
        events << error;
        events << event(Kind::RunFinished, 6);

        run::ExecutionResult result;
        result.status = run::ExecutionResult::Status::Failed;
        result.error = error.error;
        run::ItemOutcome outcome;
        outcome.item = 0;
        outcome.status = run::ItemOutcome::Status::Failed;
        outcome.durationMs = 5100;
        outcome.rows = 99;
        outcome.error = error.error;
        outcome.errorPosition.line = 3;
        result.items << outcome;

        RunReport report;
        report.mode = QStringLiteral("run");
        report.database = QStringLiteral("shop");
        report.addExecution(result, {run::ExecutionItem::script(sql(), QStringLiteral("orders.sql"))}, events);

        MonitorSeries series;
        for (int i = -5; i < 12; ++i) {
            Sample s;
            s.at = t0().addSecs(i);
            s.sequence = i + 6;
            ReplicaLag lag;
            lag.name = QStringLiteral("replica1");
            lag.replayLagSeconds = i == 3 ? 7.5 : (i == -3 ? 40 : 0.2); // the 40 s is before the run
            s.replicas << lag;
            if (i == 4) {
                LockWait wait;
                wait.pid = 42;
                wait.waitSeconds = 2.25;
                s.lockWaits << wait << LockWait{};
            }
            series.add(s);
        }
        PolicyDecision throttle;
        throttle.action = PolicyDecision::Action::Throttle;
        throttle.at = t0().addSecs(3);
        throttle.metric = QStringLiteral("replication_lag");
        throttle.value = 7.5;
        throttle.threshold = 5;
        throttle.reason = QStringLiteral("Replication lag 7.5 s is above the throttle threshold (5 s)");
        series.addEvent(throttle);
        PolicyDecision early = throttle;
        early.at = t0().addSecs(-60); // another run's
        series.addEvent(early);
        report.addMonitor(series);
        return report;
    }

private slots:
    void collectsWhatHappened()
    {
        const RunReport r = failedRun();
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.durationMs(), 6000);
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items[0].sqlState, QStringLiteral("23514"));
        QCOMPARE(r.statements.size(), 3);
        QCOMPARE(r.statementsForStep(1).first().rows, 99);
        QCOMPARE(r.statementsForStep(1).first().attempts, 2);
        QVERIFY(r.statementsForStep(2).first().failed);
        QCOMPARE(r.statementsForStep(2).first().line, 3);
        QCOMPARE(r.lagSeconds.value, 7.5); // not the 40 s before the run started
        QCOMPARE(r.lagSeconds.at, t0().addSecs(3));
        QCOMPARE(r.lockWaitSeconds.value, 2.25);
        QCOMPARE(r.lockWaiters.value, 2.0);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.throttleCount(), 1);
        QVERIFY(!r.aborted());
    }

    void markdownHasWhatHappened()
    {
        const MigrationPlan plan = PlanBuilder::build(sql(), PlanContext{});
        const RunReport report = failedRun();
        const QString md = RunbookExport::toMarkdown(plan, &report);
        for (const char *part : {"## What happened", "**Outcome:** failed (run)", "**Database:** shop",
                                 "2026-11-21 10:00:00 UTC", "took 6.0 s", "SQLSTATE 23514: check constraint",
                                 "**Replication lag peak:** 7.5 s at 10:00:03", "**Longest lock wait:** 2.3 s at 10:00:04",
                                 "**Throttle / abort events:** 1 throttle(s)", "### Statements",
                                 "| orders.sql | 2 |  | ok after 2 tries | 2.3 s | 99 |", "### Throttle and abort events",
                                 "| 10:00:03 | throttle | policy | Replication lag 7.5 s is above the throttle threshold (5 s) |",
                                 "- **Actual:** ok after 2 tries, 2.3 s, 99 rows",
                                 "- **Actual:** failed (23514), unknown: check constraint"})
            QVERIFY2(md.contains(QString::fromUtf8(part)), part);
        // The results come right after the summary, before the steps.
        QVERIFY(md.indexOf(QStringLiteral("## What happened")) < md.indexOf(QStringLiteral("## Pre-flight")));
        // Without a report nothing of it.
        const QString plain = RunbookExport::toMarkdown(plan);
        QVERIFY(!plain.contains(QStringLiteral("What happened")));
        QVERIFY(!plain.contains(QStringLiteral("**Actual:**")));
    }

    void htmlHasWhatHappenedAndCharts()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("lag.png"));
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n-not-a-real-image"); // only embedded, never decoded here
        file.close();
        const MigrationPlan plan = PlanBuilder::build(sql(), PlanContext{});
        RunReport report = failedRun();
        report.charts << RunReport::Chart{QStringLiteral("Replication lag"), png};
        const QString html = RunbookExport::toHtml(plan, &report);
        QVERIFY(html.contains(QStringLiteral("<h2>What happened</h2>")));
        QVERIFY(html.contains(QStringLiteral("check constraint &quot;orders_note_len&quot;")));
        QVERIFY(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
        QVERIFY(!html.contains(QStringLiteral("file://")));
        const QString print = RunbookExport::toHtml(plan, &report, RunbookExport::HtmlOptions{true});
        QVERIFY(print.contains(QStringLiteral("src=\"file://")));
        QVERIFY(print.contains(QStringLiteral("white-space:pre-wrap")));
        QVERIFY(print.contains(QStringLiteral("\u2610")));
        const QString md = RunbookExport::toMarkdown(plan, &report);
        QVERIFY(md.contains(QStringLiteral("![Replication lag](lag.png)")));
    }

    void expandContractStepFields()
    {
        MigrationPlan plan = PlanBuilder::build(sql(), PlanContext{});
        PlanStep &step = plan.steps[1];
        step.title = QStringLiteral("Backfill note");
        step.phase = StepPhase::Migrate;
        step.deployNote = QStringLiteral("Deploy the dual-write release before this step");
        run::BackfillSpec spec;
        spec.table = QStringLiteral("orders");
        spec.set = QStringLiteral("note = 'x'");
        spec.predicate = QStringLiteral("note IS NULL");
        step.backfill = spec;
        step.rollbackSql = QStringLiteral("UPDATE orders SET note = NULL;");
        step.rollbackVerificationSql = QStringLiteral("SELECT count(*) = 0 FROM orders WHERE note IS NOT NULL;");
        const QString md = RunbookExport::toMarkdown(plan);
        for (const char *part : {"### Step 2: Backfill note", "> **Application deploy:** Deploy the dual-write release",
                                 "- **Phase:** Migrate (backfill)",
                                 "- **Backfill:** batched by the backfill runner on orders: SET note = 'x', WHERE note IS NULL",
                                 "Verify after the undo:\n\n```sql\nSELECT count(*) = 0"})
            QVERIFY2(md.contains(QString::fromUtf8(part)), part);
        const QString html = RunbookExport::toHtml(plan);
        QVERIFY(html.contains(QStringLiteral("Step 2: Backfill note")));
        QVERIFY(html.contains(QStringLiteral("Deploy the dual-write release before this step")));
        QVERIFY(html.contains(QStringLiteral("<th>Phase</th><td>Migrate (backfill)</td>")));
    }

    void noMonitorSaysSo()
    {
        RunReport report;
        report.status = QStringLiteral("succeeded");
        report.addMonitor(MonitorSeries{});
        const QString md = RunbookExport::resultsMarkdown(report);
        QVERIFY(md.contains(QStringLiteral("**Replication lag peak:** not measured (no monitor samples)")));
        QVERIFY(md.contains(QStringLiteral("**Throttle / abort events:** none")));
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
