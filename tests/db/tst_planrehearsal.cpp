// The plan rehearsal against the sandbox: realistic diffs (tables, indexes,
// foreign keys, enums, views over a changed column, partitions) rehearse
// clean on a scratch database; a plan that cannot run reports the failing
// statement with its SQLSTATE and position; `slipway-cli diff --rehearse`.

#include "catalog/introspector.h"
#include "diff/planjson.h"
#include "diff/planner.h"
#include "diff/planrehearsal.h"
#include "testsandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using namespace slipway::catalog;
using namespace slipway::diff;
using test::TestSandbox;

namespace {

SchemaModel read(const QString &uri)
{
    pqxx::connection conn(uri.toStdString());
    IntrospectOptions options;
    options.exactSizes = false;
    return Introspector::read(conn, options);
}

// No scratch database left behind on the sandbox server.
int scratchDatabases()
{
    pqxx::connection conn(TestSandbox::primary().toStdString());
    pqxx::nontransaction tx(conn);
    return tx.exec("SELECT count(*) FROM pg_database WHERE datname LIKE 'slipway_rehearse_%'")[0][0]
        .as<int>();
}

} // namespace

class TestPlanRehearsal : public QObject {
    Q_OBJECT

private:
    RehearsalReport rehearse(const QString &common, const QString &a, const QString &b,
                             Plan *upOut = nullptr, Plan *edit = nullptr, bool withDown = true);

private slots:
    void initTestCase();
    void clean_data();
    void clean();
    void failingStatement();
    void residual();
    void progressAndCancel();
    void cli();

private:
    QString m_a;
    QString m_b;
};

void TestPlanRehearsal::initTestCase()
{
    m_a = TestSandbox::freshDatabase(QStringLiteral("tst_rehearsal_a"));
    m_b = TestSandbox::freshDatabase(QStringLiteral("tst_rehearsal_b"));
}

// Builds A and B in schema app, plans A -> B and rehearses it (with `edit`
// replacing the up plan when given).
RehearsalReport TestPlanRehearsal::rehearse(const QString &common, const QString &a,
                                            const QString &b, Plan *upOut, Plan *edit,
                                            bool withDown)
{
    const QString reset = QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE;");
    TestSandbox::exec(m_a, reset + QStringLiteral("CREATE SCHEMA app;") + common + a);
    TestSandbox::exec(m_b, reset + QStringLiteral("CREATE SCHEMA app;") + common + b);
    const SchemaModel from = read(m_a);
    const SchemaModel to = read(m_b);
    PlanOptions options;
    options.serverVersion = from.serverVersionNumber;
    Plan up = Planner::plan(from, to, DiffOptions{}, options);
    if (edit) up = *edit;
    if (upOut) *upOut = up;
    const Plan down = Planner::downPlan(from, to, DiffOptions{}, options);
    RehearsalOptions rehearsalOptions;
    rehearsalOptions.scratchConninfo = TestSandbox::primary();
    PlanRehearsal rehearsal(rehearsalOptions);
    return rehearsal.run(from, to, up, withDown ? std::optional<Plan>(down) : std::nullopt);
}

