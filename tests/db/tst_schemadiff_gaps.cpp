// Schema diff and plan, against real databases, for what the planner once
// got wrong: views rebuilt around a column change in one transaction,
// identity sequence options, partition bound changes without data loss and
// aggregates. Each case: A and B differ; the plan applied to A (groups in one
// transaction) makes it B, the down plan makes it A again, and the
// rehearsal on a scratch database comes out clean.

#include "catalog/introspector.h"
#include "catalog/snapshot.h"
#include "diff/planner.h"
#include "diff/planrehearsal.h"
#include "diff/schemadiff.h"
#include "testsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Runs the plan as the executor would: a statement in its own transaction,
// alone when outside one, a transaction group in one. Empty when it all ran.
QString apply(const QString &uri, const Plan &plan)
{
    pqxx::connection conn(uri.toStdString());
    std::unique_ptr<pqxx::work> group;
    for (qsizetype i = 0; i < plan.statements.size(); ++i) {
        const PlanStatement &statement = plan.statements.at(i);
        try {
            if (statement.outsideTransaction) {
                pqxx::nontransaction tx(conn);
                for (const QString &setting : statement.settings)
                    tx.exec(setting.toStdString());
                tx.exec(statement.sql.toStdString());
                continue;
            }
            const bool grouped = statement.transaction >= 0;
            if (!group) group = std::make_unique<pqxx::work>(conn);
            for (const QString &setting : statement.settings)
                group->exec(setting.toStdString());
            group->exec(statement.sql.toStdString());
            const bool last = !grouped || i + 1 == plan.statements.size() ||
                              plan.statements.at(i + 1).transaction != statement.transaction;
            if (last) {
                group->commit();
                group.reset();
            }
        } catch (const std::exception &e) {
            group.reset();
            return statement.sql + QLatin1String("\n  -> ") + QString::fromUtf8(e.what()) +
                   QLatin1String("\nwhole plan:\n") + plan.toSql();
        }
    }
    return QString();
}

} // namespace

class TestSchemaDiffGaps : public QObject {
    Q_OBJECT

private:
    // Builds A and B (schema app), plans, applies up and down, rehearses.
    void roundTrip(const QString &common, const QString &a, const QString &b, Plan *upOut = nullptr);
    void roundTripSteps(const QString &common, const QString &a, const QString &b, Plan *upOut);

private slots:
    void initTestCase();
    void viewRebuildInOneTransaction();
    void viewOverViewRebuildInOneTransaction();
    void concurrentStatementsStayApart();
    void identityOptions();
    void identityOptionsInOldSnapshots();
    void identityWidenedUnderView();
    void partitionBoundKeepsRows();
    void partitionBoundWithDefaultPartition();
    void partitionBoundRowsOutside();
    void partitionKeyChangeIsDataLoss();
    void aggregates();
    void aggregatesInOldSnapshots();

private:
    QString m_a;
    QString m_b;
};

void TestSchemaDiffGaps::initTestCase()
{
    m_a = TestSandbox::freshDatabase(QStringLiteral("tst_schemadiff_gaps_a"));
    m_b = TestSandbox::freshDatabase(QStringLiteral("tst_schemadiff_gaps_b"));
}

