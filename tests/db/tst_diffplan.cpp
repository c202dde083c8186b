// The diff and planner against real databases: for each object kind, A and B
// differ; the plan applied to A makes it B (re-diff empty, verification true),
// then the down plan makes it A again. Also `slipway-cli diff`.

#include "catalog/introspector.h"
#include "catalog/snapshot.h"
#include "db/demodatabase.h"
#include "diff/planner.h"
#include "diff/schemadiff.h"
#include "sql/sqlscript.h"
#include "testsandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using namespace slipway::catalog;
using namespace slipway::diff;
using test::TestSandbox;

namespace {

const QString kRole = QStringLiteral("tst_diffplan_reader");

SchemaModel read(const QString &uri)
{
    pqxx::connection conn(uri.toStdString());
    IntrospectOptions options;
    options.exactSizes = false;
    return Introspector::read(conn, options);
}

QString summaries(const QList<SchemaChange> &changes)
{
    QStringList lines;
    for (const SchemaChange &change : changes) {
        QString line = change.summary();
        for (const Difference &d : change.differences)
            line += QStringLiteral("\n    %1: [%2] -> [%3]").arg(d.property, d.from, d.to);
        lines << line;
    }
    return lines.join(u'\n');
}

// Runs the plan statement by statement, as the executor would: each in its own
// transaction, or on its own when marked outside a transaction. Empty when it
// all ran; the failing statement and the error otherwise.
// `backfills`: SQL to run before the statement that contains the key (what a
// person does where the plan has a backfill hazard).
QString apply(const QString &uri, const Plan &plan, const QHash<QString, QString> &backfills = {})
{
    pqxx::connection conn(uri.toStdString());
    for (const PlanStatement &statement : plan.statements) {
        for (auto it = backfills.constBegin(); it != backfills.constEnd(); ++it) {
            if (statement.sql.contains(it.key())) pqxx::nontransaction(conn).exec(it.value().toStdString());
        }
        try {
            if (statement.outsideTransaction) {
                pqxx::nontransaction tx(conn);
                for (const QString &setting : statement.settings)
                    tx.exec(setting.toStdString());
                tx.exec(statement.sql.toStdString());
            } else {
                pqxx::work tx(conn);
                for (const QString &setting : statement.settings)
                    tx.exec(setting.toStdString());
                tx.exec(statement.sql.toStdString());
                tx.commit();
            }
        } catch (const std::exception &e) {
            return statement.sql + QLatin1String("\n  -> ") + QString::fromUtf8(e.what()) +
                   QLatin1String("\nwhole plan:\n") + plan.toSql();
        }
    }
    return QString();
}

QString failedVerification(const QString &uri, const Plan &plan)
{
    pqxx::connection conn(uri.toStdString());
    pqxx::nontransaction tx(conn);
    QStringList failed;
    for (const VerifyQuery &query : plan.verify) {
        try {
            const pqxx::result r = tx.exec(query.sql.toStdString());
            if (r.size() != 1 || r[0][0].is_null() || !r[0][0].as<bool>())
                failed << query.description + QLatin1String(": ") + query.sql;
        } catch (const std::exception &e) {
            failed << query.sql + QLatin1String(" -> ") + QString::fromUtf8(e.what());
        }
    }
    return failed.join(u'\n');
}

} // namespace

class TestDiffPlan : public QObject {
    Q_OBJECT

private:
    void addRow(const char *name, const QString &common, const QString &a, const QString &b,
                const QString &upContains = QString(), const QString &hazard = QString());
    void roundTrip();

private slots:
    void initTestCase();
    void tablesAndColumns_data();
    void tablesAndColumns() { roundTrip(); }
    void constraintsAndIndexes_data();
    void constraintsAndIndexes() { roundTrip(); }
    void otherObjects_data();
    void otherObjects() { roundTrip(); }
    void wholeSchemaFromEmpty_data();
    void wholeSchemaFromEmpty() { roundTrip(); }
    void demoMigrations();
    void cliDiff();

private:
    QString m_a;
    QString m_b;
};