void TestPlanRehearsal::clean_data()
{
    QTest::addColumn<QString>("common");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const QString orders = QStringLiteral(
        "CREATE TABLE app.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        "email text NOT NULL);");
    QTest::newRow("tables and columns")
        << orders
        << QStringLiteral("CREATE TABLE app.orders (id bigint PRIMARY KEY, note varchar(20), "
                          "legacy int);")
        << QStringLiteral("CREATE TABLE app.orders (id bigint PRIMARY KEY, note text, "
                          "total numeric(12,2) NOT NULL DEFAULT 0, created timestamptz "
                          "DEFAULT now()); CREATE TABLE app.audit (at timestamptz, what text);");
    QTest::newRow("indexes and unique")
        << orders
        << QStringLiteral("CREATE INDEX customers_email ON app.customers (email);")
        << QStringLiteral("CREATE UNIQUE INDEX customers_email ON app.customers (lower(email)) "
                          "WHERE email <> ''; ALTER TABLE app.customers ADD CONSTRAINT "
                          "customers_email_key UNIQUE (email);");
    QTest::newRow("foreign keys")
        << orders + QStringLiteral("CREATE TABLE app.orders (id bigint PRIMARY KEY, customer bigint);")
        << QString()
        << QStringLiteral("ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY "
                          "(customer) REFERENCES app.customers ON DELETE CASCADE;"
                          "ALTER TABLE app.customers ALTER email SET DEFAULT '';");
    QTest::newRow("enums")
        << QString()
        << QStringLiteral("CREATE TYPE app.status AS ENUM ('new', 'paid');"
                          "CREATE TABLE app.t (s app.status);")
        << QStringLiteral("CREATE TYPE app.status AS ENUM ('new', 'paid', 'shipped');"
                          "CREATE TABLE app.t (s app.status);");
    QTest::newRow("view over a changed column")
        << QString()
        << QStringLiteral("CREATE TABLE app.items (id int, price int);"
                          "CREATE VIEW app.priced AS SELECT id, price FROM app.items;"
                          "CREATE VIEW app.expensive AS SELECT id FROM app.priced WHERE price > 10;")
        << QStringLiteral("CREATE TABLE app.items (id int, price numeric(10,2));"
                          "CREATE VIEW app.priced AS SELECT id, price FROM app.items;"
                          "CREATE VIEW app.expensive AS SELECT id FROM app.priced WHERE price > 10;");
    QTest::newRow("partitions")
        << QStringLiteral("CREATE TABLE app.events (id bigint, at date NOT NULL, PRIMARY KEY (id, at)) "
                          "PARTITION BY RANGE (at);"
                          "CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM "
                          "('2025-01-01') TO ('2026-01-01');")
        << QString()
        << QStringLiteral("CREATE TABLE app.events_2026 PARTITION OF app.events FOR VALUES FROM "
                          "('2026-01-01') TO ('2027-01-01');"
                          "CREATE INDEX events_at ON app.events (at);"
                          "CREATE TABLE app.marks (id bigint, at date, FOREIGN KEY (id, at) "
                          "REFERENCES app.events);");
}

void TestPlanRehearsal::clean()
{
    QFETCH(QString, common);
    QFETCH(QString, a);
    QFETCH(QString, b);
    Plan up;
    const RehearsalReport report = rehearse(common, a, b, &up);
    QVERIFY2(report.isClean(), qPrintable(report.toText() + QLatin1String("\n") + up.toSql()));
    QVERIFY(report.downRehearsed);
    QVERIFY(report.upStatementsRun > 0);
    QVERIFY(report.scratchDropped);
    QVERIFY(report.scratchDatabase.startsWith(QLatin1String("slipway_rehearse_")));
    QCOMPARE(scratchDatabases(), 0);
}

void TestPlanRehearsal::failingStatement()
{
    // A column retyped where PostgreSQL has no cast (integer to date): fails
    // even on an empty table.
    Plan up;
    const RehearsalReport report =
        rehearse(QString(), QStringLiteral("CREATE TABLE app.t2 (id int, due int);"),
                 QStringLiteral("CREATE TABLE app.t2 (id int, due date);"), &up);
    QCOMPARE(report.status, RehearsalReport::Status::StatementFailed);
    QVERIFY(report.failure.has_value());
    QCOMPARE(report.failure->phase, RehearsalFailure::Phase::Up);
    QVERIFY2(report.failure->sql.contains(QLatin1String("TYPE date")), qPrintable(report.failure->sql));
    QCOMPARE(report.failure->error.sqlState, QStringLiteral("42846"));
    QCOMPARE(up.statements.at(report.failure->statement).sql, report.failure->sql);
    const QString text = report.toText();
    QVERIFY2(text.contains(QLatin1String("42846")) && text.contains(QLatin1String("up plan")),
             qPrintable(text));
    QVERIFY(report.scratchDropped);
    const QJsonObject json = PlanJson::rehearsalToJson(report);
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("statement-failed"));
    QCOMPARE(json.value(QLatin1String("failure")).toObject().value(QLatin1String("sqlstate")).toString(),
             QStringLiteral("42846"));
}

void TestPlanRehearsal::residual()
{
    // A plan that leaves out a step: the re-diff names what is missing; a
    // syntax error reports its position.
    const QString a = QStringLiteral("CREATE TABLE app.t (id int);");
    const QString b = QStringLiteral("CREATE TABLE app.t (id int, extra text);"
                                     "CREATE INDEX t_id ON app.t (id);");
    Plan up;
    rehearse(QString(), a, b, &up);
    Plan partial = up;
    partial.statements.removeIf([](const PlanStatement &s) { return s.sql.contains(QLatin1String("INDEX")); });
    QVERIFY(partial.statements.size() < up.statements.size());
    RehearsalReport report = rehearse(QString(), a, b, nullptr, &partial, false);
    QCOMPARE(report.status, RehearsalReport::Status::Residual);
    QCOMPARE(report.upResidual.size(), 1);
    QCOMPARE(report.upResidual.first().kind, ObjectKind::Index);
    QVERIFY(report.toText().contains(QLatin1String("t_id")));

    Plan broken = up;
    broken.statements.first().sql = QStringLiteral("ALTER TABLE app.t ADD COLUMN extra txet");
    report = rehearse(QString(), a, b, nullptr, &broken, false);
    QCOMPARE(report.status, RehearsalReport::Status::StatementFailed);
    QCOMPARE(report.failure->error.sqlState, QStringLiteral("42704"));
    QCOMPARE(report.failure->error.position, 36);
    QVERIFY2(report.toText().contains(QLatin1String("(1:36)")), qPrintable(report.toText()));
    QCOMPARE(scratchDatabases(), 0);
}