void TestSchemaDiffGaps::roundTrip(const QString &common, const QString &a, const QString &b,
                                   Plan *upOut)
{
    try {
        roundTripSteps(common, a, b, upOut);
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
}

void TestSchemaDiffGaps::roundTripSteps(const QString &common, const QString &a, const QString &b,
                                        Plan *upOut)
{
    const QString reset = QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;");
    TestSandbox::exec(m_a, reset + common + a);
    TestSandbox::exec(m_b, reset + common + b);
    const SchemaModel before = read(m_a);
    const SchemaModel target = read(m_b);
    PlanOptions options;
    options.serverVersion = before.serverVersionNumber;
    const Plan up = Planner::plan(before, target, DiffOptions{}, options);
    if (upOut) *upOut = up;
    QVERIFY2(!up.isEmpty(), "A and B should differ");

    QString error = apply(m_a, up);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<SchemaChange> left = SchemaDiff::compare(read(m_a), target);
    QVERIFY2(left.isEmpty(), qPrintable(QLatin1String("left after the up plan:\n") +
                                        summaries(left) + u'\n' + up.toSql()));

    const Plan down = Planner::downPlan(before, target, DiffOptions{}, options);
    error = apply(m_a, down);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<SchemaChange> back = SchemaDiff::compare(read(m_a), before);
    QVERIFY2(back.isEmpty(), qPrintable(QLatin1String("left after the down plan:\n") +
                                        summaries(back) + u'\n' + down.toSql()));

    RehearsalOptions rehearsalOptions;
    rehearsalOptions.scratchConninfo = TestSandbox::primary();
    PlanRehearsal rehearsal(rehearsalOptions);
    const RehearsalReport report = rehearsal.run(before, target, up, down);
    QVERIFY2(report.isClean(), qPrintable(report.toText() + u'\n' + up.toSql()));
}

namespace {

// The statements of the transaction group, in order.
QStringList groupSql(const Plan &plan)
{
    QStringList sql;
    for (const PlanStatement &statement : plan.statements) {
        if (statement.transaction >= 0) sql << statement.sql;
    }
    return sql;
}

// True when the group's statements are consecutive in the plan.
bool groupContiguous(const Plan &plan)
{
    int first = -1, last = -1, count = 0;
    for (int i = 0; i < plan.statements.size(); ++i) {
        if (plan.statements.at(i).transaction < 0) continue;
        if (first < 0) first = i;
        last = i;
        ++count;
    }
    return count == 0 || last - first + 1 == count;
}

int indexOf(const QStringList &list, const QString &part)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).contains(part)) return i;
    }
    return -1;
}

const char *kOrders = "CREATE TABLE app.orders (id bigint PRIMARY KEY, total integer DEFAULT 0, "
                      "note text);"
                      "INSERT INTO app.orders SELECT g, g, 'n' FROM generate_series(1, 50) g;";

} // namespace

void TestSchemaDiffGaps::viewRebuildInOneTransaction()
{
    const QString common = QString::fromLatin1(kOrders);
    const QString view = QStringLiteral(
        "CREATE VIEW app.totals AS SELECT id, total FROM app.orders;"
        "COMMENT ON VIEW app.totals IS 'totals';");
    Plan up;
    roundTrip(common, view,
              QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total TYPE bigint;") + view, &up);
    if (QTest::currentTestFailed()) return;
    const QStringList group = groupSql(up);
    QVERIFY2(groupContiguous(up), qPrintable(up.toSql()));
    const int drop = indexOf(group, QStringLiteral("DROP VIEW app.totals"));
    const int alter = indexOf(group, QStringLiteral("ALTER COLUMN total TYPE bigint"));
    const int create = indexOf(group, QStringLiteral("CREATE VIEW app.totals"));
    const int comment = indexOf(group, QStringLiteral("COMMENT ON VIEW app.totals"));
    QVERIFY2(drop >= 0 && alter > drop && create > alter && comment > create,
             qPrintable(up.toSql()));
    const QString sql = up.toSql();
    QVERIFY2(sql.contains(QLatin1String("BEGIN;")) && sql.contains(QLatin1String("COMMIT;")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("runs in one transaction")), qPrintable(sql));
}

void TestSchemaDiffGaps::viewOverViewRebuildInOneTransaction()
{
    const QString common = QString::fromLatin1(kOrders);
    const QString views = QStringLiteral(
        "CREATE VIEW app.totals AS SELECT id, total FROM app.orders;"
        "CREATE VIEW app.big AS SELECT id, total FROM app.totals WHERE total > 10;"
        "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RETURN NEW; END $$;"
        "CREATE TRIGGER orders_total BEFORE UPDATE OF total ON app.orders "
        "FOR EACH ROW EXECUTE FUNCTION app.touch();");
    Plan up;
    roundTrip(common, views,
              QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total TYPE numeric(12,2);") + views,
              &up);
    if (QTest::currentTestFailed()) return;
    const QStringList group = groupSql(up);
    QVERIFY2(groupContiguous(up), qPrintable(up.toSql()));
    const int dropBig = indexOf(group, QStringLiteral("DROP VIEW app.big"));
    const int dropTotals = indexOf(group, QStringLiteral("DROP VIEW app.totals"));
    const int dropTrigger = indexOf(group, QStringLiteral("DROP TRIGGER orders_total"));
    const int alter = indexOf(group, QStringLiteral("TYPE numeric(12,2)"));
    const int createTotals = indexOf(group, QStringLiteral("CREATE VIEW app.totals"));
    const int createBig = indexOf(group, QStringLiteral("CREATE VIEW app.big"));
    const int createTrigger = indexOf(group, QStringLiteral("CREATE TRIGGER orders_total"));
    QVERIFY2(dropBig >= 0 && dropTotals > dropBig && dropTrigger >= 0 && alter > dropTotals &&
                 alter > dropTrigger && createTotals > alter && createBig > createTotals &&
                 createTrigger > alter,
             qPrintable(up.toSql()));
}

// A CONCURRENTLY index build in the same plan is not pulled into the group.
void TestSchemaDiffGaps::concurrentStatementsStayApart()
{
    const QString common = QString::fromLatin1(kOrders);
    const QString view = QStringLiteral("CREATE VIEW app.totals AS SELECT id, total FROM app.orders;");
    Plan up;
    roundTrip(common, view,
              QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total TYPE bigint;"
                             "CREATE INDEX orders_note ON app.orders (note);") + view,
              &up);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(groupContiguous(up), qPrintable(up.toSql()));
    bool concurrent = false;
    for (const PlanStatement &statement : up.statements) {
        if (statement.sql.contains(QLatin1String("CONCURRENTLY"))) {
            concurrent = true;
            QVERIFY(statement.outsideTransaction);
            QCOMPARE(statement.transaction, -1);
        }
    }
    QVERIFY(concurrent);
    QVERIFY(groupSql(up).size() >= 3);
}

