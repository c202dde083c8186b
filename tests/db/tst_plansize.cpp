// Migration plans against the sandbox: the same SQL on a 100-row table and on
// a 1,000,000-row table gets a different risk class, pattern and estimate; and
// `slipway-cli plan` end to end.
#include "plan/planbuilder.h"
#include "testsandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;
using namespace slipway::plan;
using slipway::test::TestSandbox;

class TestPlanSize : public QObject {
    Q_OBJECT

    QString m_uri;

    static QString migration(const QString &table)
    {
        return QStringLiteral("ALTER TABLE %1 ADD COLUMN c int NOT NULL DEFAULT 0;\n"
                              "ALTER TABLE %1 ALTER COLUMN a TYPE bigint;\n"
                              "CREATE INDEX %1_a_idx ON %1 (a);\n")
            .arg(table);
    }

    MigrationPlan live(const QString &table)
    {
        DbError error;
        const auto plan = PlanBuilder::buildLive(migration(table), m_uri, PlanContext{}, false, &error);
        if (!plan)
            qWarning() << error.toText();
        return plan.value_or(MigrationPlan{});
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(TestSandbox::cliPath(), QStringList{QStringLiteral("plan")} + arguments);
        process.waitForFinished(60000);
        return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_plansize"));
        TestSandbox::exec(m_uri, QStringLiteral(
            "CREATE TABLE small_t (id int PRIMARY KEY, a int);"
            "INSERT INTO small_t SELECT g, g FROM generate_series(1, 100) g;"
            "CREATE TABLE big_t (id int PRIMARY KEY, a int);"
            "INSERT INTO big_t SELECT g, g FROM generate_series(1, 1000000) g;"
            "ANALYZE small_t; ANALYZE big_t;"));
    }

    void riskAndPatternChangeWithSize()
    {
        const MigrationPlan small = live(QStringLiteral("small_t"));
        const MigrationPlan big = live(QStringLiteral("big_t"));
        QCOMPARE(small.steps.size(), 3);
        QCOMPARE(big.steps.size(), 3);
        QVERIFY(small.sizesFromLiveDatabase && big.sizesFromLiveDatabase);
        QVERIFY(big.serverVersion >= 110000);

        // ADD COLUMN ... DEFAULT 0 is catalog-only on 11+: low on both.
        QCOMPARE(small.steps[0].risk, RiskClass::Low);
        QCOMPARE(big.steps[0].risk, RiskClass::Low);
        QCOMPARE(small.steps[0].effect, LockImpact::Effect::MetadataOnly);

        // The type change rewrites: direct on 100 rows, expand/contract on a million.
        QCOMPARE(small.steps[1].risk, RiskClass::Low);
        QCOMPARE(small.steps[1].pattern, Pattern::Direct);
        QCOMPARE(big.steps[1].risk, RiskClass::Medium);
        QCOMPARE(big.steps[1].pattern, Pattern::ExpandContract);
        QVERIFY(big.steps[1].tables.first().rows > 500000);
        QVERIFY(big.steps[1].estimatedSeconds > 10 * small.steps[1].estimatedSeconds);
        QVERIFY(small.steps[1].estimatedSeconds >= 0);

        // The plain index build: direct on 100 rows, CONCURRENTLY on a million.
        QCOMPARE(small.steps[2].pattern, Pattern::Direct);
        QCOMPARE(big.steps[2].pattern, Pattern::Concurrent);
        QVERIFY(big.steps[2].risk > small.steps[2].risk);
        QVERIFY(big.steps[2].blockingSeconds > small.steps[2].blockingSeconds);

        QCOMPARE(small.summary.risk, RiskClass::Low);
        QCOMPARE(big.summary.risk, RiskClass::Medium);
        QCOMPARE(big.summary.approvals, QStringList{QStringLiteral("2 reviewers")});
        QVERIFY(big.summary.lockSeconds > small.summary.lockSeconds);
        QVERIFY(!small.summary.lockTimeUnknown);
    }

    void cliWithConnection()
    {
        QTemporaryDir dir;
        const QString sql = dir.filePath(QStringLiteral("m.sql"));
        QFile file(sql);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(migration(QStringLiteral("big_t")).toUtf8());
        file.close();

        const QString jsonPath = dir.filePath(QStringLiteral("plan.json"));
        const Run json = cli({m_uri, sql, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), jsonPath});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QString error;
        const auto loaded = MigrationPlan::load(jsonPath, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->summary.risk, RiskClass::Medium);
        QVERIFY(loaded->sizesFromLiveDatabase);

        const Run md = cli({m_uri, sql});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains("# Migration Runbook:"));
        QVERIFY(md.out.contains("pg_dump --format=custom --table='big_t'"));
        QVERIFY(md.out.contains("Expand/contract"));

        const Run html = cli({QStringLiteral("--offline"), sql, QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("not known (offline plan)"));
    }

    void cliErrors()
    {
        QCOMPARE(cli({QStringLiteral("--offline")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("--offline"), QStringLiteral("x.sql"), QStringLiteral("--format"), QStringLiteral("pdfx")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("--offline"), QStringLiteral("/nonexistent/x.sql")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("postgresql://127.0.0.1:1/nope?connect_timeout=2"), QStringLiteral("/nonexistent/x.sql")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanSize)
#include "tst_plansize.moc"
