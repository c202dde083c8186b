#include "tablebackup.h"

#include <QLocale>

#include <pqxx/pqxx>

namespace slipway::run {

namespace {

QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

QString q(pqxx::connection_base &conn, const QString &name)
{
    return QString::fromStdString(conn.quote_name(name.toStdString()));
}

} // namespace

QString TableBackup::backupName(const QString &relname, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss"));
    QString base = relname;
    while ((base + u'_' + stamp).toUtf8().size() > 63) base.chop(1);
    return base + u'_' + stamp;
}

QString TableBackup::pgDumpCommand(const QString &database, const QString &qualifiedQuoted,
                                   const QString &file)
{
    return QStringLiteral("pg_dump --dbname=%1 --table=%2 --format=custom --file=%3")
        .arg(shellQuote(database), shellQuote(qualifiedQuoted), shellQuote(file));
}

BackupOutcome TableBackup::backUp(pqxx::connection_base &conn, const QString &tableName,
                                  qint64 maxBytes, const QDateTime &now)
{
    BackupOutcome out;
    out.table = tableName;
    try {
        QString schema, relname, database;
        {
            pqxx::nontransaction tx(conn, "slipway backup size");
            const pqxx::result r = tx.exec_params(
                "SELECT n.nspname, c.relname, pg_catalog.pg_total_relation_size(c.oid), "
                "current_database() FROM pg_catalog.pg_class c "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.oid = pg_catalog.to_regclass($1) AND c.relkind IN ('r', 'p')",
                tableName.toStdString());
            if (r.empty()) {
                out.message = tr("%1: no such table, nothing to back up.").arg(tableName);
                return out;
            }
            schema = QString::fromUtf8(r[0][0].c_str());
            relname = QString::fromUtf8(r[0][1].c_str());
            out.bytes = r[0][2].as<qint64>();
            database = QString::fromUtf8(r[0][3].c_str());
        }
        const QString source = q(conn, schema) + u'.' + q(conn, relname);
        out.table = schema + u'.' + relname;
        const QString name = backupName(relname, now);
        if (out.bytes > maxBytes) {
            out.kind = BackupOutcome::Kind::PgDump;
            out.pgDumpCommand = pgDumpCommand(database, source, name + QStringLiteral(".dump"));
            out.message = tr("%1 is %2, too large to copy inside the database; keep a copy with: %3")
                              .arg(out.table, QLocale::c().formattedDataSize(out.bytes),
                                   out.pgDumpCommand);
            return out;
        }
        pqxx::transaction<pqxx::isolation_level::repeatable_read> tx(conn, "slipway backup");
        tx.exec("CREATE SCHEMA IF NOT EXISTS slipway_backup");
        const QString target = q(conn, QStringLiteral("slipway_backup")) + u'.' + q(conn, name);
        const pqxx::result created =
            tx.exec(QStringLiteral("CREATE TABLE %1 AS TABLE %2").arg(target, source).toStdString());
        const qint64 copied = created.affected_rows();
        const qint64 original =
            tx.exec1(QStringLiteral("SELECT count(*) FROM %1").arg(source).toStdString())[0].as<qint64>();
        if (copied != original) {
            tx.abort();
            out.kind = BackupOutcome::Kind::Failed;
            out.error = DbError::internal(tr("Backup of %1 copied %2 rows but the table has %3.")
                                              .arg(out.table)
                                              .arg(copied)
                                              .arg(original));
            out.message = out.error.message;
            return out;
        }
        tx.exec(QStringLiteral("COMMENT ON TABLE %1 IS %2")
                    .arg(target, QString::fromStdString(tx.quote(
                                     tr("Slipway backup of %1 taken %2")
                                         .arg(out.table, now.toUTC().toString(Qt::ISODate))
                                         .toStdString())))
                    .toStdString());
        tx.commit();
        out.kind = BackupOutcome::Kind::Snapshot;
        out.backupTable = QStringLiteral("slipway_backup.") + name;
        out.rows = copied;
        out.message = tr("%1 backed up to %2 (%3 rows, counts match).")
                          .arg(out.table, out.backupTable)
                          .arg(copied);
    } catch (const std::exception &e) {
        out.kind = BackupOutcome::Kind::Failed;
        out.error = DbError::fromException(e);
        out.message = tr("Backup of %1 failed: %2").arg(tableName, out.error.message);
    }
    return out;
}

} // namespace slipway::run