namespace {

const Column *columnOf(const SchemaModel &model, const char *table, const char *column)
{
    const Table *found = model.table(QStringLiteral("app"), QString::fromLatin1(table));
    return found ? found->column(QString::fromLatin1(column)) : nullptr;
}

const char *kIdentityA =
    "CREATE TABLE app.ids (id bigint GENERATED BY DEFAULT AS IDENTITY, v text);"
    "CREATE TABLE app.down (id integer GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10), v text);"
    "CREATE TABLE app.plain (id integer NOT NULL, v text);";
const char *kIdentityB =
    "CREATE TABLE app.ids (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 5 "
    "MAXVALUE 1000000 CACHE 20 CYCLE), v text);"
    "CREATE TABLE app.down (id integer GENERATED ALWAYS AS IDENTITY (INCREMENT BY -1), v text);"
    "CREATE TABLE app.plain (id integer NOT NULL GENERATED BY DEFAULT AS IDENTITY (START WITH 7), v text);"
    "CREATE TABLE app.fresh (id smallint GENERATED BY DEFAULT AS IDENTITY (MINVALUE 3 MAXVALUE 300 CACHE 5), v text);";

} // namespace

void TestSchemaDiffGaps::identityOptions()
{
    Plan up;
    roundTrip(QString(), QString::fromLatin1(kIdentityA), QString::fromLatin1(kIdentityB), &up);
    if (QTest::currentTestFailed()) return;
    const QString sql = up.toSql();
    QVERIFY2(sql.contains(QLatin1String("ALTER COLUMN id SET GENERATED ALWAYS SET START WITH 1000 "
                                        "SET INCREMENT BY 5 SET MAXVALUE 1000000 SET CACHE 20 SET CYCLE")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("ADD GENERATED BY DEFAULT AS IDENTITY (INCREMENT BY 1 START WITH 7)")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("GENERATED BY DEFAULT AS IDENTITY (INCREMENT BY 1 MINVALUE 3 "
                                        "MAXVALUE 300 CACHE 5)")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("OVERRIDING SYSTEM VALUE")), qPrintable(sql));

    // What the introspector read.
    const SchemaModel b = read(m_b);
    const Column *ids = columnOf(b, "ids", "id");
    QVERIFY(ids);
    QCOMPARE(ids->identity, Column::Identity::Always);
    QCOMPARE(ids->identityOptions.start, qint64(1000));
    QCOMPARE(ids->identityOptions.increment, qint64(5));
    QCOMPARE(ids->identityOptions.minValue, qint64(1));
    QCOMPARE(ids->identityOptions.maxValue, qint64(1000000));
    QCOMPARE(ids->identityOptions.cache, qint64(20));
    QVERIFY(ids->identityOptions.cycle);
    const Column *down = columnOf(b, "down", "id");
    QVERIFY(down);
    QCOMPARE(down->identityOptions.increment, qint64(-1));
    QCOMPARE(down->identityOptions.maxValue, qint64(-1));
    QCOMPARE(down->identityOptions.minValue, qint64(-2147483648LL));
    const Column *v = columnOf(b, "ids", "v");
    QVERIFY(v && !v->identityOptions.isKnown());
}

