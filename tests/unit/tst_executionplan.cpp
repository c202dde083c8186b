// The executor's pure logic: transaction groups, error positions, destructive
// statements, retry backoff, the production guard, what is pending.
#include "run/executionplan.h"
#include "run/pendingmigrations.h"
#include "run/productionguard.h"
#include "run/retrybackoff.h"

#include <QtTest>

using namespace slipway;
using namespace slipway::run;
using namespace slipway::migrations;

class TestExecutionPlan : public QObject {
    Q_OBJECT

private slots:
    void oneTransactionForPlainDdl()
    {
        const auto plan = ExecutionPlan::build(
            ExecutionItem::script(QStringLiteral("CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n")),
            150000);
        QCOMPARE(plan.statements.size(), 2);
        QCOMPARE(plan.groups.size(), 1);
        QVERIFY(plan.runsInOneTransaction());
        QVERIFY(plan.notes.isEmpty());
    }

    void concurrentlyRunsAloneWithANote()
    {
        const auto plan = ExecutionPlan::build(
            ExecutionItem::script(QStringLiteral("CREATE TABLE a (id int);\n"
                                                 "CREATE INDEX CONCURRENTLY a_id ON a (id);\n"
                                                 "INSERT INTO a VALUES (1);\n"
                                                 "VACUUM a;\n")),
            150000);
        QCOMPARE(plan.groups.size(), 4);
        QVERIFY(plan.groups[0].inTransaction);
        QVERIFY(!plan.groups[1].inTransaction);
        QCOMPARE(plan.groups[1].statements, QList<int>{1});
        QVERIFY(plan.groups[2].inTransaction);
        QVERIFY(!plan.groups[3].inTransaction);
        QVERIFY(!plan.runsInOneTransaction());
        QVERIFY(plan.notes.join(u'\n').contains(QStringLiteral("line 2")));
    }

    void addValueDependsOnServer()
    {
        const auto item = ExecutionItem::script(QStringLiteral("ALTER TYPE mood ADD VALUE 'meh';"));
        QVERIFY(!ExecutionPlan::build(item, 110000).statements[0].transactionAllowed);
        QVERIFY(ExecutionPlan::build(item, 150000).statements[0].transactionAllowed);
    }

    void folderFlagAndUserTransactionsRunEachStatementAlone()
    {
        auto item = ExecutionItem::script(QStringLiteral("CREATE TABLE a (id int); CREATE TABLE b (id int);"));
        item.outsideTransaction = true;
        auto plan = ExecutionPlan::build(item, 150000);
        QCOMPARE(plan.groups.size(), 2);
        QVERIFY(!plan.groups[0].inTransaction);
        plan = ExecutionPlan::build(
            ExecutionItem::script(QStringLiteral("BEGIN; CREATE TABLE a (id int); COMMIT;")), 150000);
        QCOMPARE(plan.groups.size(), 3);
        QVERIFY(plan.statements[0].transactionControl);
    }

    void userTimeoutsAreNoticed()
    {
        const auto plan = ExecutionPlan::build(
            ExecutionItem::script(QStringLiteral("SET lock_timeout = '1s'; SET statement_timeout = 0;")),
            150000);
        QVERIFY(plan.statements[0].setsLockTimeout);
        QVERIFY(plan.statements[1].setsStatementTimeout);
    }

    void errorPositionMapsToFileLineAndColumn()
    {
        const QString sql = QStringLiteral("-- header\nCREATE TABLE a (id int);\n\nSELECT *\n  FROM nope;\n");
        const auto plan = ExecutionPlan::build(ExecutionItem::script(sql), 150000);
        QCOMPARE(plan.statements.size(), 2);
        // The server reports position 17 (1-based) within "SELECT *\n  FROM nope": the 'n'.
        const int pos = int(plan.statements[1].text.indexOf(QStringLiteral("nope"))) + 1;
        const TextPosition at = plan.positionOf(1, pos);
        QCOMPARE(at.line, 5);
        QCOMPARE(at.column, 8);
        QCOMPARE(sql.at(plan.offsetOf(1, pos) - 1), u'n');
        QCOMPARE(plan.positionOf(1, 0).line, 4); // no position: the statement start
    }

    void syntaxErrorsStopThePlan()
    {
        const auto plan = ExecutionPlan::build(ExecutionItem::script(QStringLiteral("CREATE TABEL a;")), 150000);
        QCOMPARE(plan.syntaxErrors.size(), 1);
    }

