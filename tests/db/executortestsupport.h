#pragma once

// Shared by tst_executor and tst_executorsafety: migration folders on disk,
// an event recorder and fast retry options.
#include "db/pgconnection.h"
#include "migrations/migrationsource.h"
#include "run/migrationexecutor.h"
#include "run/pendingmigrations.h"

#include <QFile>
#include <QMutex>
#include <QtTest>

#include <pqxx/pqxx>

#include <algorithm>
#include <memory>

namespace slipway::test {

using migrations::Migration;
using migrations::MigrationSet;
using run::AppliedState;
using run::ExecutionEvent;
using run::ExecutionItem;
using run::ExecutionOptions;
using run::MigrationExecutor;
using Kind = ExecutionEvent::Kind;

inline std::unique_ptr<PgConnection> openConnection(const QString &uri)
{
    return std::make_unique<PgConnection>(uri.toStdString());
}

inline QString scalar(const QString &uri, const QString &sql)
{
    pqxx::connection conn(uri.toStdString());
    pqxx::nontransaction tx(conn);
    const pqxx::field f = tx.exec1(sql.toStdString())[0];
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

inline void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// A golang-migrate folder: <version>_<name>.up.sql / .down.sql
inline void writeMigration(const QString &dir, int version, const QString &name, const QString &up,
                    const QString &down = {})
{
    const QString base = QStringLiteral("%1/%2_%3").arg(dir).arg(version, 3, 10, QLatin1Char('0')).arg(name);
    writeFile(base + QStringLiteral(".up.sql"), up);
    if (!down.isEmpty()) writeFile(base + QStringLiteral(".down.sql"), down);
}

struct Recorder {
    QList<ExecutionEvent> events;
    QMutex mutex;
    void attach(MigrationExecutor &executor)
    {
        executor.setEventSink([this](const ExecutionEvent &e) {
            QMutexLocker lock(&mutex);
            events << e;
        });
    }
    int count(Kind kind)
    {
        QMutexLocker lock(&mutex);
        return int(std::count_if(events.cbegin(), events.cend(), [kind](const ExecutionEvent &e) { return e.kind == kind; }));
    }
    ExecutionEvent first(Kind kind)
    {
        QMutexLocker lock(&mutex);
        for (const ExecutionEvent &e : events)
            if (e.kind == kind) return e;
        return {};
    }
    QString log()
    {
        QMutexLocker lock(&mutex);
        QStringList lines;
        for (const ExecutionEvent &e : events) lines << ExecutionEvent::kindName(e.kind) + u' ' + e.toText();
        return lines.join(u'\n');
    }
};

inline ExecutionOptions fastOptions()
{
    ExecutionOptions o;
    o.lockTimeoutMs = 200;
    o.backoffBaseMs = 100;
    o.backoffMaxMs = 400;
    return o;
}

inline QList<ExecutionItem> pendingItems(PgConnection &conn, const MigrationSet &set)
{
    QList<ExecutionItem> items;
    for (const Migration &m : AppliedState::read(conn, set).pending(set.migrations)) items << ExecutionItem::up(m);
    return items;
}

} // namespace slipway::test
