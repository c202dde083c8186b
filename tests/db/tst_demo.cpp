// The demo content: schema + generated data, the demo migrations folder and
// the background workload, against the fixture sandbox.

#include "db/demodatabase.h"
#include "db/demoworkload.h"
#include "testsandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <pg_query.h>
#include <pqxx/pqxx>

using namespace slipway;
using slipway::test::TestSandbox;

namespace {

const QString databaseName = QStringLiteral("tst_demo");
constexpr qint64 orderRows = 20000;

qint64 scalar(pqxx::connection &connection, const char *sql)
{
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<qint64>();
}

// Runs a migration file the way a migration tool does: in one transaction,
// or statement by statement in autocommit when it cannot run in one.
void applyFile(pqxx::connection &connection, const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray sql = file.readAll();
    static const QRegularExpression needsAutocommit(QStringLiteral("\\b(CONCURRENTLY|COMMIT)\\b"));
    try {
        if (!needsAutocommit.match(QString::fromUtf8(sql)).hasMatch()) {
            pqxx::work tx(connection);
            tx.exec(sql.toStdString());
            tx.commit();
            return;
        }
        PgQuerySplitResult split = pg_query_split_with_scanner(sql.constData());
        QVERIFY2(!split.error, qPrintable(path));
        std::vector<std::string> statements;
        for (int i = 0; i < split.n_stmts; ++i)
            statements.push_back(sql.mid(split.stmts[i]->stmt_location, split.stmts[i]->stmt_len).toStdString());
        pg_query_free_split_result(split);
        for (const std::string &statement : statements) {
            pqxx::nontransaction tx(connection);
            tx.exec(statement);
        }
    } catch (const std::exception &e) {
        QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()))));
    }
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectsInvalidInput();
    void createsEveryObject();
    void loadsExactRowCounts();
    void triggersFire();
    void writesMigrationsFolder();
    void workloadCommitsWithoutFailures();
    void workloadStopsPromptlyWhileBlocked();
    void workloadReconnectsAfterConnectionLoss();
    void migrationsApplyInOrder();
    void cleanupTestCase();

private:
    QString m_uri;
    QTemporaryDir m_migrations;
};

void TestDemo::initTestCase()
{
    QList<int> percents;
    QStringList steps;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = DemoDatabase::install(TestSandbox::primary(), databaseName, DemoOptions{orderRows},
                                          [&](int percent, const QString &step) {
                                              percents << percent;
                                              steps << step;
                                          },
                                          &error);
    QVERIFY2(ok, qPrintable(error));
    qInfo("demo with %lld orders installed in %lld ms", orderRows, timer.elapsed());
    QVERIFY(percents.size() > 10);
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    QVERIFY(!steps.contains(QString()));
    m_uri = TestSandbox::primary(databaseName);
}

void TestDemo::rejectsInvalidInput()
{
    QString error;
    QVERIFY(!DemoDatabase::install(TestSandbox::primary(), QStringLiteral("tst_demo_invalid"), DemoOptions{0},
                                   {}, &error));
    QVERIFY(error.contains(QLatin1String("0")));
    error.clear();
    QVERIFY(!DemoDatabase::install(TestSandbox::primary(), QString(), DemoOptions{}, {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!DemoDatabase::install(QStringLiteral("postgresql://127.0.0.1:1/postgres?connect_timeout=2"),
                                   QStringLiteral("tst_demo_invalid"), DemoOptions{100}, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestDemo::createsEveryObject()
{
    pqxx::connection c(m_uri.toStdString());
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") >= 6);
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace "
                       "WHERE n.nspname = 'public' AND t.relkind = 'r' AND NOT EXISTS "
                       "(SELECT 1 FROM pg_constraint p WHERE p.conrelid = t.oid AND p.contype = 'p')"),
             qint64(0));
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' "
                      "AND connamespace = 'public'::regnamespace AND convalidated") >= 4);
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_pending_placed_at_idx' "
                       "AND indexdef LIKE '%WHERE (status = ''pending''%'"),
             qint64(1));
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid "
                       "WHERE x.relname = 'customers_email_lower_key' AND i.indexprs IS NOT NULL "
                       "AND i.indisunique"),
             qint64(1));
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid "
                      "JOIN pg_namespace n ON n.oid = x.relnamespace "
                      "WHERE n.nspname = 'public' AND i.indpred IS NOT NULL") >= 1);
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_enum WHERE enumtypid = 'order_status'::regtype"), qint64(6));
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_views WHERE schemaname = 'public'") >= 1);
    QVERIFY(scalar(c, "SELECT count(*) FROM customer_order_summary") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
                      "WHERE l.lanname = 'plpgsql' AND p.pronamespace = 'public'::regnamespace") >= 3);
    QVERIFY(scalar(c, "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal") >= 4);
}

