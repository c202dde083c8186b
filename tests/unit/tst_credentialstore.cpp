#include "db/credentialstore.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QStandardPaths>
#include <QtTest>

using namespace slipway;

// Runs wherever the suite runs: with a keychain the secret round-trips; without
// one the store says so, and the secret is found in no file Slipway writes.
class TestCredentialStore : public QObject {
    Q_OBJECT

    static CredentialStore::Result wait(CredentialStore &store,
                                        const std::function<void(CredentialStore::Callback)> &call)
    {
        std::optional<CredentialStore::Result> result;
        call([&](const CredentialStore::Result &r) { result = r; });
        QDeadlineTimer deadline(30000);
        while (!result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        Q_UNUSED(store);
        if (!result)
            qFatal("the keychain job did not finish within 30 s");
        return *result;
    }

    static bool secretInFiles(const QByteArray &secret)
    {
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::GenericConfigLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.size() < 10'000'000 && file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                    return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("slipway-test"));
    }

    void writeReadRemoveOrSayUnavailable()
    {
        CredentialStore store;
        const QString id = QStringLiteral("tst-profile-id");
        const QString secret = QStringLiteral("s3cret-%1").arg(QCoreApplication::applicationPid());
        const auto written = wait(store, [&](auto done) { store.writePassword(id, secret, done); });
        if (written.status == CredentialStore::Result::Status::Ok) {
            const auto read = wait(store, [&](auto done) { store.readPassword(id, done); });
            QCOMPARE(read.status, CredentialStore::Result::Status::Ok);
            QCOMPARE(read.password, secret);
            const auto removed = wait(store, [&](auto done) { store.removePassword(id, done); });
            QCOMPARE(removed.status, CredentialStore::Result::Status::Ok);
            const auto gone = wait(store, [&](auto done) { store.readPassword(id, done); });
            QCOMPARE(gone.status, CredentialStore::Result::Status::NotFound);
        } else {
            QVERIFY2(written.status == CredentialStore::Result::Status::Unavailable
                         || written.status == CredentialStore::Result::Status::Failed,
                     qPrintable(written.message));
            QVERIFY(!written.message.isEmpty());
            const auto read = wait(store, [&](auto done) { store.readPassword(id, done); });
            QVERIFY(read.status != CredentialStore::Result::Status::Ok);
            QVERIFY(read.password.isEmpty());
        }
        QVERIFY(!secretInFiles(secret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
