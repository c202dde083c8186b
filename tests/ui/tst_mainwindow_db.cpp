#include "activeconnection.h"
#include "connectionstatuswidget.h"
#include "environmentbanner.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "objectbrowser.h"

#include "testsandbox.h"

#include <QAction>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;
using slipway::test::TestSandbox;

class TestMainWindowDb : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_uri;

    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.profilesPath = m_home.filePath(QStringLiteral("connections.json"));
        o.localStorePath = m_home.filePath(QStringLiteral("local.sqlite"));
        o.persistLayout = false;
        return o;
    }

    static QString rowText(QStandardItem *item, int column)
    {
        QStandardItem *parent = item->parent();
        return parent ? parent->child(item->row(), column)->text()
                      : item->model()->item(item->row(), column)->text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_ui_browser"));
        TestSandbox::exec(m_uri, QStringLiteral(
            "CREATE SCHEMA billing;"
            "CREATE TABLE ui_browser_orders (id bigint PRIMARY KEY, note text);"
            "CREATE INDEX ui_browser_orders_note_idx ON ui_browser_orders (note);"
            "INSERT INTO ui_browser_orders SELECT g, 'n' || g FROM generate_series(1, 1234) g;"
            "ANALYZE ui_browser_orders;"
            "CREATE TABLE billing.invoices (id int);"
            "CREATE VIEW ui_browser_recent AS SELECT * FROM ui_browser_orders WHERE id > 1000;"
            "CREATE FUNCTION ui_browser_total(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT $1 * 2';"));
    }

    void connectsAndBrowses()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(window.connectTo(m_uri));
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);

        const ServerInfo server = window.connection()->serverInfo();
        QVERIFY(!server.version.isEmpty());
        ConnectionStatusWidget *status = window.connectionStatus();
        QCOMPARE(status->stateText(), QStringLiteral("Connected"));
        QCOMPARE(status->versionText(), QStringLiteral("PostgreSQL %1").arg(server.version));
        QVERIFY2(status->versionText().startsWith(QLatin1String("PostgreSQL 1")), qPrintable(status->versionText()));
        QCOMPARE(status->roleText(), QStringLiteral("%1 (superuser)").arg(TestSandbox::info().superuser));
        QCOMPARE(status->databaseText(), QStringLiteral("db: tst_ui_browser"));
        QCOMPARE(status->environmentText(), QStringLiteral("DEVELOPMENT"));
        QCOMPARE(status->accessText(), QStringLiteral("read-write"));
        QVERIFY(window.environmentBanner()->text().startsWith(QStringLiteral("DEVELOPMENT — read-write — ")));
        QVERIFY(window.environmentBanner()->text().endsWith(QLatin1String("/tst_ui_browser")));

        ObjectBrowser *browser = window.objectBrowser();
        QTRY_VERIFY_WITH_TIMEOUT(browser->findItem(QStringLiteral("ui_browser_orders")), 60000);
        QVERIFY(window.isSettled());
        QStandardItem *table = browser->findItem(QStringLiteral("ui_browser_orders"));
        QCOMPARE(table->data(ObjectBrowser::QualifiedNameRole).toString(), QStringLiteral("public.ui_browser_orders"));
        QCOMPARE(rowText(table, ObjectBrowser::RowsColumn), QLocale().toString(1234));
        QVERIFY(!rowText(table, ObjectBrowser::SizeColumn).isEmpty());
        // Indexes hang under their table.
        QStringList indexes;
        for (int r = 0; r < table->rowCount(); ++r)
            indexes << table->child(r)->text();
        QVERIFY2(indexes.contains(QLatin1String("ui_browser_orders_pkey")), qPrintable(indexes.join(u',')));
        QVERIFY(indexes.contains(QLatin1String("ui_browser_orders_note_idx")));
        QVERIFY(browser->findItem(QStringLiteral("billing")));
        QVERIFY(browser->findItem(QStringLiteral("invoices")));
        QVERIFY(browser->findItem(QStringLiteral("ui_browser_recent")));
        QVERIFY(browser->findItem(QStringLiteral("ui_browser_total(bigint)")));
        QVERIFY(!browser->findItem(QStringLiteral("pg_class")));

        // Refresh picks up new objects.
        TestSandbox::exec(m_uri, QStringLiteral("CREATE TABLE ui_browser_later (id int)"));
        auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
        QVERIFY(refresh->isEnabled());
        refresh->trigger();
        QVERIFY(browser->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(browser->findItem(QStringLiteral("ui_browser_later")), 60000);

        // A terminated backend is shown, not swallowed.
        TestSandbox::exec(TestSandbox::primary(),
                          QStringLiteral("SELECT pg_terminate_backend(%1)").arg(server.backendPid));
        refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Lost, 60000);
        QTRY_VERIFY(!window.messageBanner()->isHidden());
        QCOMPARE(window.messageBanner()->level(), MessageBanner::Level::Error);
        QCOMPARE(window.connectionStatus()->stateText(), QStringLiteral("Connection lost"));

        // Reconnect brings it back.
        window.findChild<QAction *>(QStringLiteral("actionReconnect"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(browser->findItem(QStringLiteral("ui_browser_orders")), 60000);
    }

    void asksForThePasswordWhenTheServerWantsOne()
    {
        TestSandbox::exec(m_uri, QStringLiteral(
            "DROP ROLE IF EXISTS tst_ui_pw;"
            "CREATE ROLE tst_ui_pw LOGIN PASSWORD 'right-one' IN ROLE slipway_password_auth;"));
        MainWindow window(options());
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Password"), Environment::Staging);
        profile.host = TestSandbox::info().host;
        profile.port = TestSandbox::info().primaryPort;
        profile.database = QStringLiteral("tst_ui_browser");
        profile.user = QStringLiteral("tst_ui_pw");
        QList<DbError::Kind> asked;
        window.connection()->setPasswordPrompt([&](const ConnectionProfile &p, const DbError &error) {
            asked << error.kind;
            Q_UNUSED(p)
            return std::optional<QString>(asked.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("right-one"));
        });
        window.connectToProfile(profile);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);
        QCOMPARE(asked, (QList<DbError::Kind>{DbError::Kind::PasswordRequired, DbError::Kind::AuthenticationFailed}));
        QCOMPARE(window.connectionStatus()->roleText(), QStringLiteral("tst_ui_pw"));
        QCOMPARE(window.connectionStatus()->environmentText(), QStringLiteral("STAGING"));

        // Cancelling the prompt ends with the server's error on screen.
        window.connection()->setPasswordPrompt([](const ConnectionProfile &, const DbError &) {
            return std::optional<QString>();
        });
        window.connectToProfile(profile);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Disconnected, 60000);
        QVERIFY(!window.messageBanner()->isHidden());
        QVERIFY2(window.messageBanner()->title().contains(QLatin1String("Password required")),
                 qPrintable(window.messageBanner()->title()));
        TestSandbox::exec(m_uri, QStringLiteral("DROP ROLE tst_ui_pw"));
    }

    void productionProfileIsReadOnly()
    {
        MainWindow window(options());
        DbError error;
        ConnectionProfile profile = ConnectionProfile::fromConnectionString(m_uri, &error);
        QVERIFY(!error.isError());
        profile.name = QStringLiteral("Pretend production");
        profile.environment = Environment::Production;
        profile.readOnly = true;
        window.connectToProfile(profile);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);
        QVERIFY(window.connection()->serverInfo().readOnly);
        QCOMPARE(window.connectionStatus()->accessText(), QStringLiteral("read-only"));
        QCOMPARE(window.connectionStatus()->environmentText(), QStringLiteral("PRODUCTION"));
        QVERIFY(window.environmentBanner()->text().startsWith(QStringLiteral("PRODUCTION — read-only — ")));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 60000);
        QVERIFY(window.objectBrowser()->findItem(QStringLiteral("ui_browser_orders")));
        QVERIFY(window.objectBrowser()->errorText().isEmpty());
    }
};

QTEST_MAIN(TestMainWindowDb)
#include "tst_mainwindow_db.moc"
