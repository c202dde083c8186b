// Each expand/contract wizard's plan runs end to end on the demo database
// (up with every step verified, then down with every step verified) through
// the plan runner, while the demo workload keeps writing; no workload query
// may fail.
#include "catalog/introspector.h"
#include "catalog/schemamodel.h"
#include "db/demodatabase.h"
#include "db/demoworkload.h"
#include "plan/planexecution.h"
#include "plan/wizards/addforeignkeywizard.h"
#include "plan/wizards/addnotnullcolumnwizard.h"
#include "plan/wizards/changetypewizard.h"
#include "plan/wizards/renamecolumnwizard.h"
#include "plan/wizards/replaceindexwizard.h"
#include "plan/wizards/splittablewizard.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using namespace slipway::plan;
using namespace slipway::plan::wizards;
using slipway::test::TestSandbox;

namespace {

const QString databaseName = QStringLiteral("tst_wizards_e2e");

QString scalar(const QString &uri, const QString &sql)
{
    pqxx::connection c(uri.toStdString());
    pqxx::nontransaction tx(c);
    const pqxx::row row = tx.exec1(sql.toStdString());
    return row[0].is_null() ? QString() : QString::fromUtf8(row[0].c_str());
}

} // namespace

class TestWizardsE2e : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renameColumn();
    void changeType();
    void addNotNullColumn();
    void splitTable();
    void addForeignKey();
    void replaceIndex();
    void cliRunsSavedPlan();

private:
    // Up (each step verified), then down (each step verified after its rollback).
    void runUpAndDown(const std::optional<MigrationPlan> &plan, const QStringList &errors,
                      const std::function<void()> &afterUp, const std::function<void()> &afterDown);
    WizardContext context() const;

    QString m_uri;
    catalog::SchemaModel m_model;
    std::unique_ptr<DemoWorkload> m_workload;
};

void TestWizardsE2e::initTestCase()
{
    QString error;
    QVERIFY2(DemoDatabase::install(TestSandbox::primary(), databaseName, DemoOptions{20000}, {}, &error),
             qPrintable(error));
    m_uri = TestSandbox::primary(databaseName);
    pqxx::connection conn(m_uri.toStdString());
    m_model = catalog::Introspector::read(conn);
    QVERIFY(m_model.table(QStringLiteral("public"), QStringLiteral("orders")));
}

WizardContext TestWizardsE2e::context() const
{
    WizardContext c;
    c.model = &m_model;
    c.lockTimeoutMs = 500; // below the workload's 1 s: its queries never wait long behind a DDL
    return c;
}

void TestWizardsE2e::init()
{
    m_workload = std::make_unique<DemoWorkload>(m_uri, DemoWorkloadOptions{3, 10.0});
    m_workload->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_workload->stats().committed > 3, 5000);
}

void TestWizardsE2e::cleanup()
{
    m_workload->stop();
    const DemoWorkloadStats stats = m_workload->stats();
    qInfo("workload: %lld committed, %lld failed %s", stats.committed, stats.failed, qPrintable(stats.lastError));
    QCOMPARE(stats.failed, qint64(0));
    QVERIFY(stats.committed > 5);
    m_workload.reset();
}

void TestWizardsE2e::runUpAndDown(const std::optional<MigrationPlan> &plan, const QStringList &errors,
                                  const std::function<void()> &afterUp, const std::function<void()> &afterDown)
{
    QVERIFY2(plan, qPrintable(errors.join(u'\n')));
    QElapsedTimer timer;
    timer.start();
    PlanRunOptions options;
    options.execution.lockTimeoutMs = 500;
    QStringList log;
    PlanRunner up(options);
    up.setProgressSink([&log](const QString &line) { log << line; });
    const PlanRunResult upResult = up.run(m_uri, *plan);
    QVERIFY2(upResult.succeeded(), qPrintable(upResult.message + u'\n' + log.join(u'\n')));
    QCOMPARE(upResult.steps.size(), plan->steps.size());
    for (const PlanStepOutcome &o : upResult.steps) {
        QCOMPARE(o.status, PlanStepOutcome::Status::Succeeded);
        QVERIFY2(o.verified.value_or(false), qPrintable(plan->steps.at(o.step).title));
    }
    afterUp();
    if (QTest::currentTestFailed())
        return;

    options.down = true;
    PlanRunner down(options);
    const PlanRunResult downResult = down.run(m_uri, *plan);
    QVERIFY2(downResult.succeeded(), qPrintable(downResult.message));
    QCOMPARE(downResult.steps.size(), PlanExecution::order(*plan, true).size());
    for (const PlanStepOutcome &o : downResult.steps)
        QVERIFY2(o.verified.value_or(false), qPrintable(plan->steps.at(o.step).title));
    afterDown();
    qInfo("%s: up and down in %lld ms", qPrintable(plan->title), timer.elapsed());
}

