// SchemaDiff and Planner on hand-built models: the typed changes, and the
// planned SQL for each lock-safety rule.

#include "diff/diffentry.h"
#include "diff/objectddl.h"
#include "diff/planjson.h"
#include "diff/planner.h"
#include "diff/schemadiff.h"
#include "diff/sqlnames.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace slipway;
using namespace slipway::catalog;
using namespace slipway::diff;

namespace {

Column column(const QString &name, const QString &type, bool notNull = false, int position = 1)
{
    Column c;
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    c.position = position;
    return c;
}

Table table(const QString &name, QList<Column> columns = {})
{
    Table t;
    t.schema = QStringLiteral("app");
    t.name = name;
    t.owner = QStringLiteral("owner");
    if (columns.isEmpty()) columns << column(QStringLiteral("id"), QStringLiteral("bigint"), true);
    for (int i = 0; i < columns.size(); ++i)
        columns[i].position = i + 1;
    t.columns = columns;
    return t;
}

Constraint primaryKey(const QString &table)
{
    Constraint c;
    c.name = table + QLatin1String("_pkey");
    c.kind = Constraint::Kind::PrimaryKey;
    c.columns = {QStringLiteral("id")};
    c.definition = QStringLiteral("PRIMARY KEY (id)");
    c.index = c.name;
    return c;
}

Index index(const QString &name, const QString &table, const QString &columns, bool unique = false)
{
    Index i;
    i.name = name;
    i.unique = unique;
    i.columns = columns.split(u',');
    i.definition = QStringLiteral("CREATE %1INDEX %2 ON app.%3 USING btree (%4)")
                       .arg(unique ? QStringLiteral("UNIQUE ") : QString(), name, table, columns);
    return i;
}

SchemaModel model(QList<Table> tables)
{
    SchemaModel m;
    m.serverVersionNumber = 150000;
    Schema app;
    app.name = QStringLiteral("app");
    app.owner = QStringLiteral("owner");
    m.schemas << app;
    m.tables = tables;
    return m;
}

QStringList sqlOf(const Plan &plan)
{
    QStringList sql;
    for (const PlanStatement &statement : plan.statements)
        sql << statement.sql;
    return sql;
}

const PlanStatement *find(const Plan &plan, const QString &start)
{
    for (const PlanStatement &statement : plan.statements) {
        if (statement.sql.startsWith(start)) return &statement;
    }
    return nullptr;
}

qsizetype indexOf(const Plan &plan, const QString &start)
{
    for (qsizetype i = 0; i < plan.statements.size(); ++i) {
        if (plan.statements.at(i).sql.startsWith(start)) return i;
    }
    return -1;
}

} // namespace

class TestSchemaDiff : public QObject {
    Q_OBJECT

private slots:
    void identicalModelsHaveNoChanges();
    void tableAndColumnChanges();
    void inheritedPartsAreSkipped();
    void optionsFilter();
    void quoting();
    void indexesConcurrentlyAndSwapped();
    void constraintsNotValidThenValidate();
    void uniqueViaConcurrentIndex();
    void setNotNullViaCheck();
    void columnTypeIsRewriteAndRebuildsViews();
    void dropOrder();
    void enumValues();
    void functionsReplacedInPlace();
    void renameHazard();
    void settingsAndLocks();
    void downPlanWarnsAboutData();
    void verifyQueries();
    void json();
    void entriesForTheTree();
    void objectDdl();
    void tenThousandTablesAreFast();
};

void TestSchemaDiff::identicalModelsHaveNoChanges()
{
    Table t = table(QStringLiteral("orders"));
    t.constraints << primaryKey(QStringLiteral("orders"));
    SchemaModel a = model({t});
    SchemaModel b = a;
    b.tables[0].stats.estimatedRows = 1000; // stats never count
    b.capturedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(SchemaDiff::compare(a, b).isEmpty());
    QVERIFY(Planner::plan(a, b, {}).isEmpty());
}

