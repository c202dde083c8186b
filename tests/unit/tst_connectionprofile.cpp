#include "db/connectionprofile.h"
#include "db/profilestore.h"

#include <QTemporaryDir>
#include <QJsonDocument>
#include <QtTest>

using namespace slipway;

class TestConnectionProfile : public QObject {
    Q_OBJECT

private slots:
    void uriIsParsedByLibpq()
    {
        DbError error;
        const auto p = ConnectionProfile::fromConnectionString(
            QStringLiteral("postgresql://alice@db.example.com:6543/shop?sslmode=verify-full"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(p.host, QStringLiteral("db.example.com"));
        QCOMPARE(p.port, 6543);
        QCOMPARE(p.database, QStringLiteral("shop"));
        QCOMPARE(p.user, QStringLiteral("alice"));
        QCOMPARE(p.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(p.displayTarget(), QStringLiteral("alice@db.example.com:6543/shop"));
    }

    void keyValueConninfoIsParsed()
    {
        DbError error;
        const auto p = ConnectionProfile::fromConnectionString(
            QStringLiteral("host=10.0.0.5 port=5433 dbname='my db' user=bob"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(p.database, QStringLiteral("my db"));
        QCOMPARE(p.port, 5433);
    }

    void malformedInputGivesInvalidInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::newRow("bad uri") << QStringLiteral("postgresql://host:notaport/db") << QStringLiteral("port");
        QTest::newRow("unknown key") << QStringLiteral("host=x bogus=1") << QStringLiteral("bogus");
        QTest::newRow("unterminated quote") << QStringLiteral("host='x") << QStringLiteral("quoted");
    }

    void malformedInputGivesInvalidInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        DbError error;
        ConnectionProfile::fromConnectionString(text, &error);
        QCOMPARE(error.kind, DbError::Kind::InvalidInput);
        QVERIFY2(error.message.contains(needle, Qt::CaseInsensitive), qPrintable(error.message));
    }

    void fieldsBuildQuotedConninfo()
    {
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("x"), Environment::Development);
        p.host = QStringLiteral("localhost");
        p.port = 5432;
        p.database = QStringLiteral("it's");
        p.user = QStringLiteral("u");
        p.sslMode = QStringLiteral("require");
        DbError error;
        const QString conninfo = p.conninfo(QStringLiteral("s3cret"), &error);
        QVERIFY(!error.isError());
        QVERIFY(conninfo.contains(QStringLiteral("dbname='it\\'s'")));
        QVERIFY(conninfo.contains(QStringLiteral("password='s3cret'")));
        QVERIFY(conninfo.contains(QStringLiteral("sslmode='require'")));
        // libpq reads back exactly what we meant.
        const auto round = ConnectionProfile::fromConnectionString(conninfo, &error);
        QVERIFY(!error.isError());
        QCOMPARE(round.database, QStringLiteral("it's"));
    }

    void unknownSslModeIsRejected()
    {
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("x"), Environment::Development);
        p.host = QStringLiteral("h");
        p.sslMode = QStringLiteral("sometimes");
        DbError error;
        QVERIFY(p.parameters(&error).isEmpty());
        QCOMPARE(error.kind, DbError::Kind::InvalidInput);
        QVERIFY(error.message.contains(QStringLiteral("sometimes")));
    }

    void productionOpensReadOnly()
    {
        const auto p = ConnectionProfile::create(QStringLiteral("prod"), Environment::Production);
        QVERIFY(p.readOnly);
        ConnectionProfile q = p;
        q.host = QStringLiteral("h");
        QVERIFY(q.conninfo().contains(QStringLiteral("default_transaction_read_only=on")));
        QVERIFY(!ConnectionProfile::create(QStringLiteral("dev"), Environment::Development).readOnly);
    }

    void passwordNeverReachesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("connections.json"));
        ProfileStore store(path);
        DbError error;
        auto p = ConnectionProfile::fromConnectionString(
            QStringLiteral("postgresql://alice:hunter2@localhost/shop"), &error);
        QVERIFY(!error.isError());
        // Used for this connection...
        QVERIFY(p.conninfo().contains(QStringLiteral("hunter2")));
        p.name = QStringLiteral("shop");
        store.upsert(p);
        QVERIFY(store.save());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        // ...but never written down.
        QVERIFY(!saved.contains("hunter2"));

        ProfileStore reloaded(path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.profiles().size(), 1);
        const auto back = reloaded.byName(QStringLiteral("shop"));
        QVERIFY(back);
        QCOMPARE(back->id, p.id);
        QCOMPARE(back->database, QStringLiteral("shop"));
    }

    void resolveAcceptsProfileUriOrConninfo()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("c.json")));
        auto p = ConnectionProfile::create(QStringLiteral("staging"), Environment::Staging);
        p.host = QStringLiteral("stage.internal");
        store.upsert(p);
        QCOMPARE(store.resolve(QStringLiteral("staging"))->host, QStringLiteral("stage.internal"));
        QCOMPARE(store.resolve(QStringLiteral("postgres://h/db"))->database, QStringLiteral("db"));
        QCOMPARE(store.resolve(QStringLiteral("host=h dbname=x"))->database, QStringLiteral("x"));
        DbError error;
        QVERIFY(!store.resolve(QStringLiteral("nosuchprofile"), &error));
        QCOMPARE(error.kind, DbError::Kind::InvalidInput);
    }

    void corruptProfileFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        ProfileStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY(error.contains(QStringLiteral("c.json")));
    }

    void monitorReplicaIsSavedWithoutPassword()
    {
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("shop"), Environment::Staging);
        p.monitorReplica = QStringLiteral("postgresql://mon@replica.internal:5433/shop");
        QVERIFY(p.monitorReplicaProblem().isEmpty());
        const ConnectionProfile back = ConnectionProfile::fromJson(p.toJson());
        QCOMPARE(back.monitorReplica, p.monitorReplica);
        const QString conninfo = back.monitorReplicaConninfo(QStringLiteral("s3cret"));
        QVERIFY(conninfo.contains(QStringLiteral("replica.internal")));
        QVERIFY(conninfo.contains(QStringLiteral("5433")));
        QVERIFY(conninfo.contains(QStringLiteral("s3cret")));
        QCOMPARE(ConnectionProfile::passwordOf(conninfo), QStringLiteral("s3cret"));

        // A password in it is refused (it would be written to connections.json), and never saved.
        p.monitorReplica = QStringLiteral("host=replica password=leak");
        QVERIFY(p.monitorReplicaProblem().contains(QStringLiteral("password")));
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("leak"));
        p.monitorReplica = QStringLiteral("host=replica port=notaport");
        QVERIFY(!p.monitorReplicaProblem().isEmpty());
        QVERIFY(p.monitorReplicaConninfo().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
