#include "db/localstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;

class TestLocalStore : public QObject {
    Q_OBJECT

private slots:
    void createsVersionedSchemaAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        qint64 run = 0;
        {
            LocalStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), LocalStore::currentSchemaVersion());
            QVERIFY(store.addRecentFile(QStringLiteral("/a.sql")));
            QVERIFY(store.addRecentFile(QStringLiteral("/b.sql")));
            QVERIFY(store.addRecentFile(QStringLiteral("/a.sql"))); // moves to the front
            QVERIFY(store.addRecentConnection(QStringLiteral("profile-1")));
            run = store.beginRun(QStringLiteral("V3 add index"), QStringLiteral("postgres@h/db"));
            QVERIFY(run > 0);
            QVERIFY(store.appendRunLog(run, QStringLiteral("info"), QStringLiteral("started")));
            QVERIFY(store.appendSeriesPoint(run, QStringLiteral("lag"), QDateTime::currentDateTimeUtc(), 1.5));
            QVERIFY(store.finishRun(run, QStringLiteral("succeeded")));
        }
        LocalStore again(path);
        QVERIFY(again.open());
        QCOMPARE(again.recentFiles(), (QStringList{QStringLiteral("/a.sql"), QStringLiteral("/b.sql")}));
        QCOMPARE(again.recentConnections(), QStringList{QStringLiteral("profile-1")});
        const auto runs = again.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, QStringLiteral("succeeded"));
        QVERIFY(runs.first().finishedAt.isValid());
        QCOMPARE(again.runLog(run).size(), 1);
        QCOMPARE(again.series(run, QStringLiteral("lag")).first().second, 1.5);
    }

    void recentItemsCanBeRemovedAndCleared()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.open());
        QVERIFY(store.addRecentFile(QStringLiteral("/a.sql")));
        QVERIFY(store.addRecentFile(QStringLiteral("/b.sql")));
        QVERIFY(store.addRecentConnection(QStringLiteral("profile-1")));
        QVERIFY(store.removeRecentFile(QStringLiteral("/a.sql")));
        QCOMPARE(store.recentFiles(), QStringList{QStringLiteral("/b.sql")});
        QVERIFY(store.clearRecentFiles());
        QVERIFY(store.recentFiles().isEmpty());
        QCOMPARE(store.recentConnections(), QStringList{QStringLiteral("profile-1")}); // untouched
        QVERIFY(store.clearRecentConnections());
        QVERIFY(store.recentConnections().isEmpty());
    }

    void corruptFileGivesClearErrorAndIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        file.write(garbage);
        file.close();
        LocalStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(QStringLiteral("store.sqlite")), qPrintable(error));
        QVERIFY(store.recentFiles().isEmpty()); // usable, just empty
        QVERIFY(!store.addRecentFile(QStringLiteral("/x.sql")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void lockedFileGivesClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            LocalStore first(path);
            QVERIFY(first.open());
        }
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            LocalStore second(path);
            QString error;
            QVERIFY(!second.open(&error));
            QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        LocalStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY(error.contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
