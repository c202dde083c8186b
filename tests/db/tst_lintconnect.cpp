// `slipway-cli lint --connect`: live row counts turn the same statement into a
// hint on a small table and keep it a warning (or worse) on a large one.
#include "db/connectionprofile.h"
#include "db/profilestore.h"
#include "testsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;
using slipway::test::TestSandbox;

class TestLintConnect : public QObject {
    Q_OBJECT

    QString m_uri;
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run lint(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessEnvironment(env);
        process.start(TestSandbox::cliPath(), QStringList{QStringLiteral("lint")} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    void write(const QString &name, const QString &sql)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sql.toUtf8());
    }

    // The findings of one rule in a JSON report.
    static QJsonArray findingsOf(const Run &run, const QString &rule)
    {
        QJsonArray out;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (v.toObject().value(QStringLiteral("rule_name")).toString() == rule)
                out.append(v);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_lintconnect"));
        TestSandbox::exec(m_uri, QStringLiteral(
            "CREATE TABLE small_t (id bigint PRIMARY KEY, note text);"
            "INSERT INTO small_t SELECT g, 'n' || g FROM generate_series(1, 100) g;"
            "CREATE TABLE big_t (id bigint PRIMARY KEY, note text);"
            "INSERT INTO big_t SELECT g, 'n' || g FROM generate_series(1, 300000) g;"
            "CREATE SCHEMA \"Odd Schema\";"
            "CREATE TABLE \"Odd Schema\".\"Mixed\" (id bigint);"
            "INSERT INTO \"Odd Schema\".\"Mixed\" SELECT generate_series(1, 1234);"));
        TestSandbox::exec(m_uri, QStringLiteral("ANALYZE small_t"));
        TestSandbox::exec(m_uri, QStringLiteral("ANALYZE big_t"));
        write(QStringLiteral("small.sql"), QStringLiteral("CREATE INDEX small_note ON small_t (note);\n"));
        write(QStringLiteral("big.sql"), QStringLiteral("CREATE INDEX big_note ON big_t (note);\n"));
        write(QStringLiteral("odd.sql"), QStringLiteral("CREATE INDEX odd_id ON \"Odd Schema\".\"Mixed\" (id);\n"));
        write(QStringLiteral("unknown.sql"), QStringLiteral("CREATE INDEX u ON no_such_table (id);\n"));
        write(QStringLiteral("both.sql"), QStringLiteral("DELETE FROM small_t;\nDELETE FROM big_t;\n"));
    }

    void severityFollowsTableSize()
    {
        const QString rule = QStringLiteral("require-concurrent-index-creation");
        const Run small = lint({QStringLiteral("--connect"), m_uri, QStringLiteral("--reporter"), QStringLiteral("json"),
                                QStringLiteral("small.sql")});
        QVERIFY2(small.err.isEmpty(), qPrintable(small.err));
        const QJsonArray smallFindings = findingsOf(small, rule);
        QCOMPARE(smallFindings.size(), 1);
        QCOMPARE(smallFindings[0].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Hint"));
        QVERIFY2(smallFindings[0].toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("100 row")),
                 qPrintable(small.out));

        const Run big = lint({QStringLiteral("--connect"), m_uri, QStringLiteral("--reporter"), QStringLiteral("json"),
                              QStringLiteral("big.sql")});
        const QJsonArray bigFindings = findingsOf(big, rule);
        QCOMPARE(bigFindings.size(), 1);
        QCOMPARE(bigFindings[0].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Warning"));
        QVERIFY2(bigFindings[0].toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("300K rows")),
                 qPrintable(big.out));

        // Offline the same statement is a plain warning on both.
        const Run offline = lint({QStringLiteral("--reporter"), QStringLiteral("json"), QStringLiteral("small.sql")});
        QCOMPARE(findingsOf(offline, rule)[0].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Warning"));
    }

    void exitCodesFollowTheSeverity()
    {
        const QStringList onlyIndexRule{QStringLiteral("--exclude"),
                                        QStringLiteral("require-lock-timeout,require-statement-timeout,prefer-robust-stmts")};
        // A hint does not fail the default --fail-on warning; a warning does.
        QCOMPARE(lint(QStringList{QStringLiteral("--connect"), m_uri, QStringLiteral("small.sql")} + onlyIndexRule).exitCode, 0);
        QCOMPARE(lint(QStringList{QStringLiteral("--connect"), m_uri, QStringLiteral("big.sql")} + onlyIndexRule).exitCode, 1);
        QCOMPARE(lint(QStringList{QStringLiteral("--connect"), m_uri, QStringLiteral("--fail-on"), QStringLiteral("hint"),
                                  QStringLiteral("small.sql")} + onlyIndexRule).exitCode, 1);
        QCOMPARE(lint(QStringList{QStringLiteral("small.sql")} + onlyIndexRule).exitCode, 1); // offline: a warning
    }

    void oneQueryForManyTablesAndFiles()
    {
        const Run run = lint({QStringLiteral("--connect"), m_uri, QStringLiteral("--reporter"), QStringLiteral("json"),
                              QStringLiteral("both.sql"), QStringLiteral("odd.sql"), QStringLiteral("unknown.sql")});
        const QJsonArray deletes = findingsOf(run, QStringLiteral("dml-without-where"));
        QCOMPARE(deletes.size(), 2);
        QCOMPARE(deletes[0].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Hint"));
        QCOMPARE(deletes[1].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Warning"));
        const QJsonArray indexes = findingsOf(run, QStringLiteral("require-concurrent-index-creation"));
        QCOMPARE(indexes.size(), 2);
        // Quoted, mixed-case names in a schema with a space; never analyzed, so counted.
        QCOMPARE(indexes[0].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Hint"));
        QVERIFY2(indexes[0].toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("1234 row")),
                 qPrintable(indexes[0].toObject().value(QStringLiteral("message")).toString()));
        // A table the database does not have keeps the offline severity.
        QCOMPARE(indexes[1].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Warning"));
    }

    void savedProfileName()
    {
        QTemporaryDir config;
        ProfileStore store(config.filePath(QStringLiteral("slipway/connections.json")));
        DbError error;
        ConnectionProfile profile = ConnectionProfile::fromConnectionString(m_uri, &error);
        QVERIFY(!error.isError());
        profile.name = QStringLiteral("lint-sandbox");
        store.upsert(profile);
        QString saveError;
        QVERIFY2(store.save(&saveError), qPrintable(saveError));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const Run run = lint({QStringLiteral("--connect"), QStringLiteral("lint-sandbox"), QStringLiteral("--reporter"),
                              QStringLiteral("json"), QStringLiteral("small.sql")}, env);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(findingsOf(run, QStringLiteral("require-concurrent-index-creation"))[0].toObject()
                     .value(QStringLiteral("level")).toString(), QStringLiteral("Hint"));
    }

    void unreachableServerFails()
    {
        const Run run = lint({QStringLiteral("--connect"), QStringLiteral("postgresql://127.0.0.1:1/none?connect_timeout=3"),
                              QStringLiteral("small.sql")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot read table sizes")), qPrintable(run.err));
        QCOMPARE(lint({QStringLiteral("--connect"), QStringLiteral("no such profile"), QStringLiteral("small.sql")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestLintConnect)
#include "tst_lintconnect.moc"