// integer -> bigint identity under a view: the new MAXVALUE comes after the
// type change, inside the view rebuild's transaction.
void TestSchemaDiffGaps::identityWidenedUnderView()
{
    const QString view = QStringLiteral("CREATE VIEW app.ids_view AS SELECT id, v FROM app.ids;");
    Plan up;
    roundTrip(QString(),
              QStringLiteral("CREATE TABLE app.ids (id integer GENERATED ALWAYS AS IDENTITY, v text);") + view,
              QStringLiteral("CREATE TABLE app.ids (id bigint GENERATED ALWAYS AS IDENTITY, v text);") + view,
              &up);
    if (QTest::currentTestFailed()) return;
    const QStringList group = groupSql(up);
    const int type = indexOf(group, QStringLiteral("TYPE bigint"));
    const int max = indexOf(group, QStringLiteral("SET MAXVALUE 9223372036854775807"));
    QVERIFY2(type >= 0 && max > type, qPrintable(up.toSql()));
}

// Snapshots written before identity options were kept still load, and do not
// make every identity column differ from a live database.
void TestSchemaDiffGaps::identityOptionsInOldSnapshots()
{
    TestSandbox::exec(m_a, QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;") +
                               QString::fromLatin1(kIdentityB));
    const SchemaModel live = read(m_a);
    QByteArray json = Snapshot::toJson(live);
    QVERIFY(json.contains("\"identity_options\""));
    const std::optional<SchemaModel> current = Snapshot::fromJson(json);
    QVERIFY(current);
    QCOMPARE(columnOf(*current, "fresh", "id")->identityOptions,
             columnOf(live, "fresh", "id")->identityOptions);
    QVERIFY(SchemaDiff::compare(*current, live).isEmpty());

    QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonObject root = document.object();
    QJsonArray tables = root.value(QLatin1String("tables")).toArray();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        QJsonObject table = tables.at(t).toObject();
        QJsonArray columns = table.value(QLatin1String("columns")).toArray();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QJsonObject column = columns.at(c).toObject();
            column.remove(QLatin1String("identity_options"));
            columns[c] = column;
        }
        table[QLatin1String("columns")] = columns;
        tables[t] = table;
    }
    root[QLatin1String("tables")] = tables;
    QString error;
    const std::optional<SchemaModel> old = Snapshot::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(old, qPrintable(error));
    QVERIFY(!columnOf(*old, "ids", "id")->identityOptions.isKnown());
    QCOMPARE(columnOf(*old, "ids", "id")->identity, Column::Identity::Always);
    const QList<SchemaChange> changes = SchemaDiff::compare(*old, live);
    QVERIFY2(changes.isEmpty(), qPrintable(summaries(changes)));
}