void TestSchemaDiff::tableAndColumnChanges()
{
    SchemaModel a = model({table(QStringLiteral("old")),
                           table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("integer"), true),
                                                            column(QStringLiteral("gone"), QStringLiteral("text"))})});
    SchemaModel b = model({table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                                            column(QStringLiteral("added"), QStringLiteral("numeric(10,2)"))}),
                           table(QStringLiteral("fresh"))});
    const QList<SchemaChange> changes = SchemaDiff::compare(a, b);
    QStringList summaries;
    for (const SchemaChange &change : changes)
        summaries << change.summary();
    QVERIFY2(summaries.contains(QStringLiteral("drop table app.old")), qPrintable(summaries.join(u'\n')));
    QVERIFY(summaries.contains(QStringLiteral("create table app.fresh")));
    QVERIFY(summaries.contains(QStringLiteral("drop column app.orders.gone")));
    QVERIFY(summaries.contains(QStringLiteral("create column app.orders.added")));
    QVERIFY(summaries.contains(QStringLiteral("alter column app.orders.id (type)")));
    const auto alter = std::find_if(changes.cbegin(), changes.cend(), [](const SchemaChange &c) {
        return c.kind == ObjectKind::Column && c.action == ChangeAction::Alter;
    });
    QCOMPARE(alter->differences.size(), 1);
    QCOMPARE(alter->differences.first(), (Difference{QStringLiteral("type"), QStringLiteral("integer"), QStringLiteral("bigint")}));
    QCOMPARE(std::get<Column>(alter->from).type, QStringLiteral("integer"));
    QCOMPARE(alter->object.table, QStringLiteral("orders"));
}

void TestSchemaDiff::inheritedPartsAreSkipped()
{
    Table parent = table(QStringLiteral("events"));
    parent.kind = Table::Kind::Partitioned;
    parent.partitionKey = QStringLiteral("RANGE (id)");
    Table child = table(QStringLiteral("events_1"));
    child.partitionOf = {QStringLiteral("app"), QStringLiteral("events")};
    child.partitionBound = QStringLiteral("FOR VALUES FROM (1) TO (100)");
    child.columns[0].inherited = true;
    SchemaModel a = model({parent, child});
    SchemaModel b = a;
    Index clone = index(QStringLiteral("events_1_id_idx"), QStringLiteral("events_1"), QStringLiteral("id"));
    clone.inherited = true;
    b.tables[1].indexes << clone;
    b.tables[1].columns[0].type = QStringLiteral("integer"); // follows the parent
    QVERIFY(SchemaDiff::compare(a, b).isEmpty());

    // A new partition is created PARTITION OF its parent, after it.
    SchemaModel c = model({});
    const Plan plan = Planner::plan(c, a, {});
    const qsizetype p = indexOf(plan, QStringLiteral("CREATE TABLE app.events "));
    const qsizetype k = indexOf(plan, QStringLiteral("CREATE TABLE app.events_1 PARTITION OF app.events FOR VALUES"));
    QVERIFY2(p >= 0 && k > p, qPrintable(sqlOf(plan).join(u'\n')));
}

void TestSchemaDiff::optionsFilter()
{
    Table t = table(QStringLiteral("orders"));
    SchemaModel a = model({t});
    t.owner = QStringLiteral("other");
    t.comment = QStringLiteral("orders");
    t.grants << Grant{QStringLiteral("reader"), QStringLiteral("SELECT"), false};
    SchemaModel b = model({t});
    QList<SchemaChange> changes = SchemaDiff::compare(a, b);
    QCOMPARE(changes.size(), 3);
    DiffOptions options;
    options.ignoreOwners = options.ignoreComments = options.ignorePrivileges = true;
    QVERIFY(SchemaDiff::compare(a, b, options).isEmpty());
    DiffOptions excluded;
    excluded.excludeSchemas << QStringLiteral("app");
    QVERIFY(SchemaDiff::compare(a, b, excluded).isEmpty());
    DiffOptions included;
    included.includeSchemas << QStringLiteral("other");
    QVERIFY(SchemaDiff::compare(a, b, included).isEmpty());

    const Plan plan = Planner::plan(a, b, {});
    QVERIFY(sqlOf(plan).contains(QStringLiteral("ALTER TABLE app.orders OWNER TO other")));
    QVERIFY(sqlOf(plan).contains(QStringLiteral("COMMENT ON TABLE app.orders IS 'orders'")));
    QVERIFY(sqlOf(plan).contains(QStringLiteral("GRANT SELECT ON TABLE app.orders TO reader")));
    QVERIFY(find(plan, QStringLiteral("GRANT"))->hasHazard(Hazard::Kind::Authorization));
}

