#include "localstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace slipway {

namespace {

// Schema steps; step N brings user_version from N to N + 1. Append, never edit.
const char *const kMigrations[] = {
    "CREATE TABLE recent_files (path TEXT PRIMARY KEY, used_at TEXT NOT NULL);"
    "CREATE TABLE recent_connections (profile_id TEXT PRIMARY KEY, used_at TEXT NOT NULL);"
    "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL,"
    " target TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT);"
    "CREATE TABLE run_log (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " at TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL);"
    "CREATE INDEX run_log_by_run ON run_log(run_id);"
    "CREATE TABLE series_points (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " series TEXT NOT NULL, at TEXT NOT NULL, value REAL NOT NULL);"
    "CREATE INDEX series_points_by_run ON series_points(run_id, series, at);",
};
constexpr int kSchemaVersion = int(std::size(kMigrations));

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

LocalStore::LocalStore(const QString &path)
    : m_path(path.isEmpty()
                 ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                       .filePath(QStringLiteral("slipway.sqlite"))
                 : path)
    , m_connectionName(QStringLiteral("slipway-local-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int LocalStore::currentSchemaVersion()
{
    return kSchemaVersion;
}

bool LocalStore::open(QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("The local store %1 cannot be used: %2. Slipway goes on without history "
                        "and recent items; the file was left as it is.")
                         .arg(QDir::toNativeSeparators(m_path), why);
        QSqlDatabase::database(m_connectionName, false).close();
        m_open = false;
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the Qt SQLite driver is not installed"));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return fail(db.lastError().text());

    QSqlQuery query(db);
    // Reading the header is the first thing that fails on a file that is not SQLite.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query.lastError().text());
    int version = query.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(tr("it was written by a newer Slipway (schema %1, this one knows %2)")
                        .arg(version)
                        .arg(kSchemaVersion));
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return fail(query.lastError().text());
    if (query.value(0).toString() != QLatin1String("ok"))
        return fail(tr("integrity check failed: %1").arg(query.value(0).toString()));

    for (; version < kSchemaVersion; ++version) {
        if (!db.transaction())
            return fail(db.lastError().text());
        const QStringList statements = QString::fromUtf8(kMigrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!query.exec(statement)) {
                const QString why = query.lastError().text();
                db.rollback();
                return fail(tr("upgrading its schema to version %1 failed: %2").arg(version + 1).arg(why));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            const QString why = query.lastError().text();
            db.rollback();
            return fail(tr("upgrading its schema to version %1 failed: %2").arg(version + 1).arg(why));
        }
    }
    m_open = true;
    return true;
}

int LocalStore::schemaVersion() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : 0;
}

namespace {

// One write: a transaction around statements, with the error put in words.
bool write(const QString &connection, QString *error,
           const std::function<bool(QSqlQuery &)> &statements)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen()) {
        if (error)
            *error = LocalStore::tr("The local store is not open.");
        return false;
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!statements(query)) {
        if (error)
            *error = query.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QStringList firstColumn(const QString &connection, const QString &sql, int limit)
{
    QStringList out;
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen())
        return out;
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            out << query.value(0).toString();
    }
    return out;
}

} // namespace

bool LocalStore::addRecentFile(const QString &path, QString *error)
{
    return write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO recent_files(path, used_at) VALUES (?, ?)"
                                 " ON CONFLICT(path) DO UPDATE SET used_at = excluded.used_at"));
        q.addBindValue(path);
        q.addBindValue(now());
        return q.exec();
    });
}

QStringList LocalStore::recentFiles(int limit) const
{
    return firstColumn(m_connectionName,
                       QStringLiteral("SELECT path FROM recent_files ORDER BY used_at DESC LIMIT ?"), limit);
}

bool LocalStore::addRecentConnection(const QString &profileId, QString *error)
{
    return write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO recent_connections(profile_id, used_at) VALUES (?, ?)"
                                 " ON CONFLICT(profile_id) DO UPDATE SET used_at = excluded.used_at"));
        q.addBindValue(profileId);
        q.addBindValue(now());
        return q.exec();
    });
}

QStringList LocalStore::recentConnections(int limit) const
{
    return firstColumn(m_connectionName,
                       QStringLiteral("SELECT profile_id FROM recent_connections ORDER BY used_at DESC LIMIT ?"),
                       limit);
}

bool LocalStore::removeRecentFile(const QString &path, QString *error)
{
    return write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM recent_files WHERE path = ?"));
        q.addBindValue(path);
        return q.exec();
    });
}