void TestPlanRehearsal::progressAndCancel()
{
    TestSandbox::exec(m_a, QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;"));
    TestSandbox::exec(m_b, QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;"
                                          "CREATE TABLE app.t (id int);"));
    const SchemaModel from = read(m_a);
    const SchemaModel to = read(m_b);
    const Plan up = Planner::plan(from, to, DiffOptions{});
    RehearsalOptions options;
    options.scratchConninfo = TestSandbox::primary();
    PlanRehearsal rehearsal(options);
    QStringList phases;
    double last = -1;
    bool monotonic = true;
    rehearsal.setProgress([&](const QString &phase, double fraction) {
        phases << phase;
        if (fraction < last) monotonic = false;
        last = fraction;
    });
    RehearsalReport report = rehearsal.run(from, to, up);
    QVERIFY(report.isClean());
    QVERIFY(!report.downRehearsed);
    QVERIFY(monotonic);
    QCOMPARE(last, 1.0);
    QVERIFY2(phases.join(u'\n').contains(QLatin1String("Up plan: statement 1 of")),
             qPrintable(phases.join(u'\n')));

    // Cancelled at its first progress report: nothing is left behind.
    PlanRehearsal cancelled(options);
    cancelled.setProgress([&cancelled](const QString &, double) { cancelled.cancel(); });
    report = cancelled.run(from, to, up);
    QCOMPARE(report.status, RehearsalReport::Status::Cancelled);
    QCOMPARE(scratchDatabases(), 0);

    // No server to rehearse on: Failed with the connection error.
    RehearsalOptions nowhere;
    nowhere.scratchConninfo = QStringLiteral("postgresql://127.0.0.1:1/postgres?connect_timeout=2");
    report = PlanRehearsal(nowhere).run(from, to, up);
    QCOMPARE(report.status, RehearsalReport::Status::Failed);
    QVERIFY(report.error.isError());
}

void TestPlanRehearsal::cli()
{
    TestSandbox::exec(m_a, QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;"
                                          "CREATE TABLE app.t (id int);"));
    TestSandbox::exec(m_b, QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;"
                                          "CREATE TABLE app.t (id int, v text); CREATE INDEX t_v ON app.t (v);"));
    auto run = [](const QStringList &args, QByteArray *out, QByteArray *err) {
        QProcess cli;
        cli.start(TestSandbox::cliPath(), args);
        if (!cli.waitForFinished(60000)) return -1;
        *out = cli.readAllStandardOutput();
        *err = cli.readAllStandardError();
        return cli.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("diff"), m_a, m_b, QStringLiteral("--rehearse"), TestSandbox::primary()},
                 &out, &err), 0);
    QVERIFY2(err.contains("Rehearsal clean"), err.constData());
    QVERIFY(out.contains("CREATE INDEX CONCURRENTLY"));
    QCOMPARE(run({QStringLiteral("diff"), m_a, m_b, QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--rehearse"), TestSandbox::primary()}, &out, &err), 0);
    const QJsonObject rehearsal =
        QJsonDocument::fromJson(out).object().value(QLatin1String("rehearsal")).toObject();
    QCOMPARE(rehearsal.value(QLatin1String("status")).toString(), QStringLiteral("clean"));

    TestSandbox::exec(m_b, QStringLiteral("ALTER TABLE app.t ALTER id TYPE date USING NULL;"));
    QCOMPARE(run({QStringLiteral("diff"), m_a, m_b, QStringLiteral("--rehearse"), TestSandbox::primary()},
                 &out, &err), 1);
    QVERIFY2(err.contains("42846") && err.contains("TYPE date"), err.constData());
    QCOMPARE(scratchDatabases(), 0);
}

QTEST_GUILESS_MAIN(TestPlanRehearsal)
#include "tst_planrehearsal.moc"
