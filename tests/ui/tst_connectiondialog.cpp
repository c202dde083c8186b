#include "connectiondialog.h"
#include "messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace slipway;

class TestConnectionDialog : public QObject {
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static bool saveEnabled(ConnectionDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled();
    }
    static void maybeGrab(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SLIPWAY_TEST_SCREENSHOTS");
        if (!dir.isEmpty()) {
            widget.adjustSize();
            widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

private slots:
    void fieldsBuildTheConninfo()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QString(), Environment::Development), true);
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Shop"));
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::FieldsTab);
        child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("db.example.com"));
        child<QSpinBox>(&dialog, "port")->setValue(6432);
        child<QLineEdit>(&dialog, "database")->setText(QStringLiteral("shop"));
        child<QLineEdit>(&dialog, "user")->setText(QStringLiteral("alice"));
        auto *ssl = child<QComboBox>(&dialog, "sslMode");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        child<QLineEdit>(&dialog, "sslRootCert")->setText(QStringLiteral("/etc/ssl/root ca.pem"));

        QCOMPARE(dialog.validationError(), QString());
        QVERIFY(saveEnabled(dialog));
        const ConnectionProfile profile = dialog.profile();
        QCOMPARE(profile.source, ConnectionProfile::Source::Fields);
        QCOMPARE(profile.host, QStringLiteral("db.example.com"));
        QCOMPARE(profile.port, 6432);
        QCOMPARE(profile.sslMode, QStringLiteral("verify-full"));

        const QString conninfo = dialog.conninfoPreview();
        for (const char *part : {"host='db.example.com'", "port='6432'", "dbname='shop'", "user='alice'",
                                 "sslmode='verify-full'", "sslrootcert='/etc/ssl/root ca.pem'"})
            QVERIFY2(conninfo.contains(QLatin1String(part)), qPrintable(conninfo + QStringLiteral(" lacks ") + QLatin1String(part)));
        QVERIFY(!conninfo.contains(QLatin1String("password")));
        QVERIFY(!conninfo.contains(QLatin1String("default_transaction_read_only")));

        child<QLineEdit>(&dialog, "password")->setText(QStringLiteral("s3cret"));
        QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
        QVERIFY(!dialog.conninfoPreview().contains(QLatin1String("s3cret")));
        maybeGrab(dialog, QStringLiteral("connectiondialog-fields"));
    }

    void malformedUriShowsInlineError()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QStringLiteral("Broken"), Environment::Development), true);
        dialog.show();
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::ConnectionStringTab);
        auto *uri = child<QLineEdit>(&dialog, "connectionString");
        uri->setText(QStringLiteral("postgresql://[::1/shop"));
        QVERIFY2(!dialog.validationError().isEmpty(), "a malformed URI must be reported inline");
        QVERIFY(!saveEnabled(dialog));
        QVERIFY(!child<QPushButton>(&dialog, "testConnection")->isEnabled());
        maybeGrab(dialog, QStringLiteral("connectiondialog-error"));

        uri->setText(QStringLiteral("host=db port"));
        QVERIFY(!dialog.validationError().isEmpty());
        QVERIFY(!saveEnabled(dialog));

        uri->setText(QStringLiteral("postgresql://alice@db.example.com:5433/shop"));
        QCOMPARE(dialog.validationError(), QString());
        QVERIFY(saveEnabled(dialog));
        QCOMPARE(dialog.profile().source, ConnectionProfile::Source::ConnectionString);

        // Switching to the fields carries the parsed URI over.
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::FieldsTab);
        QCOMPARE(child<QLineEdit>(&dialog, "host")->text(), QStringLiteral("db.example.com"));
        QCOMPARE(child<QSpinBox>(&dialog, "port")->value(), 5433);
        QCOMPARE(child<QLineEdit>(&dialog, "user")->text(), QStringLiteral("alice"));
    }

    void nameIsRequired()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QString(), Environment::Development), true);
        dialog.show();
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::FieldsTab);
        child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("localhost"));
        QVERIFY(!dialog.validationError().isEmpty());
        QVERIFY(!saveEnabled(dialog));
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Local"));
        QVERIFY(dialog.validationError().isEmpty());
        QVERIFY(saveEnabled(dialog));
    }

    void replicaForMonitoringIsCheckedAndKept()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QStringLiteral("Staging"), Environment::Staging), true);
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::FieldsTab);
        child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("primary.internal"));
        auto *replica = child<QLineEdit>(&dialog, "monitorReplica");
        replica->setText(QStringLiteral("host=replica.internal password=oops"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("password")));
        QVERIFY(!saveEnabled(dialog));
        replica->setText(QStringLiteral("postgresql://replica.internal/app"));
        QVERIFY(dialog.validationError().isEmpty());
        QCOMPARE(dialog.profile().monitorReplica, QStringLiteral("postgresql://replica.internal/app"));
    }

    void productionTicksReadOnly()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QStringLiteral("Prod"), Environment::Development), true);
        auto *env = child<QComboBox>(&dialog, "environment");
        auto *readOnly = child<QCheckBox>(&dialog, "readOnly");
        QVERIFY(!readOnly->isChecked());
        env->setCurrentIndex(env->findData(int(Environment::Production)));
        QVERIFY(readOnly->isChecked());
        QVERIFY(dialog.profile().readOnly);
        QCOMPARE(dialog.profile().environment, Environment::Production);
        QVERIFY(dialog.conninfoPreview().contains(QLatin1String("default_transaction_read_only=on")));

        env->setCurrentIndex(env->findData(int(Environment::Staging)));
        QVERIFY(!readOnly->isChecked());
        readOnly->setChecked(true);
        env->setCurrentIndex(env->findData(int(Environment::Development)));
        QVERIFY2(readOnly->isChecked(), "leaving a non-production environment keeps the user's choice");

        // An existing production profile opens read-only.
        ConnectionDialog existing(ConnectionProfile::create(QStringLiteral("P"), Environment::Production), false);
        QVERIFY(child<QCheckBox>(&existing, "readOnly")->isChecked());
    }

    void serviceSource()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QStringLiteral("Svc"), Environment::Staging), true);
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::ServiceTab);
        QVERIFY(!dialog.validationError().isEmpty()); // no service name yet
        child<QLineEdit>(&dialog, "service")->setText(QStringLiteral("shop-staging"));
        QVERIFY(dialog.validationError().isEmpty());
        QVERIFY(dialog.conninfoPreview().contains(QLatin1String("service='shop-staging'")));
    }

    void testConnectionReportsTheSpecificError()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QStringLiteral("Closed port"), Environment::Development), true);
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::ConnectionStringTab);
        child<QLineEdit>(&dialog, "connectionString")
            ->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=5"));
        dialog.testConnection();
        QVERIFY(dialog.isTesting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 30000);
        MessageBanner *result = dialog.testResult();
        QVERIFY(!result->isHidden());
        QCOMPARE(result->level(), MessageBanner::Level::Error);
        QCOMPARE(result->title(), QStringLiteral("Server unreachable"));
        QVERIFY(!result->body().isEmpty());
        maybeGrab(dialog, QStringLiteral("connectiondialog-test-error"));
    }

    void testCanBeCancelled()
    {
        ConnectionDialog dialog(ConnectionProfile::create(QStringLiteral("Slow"), Environment::Development), true);
        child<QTabWidget>(&dialog, "source")->setCurrentIndex(ConnectionDialog::ConnectionStringTab);
        child<QLineEdit>(&dialog, "connectionString")
            ->setText(QStringLiteral("postgresql://nobody@10.255.255.1:5432/none?connect_timeout=3"));
        dialog.testConnection();
        QVERIFY(dialog.isTesting());
        QVERIFY(!child<QPushButton>(&dialog, "cancelTest")->isHidden());
        dialog.cancelTest();
        QVERIFY(!dialog.isTesting());
        QCOMPARE(dialog.testResult()->level(), MessageBanner::Level::Information);
        QVERIFY(child<QPushButton>(&dialog, "testConnection")->isEnabled());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
