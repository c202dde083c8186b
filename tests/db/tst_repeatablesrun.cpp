// slipway-cli migrate on a Flyway folder with a repeatable: V1 then R__ run,
// a second migrate runs nothing, a changed R__ file runs again (journaled as
// R__<description>, Flyway's description: "items view"), and status says applied.
#include "testsandbox.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using slipway::test::TestSandbox;

class TestRepeatablesRun : public QObject {
    Q_OBJECT

    static void write(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    static int cli(const QStringList &args, QString *out)
    {
        QProcess p;
        p.start(TestSandbox::cliPath(), args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

    static QString scalar(const QString &uri, const char *sql)
    {
        pqxx::connection conn(uri.toStdString());
        const pqxx::result r = pqxx::nontransaction(conn).exec(sql);
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    }

private slots:
    void repeatableRunsWhenNewOrChanged()
    {
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("repeatables_run"));
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__items.sql")), "CREATE TABLE items (id int, status text);\n");
        write(dir.filePath(QStringLiteral("R__items_view.sql")),
              "CREATE OR REPLACE VIEW items_view AS SELECT id FROM items;\n");
        const QStringList migrate{QStringLiteral("migrate"), uri, QStringLiteral("--dir"), dir.path()};
        QString out;
        QVERIFY2(cli(migrate, &out) == 0, qPrintable(out));
        QCOMPARE(scalar(uri, "SELECT string_agg(version || ':' || status, ',' ORDER BY id) FROM slipway.journal"),
                 QStringLiteral("1:succeeded,R__items view:succeeded"));
        QVERIFY(!scalar(uri, "SELECT to_regclass('items_view')").isEmpty());

        QVERIFY2(cli(migrate, &out) == 0, qPrintable(out));
        QCOMPARE(scalar(uri, "SELECT count(*) FROM slipway.journal"), QStringLiteral("2")); // nothing ran

        write(dir.filePath(QStringLiteral("R__items_view.sql")),
              "CREATE OR REPLACE VIEW items_view AS SELECT id, status FROM items;\n");
        QVERIFY2(cli(migrate, &out) == 0, qPrintable(out));
        QCOMPARE(scalar(uri, "SELECT count(*) FROM slipway.journal WHERE version = 'R__items view'"),
                 QStringLiteral("2"));
        QCOMPARE(scalar(uri, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'items_view'"),
                 QStringLiteral("2"));

        QVERIFY2(cli({QStringLiteral("status"), uri, QStringLiteral("--dir"), dir.path()}, &out) == 0, qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("pending")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestRepeatablesRun)
#include "tst_repeatablesrun.moc"
