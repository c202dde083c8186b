// Migration plans without a server: step classification, risk, pattern,
// rollback derivation, JSON round trip, and the runbooks' content.
#include "diff/plan.h"
#include "plan/planbuilder.h"
#include "plan/planexecution.h"
#include "plan/runbookexport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;
using namespace slipway::plan;

class TestPlan : public QObject {
    Q_OBJECT

    static PlanContext sized(qint64 rows, qint64 bytes)
    {
        PlanContext context;
        context.sourceName = QStringLiteral("m.sql");
        context.tables.insert(QStringLiteral("orders"), PlanTable{QStringLiteral("orders"), rows, bytes});
        return context;
    }

    static const QString &script()
    {
        static const QString sql = QStringLiteral(
            "ALTER TABLE orders ADD COLUMN note text;\n"
            "CREATE INDEX orders_note_idx ON orders (note);\n"
            "ALTER TABLE orders ALTER COLUMN id TYPE bigint;\n"
            "ALTER TABLE orders DROP COLUMN legacy;\n"
            "CREATE INDEX CONCURRENTLY orders_b_idx ON orders (b);\n"
            "ALTER TABLE orders ADD CONSTRAINT orders_c_fk FOREIGN KEY (c) REFERENCES customers (id);\n"
            "UPDATE orders SET note = 'x';\n");
        return sql;
    }

private slots:
    void classifiesSteps()
    {
        const MigrationPlan plan = PlanBuilder::build(script(), PlanContext{});
        QCOMPARE(plan.steps.size(), 7);
        const PlanStep &add = plan.steps[0];
        QCOMPARE(add.line, 1);
        QCOMPARE(add.effect, LockImpact::Effect::MetadataOnly);
        QCOMPARE(add.lockMode, LockMode::AccessExclusive);
        QCOMPARE(add.risk, RiskClass::Low);
        QCOMPARE(add.pattern, Pattern::Direct);
        QVERIFY(add.estimatedSeconds >= 0 && add.estimatedSeconds < 1);

        const PlanStep &index = plan.steps[1];
        QCOMPARE(index.effect, LockImpact::Effect::IndexBuild);
        QVERIFY(index.blocksWrites && !index.blocksReads);
        QCOMPARE(index.estimatedSeconds, -1.0); // offline: size unknown
        QCOMPARE(index.risk, RiskClass::Medium);
        QCOMPARE(index.pattern, Pattern::Concurrent);

        QCOMPARE(plan.steps[2].effect, LockImpact::Effect::Rewrite);
        QCOMPARE(plan.steps[2].risk, RiskClass::High);
        QCOMPARE(plan.steps[2].pattern, Pattern::ExpandContract);

        QVERIFY(plan.steps[3].destructive);
        QCOMPARE(plan.steps[3].risk, RiskClass::Critical);
        QVERIFY(plan.steps[3].backupNeeded);

        QVERIFY(plan.steps[4].outsideTransaction);
        QCOMPARE(plan.steps[4].pattern, Pattern::Concurrent);
        QVERIFY(!plan.steps[4].blocksWrites);

        QCOMPARE(plan.steps[5].risk, RiskClass::Critical); // FK change
        QCOMPARE(plan.steps[6].effect, LockImpact::Effect::RowChanges);
        QVERIFY(!plan.steps[0].findings.isEmpty() || !plan.steps[1].findings.isEmpty());
    }

    void summaryAndApprovals()
    {
        const MigrationPlan plan = PlanBuilder::build(script(), PlanContext{});
        QCOMPARE(plan.summary.risk, RiskClass::Critical);
        QCOMPARE(plan.summary.approvals, QStringList{QStringLiteral("Architecture review")});
        QVERIFY(plan.summary.downtime);
        QVERIFY(plan.summary.lockTimeUnknown);

        const MigrationPlan small = PlanBuilder::build(QStringLiteral("ALTER TABLE orders ADD COLUMN n int;"), PlanContext{});
        QCOMPARE(small.summary.risk, RiskClass::Low);
        QVERIFY(!small.summary.downtime);
        QCOMPARE(small.summary.approvals, QStringList{QStringLiteral("1 reviewer")});
        QCOMPARE(MigrationPlan::approvalsFor(RiskClass::High),
                 (QStringList{QStringLiteral("Tech lead"), QStringLiteral("DBA")}));
    }