void TestSchemaDiff::quoting()
{
    QCOMPARE(SqlNames::ident(QStringLiteral("orders")), QStringLiteral("orders"));
    QCOMPARE(SqlNames::ident(QStringLiteral("Orders")), QStringLiteral("\"Orders\""));
    QCOMPARE(SqlNames::ident(QStringLiteral("user")), QStringLiteral("\"user\""));
    QCOMPARE(SqlNames::ident(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(SqlNames::ident(QStringLiteral("name")), QStringLiteral("name")); // unreserved
    QCOMPARE(SqlNames::ident(QStringLiteral("left")), QStringLiteral("\"left\""));
    QCOMPARE(SqlNames::ident(QStringLiteral("coalesce")), QStringLiteral("\"coalesce\""));
    QCOMPARE(SqlNames::literal(QStringLiteral("it's")), QStringLiteral("'it''s'"));
}

void TestSchemaDiff::indexesConcurrentlyAndSwapped()
{
    Table t = table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                               column(QStringLiteral("total"), QStringLiteral("numeric"))});
    t.indexes << index(QStringLiteral("orders_total_idx"), QStringLiteral("orders"), QStringLiteral("total"));
    SchemaModel a = model({t});
    Table changed = t;
    changed.indexes[0] = index(QStringLiteral("orders_total_idx"), QStringLiteral("orders"), QStringLiteral("total, id"));
    changed.indexes << index(QStringLiteral("orders_id_idx"), QStringLiteral("orders"), QStringLiteral("id"));
    SchemaModel b = model({changed});

    const Plan plan = Planner::plan(a, b, {});
    const PlanStatement *create = find(plan, QStringLiteral("CREATE INDEX CONCURRENTLY orders_id_idx ON app.orders"));
    QVERIFY2(create, qPrintable(sqlOf(plan).join(u'\n')));
    QVERIFY(create->outsideTransaction);
    QVERIFY(create->hasHazard(Hazard::Kind::IndexBuild));
    QVERIFY(create->lock.has_value());
    QCOMPARE(create->lock->strongest(), LockMode::ShareUpdateExclusive);
    // Swap: build under a temporary name, drop the old concurrently, rename.
    const qsizetype build = indexOf(plan, QStringLiteral("CREATE INDEX CONCURRENTLY orders_total_idx_slipway_new ON app.orders USING btree (total, id)"));
    const qsizetype drop = indexOf(plan, QStringLiteral("DROP INDEX CONCURRENTLY app.orders_total_idx"));
    const qsizetype rename = indexOf(plan, QStringLiteral("ALTER INDEX app.orders_total_idx_slipway_new RENAME TO orders_total_idx"));
    QVERIFY2(build >= 0 && drop > build && rename > drop, qPrintable(sqlOf(plan).join(u'\n')));
    QVERIFY(plan.statements.at(drop).outsideTransaction);

    // Dropped index: concurrently, outside a transaction.
    const Plan back = Planner::plan(b, a, {});
    const PlanStatement *dropped = find(back, QStringLiteral("DROP INDEX CONCURRENTLY app.orders_id_idx"));
    QVERIFY(dropped && dropped->outsideTransaction);
}

void TestSchemaDiff::constraintsNotValidThenValidate()
{
    Table customers = table(QStringLiteral("customers"));
    customers.constraints << primaryKey(QStringLiteral("customers"));
    Table orders = table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                                    column(QStringLiteral("customer_id"), QStringLiteral("bigint"))});
    SchemaModel a = model({customers, orders});
    Constraint fk;
    fk.name = QStringLiteral("orders_customer_fk");
    fk.kind = Constraint::Kind::ForeignKey;
    fk.definition = QStringLiteral("FOREIGN KEY (customer_id) REFERENCES app.customers(id)");
    Constraint check;
    check.name = QStringLiteral("orders_id_check");
    check.kind = Constraint::Kind::Check;
    check.definition = QStringLiteral("CHECK ((id > 0))");
    orders.constraints << fk << check;
    SchemaModel b = model({customers, orders});
    const Plan plan = Planner::plan(a, b, {});
    const QStringList sql = sqlOf(plan);
    const qsizetype add = sql.indexOf(QStringLiteral("ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customers(id) NOT VALID"));
    const qsizetype validate = sql.indexOf(QStringLiteral("ALTER TABLE app.orders VALIDATE CONSTRAINT orders_customer_fk"));
    QVERIFY2(add >= 0 && validate > add, qPrintable(sql.join(u'\n')));
    QVERIFY(sql.contains(QStringLiteral("ALTER TABLE app.orders ADD CONSTRAINT orders_id_check CHECK ((id > 0)) NOT VALID")));
    QVERIFY(sql.contains(QStringLiteral("ALTER TABLE app.orders VALIDATE CONSTRAINT orders_id_check")));
    QCOMPARE(plan.statements.at(validate).lock->strongest(), LockMode::ShareUpdateExclusive);
    QVERIFY(plan.statements.at(validate).settings.contains(QStringLiteral("SET statement_timeout = 0")));
    // A NOT VALID constraint becoming valid: just VALIDATE.
    SchemaModel c = b;
    c.tables[1].constraints[0].validated = false;
    const Plan validateOnly = Planner::plan(c, b, {});
    QCOMPARE(sqlOf(validateOnly), QStringList{QStringLiteral("ALTER TABLE app.orders VALIDATE CONSTRAINT orders_customer_fk")});
}

