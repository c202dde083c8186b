#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace slipway::migrations {

// The migration tools whose history tables Slipway reads.
enum class HistoryTool {
    Flyway,        // flyway_schema_history
    Liquibase,     // databasechangelog
    GolangMigrate, // schema_migrations(version bigint, dirty boolean)
    Dbmate,        // schema_migrations(version varchar)
    Prisma,        // _prisma_migrations
    Rails,         // schema_migrations(version varchar) + ar_internal_metadata
    Django,        // django_migrations
    Alembic,       // alembic_version
    Sqitch,        // sqitch.changes / sqitch.events
    Slipway,       // slipway.journal
};

// One row of a tool's history, in one shape for every tool. Plain value type.
struct AppliedMigration {
    HistoryTool tool = HistoryTool::Flyway;
    QString version;      // empty for Flyway repeatables
    QString description;
    QString checksum;     // as the tool stores it; empty when it stores none
    QDateTime appliedAt;  // invalid when unknown
    QString appliedBy;
    bool success = true;
    bool dirty = false;   // golang-migrate
    qint64 executionMs = -1; // -1 when unknown
    // golang-migrate and Alembic keep only the current version: every
    // migration up to it counts as applied.
    bool watermark = false;
};

// A history table found in a database.
struct HistoryTable {
    HistoryTool tool = HistoryTool::Flyway;
    QString schema;
    QString table;
};

} // namespace slipway::migrations
