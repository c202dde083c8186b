#include "executionitem.h"

#include "migrations/journal.h"

namespace slipway::run {

ExecutionItem ExecutionItem::up(const migrations::Migration &migration)
{
    ExecutionItem item;
    item.direction = Direction::Up;
    item.version = migration.repeatable ? migrations::Migration::repeatableKey(migration.name) : migration.version;
    item.name = migration.name;
    item.checksum = migration.checksum;
    item.sql = migration.upSql;
    item.path = migration.upPath;
    item.verifySql = migration.verifySql;
    item.rollbackAvailable = !migration.downSql.trimmed().isEmpty();
    item.outsideTransaction = migration.mustRunOutsideTransaction;
    return item;
}

ExecutionItem ExecutionItem::down(const migrations::Migration &migration)
{
    ExecutionItem item;
    item.direction = Direction::Down;
    item.version = migration.version;
    item.name = migration.name;
    item.checksum = migration.checksum;
    item.sql = migration.downSql;
    item.path = migration.downPath;
    item.verifySql = migration.verifySql;
    item.rollbackAvailable = false;
    item.outsideTransaction = migration.mustRunOutsideTransaction;
    return item;
}

ExecutionItem ExecutionItem::script(const QString &sql, const QString &label, const QString &path)
{
    ExecutionItem item;
    item.direction = Direction::Script;
    item.version = label;
    item.sql = sql;
    item.path = path;
    return item;
}

QString ExecutionItem::journalKey() const
{
    if (direction == Direction::Script && !version.isEmpty()) return migrations::JournalEntry::scriptKey(version);
    return version;
}

QString ExecutionItem::displayName() const
{
    if (version.isEmpty()) return name.isEmpty() ? path : name;
    if (migrations::Migration::isRepeatableKey(version)) return version; // "R__users_view"
    return name.isEmpty() ? version : version + u' ' + name;
}

} // namespace slipway::run