void TestSchemaDiff::uniqueViaConcurrentIndex()
{
    Table t = table(QStringLiteral("users"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                              column(QStringLiteral("email"), QStringLiteral("text"))});
    SchemaModel a = model({t});
    Constraint unique;
    unique.name = QStringLiteral("users_email_key");
    unique.kind = Constraint::Kind::Unique;
    unique.definition = QStringLiteral("UNIQUE (email)");
    unique.index = unique.name;
    Index backing = index(unique.name, QStringLiteral("users"), QStringLiteral("email"), true);
    backing.constraint = unique.name;
    t.constraints << unique;
    t.indexes << backing;
    SchemaModel b = model({t});
    const Plan plan = Planner::plan(a, b, {});
    QCOMPARE(sqlOf(plan), (QStringList{
        QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON app.users USING btree (email)"),
        QStringLiteral("ALTER TABLE app.users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key")}));
    QVERIFY(plan.statements.first().outsideTransaction);
}

void TestSchemaDiff::setNotNullViaCheck()
{
    Table t = table(QStringLiteral("users"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                              column(QStringLiteral("email"), QStringLiteral("text"))});
    SchemaModel a = model({t});
    t.columns[1].notNull = true;
    SchemaModel b = model({t});
    QCOMPARE(sqlOf(Planner::plan(a, b, {})), (QStringList{
        QStringLiteral("ALTER TABLE app.users ADD CONSTRAINT email_not_null_slipway CHECK (email IS NOT NULL) NOT VALID"),
        QStringLiteral("ALTER TABLE app.users VALIDATE CONSTRAINT email_not_null_slipway"),
        QStringLiteral("ALTER TABLE app.users ALTER COLUMN email SET NOT NULL"),
        QStringLiteral("ALTER TABLE app.users DROP CONSTRAINT email_not_null_slipway")}));
    // A new NOT NULL column without a default: added nullable, backfilled, then NOT NULL.
    SchemaModel c = a;
    c.tables[0].columns << column(QStringLiteral("locale"), QStringLiteral("text"), true, 3);
    const Plan added = Planner::plan(a, c, {});
    QCOMPARE(sqlOf(added).first(), QStringLiteral("ALTER TABLE app.users ADD COLUMN locale text"));
    QVERIFY(added.statements.first().hasHazard(Hazard::Kind::Backfill));
    QCOMPARE(sqlOf(added).at(3), QStringLiteral("ALTER TABLE app.users ALTER COLUMN locale SET NOT NULL"));

    PlanOptions old;
    old.serverVersion = 110000;
    const Plan plan11 = Planner::plan(a, b, {}, old);
    QCOMPARE(sqlOf(plan11), QStringList{QStringLiteral("ALTER TABLE app.users ALTER COLUMN email SET NOT NULL")});
    QVERIFY(plan11.statements.first().hasHazard(Hazard::Kind::Scan));
}