namespace {

const char *kEvents =
    "CREATE TABLE app.events (id bigint NOT NULL, at date NOT NULL, v text, CHECK (id > 0))"
    " PARTITION BY RANGE (at);"
    "CREATE INDEX events_at ON app.events (at);";

QString eventPartitions(const char *from2024, const char *to2024)
{
    return QStringLiteral("CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM "
                          "('%1') TO ('%2');"
                          "CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM "
                          "('2025-01-01') TO ('2026-01-01');"
                          "INSERT INTO app.events SELECT g, DATE '2024-03-01' + g, 'x' "
                          "FROM generate_series(1, 40) g;")
        .arg(QLatin1String(from2024), QLatin1String(to2024));
}

qint64 rows(const QString &uri, const char *table)
{
    pqxx::connection conn(uri.toStdString());
    pqxx::nontransaction tx(conn);
    return tx.exec(std::string("SELECT count(*) FROM ") + table)[0][0].as<qint64>();
}

} // namespace

void TestSchemaDiffGaps::partitionBoundKeepsRows()
{
    Plan up;
    roundTrip(QString::fromLatin1(kEvents), eventPartitions("2024-01-01", "2025-01-01"),
              eventPartitions("2023-01-01", "2025-01-01"), &up);
    if (QTest::currentTestFailed()) return;
    const QString sql = up.toSql();
    QVERIFY2(!sql.contains(QLatin1String("DROP TABLE")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("ALTER TABLE app.events DETACH PARTITION app.events_2024 CONCURRENTLY")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("ADD CONSTRAINT events_2024_bound_slipway CHECK (")) &&
                 sql.contains(QLatin1String(") NOT VALID")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("VALIDATE CONSTRAINT events_2024_bound_slipway")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("ALTER TABLE app.events ATTACH PARTITION app.events_2024 FOR "
                                        "VALUES FROM ('2023-01-01') TO ('2025-01-01')")),
             qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("DETACH PARTITION app.events_2024 FINALIZE")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("no scan of app.events_2024")), qPrintable(sql));
    int detach = -1, attach = -1, drop = -1;
    for (int i = 0; i < up.statements.size(); ++i) {
        const PlanStatement &statement = up.statements.at(i);
        if (statement.sql.contains(QLatin1String("DETACH PARTITION"))) {
            detach = i;
            QVERIFY(statement.outsideTransaction);
        }
        if (statement.sql.contains(QLatin1String("ATTACH PARTITION"))) attach = i;
        if (statement.sql.contains(QLatin1String("DROP CONSTRAINT events_2024_bound_slipway"))) drop = i;
    }
    QVERIFY2(detach >= 0 && attach > detach && drop > attach, qPrintable(sql));
    QVERIFY2(!up.verify.isEmpty() &&
                 std::any_of(up.verify.cbegin(), up.verify.cend(), [](const VerifyQuery &q) {
                     return q.sql.contains(QLatin1String("relpartbound"));
                 }),
             qPrintable(sql));
    // Up and down both kept the rows.
    QCOMPARE(rows(m_a, "app.events"), qint64(40));
    QCOMPARE(rows(m_a, "app.events_2024"), qint64(40));
}

void TestSchemaDiffGaps::partitionBoundWithDefaultPartition()
{
    const QString common = QString::fromLatin1(kEvents) +
                           QStringLiteral("CREATE TABLE app.events_rest PARTITION OF app.events DEFAULT;");
    Plan up;
    roundTrip(common, eventPartitions("2024-01-01", "2025-01-01"),
              eventPartitions("2024-01-01", "2024-12-01"), &up);
    if (QTest::currentTestFailed()) return;
    const QString sql = up.toSql();
    QVERIFY2(sql.contains(QLatin1String("DETACH PARTITION app.events_2024\n")) ||
                 sql.contains(QLatin1String("DETACH PARTITION app.events_2024;")),
             qPrintable(sql));
    QVERIFY2(!sql.contains(QLatin1String("events_2024 CONCURRENTLY")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("has a default partition")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("scans the default partition app.events_rest")), qPrintable(sql));
    QCOMPARE(rows(m_a, "app.events_2024"), qint64(40));
}

