// Backfill specs: JSON in and out, errors that name the field, the
// compatibility hash, and the SQL a spec turns into (without a server).
#include "run/backfillspec.h"
#include "run/backfillsql.h"
#include "run/checkpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway::run;

class TestBackfillSpec : public QObject {
    Q_OBJECT

    static QJsonObject minimal()
    {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("orders.status_v2")},
                           {QStringLiteral("table"), QStringLiteral("public.orders")},
                           {QStringLiteral("set"), QStringLiteral("status_v2 = upper(status)")},
                           {QStringLiteral("predicate"), QStringLiteral("status_v2 IS NULL")}};
    }

    static QString errorOf(const QJsonObject &object)
    {
        QString error;
        const auto spec = BackfillSpec::fromJson(object, &error);
        return spec ? QString() : error;
    }

    static BackfillTarget target(const QStringList &key)
    {
        BackfillTarget t;
        t.schema = QStringLiteral("public");
        t.table = QStringLiteral("orders");
        t.quotedTable = QStringLiteral("\"public\".\"orders\"");
        t.key = key;
        for (const QString &column : key) {
            t.quotedKey << QLatin1Char('"') + column + QLatin1Char('"');
            t.keyTypes << QStringLiteral("bigint");
        }
        return t;
    }

private slots:
    void defaultsAndRoundTrip()
    {
        QString error;
        auto spec = BackfillSpec::fromJson(minimal(), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->targetBatchMs, 200);
        QCOMPARE(spec->initialBatchSize, 1000);
        QVERIFY(spec->key.isEmpty());
        QCOMPARE(spec->schemaName(), QStringLiteral("public"));
        QCOMPARE(spec->tableName(), QStringLiteral("orders"));

        spec->key = {QStringLiteral("tenant"), QStringLiteral("id")};
        spec->pauseMs = 50;
        spec->maxBatchSize = 9000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.json"));
        QVERIFY(spec->save(path, &error));
        const auto loaded = BackfillSpec::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), spec->toJson());
        QCOMPARE(loaded->key, spec->key);
        QCOMPARE(loaded->pauseMs, 50);
    }

    void keyAsSingleString()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("key"), QStringLiteral("id"));
        QString error;
        const auto spec = BackfillSpec::fromJson(o, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->key, QStringList{QStringLiteral("id")});
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("name missing") << "name" << QJsonValue(QString()) << "\"name\"";
        QTest::newRow("bad table") << "table" << QJsonValue(QStringLiteral("a.b.c")) << "\"table\"";
        QTest::newRow("table number") << "table" << QJsonValue(3) << "\"table\"";
        QTest::newRow("size not integer") << "max_batch_size" << QJsonValue(1.5) << "\"max_batch_size\"";
        QTest::newRow("size zero") << "min_batch_size" << QJsonValue(0) << "\"min_batch_size\"";
        QTest::newRow("size text") << "target_batch_ms" << QJsonValue(QStringLiteral("fast")) << "\"target_batch_ms\"";
        QTest::newRow("initial above max") << "initial_batch_size" << QJsonValue(999999) << "\"initial_batch_size\"";
        QTest::newRow("key not list") << "key" << QJsonValue(3) << "\"key\"";
        QTest::newRow("key with number") << "key" << QJsonValue(QJsonArray{1}) << "\"key\"";
        QTest::newRow("typo") << "predicat" << QJsonValue(QStringLiteral("x")) << "\"predicat\"";
        QTest::newRow("both set and template") << "template" << QJsonValue(QStringLiteral("UPDATE t SET a = 1 WHERE {{batch}}"))
                                               << "exactly one";
    }

    void errorsNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject o = minimal();
        o.insert(field, value);
        const QString error = errorOf(o);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void templateNeedsPlaceholder()
    {
        QJsonObject o = minimal();
        o.remove(QStringLiteral("set"));
        o.insert(QStringLiteral("template"), QStringLiteral("UPDATE orders SET a = 1"));
        QVERIFY(errorOf(o).contains(QStringLiteral("{{batch}}")));
        o.insert(QStringLiteral("template"), QStringLiteral("UPDATE orders o SET a = 1 WHERE {{batch:o}}"));
        QVERIFY(errorOf(o).isEmpty());
    }

    void commentsAreIgnored()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("_why"), QStringLiteral("split status"));
        QVERIFY(errorOf(o).isEmpty());
    }

    void badFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!BackfillSpec::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"name\": \"n\",\n  table: \"t\"\n}\n");
        file.close();
        QVERIFY(!BackfillSpec::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("JSON")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("broken.json:3:")), qPrintable(error)); // where: line 3
    }

    // The same spec as YAML: comments, quotes, a block template, key lists.
    void yamlReadsAsItsJsonTwin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# split the address in batches\n"
                   "name: orders-split\n"
                   "table: '\"Sales\".orders'   # quoted schema keeps its case\n"
                   "template: |\n"
                   "  UPDATE \"Sales\".orders o SET city = split_part(o.address, ',', 2)\n"
                   "  WHERE {{batch:o}} AND o.city IS NULL\n"
                   "key:\n"
                   "  - tenant\n"
                   "  - id\n"
                   "target_batch_ms: 150\n"
                   "pause_ms: 0\n"
                   "predicate: 'city IS NULL AND note <> ''x'''\n");
        file.close();
        QString error;
        const auto spec = BackfillSpec::load(path, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->name, QStringLiteral("orders-split"));
        QCOMPARE(spec->schemaName(), QStringLiteral("Sales"));
        QCOMPARE(spec->statementTemplate,
                 QStringLiteral("UPDATE \"Sales\".orders o SET city = split_part(o.address, ',', 2)\n"
                                "WHERE {{batch:o}} AND o.city IS NULL\n"));
        QCOMPARE(spec->key, (QStringList{QStringLiteral("tenant"), QStringLiteral("id")}));
        QCOMPARE(spec->targetBatchMs, 150);
        QCOMPARE(spec->pauseMs, 0);
        QCOMPARE(spec->predicate, QStringLiteral("city IS NULL AND note <> 'x'"));

        // A quoted number is text, so the field says what is wrong, as in JSON.
        const QString quoted = dir.filePath(QStringLiteral("quoted.yml"));
        QFile q(quoted);
        QVERIFY(q.open(QIODevice::WriteOnly));
        q.write("name: n\ntable: t\nset: a = 1\nmax_batch_size: '500'\n");
        q.close();
        QVERIFY(!BackfillSpec::load(quoted, &error));
        QVERIFY2(error.contains(QStringLiteral("max_batch_size")), qPrintable(error));
    }

    // Bad YAML says where: file, line and column.
    void yamlErrorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("bad indent") << QByteArray("name: n\ntable: t\n  set: a = 1\n") << QStringLiteral(":3:")
                                    << QStringLiteral("YAML");
        QTest::newRow("unclosed quote") << QByteArray("name: n\ntable: 't\n") << QStringLiteral(":3:")
                                        << QStringLiteral("quoted scalar");
        QTest::newRow("duplicate key") << QByteArray("name: n\ntable: t\nname: m\n") << QStringLiteral(":3:1:")
                                       << QStringLiteral("\"name\" is given twice");
        QTest::newRow("two documents") << QByteArray("name: n\n---\nname: m\n") << QStringLiteral(":2:")
                                       << QStringLiteral("another");
        QTest::newRow("a list") << QByteArray("- name: n\n") << QStringLiteral("spec.yaml must hold one mapping")
                                << QStringLiteral("mapping");
        QTest::newRow("empty") << QByteArray("# nothing\n") << QStringLiteral(":") << QStringLiteral("empty");
    }

    void yamlErrorsSayWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QString error;
        QVERIFY(!BackfillSpec::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("spec.yaml") + where) || error.contains(where), qPrintable(error));
        QVERIFY2(error.contains(what), qPrintable(error));
    }

    void qualifiedNames()
    {
        QString schema, table;
        QVERIFY(BackfillSpec::splitQualifiedName(QStringLiteral("\"My Schema\".\"odd.name\"\"x\""), &schema, &table));
        QCOMPARE(schema, QStringLiteral("My Schema"));
        QCOMPARE(table, QStringLiteral("odd.name\"x"));
        QVERIFY(BackfillSpec::splitQualifiedName(QStringLiteral("orders"), &schema, &table));
        QCOMPARE(schema, QStringLiteral("public"));
        QVERIFY(!BackfillSpec::splitQualifiedName(QStringLiteral("a..b"), &schema, &table));
        QVERIFY(!BackfillSpec::splitQualifiedName(QStringLiteral("\"open"), &schema, &table));
    }

    void hashIgnoresTuning()
    {
        auto spec = *BackfillSpec::fromJson(minimal(), nullptr);
        const QStringList key{QStringLiteral("id")};
        const QString hash = spec.compatibilityHash(key);
        spec.maxBatchSize = 10;
        spec.minBatchSize = 1;
        spec.initialBatchSize = 5;
        spec.pauseMs = 1000;
        spec.lockTimeoutMs = 1;
        QCOMPARE(spec.compatibilityHash(key), hash);
        spec.predicate = QStringLiteral("status_v2 IS DISTINCT FROM upper(status)");
        QVERIFY(spec.compatibilityHash(key) != hash);
        spec = *BackfillSpec::fromJson(minimal(), nullptr);
        QVERIFY(spec.compatibilityHash({QStringLiteral("id"), QStringLiteral("x")}) != hash);
    }

    void batchSql()
    {
        auto spec = *BackfillSpec::fromJson(minimal(), nullptr);
        const BackfillTarget composite = target({QStringLiteral("tenant"), QStringLiteral("id")});
        QCOMPARE(QString::fromStdString(BackfillSql::batchStatement(spec, composite, true)),
                 QStringLiteral("UPDATE \"public\".\"orders\" SET status_v2 = upper(status) WHERE "
                                "(\"tenant\", \"id\") > ($1::bigint, $2::bigint) AND "
                                "(\"tenant\", \"id\") <= ($3::bigint, $4::bigint) AND (status_v2 IS NULL)"));
        QCOMPARE(QString::fromStdString(BackfillSql::batchStatement(spec, composite, false)),
                 QStringLiteral("UPDATE \"public\".\"orders\" SET status_v2 = upper(status) WHERE "
                                "(\"tenant\", \"id\") <= ($1::bigint, $2::bigint) AND (status_v2 IS NULL)"));
        QCOMPARE(QString::fromStdString(BackfillSql::upperBoundQuery(composite, true)),
                 QStringLiteral("SELECT \"tenant\"::text, \"id\"::text FROM (SELECT \"tenant\", \"id\" FROM "
                                "\"public\".\"orders\" WHERE (\"tenant\", \"id\") > ($1::bigint, $2::bigint) "
                                "ORDER BY \"tenant\", \"id\" LIMIT $3) AS batch ORDER BY batch.\"tenant\" DESC, batch.\"id\" DESC "
                                "LIMIT 1"));

        spec.set.clear();
        spec.statementTemplate = QStringLiteral("INSERT INTO archive SELECT * FROM orders o WHERE {{batch:o}}");
        const BackfillTarget single = target({QStringLiteral("id")});
        QCOMPARE(QString::fromStdString(BackfillSql::batchStatement(spec, single, true)),
                 QStringLiteral("INSERT INTO archive SELECT * FROM orders o WHERE "
                                "((o.\"id\") > ($1::bigint) AND (o.\"id\") <= ($2::bigint))"));
    }

    void checkpointKeyJson()
    {
        const QStringList key{QStringLiteral("42"), QStringLiteral("a \"b\"")};
        QCOMPARE(CheckpointStore::keyFromJson(CheckpointStore::keyToJson(key)), std::optional<QStringList>(key));
        QVERIFY(!CheckpointStore::keyFromJson(QStringLiteral("[1]")));
        QVERIFY(!CheckpointStore::keyFromJson(QStringLiteral("nope")));
        for (auto s : {BackfillCheckpoint::State::Running, BackfillCheckpoint::State::Done,
                       BackfillCheckpoint::State::Aborted})
            QCOMPARE(BackfillCheckpoint::stateFromName(BackfillCheckpoint::stateName(s)), std::optional(s));
    }
};

QTEST_GUILESS_MAIN(TestBackfillSpec)
#include "tst_backfillspec.moc"