void TestSchemaDiff::columnTypeIsRewriteAndRebuildsViews()
{
    Table t = table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                               column(QStringLiteral("total"), QStringLiteral("integer"))});
    View totals;
    totals.schema = QStringLiteral("app");
    totals.name = QStringLiteral("totals");
    totals.definition = QStringLiteral(" SELECT orders.total\n   FROM app.orders;");
    totals.columns << column(QStringLiteral("total"), QStringLiteral("integer"));
    View big; // a view over the view
    big.schema = QStringLiteral("app");
    big.name = QStringLiteral("big_totals");
    big.definition = QStringLiteral(" SELECT totals.total\n   FROM app.totals\n  WHERE (totals.total > 100);");
    big.columns << column(QStringLiteral("total"), QStringLiteral("integer"));
    View ids; // does not use the column
    ids.schema = QStringLiteral("app");
    ids.name = QStringLiteral("ids");
    ids.definition = QStringLiteral(" SELECT orders.id\n   FROM app.orders;");
    ids.columns << column(QStringLiteral("id"), QStringLiteral("bigint"));
    SchemaModel a = model({t});
    a.views << big << ids << totals;
    SchemaModel b = a;
    b.tables[0].columns[1].type = QStringLiteral("bigint");
    b.views[0].columns[0].type = QStringLiteral("bigint");
    b.views[2].columns[0].type = QStringLiteral("bigint");
    const Plan plan = Planner::plan(a, b, {});
    const QStringList sql = sqlOf(plan);
    const qsizetype dropBig = sql.indexOf(QStringLiteral("DROP VIEW app.big_totals"));
    const qsizetype dropTotals = sql.indexOf(QStringLiteral("DROP VIEW app.totals"));
    const qsizetype alter = sql.indexOf(QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total TYPE bigint USING total::bigint"));
    const qsizetype createTotals = indexOf(plan, QStringLiteral("CREATE VIEW app.totals AS"));
    const qsizetype createBig = indexOf(plan, QStringLiteral("CREATE VIEW app.big_totals AS"));
    QVERIFY2(dropBig >= 0 && dropTotals > dropBig && alter > dropTotals && createTotals > alter &&
                 createBig > createTotals,
             qPrintable(sql.join(u'\n')));
    QVERIFY(indexOf(plan, QStringLiteral("DROP VIEW app.ids")) < 0);
    QVERIFY(plan.statements.at(alter).hasHazard(Hazard::Kind::Rewrite));
    QVERIFY(plan.statements.at(alter).hasHazard(Hazard::Kind::Lock));
}

void TestSchemaDiff::dropOrder()
{
    Table customers = table(QStringLiteral("customers"));
    customers.constraints << primaryKey(QStringLiteral("customers"));
    Table orders = table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                                    column(QStringLiteral("customer_id"), QStringLiteral("bigint"))});
    Constraint fk;
    fk.name = QStringLiteral("orders_customer_fk");
    fk.kind = Constraint::Kind::ForeignKey;
    fk.definition = QStringLiteral("FOREIGN KEY (customer_id) REFERENCES app.customers(id)");
    orders.constraints << fk;
    View v;
    v.schema = QStringLiteral("app");
    v.name = QStringLiteral("customer_ids");
    v.definition = QStringLiteral(" SELECT customers.id\n   FROM app.customers;");
    SchemaModel a = model({customers, orders});
    a.views << v;
    SchemaModel b = model({table(QStringLiteral("orders"), orders.columns)});
    const Plan plan = Planner::plan(a, b, {});
    const QStringList sql = sqlOf(plan);
    const qsizetype view = sql.indexOf(QStringLiteral("DROP VIEW app.customer_ids"));
    const qsizetype fkDrop = sql.indexOf(QStringLiteral("ALTER TABLE app.orders DROP CONSTRAINT orders_customer_fk"));
    const qsizetype table = sql.indexOf(QStringLiteral("DROP TABLE app.customers"));
    QVERIFY2(view >= 0 && fkDrop > view && table > fkDrop, qPrintable(sql.join(u'\n')));
    QVERIFY(plan.statements.at(table).hasHazard(Hazard::Kind::DataLoss));

    // Creating it back: the table before the foreign key that references it.
    const Plan back = Planner::plan(b, a, {});
    const QStringList up = sqlOf(back);
    const qsizetype create = indexOf(back, QStringLiteral("CREATE TABLE app.customers"));
    const qsizetype addFk = indexOf(back, QStringLiteral("ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fk"));
    const qsizetype createView = indexOf(back, QStringLiteral("CREATE VIEW app.customer_ids"));
    QVERIFY2(create >= 0 && addFk > create && createView > create, qPrintable(up.join(u'\n')));
}

