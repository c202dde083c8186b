#include "historyreader.h"

#include "journal.h"

#include <QRegularExpression>

#include <pqxx/pqxx>

#include <string>

namespace slipway::migrations {

namespace {

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QDateTime timestamp(const pqxx::field &field)
{
    if (field.is_null()) return {};
    QDateTime t = QDateTime::fromString(text(field), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

bool boolean(const pqxx::field &field)
{
    return !field.is_null() && field.c_str()[0] == 't';
}

// A timestamp or timestamptz expression as ISO 8601 UTC text.
std::string iso(const std::string &expression)
{
    return "to_char((" + expression +
           ")::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')";
}

std::string qualified(pqxx::connection_base &conn, const HistoryTable &table)
{
    return conn.quote_name(table.schema.toStdString()) + "." +
           conn.quote_name(table.table.toStdString());
}

constexpr const char *kDetect = R"SQL(
SELECT n.nspname, c.relname,
       EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
               WHERE a.attrelid = c.oid AND a.attname = 'dirty' AND NOT a.attisdropped),
       EXISTS (SELECT 1 FROM pg_catalog.pg_class r
               WHERE r.relnamespace = c.relnamespace AND r.relname = 'ar_internal_metadata'
                 AND r.relkind IN ('r', 'p'))
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND (c.relname IN ('flyway_schema_history', 'databasechangelog', 'schema_migrations',
                     '_prisma_migrations', 'django_migrations', 'alembic_version')
       OR (n.nspname = 'sqitch' AND c.relname = 'changes')
       OR (n.nspname = 'slipway' AND c.relname = 'journal'))
ORDER BY n.nspname, c.relname
)SQL";

std::pair<QString, QString> splitPrismaName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)_(.*)$"));
    const auto m = re.match(name);
    if (m.hasMatch()) return {m.captured(1), m.captured(2)};
    return {name, QString()};
}

QList<AppliedMigration> readFlyway(pqxx::read_transaction &tx, const std::string &table)
{
    const pqxx::result rows = tx.exec(
        "SELECT version, description, checksum::text, " + iso("installed_on") +
        ", installed_by, success, execution_time, type FROM " + table +
        " WHERE type NOT IN ('SCHEMA', 'DELETE') ORDER BY installed_rank");
    QList<AppliedMigration> out;
    for (const auto &row : rows) {
        AppliedMigration m;
        m.tool = HistoryTool::Flyway;
        m.version = text(row[0]);
        m.description = text(row[1]);
        m.checksum = text(row[2]);
        m.appliedAt = timestamp(row[3]);
        m.appliedBy = text(row[4]);
        m.success = boolean(row[5]);
        m.executionMs = row[6].is_null() ? -1 : row[6].as<qint64>();
        const QString type = text(row[7]);
        if (type == QLatin1String("UNDO_SQL")) {
            if (m.success) {
                out.removeIf([&](const AppliedMigration &a) { return a.version == m.version; });
            }
            continue;
        }
        m.watermark = type == QLatin1String("BASELINE");
        // A repeatable re-applied after a change: only the newest row counts.
        if (m.version.isEmpty())
            out.removeIf([&](const AppliedMigration &a) {
                return a.version.isEmpty() && a.description == m.description;
            });
        out.append(m);
    }
    return out;
}

QList<AppliedMigration> readLiquibase(pqxx::read_transaction &tx, const std::string &table)
{
    const pqxx::result rows =
        tx.exec("SELECT id, description, md5sum, " + iso("dateexecuted") +
                ", author, exectype FROM " + table + " ORDER BY orderexecuted");
    QList<AppliedMigration> out;
    for (const auto &row : rows) {
        AppliedMigration m;
        m.tool = HistoryTool::Liquibase;
        m.version = text(row[0]);
        m.description = text(row[1]);
        m.checksum = text(row[2]);
        m.appliedAt = timestamp(row[3]);
        m.appliedBy = text(row[4]);
        m.success = text(row[5]) != QLatin1String("FAILED");
        out.append(m);
    }
    return out;
}

QList<AppliedMigration> readVersionsOnly(pqxx::read_transaction &tx, const std::string &table,
                                         HistoryTool tool, const char *column, bool watermark)
{
    const pqxx::result rows = tx.exec(std::string("SELECT ") + column + "::text FROM " + table +
                                      " ORDER BY 1");
    QList<AppliedMigration> out;
    for (const auto &row : rows) {
        AppliedMigration m;
        m.tool = tool;
        m.version = text(row[0]);
        m.watermark = watermark;
        out.append(m);
    }
    return out;
}

