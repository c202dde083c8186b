#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::migrations {

// The layout of a migrations folder, named after the tool that writes it.
enum class MigrationFormat {
    Unknown, // auto-detect when passed to MigrationSource::load
    Flyway,
    GolangMigrate,
    Dbmate,
    Sqitch,
    Prisma,
    Plain,
};

// How Migration::checksum was computed, so it is only compared with a
// history checksum of the same kind.
enum class ChecksumKind {
    Sha256Hex,  // our default, and Prisma's
    FlywayCrc32, // signed 32-bit decimal, CRC32 over the lines without terminators
    Sha1Hex,    // Sqitch's script_hash of the deploy script
};

// One migration as read from a folder. Plain value type.
struct Migration {
    QString version;    // the tool's identity for it (Sqitch: the change name; Flyway R__: empty)
    QString name;       // description
    QString upSql;
    QString downSql;    // empty when the format or the folder has none
    QString verifySql;  // Sqitch verify/ script
    bool mustRunOutsideTransaction = false;
    bool repeatable = false; // Flyway R__
    QString checksum;
    ChecksumKind checksumKind = ChecksumKind::Sha256Hex;
    // Other strings the tool accepts as this checksum (Prisma: line endings).
    QStringList acceptedChecksums;
    QString upPath;
    QString downPath;
    QString verifyPath;

    // Slipway's journal has no row without a version: a repeatable is
    // journaled under "R__<description>", as its Flyway file is named.
    static QString repeatableKey(const QString &name) { return QStringLiteral("R__") + name; }
    static bool isRepeatableKey(const QString &version) { return version.startsWith(QLatin1String("R__")); }
};

// A problem with one file of a folder; the other files still load.
struct MigrationError {
    QString path;
    QString message; // translated, names the file
};

struct MigrationSet {
    MigrationFormat format = MigrationFormat::Unknown;
    QString directory;
    QList<Migration> migrations; // in apply order
    QList<MigrationError> errors;
};

} // namespace slipway::migrations