void TestSchemaDiff::enumValues()
{
    EnumType mood;
    mood.schema = QStringLiteral("app");
    mood.name = QStringLiteral("mood");
    mood.labels = {QStringLiteral("sad"), QStringLiteral("happy")};
    SchemaModel a = model({});
    a.enums << mood;
    SchemaModel b = a;
    b.enums[0].labels = {QStringLiteral("angry"), QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy")};
    const Plan plan = Planner::plan(a, b, {});
    QCOMPARE(sqlOf(plan), (QStringList{QStringLiteral("ALTER TYPE app.mood ADD VALUE 'angry' BEFORE 'sad'"),
                                       QStringLiteral("ALTER TYPE app.mood ADD VALUE 'ok' AFTER 'sad'")}));
    QVERIFY(!plan.statements.first().outsideTransaction);
    PlanOptions old;
    old.serverVersion = 110000;
    QVERIFY(Planner::plan(a, b, {}, old).statements.first().outsideTransaction);

    // Removing a label rebuilds the type and converts its columns.
    Table t = table(QStringLiteral("people"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                               column(QStringLiteral("mood"), QStringLiteral("app.mood"))});
    b.tables << t;
    a.tables << t;
    const Plan down = Planner::plan(b, a, {});
    const QStringList sql = sqlOf(down);
    QVERIFY2(sql.contains(QStringLiteral("ALTER TYPE app.mood RENAME TO mood_slipway_old")), qPrintable(sql.join(u'\n')));
    QVERIFY(sql.contains(QStringLiteral("CREATE TYPE app.mood AS ENUM ('sad', 'happy')")));
    QVERIFY(sql.contains(QStringLiteral("ALTER TABLE app.people ALTER COLUMN mood TYPE app.mood USING mood::text::app.mood")));
    QCOMPARE(sql.last(), QStringLiteral("DROP TYPE app.mood_slipway_old"));

    // A column moved off a dropped enum: the type goes after the column changed.
    SchemaModel text = a;
    text.enums.clear();
    text.tables[0].columns[1].type = QStringLiteral("text");
    const QStringList off = sqlOf(Planner::plan(a, text, {}));
    QCOMPARE(off, (QStringList{QStringLiteral("ALTER TABLE app.people ALTER COLUMN mood TYPE text USING mood::text"),
                               QStringLiteral("DROP TYPE app.mood")}));
}

void TestSchemaDiff::functionsReplacedInPlace()
{
    Function f;
    f.schema = QStringLiteral("app");
    f.name = QStringLiteral("answer");
    f.result = QStringLiteral("integer");
    f.language = QStringLiteral("sql");
    f.definition = QStringLiteral("CREATE OR REPLACE FUNCTION app.answer()\n RETURNS integer\n LANGUAGE sql\nAS $function$SELECT 42$function$\n");
    SchemaModel a = model({});
    a.functions << f;
    SchemaModel b = a;
    b.functions[0].definition.replace(QStringLiteral("42"), QStringLiteral("43"));
    Plan plan = Planner::plan(a, b, {});
    QCOMPARE(plan.statements.size(), 1);
    QVERIFY(plan.statements.first().sql.startsWith(QStringLiteral("CREATE OR REPLACE FUNCTION app.answer()")));
    QVERIFY(plan.statements.first().hasHazard(Hazard::Kind::UntrackableDependency));
    // A new result type: drop and create.
    b.functions[0].result = QStringLiteral("bigint");
    plan = Planner::plan(a, b, {});
    QCOMPARE(plan.statements.first().sql, QStringLiteral("FUNCTION app.answer()").prepend(QStringLiteral("DROP ")));
}

void TestSchemaDiff::renameHazard()
{
    SchemaModel a = model({table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                                            column(QStringLiteral("total"), QStringLiteral("numeric"))})});
    SchemaModel b = model({table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                                            column(QStringLiteral("amount"), QStringLiteral("numeric"))})});
    Plan plan = Planner::plan(a, b, {});
    const PlanStatement *drop = find(plan, QStringLiteral("ALTER TABLE app.orders DROP COLUMN total"));
    QVERIFY(drop);
    QVERIFY(drop->hasHazard(Hazard::Kind::PossibleRename));
    QVERIFY(drop->hasHazard(Hazard::Kind::DataLoss));

    SchemaModel c = model({table(QStringLiteral("purchases"), a.tables[0].columns)});
    plan = Planner::plan(a, c, {});
    QVERIFY(find(plan, QStringLiteral("DROP TABLE app.orders"))->hasHazard(Hazard::Kind::PossibleRename));
}

