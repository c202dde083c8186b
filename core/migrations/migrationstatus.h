#pragma once

#include "appliedmigration.h"
#include "migration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace slipway::migrations {

// Where one migration stands: the folder joined with a history table.
struct MigrationStatus {
    Q_DECLARE_TR_FUNCTIONS(MigrationStatus)

public:
    enum class State {
        Applied,
        Pending,
        Missing,    // in the history, not in the folder
        Changed,    // checksum differs from the one recorded when applied
        Failed,
        Dirty,      // golang-migrate left it half-applied
        OutOfOrder, // pending, but a later version is already applied
    };

    State state = State::Pending;
    QString version;
    QString name;
    bool hasMigration = false;
    Migration migration;
    bool hasApplied = false;
    AppliedMigration applied;

    static QString stateName(State state); // "applied", "pending", "missing", ...
    QString stateText() const;             // translated, for people

    // Joins folder and history. Checksums are compared only when both sides
    // have one of the same kind (Flyway CRC32 with Flyway, SHA-256 with
    // Prisma/Slipway, SHA-1 with Sqitch). Folder order first, then missing ones.
    static QList<MigrationStatus> join(const QList<Migration> &folder,
                                       const QList<AppliedMigration> &history);
};

} // namespace slipway::migrations