QList<AppliedMigration> readGolangMigrate(pqxx::read_transaction &tx, const std::string &table)
{
    const pqxx::result rows = tx.exec("SELECT version::text, dirty FROM " + table);
    QList<AppliedMigration> out;
    for (const auto &row : rows) {
        AppliedMigration m;
        m.tool = HistoryTool::GolangMigrate;
        m.version = text(row[0]);
        m.dirty = boolean(row[1]);
        m.success = !m.dirty;
        m.watermark = true;
        out.append(m);
    }
    return out;
}

QList<AppliedMigration> readPrisma(pqxx::read_transaction &tx, const std::string &table)
{
    const pqxx::result rows = tx.exec(
        "SELECT migration_name, checksum, " + iso("coalesce(finished_at, started_at)") +
        ", finished_at IS NOT NULL, "
        "(extract(epoch FROM finished_at - started_at) * 1000)::bigint FROM " +
        table + " WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name");
    QList<AppliedMigration> out;
    for (const auto &row : rows) {
        AppliedMigration m;
        m.tool = HistoryTool::Prisma;
        std::tie(m.version, m.description) = splitPrismaName(text(row[0]));
        m.checksum = text(row[1]);
        m.appliedAt = timestamp(row[2]);
        m.success = boolean(row[3]);
        m.executionMs = row[4].is_null() ? -1 : row[4].as<qint64>();
        out.append(m);
    }
    return out;
}

QList<AppliedMigration> readDjango(pqxx::read_transaction &tx, const std::string &table)
{
    const pqxx::result rows =
        tx.exec("SELECT app, name, " + iso("applied") + " FROM " + table + " ORDER BY id");
    QList<AppliedMigration> out;
    for (const auto &row : rows) {
        AppliedMigration m;
        m.tool = HistoryTool::Django;
        m.version = text(row[0]) + u'.' + text(row[1]);
        m.description = text(row[1]);
        m.appliedAt = timestamp(row[2]);
        out.append(m);
    }
    return out;
}

QList<AppliedMigration> readSqitch(pqxx::read_transaction &tx, pqxx::connection_base &conn,
                                   const HistoryTable &table)
{
    const std::string schema = conn.quote_name(table.schema.toStdString());
    QList<AppliedMigration> out;
    // A reworked change is in changes once per deployed instance; all but the
    // newest are named as the folder names them, after the first tag deployed
    // after them ("users@v1.0").
    const bool hasTags = tx.exec_params("SELECT to_regclass($1) IS NOT NULL", schema + ".tags")[0][0].as<bool>();
    const std::string reworkTag =
        hasTags ? "CASE WHEN EXISTS (SELECT 1 FROM " + schema + ".changes l WHERE l.change = c.change"
                      " AND l.project = c.project AND l.committed_at > c.committed_at)"
                      " THEN (SELECT ltrim(t.tag, '@') FROM " + schema + ".tags t WHERE t.project = c.project"
                      " AND t.committed_at >= c.committed_at ORDER BY t.committed_at, t.tag LIMIT 1) END"
                : std::string("NULL::text");
    const pqxx::result rows =
        tx.exec("SELECT c.change, c.script_hash, " + iso("c.committed_at") + ", c.committer_name, c.note, " +
                reworkTag + " FROM " + schema + ".changes c ORDER BY c.committed_at");
    for (const auto &row : rows) {
        AppliedMigration m;
        m.tool = HistoryTool::Sqitch;
        m.version = text(row[0]);
        if (!row[5].is_null() && !text(row[5]).isEmpty())
            m.version += QLatin1Char('@') + text(row[5]);
        m.checksum = text(row[1]);
        m.appliedAt = timestamp(row[2]);
        m.appliedBy = text(row[3]);
        m.description = text(row[4]);
        out.append(m);
    }
    // Changes whose latest event is a failed deploy (they are not in changes).
    const pqxx::result failed = tx.exec(
        "SELECT change, " + iso("committed_at") + ", committer_name, note FROM ("
        " SELECT DISTINCT ON (change_id) change_id, change, event, committed_at, committer_name, note"
        " FROM " + schema + ".events ORDER BY change_id, committed_at DESC) e"
        " WHERE event = 'fail' AND NOT EXISTS (SELECT 1 FROM " + schema +
        ".changes c WHERE c.change_id = e.change_id) ORDER BY committed_at");
    for (const auto &row : failed) {
        AppliedMigration m;
        m.tool = HistoryTool::Sqitch;
        m.version = text(row[0]);
        m.appliedAt = timestamp(row[1]);
        m.appliedBy = text(row[2]);
        m.description = text(row[3]);
        m.success = false;
        out.append(m);
    }
    return out;
}

} // namespace