void TestSchemaDiff::settingsAndLocks()
{
    SchemaModel a = model({table(QStringLiteral("orders"))});
    SchemaModel b = a;
    b.tables[0].columns << column(QStringLiteral("note"), QStringLiteral("text"), false, 2);
    PlanOptions options;
    options.statementTimeoutMs = 1500;
    const Plan plan = Planner::plan(a, b, {}, options);
    QCOMPARE(plan.statements.size(), 1);
    const PlanStatement &add = plan.statements.first();
    QCOMPARE(add.sql, QStringLiteral("ALTER TABLE app.orders ADD COLUMN note text"));
    QCOMPARE(add.settings, (QStringList{QStringLiteral("SET lock_timeout = '3s'"),
                                        QStringLiteral("SET statement_timeout = '1500ms'")}));
    QVERIFY(add.lock.has_value());
    QCOMPARE(add.lock->strongest(), LockMode::AccessExclusive);
    QVERIFY(add.hasHazard(Hazard::Kind::Lock));
    QVERIFY(plan.toSql().contains(QStringLiteral("SET statement_timeout = '1500ms';\nALTER TABLE app.orders ADD COLUMN note text;")));
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(add.change, 0);
}

void TestSchemaDiff::downPlanWarnsAboutData()
{
    SchemaModel a = model({table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                                            column(QStringLiteral("note"), QStringLiteral("text"))}),
                           table(QStringLiteral("legacy"))});
    SchemaModel b = model({table(QStringLiteral("orders"))});
    const Plan up = Planner::plan(a, b, {});
    QVERIFY(find(up, QStringLiteral("DROP TABLE app.legacy")));
    const Plan down = Planner::downPlan(a, b, {});
    const PlanStatement *table = find(down, QStringLiteral("CREATE TABLE app.legacy"));
    const PlanStatement *column = find(down, QStringLiteral("ALTER TABLE app.orders ADD COLUMN note text"));
    QVERIFY2(table && column, qPrintable(sqlOf(down).join(u'\n')));
    QVERIFY(table->hasHazard(Hazard::Kind::DataLoss));
    QVERIFY(column->hasHazard(Hazard::Kind::DataLoss));
}

