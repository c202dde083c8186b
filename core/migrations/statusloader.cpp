#include "statusloader.h"

#include "historyreader.h"
#include "journal.h"
#include "journaloverlay.h"

#include "db/session.h"

namespace slipway::migrations {

namespace {

std::optional<HistoryTool> preferredTool(MigrationFormat format)
{
    switch (format) {
    case MigrationFormat::Flyway: return HistoryTool::Flyway;
    case MigrationFormat::GolangMigrate: return HistoryTool::GolangMigrate;
    case MigrationFormat::Dbmate: return HistoryTool::Dbmate;
    case MigrationFormat::Sqitch: return HistoryTool::Sqitch;
    case MigrationFormat::Prisma: return HistoryTool::Prisma;
    case MigrationFormat::Plain: return HistoryTool::Slipway;
    case MigrationFormat::Unknown: break;
    }
    return std::nullopt;
}

} // namespace

QString StatusLoader::tableKey(const HistoryTable &table)
{
    return table.schema + QLatin1Char('.') + table.table;
}

std::optional<HistoryTable> StatusLoader::chooseTable(const QList<HistoryTable> &tables, MigrationFormat format,
                                                      const QString &chosen)
{
    for (const HistoryTable &t : tables)
        if (!chosen.isEmpty() && tableKey(t) == chosen)
            return t;
    const auto preferred = preferredTool(format);
    for (const HistoryTable &t : tables)
        if (preferred && t.tool == *preferred)
            return t;
    if (preferred == HistoryTool::Dbmate)
        for (const HistoryTable &t : tables)
            if (t.tool == HistoryTool::Rails)
                return t;
    for (const HistoryTable &t : tables)
        if (t.tool == HistoryTool::Slipway)
            return t;
    if (!tables.isEmpty())
        return tables.first();
    return std::nullopt;
}

QFuture<DbResult<LoadedHistory>> StatusLoader::loadHistory(Session &session, MigrationFormat format,
                                                            const QString &preferred)
{
    return session.run<LoadedHistory>([format, preferred](pqxx::connection_base &conn) {
        LoadedHistory out;
        out.tables = HistoryReader::detect(conn);
        out.table = chooseTable(out.tables, format, preferred);
        if (out.table)
            out.rows = HistoryReader::read(conn, *out.table);
        // What Slipway ran for this folder is in its journal, not in the tool's table.
        if (out.table && out.table->tool != HistoryTool::Slipway && Journal::exists(conn))
            out.rows = overlayJournal(out.rows, Journal::read(conn));
        return out;
    });
}

} // namespace slipway::migrations