void TestDemo::loadsExactRowCounts()
{
    pqxx::connection c(m_uri.toStdString());
    QCOMPARE(scalar(c, "SELECT count(*) FROM orders"), orderRows);
    QCOMPARE(scalar(c, "SELECT count(*) FROM customers"), orderRows / 10);
    QCOMPARE(scalar(c, "SELECT count(*) FROM products"), qint64(2000));
    qint64 items = 0; // 1 + id % 3 items per order
    for (qint64 id = 1; id <= orderRows; ++id)
        items += 1 + id % 3;
    QCOMPARE(scalar(c, "SELECT count(*) FROM order_items"), items);
    QVERIFY(scalar(c, "SELECT count(*) FROM payments") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM shipments") > 0);
    QVERIFY(scalar(c, "SELECT count(*) FROM orders WHERE status = 'pending'") > 0);
    // Totals agree with the items (and the plpgsql function works).
    QCOMPARE(scalar(c, "SELECT count(*) FROM orders o WHERE o.total_cents <> order_total_cents(o.id)"), qint64(0));
    // ANALYZE ran: the planner's estimate is the real count.
    QCOMPARE(scalar(c, "SELECT reltuples::bigint FROM pg_class WHERE oid = 'orders'::regclass"), orderRows);
    // Identity columns continue after the generated ids.
    QCOMPARE(scalar(c, "SELECT nextval(pg_get_serial_sequence('orders', 'id'))"), orderRows + 1);
}

void TestDemo::triggersFire()
{
    pqxx::connection c(m_uri.toStdString());
    const qint64 auditBefore = scalar(c, "SELECT count(*) FROM audit_log");
    {
        pqxx::work tx(c);
        tx.exec("UPDATE customers SET phone = '+49 30 1234567' WHERE id = 7");
        tx.exec("UPDATE orders SET status = 'cancelled' WHERE id = (SELECT min(id) FROM orders WHERE status = 'pending')");
        tx.commit();
    }
    QCOMPARE(scalar(c, "SELECT count(*) FROM audit_log"), auditBefore + 2);
    QCOMPARE(scalar(c, "SELECT count(*) FROM audit_log WHERE table_name = 'orders' "
                       "AND old_row->>'status' = 'pending' AND new_row->>'status' = 'cancelled'"),
             qint64(1));
    QCOMPARE(scalar(c, "SELECT count(*) FROM customers WHERE id = 7 AND updated_at > now() - interval '1 minute'"),
             qint64(1));
}

void TestDemo::writesMigrationsFolder()
{
    QVERIFY(m_migrations.isValid());
    const QString dir = m_migrations.filePath(QStringLiteral("demo-migrations"));
    QString error;
    QVERIFY2(DemoDatabase::writeMigrationsFolder(dir, &error), qPrintable(error));
    const QStringList all = QDir(dir).entryList(QDir::Files);
    const QStringList versioned = QDir(dir).entryList({QStringLiteral("V*.sql")}, QDir::Files);
    QVERIFY(versioned.size() >= 10);
    static const QRegularExpression flyway(QStringLiteral("^[VU]\\d{3}__[a-z0-9_]+\\.sql$"));
    for (const QString &name : all) {
        QVERIFY2(flyway.match(name).hasMatch(), qPrintable(name));
        QFile file(QDir(dir).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readLine().startsWith("-- "), qPrintable(name)); // says what it does
    }
    // Writing again overwrites instead of failing.
    QVERIFY2(DemoDatabase::writeMigrationsFolder(dir, &error), qPrintable(error));
    QCOMPARE(QDir(dir).entryList(QDir::Files), all);
}

void TestDemo::workloadCommitsWithoutFailures()
{
    DemoWorkload workload(m_uri);
    QSignalSpy spy(&workload, &DemoWorkload::statsChanged);
    QVERIFY(!workload.isRunning());
    workload.start();
    QVERIFY(workload.isRunning());
    QTest::qWait(2200);
    QVERIFY(spy.count() >= 1); // queued from the reporter thread
    QElapsedTimer timer;
    timer.start();
    workload.stop();
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!workload.isRunning());
    const DemoWorkloadStats stats = workload.stats();
    qInfo("workload: %lld committed, %lld failed", stats.committed, stats.failed);
    QVERIFY(stats.committed > 0);
    QVERIFY2(stats.failed == 0, qPrintable(stats.lastError));
    QVERIFY(stats.lastError.isEmpty());
    // Four clients at about 5 transactions a second each, for about 2 s.
    QVERIFY(stats.committed >= 10 && stats.committed <= 80);
    const auto last = spy.last().first().value<DemoWorkloadStats>();
    QCOMPARE(last.committed, stats.committed); // stop() reports the final numbers
}

