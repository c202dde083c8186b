#include "db/dberror.h"

#include <QtTest>

using namespace slipway;

class TestDbError : public QObject {
    Q_OBJECT

private slots:
    void classifiesLibpqConnectMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("password") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"bob\"")
                                  << int(DbError::Kind::AuthenticationFailed);
        QTest::newRow("no password") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password supplied")
                                     << int(DbError::Kind::PasswordRequired);
        QTest::newRow("refused") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?")
                                 << int(DbError::Kind::Unreachable);
        QTest::newRow("database") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"nope\" does not exist")
                                  << int(DbError::Kind::UnknownDatabase);
        QTest::newRow("tls") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 5432 failed: server does not support SSL, but SSL was required")
                             << int(DbError::Kind::Tls);
        QTest::newRow("dns") << QStringLiteral("could not translate host name \"nohost.invalid\" to address: Name or service not known")
                             << int(DbError::Kind::Unreachable);
    }

    void classifiesLibpqConnectMessages()
    {
        QFETCH(QString, message);
        QFETCH(int, kind);
        const DbError error = DbError::fromConnectFailure(message);
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.title().isEmpty());
        QVERIFY(!error.message.isEmpty());
    }

    void lineAndColumnFromPosition()
    {
        DbError error;
        error.kind = DbError::Kind::Sql;
        error.statement = QStringLiteral("SELECT 1;\nSELEC 2;");
        error.position = 11; // the S of SELEC
        QCOMPARE(error.lineColumn(), std::make_pair(2, 1));
        error.message = QStringLiteral("syntax error at or near \"SELEC\"");
        error.sqlState = QStringLiteral("42601");
        const QString text = error.toText();
        QVERIFY(text.contains(QStringLiteral("42601")));
        QVERIFY(text.contains(QStringLiteral("line 2, column 1")));
    }
};

QTEST_GUILESS_MAIN(TestDbError)
#include "tst_dberror.moc"