// Rows outside the new bound: the plan says how to find them, and the
// validation (not the ATTACH, not a DROP) is what fails.
void TestSchemaDiffGaps::partitionBoundRowsOutside()
{
    const QString reset = QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;");
    TestSandbox::exec(m_a, reset + QString::fromLatin1(kEvents) + eventPartitions("2024-01-01", "2025-01-01"));
    TestSandbox::exec(m_b, reset + QString::fromLatin1(kEvents) +
                               QStringLiteral("CREATE TABLE app.events_2024 PARTITION OF app.events FOR "
                                              "VALUES FROM ('2024-01-01') TO ('2024-03-15');"
                                              "CREATE TABLE app.events_2025 PARTITION OF app.events FOR "
                                              "VALUES FROM ('2025-01-01') TO ('2026-01-01');"));
    const SchemaModel before = read(m_a);
    PlanOptions options;
    options.serverVersion = before.serverVersionNumber;
    const Plan up = Planner::plan(before, read(m_b), DiffOptions{}, options);
    const QString sql = up.toSql();
    QVERIFY2(sql.contains(QLatin1String("count them first: SELECT count(*) FROM app.events_2024 WHERE NOT (")),
             qPrintable(sql));
    const QString error = apply(m_a, up);
    QVERIFY2(error.startsWith(QLatin1String("ALTER TABLE app.events_2024 VALIDATE CONSTRAINT")),
             qPrintable(error));
    QCOMPARE(rows(m_a, "app.events_2024"), qint64(40));
}

void TestSchemaDiffGaps::partitionKeyChangeIsDataLoss()
{
    const QString reset = QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;");
    TestSandbox::exec(m_a, reset + QStringLiteral("CREATE TABLE app.m (id bigint, at date) PARTITION BY RANGE (at);"));
    TestSandbox::exec(m_b, reset + QStringLiteral("CREATE TABLE app.m (id bigint, at date) PARTITION BY RANGE (id);"));
    const Plan up = Planner::plan(read(m_a), read(m_b), DiffOptions{}, PlanOptions{});
    const QString sql = up.toSql();
    QVERIFY2(sql.contains(QLatin1String("DROP TABLE app.m")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("-- hazard (data loss): the partition key changes (RANGE (at) -> RANGE (id))")),
             qPrintable(sql));
}

namespace {

const char *kAggregateCommon =
    "CREATE FUNCTION app.add_int(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE "
    "AS 'SELECT $1 + $2';";
const char *kAggregatesA =
    "CREATE AGGREGATE app.total(integer) (SFUNC = app.add_int, STYPE = integer, INITCOND = '0');"
    "CREATE VIEW app.totals AS SELECT app.total(x) FROM (VALUES (1), (2)) s(x);"
    "CREATE AGGREGATE app.gone(integer) (SFUNC = int4pl, STYPE = integer);"
    "CREATE AGGREGATE app.shape(integer) (SFUNC = int4pl, STYPE = integer);"
    "COMMENT ON AGGREGATE app.shape(integer) IS 'shape';";
const char *kAggregatesB =
    "CREATE AGGREGATE app.total(integer) (SFUNC = app.add_int, STYPE = integer, INITCOND = '10', "
    "COMBINEFUNC = app.add_int, PARALLEL = SAFE);"
    "CREATE VIEW app.totals AS SELECT app.total(x) FROM (VALUES (1), (2)) s(x);"
    "CREATE AGGREGATE app.shape(integer) (SFUNC = int4pl, STYPE = integer, FINALFUNC = int8);"
    "COMMENT ON AGGREGATE app.shape(integer) IS 'shape';"
    "CREATE AGGREGATE app.concat_all(text) (SFUNC = textcat, STYPE = text, INITCOND = '');"
    "CREATE AGGREGATE app.cnt(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');"
    "CREATE AGGREGATE app.msum(integer) (SFUNC = int4pl, STYPE = integer, MSFUNC = int4pl, "
    "MINVFUNC = int4mi, MSTYPE = integer);"
    "CREATE AGGREGATE app.biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);"
    "CREATE AGGREGATE app.median(float8 ORDER BY float8) (SFUNC = ordered_set_transition, "
    "STYPE = internal, FINALFUNC = percentile_cont_float8_final);";

} // namespace