    void destructiveTargets()
    {
        auto targets = [](const char *sql) {
            return ExecutionPlan::build(ExecutionItem::script(QString::fromLatin1(sql)), 150000)
                .statements.value(0)
                .backupTables;
        };
        QCOMPARE(targets("DROP TABLE shop.orders, items"), (QStringList{QStringLiteral("shop.orders"), QStringLiteral("items")}));
        QCOMPARE(targets("TRUNCATE orders"), QStringList{QStringLiteral("orders")});
        QCOMPARE(targets("DELETE FROM orders"), QStringList{QStringLiteral("orders")});
        QVERIFY(targets("DELETE FROM orders WHERE id = 1").isEmpty());
        QCOMPARE(targets("ALTER TABLE orders DROP COLUMN note"), QStringList{QStringLiteral("orders")});
        QVERIFY(targets("ALTER TABLE orders ADD COLUMN note text").isEmpty());
        QVERIFY(targets("DROP INDEX orders_idx").isEmpty());
    }

    void backoffDoublesWithJitterAndCap()
    {
        QCOMPARE(RetryBackoff::delayMs(1, 100, 10000, 0.0), 50);
        QCOMPARE(RetryBackoff::delayMs(1, 100, 10000, 1.0), 100);
        QCOMPARE(RetryBackoff::delayMs(3, 100, 10000, 1.0), 400);
        QCOMPARE(RetryBackoff::delayMs(20, 100, 1000, 1.0), 1000);
        for (int i = 0; i < 50; ++i) {
            const int d = RetryBackoff::delayMs(2, 100, 10000);
            QVERIFY(d >= 100 && d <= 200);
        }
        QVERIFY(RetryBackoff::isRetryable(QStringLiteral("55P03")));
        QVERIFY(!RetryBackoff::isRetryable(QStringLiteral("42P01")));
    }

    void productionGuard()
    {
        auto profile = ConnectionProfile::create(QStringLiteral("prod"), Environment::Production);
        QVERIFY(ProductionGuard::confirmationRequired(profile));
        QVERIFY(!ProductionGuard::confirmationRequired(
            ConnectionProfile::create(QStringLiteral("dev"), Environment::Development)));
        QVERIFY(ProductionGuard::confirmed(QStringLiteral(" shop "), QStringLiteral("shop")));
        QVERIFY(!ProductionGuard::confirmed(QStringLiteral("Shop"), QStringLiteral("shop")));
        QVERIFY(!ProductionGuard::confirmed(QString(), QString()));
    }

    void pendingFromHistoryAndJournal()
    {
        QList<Migration> folder;
        for (const char *v : {"1", "2", "3", "4"}) {
            Migration m;
            m.version = QString::fromLatin1(v);
            m.downSql = QStringLiteral("SELECT 1;");
            folder << m;
        }
        AppliedMigration h;
        h.tool = HistoryTool::Flyway;
        h.version = QStringLiteral("1");
        JournalEntry ok;
        ok.version = QStringLiteral("2");
        ok.status = JournalEntry::Status::Succeeded;
        JournalEntry failed;
        failed.version = QStringLiteral("3");
        failed.status = JournalEntry::Status::Failed;
        JournalEntry back = ok;
        back.version = QStringLiteral("4");
        JournalEntry rolled = back;
        rolled.status = JournalEntry::Status::RolledBack;

        AppliedState state;
        state.applied = AppliedState::appliedVersions(folder, {h}, {ok, failed, back, rolled});
        QCOMPARE(state.applied, (QSet<QString>{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(state.pending(folder).size(), 2);
        QCOMPARE(state.pending(folder, QStringLiteral("3")).size(), 1);

        QString why;
        const auto chain = state.rollbackChain(folder, QStringLiteral("1"), &why);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain[0].version, QStringLiteral("2"));
        QVERIFY(state.rollbackChain(folder, QStringLiteral("3"), &why).isEmpty());
        QVERIFY(!why.isEmpty());
        folder[1].downSql.clear(); // no way back from 2: nothing is rolled back
        QVERIFY(state.rollbackChain(folder, QStringLiteral("1"), &why).isEmpty());
        QVERIFY(why.contains(QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(TestExecutionPlan)
#include "tst_executionplan.moc"