void TestDemo::workloadStopsPromptlyWhileBlocked()
{
    // A migration-like lock on orders: every write to it waits.
    pqxx::connection blocker(m_uri.toStdString());
    pqxx::work lock(blocker);
    DemoWorkload workload(m_uri, DemoWorkloadOptions{2, 20.0});
    workload.start();
    QTest::qWait(300); // clients are connected and running
    lock.exec("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");
    QTest::qWait(100); // clients now queue behind the lock; their lock_timeout is 1 s
    QElapsedTimer timer;
    timer.start();
    workload.stop();
    qInfo("stopped in %lld ms while blocked", timer.elapsed());
    // Waiting out lock_timeout would take 900 ms or more; a cancel takes a few.
    QVERIFY2(timer.elapsed() < 800, qPrintable(QString::number(timer.elapsed())));
    lock.abort();
}

void TestDemo::workloadReconnectsAfterConnectionLoss()
{
    DemoWorkload workload(m_uri, DemoWorkloadOptions{2, 10.0});
    workload.start();
    QTRY_VERIFY_WITH_TIMEOUT(workload.stats().committed > 0, 3000);
    pqxx::connection admin(m_uri.toStdString());
    QCOMPARE(scalar(admin, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE application_name = 'slipway-demo-workload' AND datname = current_database()"),
             qint64(2));
    const qint64 committedBefore = workload.stats().committed;
    QTRY_VERIFY_WITH_TIMEOUT(workload.stats().reconnects >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(workload.stats().committed > committedBefore + 2, 5000);
    QVERIFY(workload.isRunning());
    workload.stop();
    QVERIFY(!workload.stats().lastError.isEmpty()); // the lost connection was reported
}

void TestDemo::migrationsApplyInOrder()
{
    const QDir dir(m_migrations.filePath(QStringLiteral("demo-migrations")));
    const QStringList versioned = dir.entryList({QStringLiteral("V*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(versioned.size() >= 10);
    pqxx::connection c(m_uri.toStdString());
    {
        pqxx::nontransaction tx(c);
        tx.exec("SET client_min_messages = warning");
    }
    // With the workload running, as a user would: migrations still succeed.
    DemoWorkload workload(m_uri, DemoWorkloadOptions{2, 5.0});
    workload.start();
    for (const QString &name : versioned) {
        applyFile(c, dir.filePath(name));
        if (QTest::currentTestFailed())
            return;
    }
    workload.stop();
    QVERIFY(workload.stats().committed > 0);

    // What the migrations promised is there.
    // (orders the workload placed after the backfill began may lack it)
    QCOMPARE(scalar(c, "SELECT count(*) FROM orders WHERE shipping_country IS NULL AND id <= 20000"), qint64(0));
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_constraint WHERE conname IN "
                       "('shipments_order_id_fkey', 'payments_order_id_fkey') AND convalidated"),
             qint64(2));
    QCOMPARE(scalar(c, "SELECT count(*) FROM pg_index WHERE indexrelid = 'order_items_product_id_idx'::regclass "
                       "AND indisvalid"),
             qint64(1));
    QCOMPARE(scalar(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' "
                       "AND column_name = 'total_cents' AND data_type = 'bigint'"),
             qint64(1));

    // The undo files apply in reverse order on top.
    QStringList undo = dir.entryList({QStringLiteral("U*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(undo.size() >= 3);
    std::reverse(undo.begin(), undo.end());
    for (const QString &name : std::as_const(undo)) {
        applyFile(c, dir.filePath(name));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(scalar(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' "
                       "AND column_name = 'full_name'"),
             qint64(1));
}

void TestDemo::cleanupTestCase()
{
    TestSandbox::exec(TestSandbox::primary(), QStringLiteral("DROP DATABASE IF EXISTS tst_demo WITH (FORCE)"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