void TestSchemaDiff::verifyQueries()
{
    SchemaModel a = model({table(QStringLiteral("orders"))});
    SchemaModel b = a;
    b.tables[0].columns << column(QStringLiteral("Note"), QStringLiteral("text"), true, 2);
    b.tables << table(QStringLiteral("it's"));
    const Plan plan = Planner::plan(a, b, {});
    QStringList sql;
    for (const VerifyQuery &query : plan.verify)
        sql << query.sql;
    QVERIFY2(sql.contains(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass('app.\"it''s\"') AND relkind IN ('r', 'p'))")),
             qPrintable(sql.join(u'\n')));
    QVERIFY(sql.contains(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass('app.orders') AND attname = 'Note' AND NOT attisdropped AND atttypid = 'text'::pg_catalog.regtype AND attnotnull = true)")));
}

void TestSchemaDiff::json()
{
    SchemaModel a = model({table(QStringLiteral("orders"))});
    SchemaModel b = model({});
    const QJsonObject json = PlanJson::toJson(Planner::plan(a, b, {}));
    const QJsonObject change = json.value(QLatin1String("changes")).toArray().first().toObject();
    QCOMPARE(change.value(QLatin1String("kind")).toString(), QStringLiteral("table"));
    QCOMPARE(change.value(QLatin1String("action")).toString(), QStringLiteral("drop"));
    QVERIFY(change.value(QLatin1String("from")).toString().startsWith(QLatin1String("CREATE TABLE app.orders (")));
    QVERIFY(!change.contains(QLatin1String("to")));
    const QJsonObject statement = json.value(QLatin1String("statements")).toArray().first().toObject();
    QCOMPARE(statement.value(QLatin1String("sql")).toString(), QStringLiteral("DROP TABLE app.orders"));
    QCOMPARE(statement.value(QLatin1String("lock")).toObject().value(QLatin1String("mode")).toString(), QStringLiteral("ACCESS EXCLUSIVE"));
    QVERIFY(!json.value(QLatin1String("verify")).toArray().isEmpty());
}

void TestSchemaDiff::entriesForTheTree()
{
    View v;
    v.schema = QStringLiteral("app");
    v.name = QStringLiteral("v");
    v.definition = QStringLiteral(" SELECT 1;");
    SchemaModel a = model({table(QStringLiteral("same")), table(QStringLiteral("changed")),
                           table(QStringLiteral("gone"))});
    a.views << v;
    SchemaModel b = model({table(QStringLiteral("same")), table(QStringLiteral("changed")),
                           table(QStringLiteral("new"))});
    b.tables[1].columns[0].comment = QStringLiteral("now commented");
    b.views << v;
    b.views[0].comment = QStringLiteral("view comment");
    const QList<SchemaChange> changes = SchemaDiff::compare(a, b);
    const QList<DiffEntry> entries = DiffEntries::build(a, b, changes);
    QHash<QString, DiffEntry::Status> status;
    for (const DiffEntry &entry : entries)
        status.insert(entry.object.display(), entry.status);
    QCOMPARE(status.value(QStringLiteral("app")), DiffEntry::Status::Identical);
    QCOMPARE(status.value(QStringLiteral("app.same")), DiffEntry::Status::Identical);
    QCOMPARE(status.value(QStringLiteral("app.changed")), DiffEntry::Status::Different);
    QCOMPARE(status.value(QStringLiteral("app.gone")), DiffEntry::Status::OnlyInSource);
    QCOMPARE(status.value(QStringLiteral("app.new")), DiffEntry::Status::OnlyInTarget);
    QCOMPARE(status.value(QStringLiteral("app.v")), DiffEntry::Status::Different);
    QCOMPARE(entries.size(), 6);
    const auto changed = std::find_if(entries.cbegin(), entries.cend(), [](const DiffEntry &e) {
        return e.object.name == QLatin1String("changed");
    });
    QCOMPARE(changed->changes.size(), 1);
    QCOMPARE(changes.at(changed->changes.first()).kind, ObjectKind::Comment);
}

void TestSchemaDiff::objectDdl()
{
    Table t = table(QStringLiteral("orders"), {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
                                               column(QStringLiteral("total"), QStringLiteral("numeric"))});
    t.constraints << primaryKey(QStringLiteral("orders"));
    t.indexes << index(QStringLiteral("orders_total_idx"), QStringLiteral("orders"), QStringLiteral("total"));
    t.comment = QStringLiteral("orders");
    QCOMPARE(ObjectDdl::of(t), QStringLiteral(
        "CREATE TABLE app.orders (\n    id bigint NOT NULL,\n    total numeric,\n    CONSTRAINT orders_pkey PRIMARY KEY (id)\n);\n"
        "CREATE INDEX orders_total_idx ON app.orders USING btree (total);\n"
        "COMMENT ON TABLE app.orders IS 'orders';\n"));
    ChangeObject column;
    column.kind = ObjectKind::Column;
    column.schema = QStringLiteral("app");
    column.table = QStringLiteral("orders");
    column.name = QStringLiteral("total");
    QCOMPARE(ObjectDdl::of(ObjectValue(t.columns[1]), column),
             QStringLiteral("ALTER TABLE app.orders ADD COLUMN total numeric;\n"));
    QVERIFY(ObjectDdl::of(ObjectValue(), column).isEmpty());
}

void TestSchemaDiff::tenThousandTablesAreFast()
{
    SchemaModel a = model({});
    a.tables.reserve(10000);
    for (int i = 0; i < 10000; ++i) {
        QList<Column> columns;
        for (int c = 0; c < 10; ++c)
            columns << column(QStringLiteral("c%1").arg(c), QStringLiteral("integer"));
        Table t = table(QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0')), columns);
        t.constraints << primaryKey(t.name);
        t.indexes << index(t.name + QLatin1String("_c1_idx"), t.name, QStringLiteral("c1"));
        a.tables << t;
    }
    SchemaModel b = a;
    b.tables[5000].columns[3].type = QStringLiteral("bigint");
    for (Table &t : b.tables)
        t.stats.estimatedRows = 10;
    QElapsedTimer timer;
    timer.start();
    const QList<SchemaChange> changes = SchemaDiff::compare(a, b);
    const qint64 elapsed = timer.elapsed();
    qInfo("diff of two 10,000-table models: %lld ms", elapsed);
    QCOMPARE(changes.size(), 1);
#ifdef NDEBUG
    QVERIFY2(elapsed < 100, qPrintable(QString::number(elapsed)));
#else
    QVERIFY2(elapsed < 500, qPrintable(QString::number(elapsed))); // unoptimized build, shared CPU
#endif
}

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
