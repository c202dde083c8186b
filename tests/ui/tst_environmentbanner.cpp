#include "environmentbanner.h"
#include "environmentstyle.h"
#include "mainwindow.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;

class TestEnvironmentBanner : public QObject {
    Q_OBJECT

private slots:
    void textSaysEnvironmentAndAccess()
    {
        const QString target = QStringLiteral("postgres@db1:5432/shop");
        QCOMPARE(EnvironmentBanner::bannerText(Environment::Production, true, target),
                 QStringLiteral("PRODUCTION — read-only — postgres@db1:5432/shop"));
        QCOMPARE(EnvironmentBanner::bannerText(Environment::Staging, false, target),
                 QStringLiteral("STAGING — read-write — postgres@db1:5432/shop"));
        QCOMPARE(EnvironmentBanner::bannerText(Environment::Development, false, target),
                 QStringLiteral("DEVELOPMENT — read-write — postgres@db1:5432/shop"));
    }

    void colourFollowsEnvironment_data()
    {
        QTest::addColumn<int>("environment");
        QTest::newRow("development") << int(Environment::Development);
        QTest::newRow("staging") << int(Environment::Staging);
        QTest::newRow("production") << int(Environment::Production);
    }

    void colourFollowsEnvironment()
    {
        QFETCH(int, environment);
        const auto env = Environment(environment);
        EnvironmentBanner banner;
        QVERIFY(banner.isHidden());
        banner.showConnection(env, env == Environment::Production, QStringLiteral("u@h/db"), QStringLiteral("Shop"));
        QVERIFY(!banner.isHidden());
        const EnvironmentStyle style = EnvironmentStyle::forEnvironment(env);
        QCOMPARE(banner.palette().color(QPalette::Window), style.background);
        QCOMPARE(banner.palette().color(QPalette::WindowText), style.foreground);
        QVERIFY(banner.autoFillBackground());
        QVERIFY(banner.text().startsWith(style.label));
        QVERIFY(banner.note().contains(QLatin1String("Shop")));
        banner.clearConnection();
        QVERIFY(banner.isHidden());
    }

    void environmentsLookDifferent()
    {
        const QColor dev = EnvironmentStyle::forEnvironment(Environment::Development).background;
        const QColor staging = EnvironmentStyle::forEnvironment(Environment::Staging).background;
        const QColor prod = EnvironmentStyle::forEnvironment(Environment::Production).background;
        QVERIFY(dev != staging && staging != prod && dev != prod);
    }

    void mainWindowShowsBannerForActiveConnection()
    {
        QTemporaryDir dir;
        MainWindow::Options options;
        options.profilesPath = dir.filePath(QStringLiteral("connections.json"));
        options.localStorePath = dir.filePath(QStringLiteral("local.sqlite"));
        options.persistLayout = false;
        MainWindow window(options);
        EnvironmentBanner *banner = window.environmentBanner();
        QVERIFY(banner->isHidden());

        ConnectionProfile prod = ConnectionProfile::create(QStringLiteral("Shop prod"), Environment::Production);
        prod.host = QStringLiteral("127.0.0.1");
        prod.port = 1; // nothing listens: the attempt fails quickly
        prod.user = QStringLiteral("dba");
        prod.database = QStringLiteral("shop");
        window.connectToProfile(prod);
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->environment(), Environment::Production);
        QVERIFY2(banner->text().startsWith(QStringLiteral("PRODUCTION — read-only — dba@127.0.0.1:1/shop")),
                 qPrintable(banner->text()));
        QCOMPARE(banner->palette().color(QPalette::Window),
                 EnvironmentStyle::forEnvironment(Environment::Production).background);

        // The attempt fails: the banner goes, the error stays visible.
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 30000);
    }
};

QTEST_MAIN(TestEnvironmentBanner)
#include "tst_environmentbanner.moc"