void TestWizardsE2e::renameColumn()
{
    RenameColumnInputs in;
    in.table = QStringLiteral("customers");
    in.column = QStringLiteral("legacy_crm_id");
    in.newName = QStringLiteral("crm_reference");
    TestSandbox::exec(m_uri, QStringLiteral("UPDATE customers SET legacy_crm_id = 'crm-' || id WHERE id % 3 = 0"));
    QStringList errors;
    const QString sql = QStringLiteral("SELECT count(*) FROM customers WHERE legacy_crm_id IS NOT NULL");
    const QString before = scalar(m_uri, sql);
    runUpAndDown(
        RenameColumnWizard::generate(in, context(), &errors), errors,
        [&] {
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM customers WHERE crm_reference IS NOT NULL")),
                     before);
        },
        [&] { QCOMPARE(scalar(m_uri, sql), before); });
}

void TestWizardsE2e::changeType()
{
    ChangeTypeInputs in;
    in.table = QStringLiteral("orders");
    in.column = QStringLiteral("shipping_address");
    in.newType = QStringLiteral("character varying(500)");
    QStringList errors;
    const QString typeOf = QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                          "WHERE attrelid = 'orders'::regclass AND attname = 'shipping_address'");
    runUpAndDown(
        ChangeTypeWizard::generate(in, context(), &errors), errors,
        [&] { QCOMPARE(scalar(m_uri, typeOf), QStringLiteral("character varying(500)")); },
        [&] {
            QCOMPARE(scalar(m_uri, typeOf), QStringLiteral("text"));
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                                  "'orders'::regclass AND attname LIKE 'shipping_address_%' "
                                                  "AND NOT attisdropped")),
                     QStringLiteral("0"));
        });
}

void TestWizardsE2e::addNotNullColumn()
{
    AddNotNullColumnInputs in;
    in.table = QStringLiteral("orders");
    in.column = QStringLiteral("source_system");
    in.type = QStringLiteral("text");
    in.defaultExpression = QStringLiteral("'web'");
    QStringList errors;
    runUpAndDown(
        AddNotNullColumnWizard::generate(in, context(), &errors), errors,
        [&] {
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(*) FROM orders WHERE source_system IS DISTINCT FROM 'web'")),
                     QStringLiteral("0"));
        },
        [&] {
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT to_regclass('orders') IS NOT NULL AND NOT EXISTS (SELECT 1 "
                                                  "FROM pg_attribute WHERE attrelid = 'orders'::regclass AND "
                                                  "attname = 'source_system' AND NOT attisdropped)")),
                     QStringLiteral("t"));
        });
}