QList<HistoryTable> HistoryReader::detect(pqxx::connection_base &conn)
{
    pqxx::read_transaction tx(conn, "slipway history detect");
    QList<HistoryTable> out;
    for (const auto &row : tx.exec(kDetect)) {
        HistoryTable t;
        t.schema = text(row[0]);
        t.table = text(row[1]);
        const QString name = t.table;
        if (name == QLatin1String("flyway_schema_history")) t.tool = HistoryTool::Flyway;
        else if (name == QLatin1String("databasechangelog")) t.tool = HistoryTool::Liquibase;
        else if (name == QLatin1String("_prisma_migrations")) t.tool = HistoryTool::Prisma;
        else if (name == QLatin1String("django_migrations")) t.tool = HistoryTool::Django;
        else if (name == QLatin1String("alembic_version")) t.tool = HistoryTool::Alembic;
        else if (name == QLatin1String("changes")) t.tool = HistoryTool::Sqitch;
        else if (name == QLatin1String("journal")) t.tool = HistoryTool::Slipway;
        else if (boolean(row[2])) t.tool = HistoryTool::GolangMigrate;
        else if (boolean(row[3])) t.tool = HistoryTool::Rails;
        else t.tool = HistoryTool::Dbmate;
        out.append(t);
    }
    tx.commit();
    return out;
}

QList<AppliedMigration> HistoryReader::read(pqxx::connection_base &conn, const HistoryTable &table)
{
    if (table.tool == HistoryTool::Slipway) {
        QList<AppliedMigration> out;
        for (const JournalEntry &entry : Journal::read(conn))
            if (entry.isMigration()) out.append(entry.toApplied()); // not plan steps nor scripts
        return out;
    }
    pqxx::read_transaction tx(conn, "slipway history read");
    const std::string name = qualified(conn, table);
    QList<AppliedMigration> out;
    switch (table.tool) {
    case HistoryTool::Flyway: out = readFlyway(tx, name); break;
    case HistoryTool::Liquibase: out = readLiquibase(tx, name); break;
    case HistoryTool::GolangMigrate: out = readGolangMigrate(tx, name); break;
    case HistoryTool::Dbmate:
        out = readVersionsOnly(tx, name, HistoryTool::Dbmate, "version", false);
        break;
    case HistoryTool::Rails:
        out = readVersionsOnly(tx, name, HistoryTool::Rails, "version", false);
        break;
    case HistoryTool::Prisma: out = readPrisma(tx, name); break;
    case HistoryTool::Django: out = readDjango(tx, name); break;
    case HistoryTool::Alembic:
        out = readVersionsOnly(tx, name, HistoryTool::Alembic, "version_num", true);
        break;
    case HistoryTool::Sqitch: out = readSqitch(tx, conn, table); break;
    case HistoryTool::Slipway: break;
    }
    tx.commit();
    return out;
}

QString HistoryReader::toolName(HistoryTool tool)
{
    switch (tool) {
    case HistoryTool::Flyway: return QStringLiteral("flyway");
    case HistoryTool::Liquibase: return QStringLiteral("liquibase");
    case HistoryTool::GolangMigrate: return QStringLiteral("golang-migrate");
    case HistoryTool::Dbmate: return QStringLiteral("dbmate");
    case HistoryTool::Prisma: return QStringLiteral("prisma");
    case HistoryTool::Rails: return QStringLiteral("rails");
    case HistoryTool::Django: return QStringLiteral("django");
    case HistoryTool::Alembic: return QStringLiteral("alembic");
    case HistoryTool::Sqitch: return QStringLiteral("sqitch");
    case HistoryTool::Slipway: return QStringLiteral("slipway");
    }
    return QString();
}

} // namespace slipway::migrations
