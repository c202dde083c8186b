#include "migrationstatus.h"

#include "migrationsource.h"

#include <QHash>
#include <QSet>

namespace slipway::migrations {

namespace {

bool comparable(const Migration &m, const AppliedMigration &a)
{
    if (m.checksum.isEmpty() || a.checksum.isEmpty()) return false;
    switch (a.tool) {
    case HistoryTool::Flyway: return m.checksumKind == ChecksumKind::FlywayCrc32;
    case HistoryTool::Sqitch: return m.checksumKind == ChecksumKind::Sha1Hex;
    case HistoryTool::Prisma: return m.checksumKind == ChecksumKind::Sha256Hex;
    case HistoryTool::Slipway: return true; // Slipway records the folder's own checksum
    default: return false;
    }
}

// The key a history row is matched on: the version, or for Flyway
// repeatables (no version) the description.
QString keyOf(const QString &version, const QString &name, bool repeatable)
{
    return repeatable ? QStringLiteral("R:") + name : QStringLiteral("V:") + version;
}

} // namespace

QString MigrationStatus::stateName(State state)
{
    switch (state) {
    case State::Applied: return QStringLiteral("applied");
    case State::Pending: return QStringLiteral("pending");
    case State::Missing: return QStringLiteral("missing");
    case State::Changed: return QStringLiteral("changed");
    case State::Failed: return QStringLiteral("failed");
    case State::Dirty: return QStringLiteral("dirty");
    case State::OutOfOrder: return QStringLiteral("out_of_order");
    }
    return QString();
}

QString MigrationStatus::stateText() const
{
    switch (state) {
    case State::Applied: return tr("applied");
    case State::Pending: return tr("pending");
    case State::Missing: return tr("missing from folder");
    case State::Changed: return tr("changed since applied");
    case State::Failed: return tr("failed");
    case State::Dirty: return tr("dirty");
    case State::OutOfOrder: return tr("out of order");
    }
    return QString();
}

QList<MigrationStatus> MigrationStatus::join(const QList<Migration> &folder,
                                             const QList<AppliedMigration> &history)
{
    // The newest row per key wins (re-runs after a failure, repeatables).
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const AppliedMigration &a = history.at(i);
        byKey.insert(keyOf(a.version, a.description, a.version.isEmpty()), i);
    }
    // Watermark tools: everything up to the highest recorded version is applied.
    const AppliedMigration *watermark = nullptr;
    for (const AppliedMigration &a : history) {
        if (a.watermark && (!watermark || MigrationSource::compareVersions(
                                              a.version, watermark->version) > 0))
            watermark = &a;
    }

    QList<MigrationStatus> out;
    QSet<QString> matched;
    qsizetype lastAppliedIndex = -1;
    for (const Migration &m : folder) {
        MigrationStatus s;
        s.version = m.version;
        s.name = m.name;
        s.hasMigration = true;
        s.migration = m;
        const QString key = keyOf(m.version, m.name, m.repeatable);
        const auto found = byKey.constFind(key);
        if (found != byKey.cend()) {
            matched.insert(key);
            s.hasApplied = true;
            s.applied = history.at(*found);
            if (s.applied.dirty) s.state = State::Dirty;
            else if (!s.applied.success) s.state = State::Failed;
            else if (comparable(m, s.applied) && m.checksum != s.applied.checksum &&
                     !m.acceptedChecksums.contains(s.applied.checksum))
                s.state = m.repeatable ? State::Pending : State::Changed;
            else s.state = State::Applied;
        } else if (watermark && !m.repeatable &&
                   MigrationSource::compareVersions(m.version, watermark->version) <= 0) {
            s.state = State::Applied;
        } else {
            s.state = State::Pending;
        }
        if (!m.repeatable && (s.hasApplied || s.state == State::Applied))
            lastAppliedIndex = out.size();
        out.append(s);
    }
    // Pending migrations older than an applied one would run out of order.
    for (qsizetype i = 0; i < lastAppliedIndex; ++i) {
        if (out[i].state == State::Pending && !out[i].migration.repeatable)
            out[i].state = State::OutOfOrder;
    }
    for (const AppliedMigration &a : history) {
        const QString key = keyOf(a.version, a.description, a.version.isEmpty());
        if (matched.contains(key)) continue;
        if (a.watermark && a.tool != HistoryTool::Flyway) {
            // golang-migrate / Alembic: the current version must exist in the folder.
            bool inFolder = false;
            for (const Migration &m : folder) inFolder = inFolder || m.version == a.version;
            if (inFolder) continue;
        }
        matched.insert(key);
        MigrationStatus s;
        s.version = a.version;
        s.name = a.description;
        s.hasApplied = true;
        s.applied = a;
        s.state = a.dirty ? State::Dirty : !a.success ? State::Failed : State::Missing;
        out.append(s);
    }
    return out;
}

} // namespace slipway::migrations