void TestDiffPlan::initTestCase()
{
    TestSandbox::exec(TestSandbox::primary(),
                      QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                     "rolname = '%1') THEN CREATE ROLE %1; END IF; END $$")
                          .arg(kRole));
    m_a = TestSandbox::freshDatabase(QStringLiteral("tst_diffplan_a"));
    m_b = TestSandbox::freshDatabase(QStringLiteral("tst_diffplan_b"));
}

void TestDiffPlan::addRow(const char *name, const QString &common, const QString &a,
                          const QString &b, const QString &upContains, const QString &hazard)
{
    QTest::newRow(name) << common << a << b << upContains << hazard;
}

// The columns of every data function.
#define DIFF_COLUMNS()                                                                             \
    QTest::addColumn<QString>("common");                                                           \
    QTest::addColumn<QString>("a");                                                                \
    QTest::addColumn<QString>("b");                                                                \
    QTest::addColumn<QString>("upContains");                                                       \
    QTest::addColumn<QString>("hazard")

void TestDiffPlan::roundTrip()
{
    QFETCH(QString, common);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, upContains);
    QFETCH(QString, hazard);
    const QString prelude = QStringLiteral("CREATE SCHEMA app;\n") + common;
    // Same two databases for every row (cheaper than CREATE DATABASE): each
    // row's objects live in schema app or are the citext extension.
    const QString reset = QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE;"
                                         "DROP EXTENSION IF EXISTS citext CASCADE;");
    TestSandbox::exec(m_a, reset);
    TestSandbox::exec(m_b, reset);
    TestSandbox::exec(m_a, prelude + a);
    TestSandbox::exec(m_b, prelude + b);
    const SchemaModel before = read(m_a);
    const SchemaModel target = read(m_b);

    PlanOptions options;
    options.serverVersion = before.serverVersionNumber;
    const Plan up = Planner::plan(before, target, DiffOptions{}, options);
    QVERIFY2(!up.isEmpty(), "A and B should differ");
    const QString upSql = up.toSql();
    if (!upContains.isEmpty())
        QVERIFY2(upSql.contains(upContains), qPrintable(upSql));
    if (!hazard.isEmpty())
        QVERIFY2(upSql.contains(QStringLiteral("-- hazard (%1)").arg(hazard)), qPrintable(upSql));

    QString error = apply(m_a, up);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString unverified = failedVerification(m_a, up);
    QVERIFY2(unverified.isEmpty(), qPrintable(unverified + QLatin1String("\n") + upSql));
    const SchemaModel after = read(m_a);
    const QList<SchemaChange> left = SchemaDiff::compare(after, target);
    QVERIFY2(left.isEmpty(), qPrintable(QLatin1String("left after the up plan:\n") +
                                        summaries(left) + QLatin1String("\n") + upSql));

    const Plan down = Planner::downPlan(before, target, DiffOptions{}, options);
    error = apply(m_a, down);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<SchemaChange> back = SchemaDiff::compare(read(m_a), before);
    QVERIFY2(back.isEmpty(), qPrintable(QLatin1String("left after the down plan:\n") +
                                        summaries(back) + QLatin1String("\n") + down.toSql()));
}

