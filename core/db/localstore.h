#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// What must survive the app, in a local SQLite file (Qt Sql): run logs, monitor
// series of past runs, recent files and connections. Never secrets. The schema
// is versioned (PRAGMA user_version) and migrated on open; every write is one
// transaction. A damaged or locked file makes open() fail with a clear message;
// callers go on without the store.
class LocalStore {
    Q_DECLARE_TR_FUNCTIONS(LocalStore)

public:
    struct RunLogEntry {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString title;
        QString target;  // where it ran ("postgres@127.0.0.1:5432/shop")
        QString status;  // running, succeeded, failed, aborted, ...
    };
    struct RunLogLine {
        QDateTime at;
        QString level;   // info, warning, error
        QString message;
    };

    // Default path: <AppDataLocation>/slipway.sqlite
    explicit LocalStore(const QString &path = {});
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int currentSchemaVersion();

    bool addRecentFile(const QString &path, QString *error = nullptr);
    QStringList recentFiles(int limit = 10) const;
    bool addRecentConnection(const QString &profileId, QString *error = nullptr);
    QStringList recentConnections(int limit = 10) const; // profile ids, newest first
    bool removeRecentFile(const QString &path, QString *error = nullptr); // e.g. a file gone from disk
    bool clearRecentFiles(QString *error = nullptr);
    bool clearRecentConnections(QString *error = nullptr);

    qint64 beginRun(const QString &title, const QString &target, QString *error = nullptr);
    bool appendRunLog(qint64 runId, const QString &level, const QString &message, QString *error = nullptr);
    bool finishRun(qint64 runId, const QString &status, QString *error = nullptr);
    QList<RunLogEntry> runs(int limit = 50) const;
    QList<RunLogLine> runLog(qint64 runId) const;

    // One sample of a named series of a run (monitoring writes these).
    bool appendSeriesPoint(qint64 runId, const QString &series, const QDateTime &at, double value,
                           QString *error = nullptr);
    QList<QPair<QDateTime, double>> series(qint64 runId, const QString &series) const;
    // Many points of any series in one transaction (the monitor writes a few
    // seconds of samples at a time).
    struct SeriesPointRow {
        QString series;
        QDateTime at;
        double value = 0;
    };
    bool appendSeriesPoints(qint64 runId, const QList<SeriesPointRow> &points, QString *error = nullptr);
    // Every point the monitor recorded for target (a monitored connection's
    // runs) between from and to, oldest first: the charts of a past run.
    QList<SeriesPointRow> recordedSeries(const QString &target, const QDateTime &from, const QDateTime &to) const;

private:
    QString m_path;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace slipway
