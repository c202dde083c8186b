#include "migrationstatustracker.h"

#include "historyview.h"

#include "activeconnection.h"
#include "futurecallback.h"

#include "db/session.h"
#include "migrations/migrationsource.h"
#include "migrations/statusloader.h"
#include "migrations/touchedrelations.h"

#include <QSettings>
#include <QtConcurrent>

namespace slipway {

using migrations::LoadedHistory;
using migrations::MigrationSet;
using migrations::MigrationSource;
using migrations::MigrationStatus;
using migrations::StatusLoader;
using State = MigrationStatus::State;

namespace {

QString tableKey(const ActiveConnection *connection)
{
    // By database (user@host:port/db), so an ad-hoc URI and a saved profile of it agree.
    return QStringLiteral("history/table/")
           + QString::fromLatin1(connection->target().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString migrationLabel(const MigrationStatus &s)
{
    return s.name.isEmpty() ? s.version : s.version + QLatin1Char(' ') + s.name;
}

ObjectBadges computeBadges(const QList<MigrationStatus> &statuses, const QStringList &drift)
{
    ObjectBadges out;
    for (const MigrationStatus &s : statuses) {
        if (!s.hasMigration)
            continue;
        ObjectBadge badge;
        if (s.state == State::Pending || s.state == State::OutOfOrder) {
            badge.kind = ObjectBadge::Kind::Pending;
            badge.text = MigrationStatusTracker::tr("Pending migration %1 works on it").arg(migrationLabel(s));
        } else if (s.state == State::Changed) {
            badge.kind = ObjectBadge::Kind::Changed;
            badge.text = MigrationStatusTracker::tr("Migration %1 changed after it was applied").arg(migrationLabel(s));
        } else {
            continue;
        }
        for (const QString &relation : migrations::touchedRelations(s.migration.upSql))
            out[relation] << badge;
    }
    for (const QString &object : drift) {
        ObjectBadge badge;
        badge.kind = ObjectBadge::Kind::Drift;
        badge.text = MigrationStatusTracker::tr("Drift: differs from what the migrations folder builds");
        // Functions are shown as "schema.name(args)"; the tree knows them by name.
        out[object.section(QLatin1Char('('), 0, 0)] << badge;
    }
    return out;
}

} // namespace

MigrationStatusTracker::MigrationStatusTracker(ActiveConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("migrationStatusTracker"));
    if (!m_connection)
        return;
    connect(m_connection, &ActiveConnection::connected, this, [this] {
        if (m_view)
            return;
        reload(m_folder.isEmpty() ? HistoryView::rememberedFolder() : m_folder);
    });
    connect(m_connection, &ActiveConnection::disconnected, this, [this] {
        ++m_generation;
        m_loading = false;
        m_statuses.clear();
        m_drift.clear();
        rebuildBadges();
    });
}

MigrationStatusTracker::~MigrationStatusTracker() = default;

void MigrationStatusTracker::setStatuses(const QString &folder, const QList<MigrationStatus> &statuses)
{
    ++m_generation; // a read of our own still running is stale now
    m_loading = false;
    if (folder != m_folder)
        m_drift.clear();
    m_folder = folder;
    m_statuses = statuses;
    rebuildBadges();
}

void MigrationStatusTracker::setDrift(const QStringList &objects)
{
    m_drift = objects;
    rebuildBadges();
}

void MigrationStatusTracker::reload(const QString &folder)
{
    Session *session = m_connection && m_connection->isConnected() ? m_connection->session() : nullptr;
    if (folder.isEmpty() || !session)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    const QString preferred = rememberedTable(m_connection);
    onFinished(this, QtConcurrent::run([folder] { return MigrationSource::load(folder); }),
               [this, generation, folder, preferred](const MigrationSet &set) {
                   Session *session =
                       m_connection && m_connection->isConnected() ? m_connection->session() : nullptr;
                   if (generation != m_generation || !session)
                       return;
                   onFinished(this, StatusLoader::loadHistory(*session, set.format, preferred),
                              [this, generation, folder, set](const DbResult<LoadedHistory> &result) {
                                  if (generation != m_generation)
                                      return;
                                  setStatuses(folder, MigrationStatus::join(set.migrations,
                                                                            result.ok() ? result.value.rows
                                                                                        : QList<migrations::AppliedMigration>()));
                              });
               });
}

QString MigrationStatusTracker::summary() const
{
    if (m_folder.isEmpty() || m_statuses.isEmpty())
        return {};
    QMap<State, int> counts;
    for (const MigrationStatus &s : m_statuses)
        ++counts[s.state];
    QStringList parts;
    if (counts.value(State::Pending) + counts.value(State::OutOfOrder) > 0)
        parts << tr("%1 pending").arg(counts.value(State::Pending) + counts.value(State::OutOfOrder));
    if (counts.value(State::Changed) > 0)
        parts << tr("%1 changed").arg(counts.value(State::Changed));
    if (counts.value(State::Missing) > 0)
        parts << tr("%1 missing").arg(counts.value(State::Missing));
    if (counts.value(State::Failed) > 0)
        parts << tr("%1 failed").arg(counts.value(State::Failed));
    if (counts.value(State::Dirty) > 0)
        parts << tr("%1 dirty").arg(counts.value(State::Dirty));
    if (!m_drift.isEmpty())
        parts << (m_drift.size() == 1 ? tr("drift in 1 object") : tr("drift in %1 objects").arg(m_drift.size()));
    if (parts.isEmpty())
        return tr("Migrations up to date (%1 applied)").arg(counts.value(State::Applied));
    return parts.join(tr(" · "));
}

QString MigrationStatusTracker::toolTip() const
{
    QString tip = tr("Migrations of %1 against the connected database").arg(m_folder);
    int marked = 0;
    for (auto it = m_badges.cbegin(); it != m_badges.cend(); ++it)
        marked += it.value().isEmpty() ? 0 : 1;
    if (marked > 0)
        tip += QLatin1Char('\n') + tr("%1 objects are marked in the Objects tree").arg(marked);
    return tip;
}

QString MigrationStatusTracker::rememberedTable(const ActiveConnection *connection)
{
    return connection ? QSettings().value(tableKey(connection)).toString() : QString();
}

void MigrationStatusTracker::rememberTable(const ActiveConnection *connection, const QString &table)
{
    if (!connection)
        return;
    if (table.isEmpty())
        QSettings().remove(tableKey(connection));
    else
        QSettings().setValue(tableKey(connection), table);
}

void MigrationStatusTracker::rebuildBadges()
{
    const quint64 generation = ++m_badgeGeneration;
    const QList<MigrationStatus> statuses = m_statuses;
    const QStringList drift = m_drift;
    emit changed(); // the summary now; badges once parsed
    onFinished(this, QtConcurrent::run([statuses, drift] { return computeBadges(statuses, drift); }),
               [this, generation](const ObjectBadges &badges) {
                   if (generation != m_badgeGeneration)
                       return;
                   m_badges = badges;
                   emit changed();
               });
}

} // namespace slipway