void TestDiffPlan::tablesAndColumns_data()
{
    DIFF_COLUMNS();
    const QString orders = QStringLiteral(
        "CREATE TABLE app.orders (id bigint PRIMARY KEY, total integer DEFAULT 0, note text);\n"
        "INSERT INTO app.orders SELECT g, g, 'n' FROM generate_series(1, 100) g;\n");
    addRow("create table", QString(), QString(),
           QStringLiteral("CREATE TABLE app.t (id bigint PRIMARY KEY, name text NOT NULL DEFAULT "
                          "'x' CHECK (name <> ''), \"Mixed Case\" int);"),
           QStringLiteral("CREATE TABLE app.t"));
    addRow("drop table is a possible rename", QString(),
           QStringLiteral("CREATE TABLE app.old_name (id int, v text); INSERT INTO app.old_name VALUES (1, 'x');"),
           QStringLiteral("CREATE TABLE app.new_name (id int, v text);"),
           QStringLiteral("DROP TABLE app.old_name"), QStringLiteral("possible rename"));
    addRow("add column", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders ADD COLUMN paid boolean NOT NULL DEFAULT false;"),
           QStringLiteral("ADD COLUMN paid boolean DEFAULT false NOT NULL"));
    addRow("drop column", orders, QString(), QStringLiteral("ALTER TABLE app.orders DROP COLUMN note;"),
           QStringLiteral("DROP COLUMN note"), QStringLiteral("data loss"));
    addRow("column type", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total TYPE bigint;"),
           QStringLiteral("ALTER COLUMN total TYPE bigint"), QStringLiteral("rewrite"));
    addRow("column default", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total SET DEFAULT 42;"),
           QStringLiteral("SET DEFAULT 42"));
    addRow("column not null", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders ALTER COLUMN note SET NOT NULL;"),
           QStringLiteral("CHECK (note IS NOT NULL) NOT VALID"));
    addRow("identity column", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;"
                          "CREATE TABLE app.ids (id int GENERATED ALWAYS AS IDENTITY, v text);"),
           QStringLiteral("ADD GENERATED BY DEFAULT AS IDENTITY"));
    addRow("generated column", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders ADD COLUMN doubled bigint GENERATED ALWAYS AS (total * 2) STORED;"),
           QStringLiteral("GENERATED ALWAYS AS"));
    addRow("row security and options", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;"
                          "ALTER TABLE app.orders SET (fillfactor = 70);"),
           QStringLiteral("ENABLE ROW LEVEL SECURITY"), QStringLiteral("authorization"));
    addRow("view over a changed column", orders + QStringLiteral(
               "CREATE VIEW app.ids AS SELECT id FROM app.orders;"),
           QStringLiteral("CREATE VIEW app.totals AS SELECT id, total FROM app.orders;"
                          "CREATE VIEW app.big AS SELECT id FROM app.totals WHERE total > 10;"),
           QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total TYPE bigint;"
                          "CREATE VIEW app.totals AS SELECT id, total FROM app.orders;"
                          "CREATE VIEW app.big AS SELECT id FROM app.totals WHERE total > 10;"),
           QStringLiteral("DROP VIEW app.big"));
    addRow("dropped column under a view that keeps its grants", orders + QStringLiteral(
               "CREATE VIEW app.notes AS SELECT id, note, total FROM app.orders;"
               "GRANT SELECT ON app.notes TO tst_diffplan_reader;"
               "COMMENT ON VIEW app.notes IS 'notes';"),
           QString(),
           QStringLiteral("DROP VIEW app.notes; ALTER TABLE app.orders DROP COLUMN note;"
                          "CREATE VIEW app.notes AS SELECT id, total FROM app.orders;"
                          "GRANT SELECT ON app.notes TO tst_diffplan_reader;"
                          "COMMENT ON VIEW app.notes IS 'notes';"),
           QStringLiteral("DROP VIEW app.notes"));
    addRow("renamed column", orders, QString(),
           QStringLiteral("ALTER TABLE app.orders RENAME COLUMN note TO remark;"),
           QStringLiteral("DROP COLUMN note"), QStringLiteral("possible rename"));
    addRow("names that need quotes", QString(), QString(),
           QStringLiteral("CREATE TABLE app.\"Order\" (\"user\" int PRIMARY KEY, name text, \"select\" text);"
                          "CREATE INDEX \"Order by name\" ON app.\"Order\" (name);"
                          "COMMENT ON COLUMN app.\"Order\".\"select\" IS 'it''s quoted';"),
           QStringLiteral("CREATE TABLE app.\"Order\""));
}