    void riskFollowsTableSize()
    {
        const QString sql = QStringLiteral("ALTER TABLE orders ALTER COLUMN id TYPE bigint;");
        const MigrationPlan small = PlanBuilder::build(sql, sized(100, 16384));
        const MigrationPlan large = PlanBuilder::build(sql, sized(5000000, 500LL * 1024 * 1024));
        const MigrationPlan huge = PlanBuilder::build(sql, sized(50000000, 8LL * 1024 * 1024 * 1024));
        QCOMPARE(small.steps[0].risk, RiskClass::Low);
        QCOMPARE(small.steps[0].pattern, Pattern::Direct);
        QCOMPARE(large.steps[0].risk, RiskClass::Medium);
        QCOMPARE(large.steps[0].pattern, Pattern::ExpandContract);
        QCOMPARE(huge.steps[0].risk, RiskClass::High);
        QVERIFY(large.steps[0].estimatedSeconds > 5); // 500 MB at 50 MB/s
        QVERIFY(large.summary.downtime);
        QVERIFY(!small.summary.downtime);

        PlanContext measured = sized(5000000, 500LL * 1024 * 1024);
        measured.rates.rewriteBytesPerSecond = 500.0 * 1024 * 1024;
        measured.rates.measured = true;
        const MigrationPlan fast = PlanBuilder::build(sql, measured);
        QVERIFY(qAbs(fast.steps[0].estimatedSeconds - 1.0) < 0.01);
        QVERIFY(fast.steps[0].estimateBasis.contains(QStringLiteral("measured")));
    }

    void derivesRollbacks()
    {
        const MigrationPlan plan = PlanBuilder::build(script(), PlanContext{});
        QCOMPARE(plan.steps[0].rollbackSql, QStringLiteral("ALTER TABLE orders DROP COLUMN IF EXISTS note;"));
        QVERIFY(plan.steps[0].rollbackLoss.contains(QStringLiteral("Data loss")));
        QCOMPARE(plan.steps[1].rollbackSql, QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS orders_note_idx;"));
        QVERIFY(plan.steps[1].verificationSql.contains(QStringLiteral("indisvalid")));
        QVERIFY(plan.steps[3].rollbackSql.isEmpty());
        QVERIFY(plan.steps[3].rollbackLoss.contains(QStringLiteral("backup")));
        QCOMPARE(plan.steps[5].rollbackSql, QStringLiteral("ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_c_fk;"));
        QVERIFY(plan.steps[5].verificationSql.contains(QStringLiteral("convalidated")));

        const MigrationPlan quoted = PlanBuilder::build(QStringLiteral("CREATE INDEX \"Odd Idx\" ON s.t (a);"), PlanContext{});
        QCOMPARE(quoted.steps[0].rollbackSql, QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS s.\"Odd Idx\";"));
    }