void TestSchemaDiffGaps::aggregates()
{
    Plan up;
    roundTrip(QString::fromLatin1(kAggregateCommon), QString::fromLatin1(kAggregatesA),
              QString::fromLatin1(kAggregatesB), &up);
    if (QTest::currentTestFailed()) return;
    const QString sql = up.toSql();
    QVERIFY2(sql.contains(QLatin1String("CREATE OR REPLACE AGGREGATE app.total(integer)")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("INITCOND = '10'")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("DROP AGGREGATE app.shape(integer)")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("DROP AGGREGATE app.gone(integer)")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("CREATE AGGREGATE app.cnt(*)")), qPrintable(sql));
    QVERIFY2(!sql.contains(QLatin1String("by hand")), qPrintable(sql));

    // Aggregates are read in full, and not among the functions.
    const SchemaModel b = read(m_b);
    for (const Function &function : b.functions)
        QVERIFY2(function.kind != Function::Kind::Aggregate, qPrintable(function.signature()));
    QCOMPARE(b.functions.size(), 1);
    const QList<const Aggregate *> total = b.aggregatesNamed(QStringLiteral("app"), QStringLiteral("total"));
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.first()->stateFunction, QStringLiteral("app.add_int"));
    QCOMPARE(total.first()->combineFunction, QStringLiteral("app.add_int"));
    QCOMPARE(total.first()->initialCondition, QStringLiteral("10"));
    QCOMPARE(total.first()->parallel, QStringLiteral("SAFE"));
    const Aggregate *concat = b.aggregatesNamed(QStringLiteral("app"), QStringLiteral("concat_all")).value(0);
    QVERIFY(concat && concat->hasInitialCondition && concat->initialCondition.isEmpty());
    const Aggregate *median = b.aggregatesNamed(QStringLiteral("app"), QStringLiteral("median")).value(0);
    QVERIFY(median);
    QCOMPARE(median->kind, Aggregate::Kind::OrderedSet);
    const Aggregate *biggest = b.aggregatesNamed(QStringLiteral("app"), QStringLiteral("biggest")).value(0);
    QVERIFY(biggest);
    QCOMPARE(biggest->sortOperator, QStringLiteral("pg_catalog.>"));

    // Snapshot round trip.
    const std::optional<SchemaModel> loaded = Snapshot::fromJson(Snapshot::toJson(b));
    QVERIFY(loaded);
    QCOMPARE(loaded->aggregates, b.aggregates);
}

// Snapshots that listed aggregates among the functions still load; the
// aggregates move to their own list and do not differ from a live database.
void TestSchemaDiffGaps::aggregatesInOldSnapshots()
{
    TestSandbox::exec(m_a, QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app;") +
                               QString::fromLatin1(kAggregateCommon) + QString::fromLatin1(kAggregatesA));
    const SchemaModel live = read(m_a);
    QJsonObject root = QJsonDocument::fromJson(Snapshot::toJson(live)).object();
    QJsonArray functions = root.value(QLatin1String("functions")).toArray();
    for (const QJsonValue &value : root.value(QLatin1String("aggregates")).toArray()) {
        const QJsonObject aggregate = value.toObject();
        QJsonObject function;
        for (const char *key : {"schema", "name", "identity_arguments", "arguments", "result", "owner", "comment", "grants"}) {
            if (aggregate.contains(QLatin1String(key)))
                function.insert(QLatin1String(key), aggregate.value(QLatin1String(key)));
        }
        function.insert(QLatin1String("kind"), QStringLiteral("aggregate"));
        function.insert(QLatin1String("language"), QStringLiteral("internal"));
        functions.append(function);
    }
    root[QLatin1String("functions")] = functions;
    root.remove(QLatin1String("aggregates"));
    QString error;
    const std::optional<SchemaModel> old = Snapshot::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->functions.size(), 1);
    QCOMPARE(old->aggregates.size(), live.aggregates.size());
    QVERIFY(!old->aggregates.first().detailsKnown());
    const QList<SchemaChange> changes = SchemaDiff::compare(*old, live);
    QVERIFY2(changes.isEmpty(), qPrintable(summaries(changes)));
}

QTEST_GUILESS_MAIN(TestSchemaDiffGaps)
#include "tst_schemadiff_gaps.moc"
