#pragma once

#include "migration.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace slipway::migrations {

// Reads a migrations folder in the layout of Flyway, golang-migrate, dbmate,
// Sqitch, Prisma or plain numbered .sql files. Never stops at a bad file:
// problems go to MigrationSet::errors, naming the file.
class MigrationSource {
    Q_DECLARE_TR_FUNCTIONS(MigrationSource)

public:
    // Guesses the layout from file names and markers; Unknown when nothing fits.
    static MigrationFormat detect(const QString &directory);
    // format Unknown: detect first.
    static MigrationSet load(const QString &directory,
                             MigrationFormat format = MigrationFormat::Unknown);

    static QString formatName(MigrationFormat format); // "flyway", "golang-migrate", ...
    static std::optional<MigrationFormat> formatFromName(const QString &name);
    // Orders versions numerically part by part ("1.10" after "1.9"), text otherwise.
    static int compareVersions(const QString &a, const QString &b);
};

} // namespace slipway::migrations
