#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace slipway {

struct DemoOptions {
    qint64 orderRows = 1000000; // rows in orders; every other table is sized from it
};

// The demo content embedded under :/demo/ (resources/demo/): a small shop
// schema, data generated inside the server, and a Flyway-style migrations
// folder mixing safe and dangerous patterns.
class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    // Creates database `name` on the server reached by maintenanceUri (dropping
    // an old one WITH (FORCE)), then loads schema + data in one transaction.
    // progress(percent, step) is called on the calling thread with translated
    // step text. Blocks until done: call it from a worker thread. On failure
    // *error says which file, line and statement failed, with the server's
    // message and SQLSTATE.
    static bool install(const QString &maintenanceUri, const QString &name,
                        const DemoOptions &options,
                        const std::function<void(int, const QString &)> &progress, QString *error);

    // Writes the demo migrations folder (V###__*.sql and U###__*.sql) into dir,
    // creating it; existing files of the same names are overwritten.
    static bool writeMigrationsFolder(const QString &dir, QString *error);
};

} // namespace slipway