void TestWizardsE2e::splitTable()
{
    TestSandbox::exec(m_uri, QStringLiteral("UPDATE orders SET note = 'note ' || id WHERE id % 7 = 0"));
    const QString notes = scalar(m_uri, QStringLiteral("SELECT count(note) FROM orders"));
    SplitTableInputs in;
    in.table = QStringLiteral("orders");
    in.newTable = QStringLiteral("order_notes");
    in.columns = {{QStringLiteral("note"), QString(), false}};
    QStringList errors;
    runUpAndDown(
        SplitTableWizard::generate(in, context(), &errors), errors,
        [&] { QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(note) FROM order_notes")), notes); },
        [&] {
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT count(note) FROM orders")), notes);
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT to_regclass('order_notes') IS NULL")), QStringLiteral("t"));
        });
}

void TestWizardsE2e::addForeignKey()
{
    AddForeignKeyInputs in;
    in.table = QStringLiteral("payments");
    in.columns = {QStringLiteral("order_id")};
    in.referencedTable = QStringLiteral("orders");
    QStringList errors;
    const auto plan = AddForeignKeyWizard::generate(in, context(), &errors);
    QVERIFY(plan);
    QCOMPARE(plan->steps.size(), 2); // payments_order_id_idx exists: no index step
    const QString validated = QStringLiteral("SELECT coalesce((SELECT convalidated FROM pg_constraint "
                                             "WHERE conname = 'payments_order_id_fkey'), false)");
    runUpAndDown(
        plan, errors, [&] { QCOMPARE(scalar(m_uri, validated), QStringLiteral("t")); },
        [&] { QCOMPARE(scalar(m_uri, validated), QStringLiteral("f")); });
}

void TestWizardsE2e::replaceIndex()
{
    ReplaceIndexInputs in;
    in.table = QStringLiteral("orders");
    in.oldIndex = QStringLiteral("orders_pending_placed_at_idx");
    in.newIndex = QStringLiteral("orders_pending_placed_at_id_idx");
    in.keys = QStringLiteral("placed_at, id");
    in.predicate = QStringLiteral("status = 'pending'");
    in.keepOldName = true;
    QStringList errors;
    const QString definition = QStringLiteral("SELECT pg_get_indexdef('orders_pending_placed_at_idx'::regclass)");
    const QString before = scalar(m_uri, definition);
    runUpAndDown(
        ReplaceIndexWizard::generate(in, context(), &errors), errors,
        [&] {
            QVERIFY(scalar(m_uri, definition).contains(QLatin1String("(placed_at, id)")));
            QCOMPARE(scalar(m_uri, QStringLiteral("SELECT to_regclass('orders_pending_placed_at_id_idx') IS NULL")),
                     QStringLiteral("t"));
        },
        [&] { QCOMPARE(scalar(m_uri, definition), before); });
}

// slipway-cli migrate --plan: dry run, up, down, each a clean exit; a bad plan file is refused.
void TestWizardsE2e::cliRunsSavedPlan()
{
    AddNotNullColumnInputs in;
    in.table = QStringLiteral("orders");
    in.column = QStringLiteral("cli_flag");
    in.type = QStringLiteral("boolean");
    in.defaultExpression = QStringLiteral("false");
    const auto plan = AddNotNullColumnWizard::generate(in, context());
    QVERIFY(plan);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(plan->save(path));
    auto cli = [&](const QStringList &extra, const QString &uri) {
        QProcess process;
        process.start(TestSandbox::cliPath(),
                      QStringList{QStringLiteral("migrate"), uri, QStringLiteral("--plan"), path} + extra);
        process.waitForFinished(60000);
        qInfo("%s", process.readAllStandardError().right(400).constData());
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    };
    const QString exists = QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'orders'::regclass "
                                          "AND attname = 'cli_flag' AND NOT attisdropped");
    // A dry run is one rolled-back transaction holding every lock to its end: rehearse on a copy, not
    // under the workload.
    const QString copy = TestSandbox::freshDatabase(QStringLiteral("tst_wizards_e2e_dry"));
    TestSandbox::exec(copy, QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY);"
                                           "INSERT INTO orders SELECT generate_series(1, 100)"));
    auto [code, out] = cli({QStringLiteral("--dry-run")}, copy);
    QCOMPARE(code, 0);
    QCOMPARE(scalar(copy, exists), QStringLiteral("0"));
    std::tie(code, out) = cli({}, m_uri);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QLatin1String("(verified)")), qPrintable(out));
    QCOMPARE(scalar(m_uri, QStringLiteral("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = "
                                          "'orders'::regclass AND attname = 'cli_flag'")),
             QStringLiteral("true"));
    std::tie(code, out) = cli({QStringLiteral("--down")}, m_uri);
    QCOMPARE(code, 0);
    QCOMPARE(scalar(m_uri, exists), QStringLiteral("0"));

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"other\"}");
    bad.close();
    QProcess process;
    process.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), m_uri, QStringLiteral("--plan"), bad.fileName()});
    process.waitForFinished(60000);
    QCOMPARE(process.exitCode(), 1);
    process.start(TestSandbox::cliPath(), {QStringLiteral("migrate"), m_uri, QStringLiteral("--down")});
    process.waitForFinished(60000);
    QCOMPARE(process.exitCode(), 64);
}

QTEST_GUILESS_MAIN(TestWizardsE2e)
#include "tst_wizards_e2e.moc"
