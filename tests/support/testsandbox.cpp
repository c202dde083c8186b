#include "testsandbox.h"

#include <QProcessEnvironment>
#include <QtTest>

#include <pqxx/pqxx>

#include <cstdlib>

namespace slipway::test {

const SandboxInfo &TestSandbox::info()
{
    static const SandboxInfo loaded = [] {
        const QString dir = qEnvironmentVariable("SLIPWAY_TEST_SANDBOX_DIR");
        QString error;
        const auto info = SandboxInfo::load(dir, &error);
        if (!info) {
            qCritical("The database tests need the sandbox fixture (SLIPWAY_TEST_SANDBOX_DIR=%s): %s."
                      " Run them through ctest.",
                      qPrintable(dir), qPrintable(error));
            std::abort();
        }
        return *info;
    }();
    return loaded;
}

QString TestSandbox::primary(const QString &database)
{
    return info().primaryUri(database);
}

QString TestSandbox::replica(const QString &database)
{
    return info().replicaUri(database);
}

QString TestSandbox::freshDatabase(const QString &name)
{
    pqxx::connection conn(primary().toStdString());
    pqxx::nontransaction tx(conn);
    tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()) + " WITH (FORCE)");
    tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()));
    return primary(name);
}

void TestSandbox::exec(const QString &uri, const QString &sql)
{
    pqxx::connection conn(uri.toStdString());
    pqxx::nontransaction tx(conn);
    tx.exec(sql.toStdString());
}

QString TestSandbox::cliPath()
{
    const QString fromEnv = qEnvironmentVariable("SLIPWAY_CLI");
    return fromEnv.isEmpty() ? QStringLiteral(SLIPWAY_CLI_PATH) : fromEnv;
}

} // namespace slipway::test