void TestDiffPlan::constraintsAndIndexes_data()
{
    DIFF_COLUMNS();
    const QString tables = QStringLiteral(
        "CREATE TABLE app.customers (id bigint PRIMARY KEY, email text);\n"
        "INSERT INTO app.customers SELECT g, 'c' || g FROM generate_series(1, 50) g;\n"
        "CREATE TABLE app.orders (id bigint NOT NULL, customer_id bigint, total int, name text);\n"
        "INSERT INTO app.orders SELECT g, 1 + g % 50, g, 'o' || g FROM generate_series(1, 100) g;\n");
    addRow("primary key", tables, QString(),
           QStringLiteral("ALTER TABLE app.orders ADD PRIMARY KEY (id);"),
           QStringLiteral("PRIMARY KEY USING INDEX orders_pkey"));
    addRow("unique", tables, QString(),
           QStringLiteral("ALTER TABLE app.customers ADD CONSTRAINT customers_email_key UNIQUE (email);"),
           QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY customers_email_key"));
    addRow("foreign key", tables, QString(),
           QStringLiteral("ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY "
                          "(customer_id) REFERENCES app.customers (id) ON DELETE CASCADE;"),
           QStringLiteral("VALIDATE CONSTRAINT orders_customer_fk"));
    addRow("check", tables, QString(),
           QStringLiteral("ALTER TABLE app.orders ADD CONSTRAINT orders_total_check CHECK (total > 0);"),
           QStringLiteral("NOT VALID"));
    addRow("check left NOT VALID", tables, QString(),
           QStringLiteral("ALTER TABLE app.orders ADD CONSTRAINT orders_total_check CHECK (total > 0) NOT VALID;"),
           QStringLiteral("CHECK ((total > 0)) NOT VALID"));
    addRow("changed check", tables + QStringLiteral(
               "ALTER TABLE app.orders ADD CONSTRAINT orders_total_check CHECK (total > 0);"),
           QString(),
           QStringLiteral("ALTER TABLE app.orders DROP CONSTRAINT orders_total_check;"
                          "ALTER TABLE app.orders ADD CONSTRAINT orders_total_check CHECK (total > -1);"));
    addRow("exclusion", tables + QStringLiteral("CREATE TABLE app.slots (id int, during tsrange);"),
           QString(),
           QStringLiteral("ALTER TABLE app.slots ADD CONSTRAINT slots_no_overlap EXCLUDE USING gist (during WITH &&);"),
           QStringLiteral("EXCLUDE USING gist"));
    addRow("partial and expression indexes", tables, QString(),
           QStringLiteral("CREATE INDEX orders_name_idx ON app.orders (lower(name)) WHERE total > 10;"
                          "CREATE INDEX orders_total_idx ON app.orders (total DESC) INCLUDE (name);"),
           QStringLiteral("CREATE INDEX CONCURRENTLY orders_name_idx"), QStringLiteral("index build"));
    addRow("changed index", tables + QStringLiteral("CREATE INDEX orders_total_idx ON app.orders (total);"),
           QString(),
           QStringLiteral("DROP INDEX app.orders_total_idx; CREATE INDEX orders_total_idx ON app.orders (total, id);"),
           QStringLiteral("orders_total_idx_slipway_new"));
    addRow("foreign key to a partitioned table",
           QStringLiteral("CREATE TABLE app.events (id bigint, day date, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);"
                          "CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');"
                          "INSERT INTO app.events VALUES (1, '2024-02-02');"
                          "CREATE TABLE app.notes (id int, event_id bigint, day date);"
                          "INSERT INTO app.notes VALUES (1, 1, '2024-02-02');"),
           QString(),
           QStringLiteral("ALTER TABLE app.notes ADD CONSTRAINT notes_event_fk FOREIGN KEY (event_id, day) REFERENCES app.events (id, day);"
                          "CREATE INDEX events_day_idx ON app.events (day);"
                          "CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"),
           QStringLiteral("notes_event_fk"));
}

void TestDiffPlan::otherObjects_data()
{
    DIFF_COLUMNS();
    const QString table = QStringLiteral(
        "CREATE TABLE app.items (id int PRIMARY KEY, owner_name text, price numeric);\n"
        "INSERT INTO app.items VALUES (1, 'a', 1), (2, 'b', 2);\n");
    const QString function = QStringLiteral(
        "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n");
    addRow("trigger", table + function, QString(),
           QStringLiteral("CREATE TRIGGER items_touch BEFORE UPDATE ON app.items FOR EACH ROW EXECUTE FUNCTION app.touch();"),
           QStringLiteral("CREATE TRIGGER items_touch"), QStringLiteral("untrackable dependency"));
    addRow("trigger disabled", table + function + QStringLiteral(
               "CREATE TRIGGER items_touch BEFORE UPDATE ON app.items FOR EACH ROW EXECUTE FUNCTION app.touch();"),
           QString(), QStringLiteral("ALTER TABLE app.items DISABLE TRIGGER items_touch;"),
           QStringLiteral("DISABLE TRIGGER items_touch"));
    addRow("policy", table, QString(),
           QStringLiteral("ALTER TABLE app.items ENABLE ROW LEVEL SECURITY;"
                          "CREATE POLICY items_own ON app.items FOR SELECT TO tst_diffplan_reader USING (owner_name = current_user);"),
           QStringLiteral("CREATE POLICY items_own"));
    addRow("changed policy", table + QStringLiteral(
               "CREATE POLICY items_own ON app.items FOR SELECT USING (owner_name = current_user);"),
           QString(),
           QStringLiteral("ALTER POLICY items_own ON app.items TO tst_diffplan_reader USING (owner_name = 'x');"),
           QStringLiteral("ALTER POLICY items_own"));
    addRow("sequences", QStringLiteral("CREATE SEQUENCE app.counter;"), QString(),
           QStringLiteral("ALTER SEQUENCE app.counter INCREMENT BY 5 CACHE 10;"
                          "CREATE SEQUENCE app.other AS integer START 100;"
                          "CREATE TABLE app.serials (id serial, v text);"),
           QStringLiteral("INCREMENT BY 5"));
    addRow("materialized view", table, QStringLiteral(
               "CREATE MATERIALIZED VIEW app.prices AS SELECT id, price FROM app.items;"),
           QStringLiteral("CREATE MATERIALIZED VIEW app.prices AS SELECT id, price * 2 AS price FROM app.items;"
                          "CREATE UNIQUE INDEX prices_id ON app.prices (id);"),
           QStringLiteral("DROP MATERIALIZED VIEW app.prices"));
    addRow("view replaced in place", table + QStringLiteral(
               "CREATE VIEW app.cheap AS SELECT id FROM app.items WHERE price < 10;"),
           QString(),
           QStringLiteral("CREATE OR REPLACE VIEW app.cheap AS SELECT id, price FROM app.items WHERE price < 5;"),
           QStringLiteral("CREATE OR REPLACE VIEW app.cheap"));
    addRow("function", function, QString(),
           QStringLiteral("CREATE OR REPLACE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW := NEW; RETURN NEW; END $$;"
                          "CREATE FUNCTION app.add(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';"
                          "CREATE PROCEDURE app.noop() LANGUAGE sql AS 'SELECT 1';"),
           QStringLiteral("CREATE OR REPLACE FUNCTION app.touch()"));
    addRow("function result type", QStringLiteral("CREATE FUNCTION app.answer() RETURNS int LANGUAGE sql AS 'SELECT 42';"),
           QString(),
           QStringLiteral("DROP FUNCTION app.answer(); CREATE FUNCTION app.answer() RETURNS bigint LANGUAGE sql AS 'SELECT 42';"),
           QStringLiteral("DROP FUNCTION app.answer()"));
    addRow("enum value addition",
           QStringLiteral("CREATE TYPE app.mood AS ENUM ('sad', 'happy');"
                          "CREATE TABLE app.people (id int, mood app.mood DEFAULT 'sad');"
                          "INSERT INTO app.people VALUES (1, 'happy');"),
           QString(), QStringLiteral("ALTER TYPE app.mood ADD VALUE 'ok' AFTER 'sad';"),
           QStringLiteral("ADD VALUE 'ok' AFTER 'sad'"));
    addRow("column moved off a dropped enum, sequence and function",
           QStringLiteral("CREATE TABLE app.people (id int, name text);"), QStringLiteral(
               "CREATE TYPE app.mood AS ENUM ('sad', 'happy');"
               "CREATE SEQUENCE app.people_seq;"
               "CREATE FUNCTION app.default_name() RETURNS text LANGUAGE sql AS 'SELECT ''x''';"
               "ALTER TABLE app.people ADD COLUMN mood app.mood DEFAULT 'sad',"
               " ALTER COLUMN id SET DEFAULT nextval('app.people_seq'),"
               " ALTER COLUMN name SET DEFAULT app.default_name();"
               "INSERT INTO app.people (mood) VALUES ('happy');"),
           QStringLiteral("ALTER TABLE app.people ADD COLUMN mood text DEFAULT 'ok',"
                          " ALTER COLUMN id SET DEFAULT 0;"),
           QStringLiteral("DROP TYPE app.mood"));
    addRow("domain", QStringLiteral("CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);"),
           QString(),
           QStringLiteral("ALTER DOMAIN app.positive SET DEFAULT 1;"
                          "ALTER DOMAIN app.positive ADD CONSTRAINT positive_small CHECK (VALUE < 1000);"
                          "CREATE DOMAIN app.email AS text NOT NULL CHECK (VALUE LIKE '%@%');"),
           QStringLiteral("CREATE DOMAIN app.email"));
    addRow("composite type", QStringLiteral("CREATE TYPE app.address AS (street text, zip int);"),
           QString(),
           QStringLiteral("ALTER TYPE app.address ADD ATTRIBUTE city text, ALTER ATTRIBUTE zip TYPE bigint;"
                          "CREATE TYPE app.point2 AS (x float8, y float8);"),
           QStringLiteral("ADD ATTRIBUTE city text"));
    addRow("comments", table, QStringLiteral("COMMENT ON COLUMN app.items.price IS 'old';"),
           QStringLiteral("COMMENT ON TABLE app.items IS 'things we sell';"
                          "COMMENT ON COLUMN app.items.price IS 'in cents';"
                          "COMMENT ON SCHEMA app IS 'the app';"),
           QStringLiteral("COMMENT ON TABLE app.items IS 'things we sell'"));
    addRow("grants", table, QString(),
           QStringLiteral("GRANT SELECT, INSERT ON app.items TO tst_diffplan_reader;"
                          "GRANT UPDATE (price) ON app.items TO tst_diffplan_reader;"
                          "GRANT USAGE ON SCHEMA app TO tst_diffplan_reader;"),
           QStringLiteral("GRANT SELECT ON TABLE app.items TO tst_diffplan_reader"),
           QStringLiteral("authorization"));
    addRow("extension", QString(), QString(), QStringLiteral("CREATE EXTENSION citext;"),
           QStringLiteral("CREATE EXTENSION citext"));
}

// Everything at once, from nothing and back to nothing: the order of creates
// and drops across kinds (types before tables, functions before defaults and
// triggers, tables before foreign keys and views, views over views, ...).
void TestDiffPlan::wholeSchemaFromEmpty_data()
{
    DIFF_COLUMNS();
    const QString schema = QStringLiteral(R"SQL(
CREATE EXTENSION citext;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);
CREATE TYPE app.address AS (street text, zip int);
CREATE FUNCTION app.next_code() RETURNS text LANGUAGE sql AS 'SELECT md5(random()::text)';
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE app.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email public.citext NOT NULL UNIQUE,
    code text NOT NULL DEFAULT app.next_code(),
    mood app.mood DEFAULT 'ok',
    score app.positive,
    home app.address,
    price numeric(10,2) DEFAULT 0,
    price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED
);
CREATE FUNCTION app.customer_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM app.customers';
CREATE TABLE app.events (id bigint, day date, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_day_idx ON app.events (day);
CREATE TABLE app.orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES app.customers (id) ON DELETE CASCADE,
    event_id bigint, event_day date,
    total integer CHECK (total >= 0),
    FOREIGN KEY (event_id, event_day) REFERENCES app.events (id, day)
);
CREATE INDEX orders_total_idx ON app.orders (total) WHERE total > 100;
CREATE TRIGGER orders_touch BEFORE UPDATE ON app.orders FOR EACH ROW EXECUTE FUNCTION app.touch();
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_reader ON app.orders FOR SELECT TO tst_diffplan_reader USING (total < 1000);
CREATE VIEW app.order_totals AS SELECT customer_id, sum(total) AS total FROM app.orders GROUP BY customer_id;
CREATE VIEW app.big_customers AS SELECT customer_id FROM app.order_totals WHERE total > 1000;
CREATE MATERIALIZED VIEW app.mood_counts AS SELECT mood, count(*) AS n FROM app.customers GROUP BY mood;
CREATE UNIQUE INDEX mood_counts_mood ON app.mood_counts (mood);
CREATE SEQUENCE app.invoice_numbers START 1000;
COMMENT ON TABLE app.orders IS 'orders';
COMMENT ON COLUMN app.customers.email IS 'login';
GRANT SELECT ON app.order_totals TO tst_diffplan_reader;
GRANT USAGE ON SCHEMA app TO tst_diffplan_reader;
)SQL");
    addRow("create all", QString(), QString(), schema, QStringLiteral("CREATE TABLE app.customers"));
}