bool LocalStore::clearRecentFiles(QString *error)
{
    return write(m_connectionName, error,
                 [](QSqlQuery &q) { return q.exec(QStringLiteral("DELETE FROM recent_files")); });
}

bool LocalStore::clearRecentConnections(QString *error)
{
    return write(m_connectionName, error,
                 [](QSqlQuery &q) { return q.exec(QStringLiteral("DELETE FROM recent_connections")); });
}

qint64 LocalStore::beginRun(const QString &title, const QString &target, QString *error)
{
    qint64 id = 0;
    const bool ok = write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO runs(title, target, status, started_at) VALUES (?, ?, 'running', ?)"));
        q.addBindValue(title);
        q.addBindValue(target);
        q.addBindValue(now());
        if (!q.exec())
            return false;
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : 0;
}

bool LocalStore::appendRunLog(qint64 runId, const QString &level, const QString &message, QString *error)
{
    return write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO run_log(run_id, at, level, message) VALUES (?, ?, ?, ?)"));
        q.addBindValue(runId);
        q.addBindValue(now());
        q.addBindValue(level);
        q.addBindValue(message);
        return q.exec();
    });
}

bool LocalStore::finishRun(qint64 runId, const QString &status, QString *error)
{
    return write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(now());
        q.addBindValue(runId);
        return q.exec() && q.numRowsAffected() == 1;
    });
}

QList<LocalStore::RunLogEntry> LocalStore::runs(int limit) const
{
    QList<RunLogEntry> out;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, started_at, finished_at, title, target, status FROM runs"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out << RunLogEntry{q.value(0).toLongLong(), parseTime(q.value(1)), parseTime(q.value(2)),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        }
    }
    return out;
}

QList<LocalStore::RunLogLine> LocalStore::runLog(qint64 runId) const
{
    QList<RunLogLine> out;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT at, level, message FROM run_log WHERE run_id = ? ORDER BY rowid"));
    q.addBindValue(runId);
    if (q.exec()) {
        while (q.next())
            out << RunLogLine{parseTime(q.value(0)), q.value(1).toString(), q.value(2).toString()};
    }
    return out;
}

bool LocalStore::appendSeriesPoint(qint64 runId, const QString &seriesName, const QDateTime &at,
                                   double value, QString *error)
{
    return write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO series_points(run_id, series, at, value) VALUES (?, ?, ?, ?)"));
        q.addBindValue(runId);
        q.addBindValue(seriesName);
        q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(value);
        return q.exec();
    });
}

bool LocalStore::appendSeriesPoints(qint64 runId, const QList<SeriesPointRow> &points, QString *error)
{
    if (points.isEmpty())
        return true;
    return write(m_connectionName, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO series_points(run_id, series, at, value) VALUES (?, ?, ?, ?)"));
        for (const SeriesPointRow &point : points) {
            q.bindValue(0, runId);
            q.bindValue(1, point.series);
            q.bindValue(2, point.at.toUTC().toString(Qt::ISODateWithMs));
            q.bindValue(3, point.value);
            if (!q.exec())
                return false;
        }
        return true;
    });
}

QList<QPair<QDateTime, double>> LocalStore::series(qint64 runId, const QString &seriesName) const
{
    QList<QPair<QDateTime, double>> out;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT at, value FROM series_points WHERE run_id = ? AND series = ? ORDER BY at"));
    q.addBindValue(runId);
    q.addBindValue(seriesName);
    if (q.exec()) {
        while (q.next())
            out << qMakePair(parseTime(q.value(0)), q.value(1).toDouble());
    }
    return out;
}

QList<LocalStore::SeriesPointRow> LocalStore::recordedSeries(const QString &target, const QDateTime &from,
                                                             const QDateTime &to) const
{
    QList<SeriesPointRow> out;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Times are ISO 8601 in UTC with milliseconds: they compare as text.
    q.prepare(QStringLiteral("SELECT p.series, p.at, p.value FROM series_points p JOIN runs r ON r.id = p.run_id"
                             " WHERE r.target = ? AND p.at BETWEEN ? AND ? ORDER BY p.at"));
    q.addBindValue(target);
    q.addBindValue(from.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(to.toUTC().toString(Qt::ISODateWithMs));
    if (q.exec()) {
        while (q.next())
            out << SeriesPointRow{q.value(0).toString(), parseTime(q.value(1)), q.value(2).toDouble()};
    }
    return out;
}

} // namespace slipway