    void jsonRoundTrip()
    {
        const MigrationPlan plan = PlanBuilder::build(script(), sized(2000000, 300LL * 1024 * 1024));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan.save(path));
        QString error;
        const auto loaded = MigrationPlan::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJsonBytes(), plan.toJsonBytes());
        QCOMPARE(loaded->steps.size(), plan.steps.size());
        QCOMPARE(loaded->steps[1].lockMode, LockMode::Share);
        QCOMPARE(loaded->steps[3].risk, RiskClass::Critical);
        QCOMPARE(loaded->steps[2].tables.first().rows, 2000000);
        QCOMPARE(plan.toJson().value(QStringLiteral("version")).toInt(), 1);

        QJsonObject future = plan.toJson();
        future.insert(QStringLiteral("version"), 99);
        QVERIFY(!MigrationPlan::fromJson(future, &error));
        QVERIFY(error.contains(QStringLiteral("99")));
        QVERIFY(!MigrationPlan::fromJson(QJsonObject{}, &error));
    }

    void markdownRunbook()
    {
        const MigrationPlan plan = PlanBuilder::build(script(), sized(2000000, 300LL * 1024 * 1024));
        const QString md = RunbookExport::toMarkdown(plan);
        for (const char *part : {"# Migration Runbook:", "## Summary", "## Pre-flight", "## Execute", "## Verification",
                                 "## Rollback (if needed)", "## Post-migration", "**Required approvals:** Architecture review",
                                 "pg_dump --format=custom --table='orders'", "```sql\nCREATE INDEX orders_note_idx ON orders (note);\n```",
                                 "SHARE on orders", "What users will notice", "DROP INDEX CONCURRENTLY IF EXISTS orders_note_idx;"})
            QVERIFY2(md.contains(QString::fromUtf8(part)), part);
        // Rollback goes in reverse order.
        QVERIFY(md.indexOf(QStringLiteral("Undo step 7")) < md.indexOf(QStringLiteral("Undo step 1")));
    }

    void htmlRunbookEscapes()
    {
        const MigrationPlan plan = PlanBuilder::build(
            QStringLiteral("UPDATE orders SET note = '<script>alert(1)</script>' WHERE a < 3 AND b > 2;"),
            sized(100, 8192));
        const QString html = RunbookExport::toHtml(plan);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("a &lt; 3 AND b &gt; 2")));
        QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("https://")));
        QVERIFY(html.contains(QStringLiteral("Pre-flight")));
        QVERIFY(html.contains(QStringLiteral("Rollback (if needed)")));
    }

    void fromDiffPlan()
    {
        diff::Plan diffPlan;
        diff::PlanStatement add;
        add.sql = QStringLiteral("ALTER TABLE public.orders ADD COLUMN note text");
        add.change = 0;
        diff::PlanStatement drop;
        drop.sql = QStringLiteral("ALTER TABLE public.orders DROP COLUMN old");
        drop.change = 1;
        drop.hazards << diff::Hazard{diff::Hazard::Kind::DataLoss, QStringLiteral("drops orders.old")};
        diffPlan.statements << add << drop;
        diffPlan.verify << diff::VerifyQuery{QStringLiteral("note exists"), QStringLiteral("SELECT true"), 0};
        const MigrationPlan plan = PlanBuilder::fromDiff(diffPlan, PlanContext{});
        QCOMPARE(plan.source, PlanSource::Diff);
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps[0].risk, RiskClass::Low);
        QVERIFY(plan.steps[0].verificationSql.contains(QStringLiteral("-- note exists\nSELECT true;")));
        QCOMPARE(plan.steps[1].risk, RiskClass::Critical);
        QVERIFY(plan.steps[1].riskReason.contains(QStringLiteral("drops orders.old")));
        QCOMPARE(plan.summary.risk, RiskClass::Critical);
    }

    // The diff plan's transaction group (a view dropped and re-created around a
    // type change under it) becomes one step, run in one transaction.
    void fromDiffPlanKeepsATransactionGroupTogether()
    {
        diff::Plan diffPlan;
        auto statement = [](const QString &sql, int change, int transaction) {
            diff::PlanStatement s;
            s.sql = sql;
            s.change = change;
            s.transaction = transaction;
            return s;
        };
        diffPlan.statements << statement(QStringLiteral("DROP VIEW public.order_totals"), 0, 0)
                            << statement(QStringLiteral("ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2)"), 0, 0)
                            << statement(QStringLiteral("CREATE VIEW public.order_totals AS SELECT sum(total) FROM public.orders"), 0, 0)
                            << statement(QStringLiteral("CREATE INDEX CONCURRENTLY orders_total_idx ON public.orders (total)"), 1, -1);
        diffPlan.verify << diff::VerifyQuery{QStringLiteral("total widened"), QStringLiteral("SELECT true"), 0};
        const MigrationPlan plan = PlanBuilder::fromDiff(diffPlan, PlanContext{});
        QCOMPARE(plan.steps.size(), 2);
        const PlanStep &group = plan.steps.at(0);
        QCOMPARE(group.index, 0);
        QVERIFY2(group.sql.startsWith(QStringLiteral("DROP VIEW")) && group.sql.contains(QStringLiteral("TYPE numeric(12,2);\nCREATE VIEW")),
                 qPrintable(group.sql));
        QCOMPARE(group.lockMode, LockMode::AccessExclusive);
        QVERIFY(group.blocksReads);
        QVERIFY(!group.outsideTransaction);
        QVERIFY(group.title.contains(QStringLiteral("3")));
        QVERIFY(group.verificationSql.contains(QStringLiteral("total widened")));
        QCOMPARE(plan.steps.at(1).index, 1);
        QVERIFY(plan.steps.at(1).outsideTransaction);
        // Run as one executor item: one transaction.
        const run::ExecutionItem item = PlanExecution::item(plan, 0, false);
        QVERIFY(item.sql.contains(QStringLiteral("CREATE VIEW")));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