// The demo shop with rows (A) against the demo shop with its migrations
// folder applied (B): the plan brings A to B and the down plan brings it back.
// The rename (V005) is done on A by hand first: as a drop and an add it
// cannot keep the rows (the plan says so).
void TestDiffPlan::demoMigrations()
{
    DemoOptions demo;
    demo.orderRows = 2000;
    QString error;
    const QString names[] = {QStringLiteral("tst_diffplan_demo_a"), QStringLiteral("tst_diffplan_demo_b")};
    for (const QString &name : names)
        QVERIFY2(DemoDatabase::install(TestSandbox::primary(), name, demo, {}, &error), qPrintable(error));
    const QString a = TestSandbox::primary(names[0]);
    const QString b = TestSandbox::primary(names[1]);
    QTemporaryDir dir;
    QVERIFY(DemoDatabase::writeMigrationsFolder(dir.path(), &error));
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("V*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 5);
    const SchemaModel original = read(a);
    SchemaModel withRename;
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const SqlScript script = SqlScript::parse(QString::fromUtf8(f.readAll()));
        for (const SqlStatement &statement : script.statements())
            TestSandbox::exec(b, statement.text);
        if (file.startsWith(QLatin1String("V005"))) withRename = read(b);
    }
    const SchemaModel target = read(b);

    // The rename: a drop that loses data, flagged. A takes it as a rename.
    const QString renamed = Planner::plan(original, withRename, DiffOptions{}).toSql();
    QVERIFY2(renamed.contains(QStringLiteral("-- hazard (possible rename): possible rename to display_name")),
             qPrintable(renamed));
    TestSandbox::exec(a, QStringLiteral("ALTER TABLE customers RENAME COLUMN full_name TO display_name"));
    const SchemaModel before = read(a);

    PlanOptions options;
    options.serverVersion = before.serverVersionNumber;
    const Plan up = Planner::plan(before, target, DiffOptions{}, options);
    const QString upSql = up.toSql();
    QVERIFY2(upSql.contains(QStringLiteral("CREATE INDEX CONCURRENTLY")), qPrintable(upSql));
    QVERIFY2(upSql.contains(QStringLiteral("NOT VALID")), qPrintable(upSql));
    QVERIFY2(upSql.contains(QStringLiteral("-- hazard (backfill)")), qPrintable(upSql));
    error = apply(a, up, {{QStringLiteral("VALIDATE CONSTRAINT locale_not_null_slipway"),
                           QStringLiteral("UPDATE customers SET locale = 'de-DE'")}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString unverified = failedVerification(a, up);
    QVERIFY2(unverified.isEmpty(), qPrintable(unverified));
    QList<SchemaChange> left = SchemaDiff::compare(read(a), target);
    QVERIFY2(left.isEmpty(), qPrintable(summaries(left) + QLatin1String("\n") + upSql));

    const Plan down = Planner::downPlan(before, target, DiffOptions{}, options);
    error = apply(a, down);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    left = SchemaDiff::compare(read(a), before);
    QVERIFY2(left.isEmpty(), qPrintable(summaries(left) + QLatin1String("\n") + down.toSql()));
}

void TestDiffPlan::cliDiff()
{
    const QString a = TestSandbox::freshDatabase(QStringLiteral("tst_diffplan_cli_a"));
    const QString b = TestSandbox::freshDatabase(QStringLiteral("tst_diffplan_cli_b"));
    TestSandbox::exec(a, QStringLiteral("CREATE TABLE t (id int);"));
    TestSandbox::exec(b, QStringLiteral("CREATE TABLE t (id int); CREATE INDEX t_id ON t (id);"));
    auto run = [](const QStringList &args, QByteArray *out = nullptr) {
        QProcess cli;
        cli.start(TestSandbox::cliPath(), args);
        if (!cli.waitForFinished(60000)) return -1;
        if (out) *out = cli.readAllStandardOutput();
        return cli.exitCode();
    };
    QTemporaryDir dir;
    const QString snapshot = dir.filePath(QStringLiteral("a.json"));
    QCOMPARE(run({QStringLiteral("snapshot"), a, QStringLiteral("-o"), snapshot}), 0);

    QByteArray out;
    QCOMPARE(run({QStringLiteral("diff"), snapshot, b, QStringLiteral("--exit-code")}, &out), 2);
    QVERIFY2(out.contains("CREATE INDEX CONCURRENTLY t_id ON public.t"), out.constData());
    QVERIFY(out.contains("-- outside a transaction"));
    QCOMPARE(run({QStringLiteral("diff"), a, snapshot, QStringLiteral("--exit-code")}, &out), 0);
    QVERIFY(out.contains("No differences"));
    QCOMPARE(run({QStringLiteral("diff"), a, b}), 0); // differences, but no --exit-code
    QCOMPARE(run({QStringLiteral("diff"), a, b, QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--down")}, &out), 0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    const QJsonArray statements = json.value(QLatin1String("statements")).toArray();
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.first().toObject().value(QLatin1String("sql")).toString(),
             QStringLiteral("DROP INDEX CONCURRENTLY public.t_id"));
    QVERIFY(!json.value(QLatin1String("verify")).toArray().isEmpty());
    QCOMPARE(run({QStringLiteral("diff"), a, b, QStringLiteral("--exclude-schema"),
                  QStringLiteral("public"), QStringLiteral("--exit-code")}), 0);
    QCOMPARE(run({QStringLiteral("diff"), a}), 64);
    QCOMPARE(run({QStringLiteral("diff"), dir.filePath(QStringLiteral("missing.json")), a}), 1);
}

QTEST_GUILESS_MAIN(TestDiffPlan)
#include "tst_diffplan.moc"
