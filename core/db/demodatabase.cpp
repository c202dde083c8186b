#include "demodatabase.h"

#include "connectionprofile.h"
#include "dberror.h"
#include "sql/sqlscript.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <vector>

namespace slipway {

namespace {

constexpr qint64 maxOrderRows = 100000000;
const QString placeholder = QStringLiteral("{{order_rows}}");

struct Statement {
    QString file;    // e.g. "schema.sql", for messages
    QByteArray sql;  // the statement, leading comments and blanks stripped
    int line = 0;    // 1-based line in file where the statement starts
    int number = 0;  // 1-based statement number in file
    int weight = 1;  // share of the progress bar
    QString step;    // translated progress text
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readResource(const QString &path, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, DemoDatabase::tr("Cannot read the embedded demo file %1: %2")
                               .arg(path, file.errorString()));
    *out = file.readAll();
    return true;
}

// Splits one file (or a section of one, starting at firstLine) into statements
// with PostgreSQL's own lexer and grammar (SqlScript).
bool splitStatements(const QString &file, const QByteArray &text, int firstLine, int weight,
                     const QString &step, std::vector<Statement> *out, QString *error)
{
    const SqlScript script = SqlScript::parse(QString::fromUtf8(text));
    for (const SqlStatement &parsed : script.statements()) {
        if (parsed.error)
            return fail(error, DemoDatabase::tr("%1, line %2, column %3: %4")
                                   .arg(file)
                                   .arg(firstLine + parsed.error->range.from.line - 1)
                                   .arg(parsed.error->range.from.column)
                                   .arg(parsed.error->message));
        Statement statement;
        statement.file = file;
        statement.sql = parsed.text.toUtf8();
        statement.line = firstLine + parsed.range.from.line - 1;
        statement.number = parsed.index + 1;
        statement.weight = weight;
        statement.step = step;
        out->push_back(statement);
    }
    return true;
}

// The same connection settings as conninfo, but for database `name`.
QString conninfoForDatabase(const QString &conninfo, const QString &name, QString *error)
{
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (!options) {
        const QString message = parseError ? QString::fromUtf8(parseError) : QString();
        PQfreemem(parseError);
        fail(error, DemoDatabase::tr("Invalid connection string: %1").arg(message));
        return {};
    }
    QStringList parts;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        const QString keyword = QString::fromUtf8(option->keyword);
        if (keyword == QLatin1String("dbname") || !option->val)
            continue;
        parts << keyword + QLatin1Char('=') + quoteConninfoValue(QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    parts << QStringLiteral("dbname=") + quoteConninfoValue(name);
    return parts.join(QLatin1Char(' '));
}

QString describeFailure(const Statement &statement, const std::exception &e)
{
    const DbError dbError = DbError::fromException(e, QString::fromUtf8(statement.sql));
    const QString firstLine = QString::fromUtf8(statement.sql).section(QLatin1Char('\n'), 0, 0).trimmed();
    return DemoDatabase::tr("Loading the demo failed in %1, line %2 (statement %3: %4)\n%5")
        .arg(statement.file)
        .arg(statement.line)
        .arg(statement.number)
        .arg(firstLine, dbError.toText());
}

} // namespace

bool DemoDatabase::install(const QString &maintenanceUri, const QString &name, const DemoOptions &options,
                           const std::function<void(int, const QString &)> &progress, QString *error)
{
    const auto report = [&](int percent, const QString &step) {
        if (progress)
            progress(percent, step);
    };
    if (name.trimmed().isEmpty())
        return fail(error, tr("The demo database needs a name."));
    if (options.orderRows < 1 || options.orderRows > maxOrderRows)
        return fail(error, tr("The number of demo orders must be between 1 and %1, not %2.")
                               .arg(maxOrderRows)
                               .arg(options.orderRows));

    QByteArray schema;
    QByteArray data;
    if (!readResource(QStringLiteral(":/demo/schema.sql"), &schema, error)
        || !readResource(QStringLiteral(":/demo/data.sql"), &data, error))
        return false;

    // schema.sql has a pre-data and a post-data section, like pg_dump; the
    // data goes in between so indexes and foreign keys are built only once.
    const qsizetype markerAt = schema.indexOf("\n-- slipway:post-data");
    if (markerAt < 0)
        return fail(error, tr("schema.sql has no \"-- slipway:post-data\" line."));
    const qsizetype split = markerAt + 1;
    const QByteArray preData = schema.left(split);
    const QByteArray postData = schema.mid(split);
    const int postDataFirstLine = 1 + int(preData.count('\n'));

    // The only substitution: a validated integer for {{order_rows}}.
    data.replace(placeholder.toUtf8(), QByteArray::number(options.orderRows));

    std::vector<Statement> statements;
    const QString schemaFile = QStringLiteral("schema.sql");
    const QString dataFile = QStringLiteral("data.sql");
    if (!splitStatements(schemaFile, preData, 1, 1, tr("Creating tables, types, functions and views"),
                         &statements, error)
        || !splitStatements(dataFile, data, 1, 10, {}, &statements, error)
        || !splitStatements(schemaFile, postData, postDataFirstLine, 4,
                            tr("Building keys, indexes and triggers"), &statements, error))
        return false;
    static const QRegularExpression insertInto(QStringLiteral("^INSERT INTO (\\w+)"));
    int totalWeight = 0;
    for (Statement &statement : statements) {
        if (statement.step.isEmpty()) {
            const auto insert = insertInto.match(QString::fromUtf8(statement.sql));
            statement.step = insert.hasMatch() ? tr("Generating rows for %1").arg(insert.captured(1))
                                               : tr("Generating data");
            if (!insert.hasMatch())
                statement.weight = 1;
        }
        if (statement.sql.startsWith("ANALYZE"))
            statement.step = tr("Analyzing tables");
        totalWeight += statement.weight;
    }

    report(0, tr("Creating database %1").arg(name));
    try {
        pqxx::connection maintenance(maintenanceUri.toStdString());
        pqxx::nontransaction tx(maintenance);
        tx.exec("SET client_min_messages = warning");
        const std::string quoted = tx.quote_name(name.toStdString());
        tx.exec("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
        tx.exec("CREATE DATABASE " + quoted);
    } catch (const pqxx::broken_connection &e) {
        return fail(error, tr("Cannot connect to the server to create the demo database: %1")
                               .arg(DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText()));
    } catch (const std::exception &e) {
        return fail(error, tr("Cannot create the demo database %1: %2")
                               .arg(name, DbError::fromException(e).toText()));
    }

    const QString conninfo = conninfoForDatabase(maintenanceUri, name, error);
    if (conninfo.isEmpty())
        return false;
    report(2, tr("Connecting to %1").arg(name));
    try {
        pqxx::connection connection(conninfo.toStdString());
        pqxx::work tx(connection);
        tx.exec("SET LOCAL client_min_messages = warning");
        tx.exec("SET LOCAL statement_timeout = 0");
        int done = 0;
        for (const Statement &statement : statements) {
            report(3 + 96 * done / totalWeight, statement.step);
            try {
                tx.exec(statement.sql.toStdString());
            } catch (const pqxx::broken_connection &) {
                throw;
            } catch (const std::exception &e) {
                return fail(error, describeFailure(statement, e));
            }
            done += statement.weight;
        }
        report(99, tr("Committing"));
        tx.commit();
    } catch (const pqxx::broken_connection &e) {
        return fail(error, tr("Lost the connection to the demo database %1: %2")
                               .arg(name, DbError::fromConnectFailure(QString::fromUtf8(e.what())).toText()));
    } catch (const std::exception &e) {
        return fail(error, tr("Loading the demo database %1 failed: %2")
                               .arg(name, DbError::fromException(e).toText()));
    }
    report(100, tr("Demo database %1 is ready").arg(name));
    return true;
}

bool DemoDatabase::writeMigrationsFolder(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir))
        return fail(error, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    const QDir target(dir);
    QStringList names;
    QDirIterator it(QStringLiteral(":/demo/migrations"), QDir::Files);
    while (it.hasNext()) {
        it.next();
        names << it.fileName();
    }
    if (names.isEmpty())
        return fail(error, tr("The demo migrations are missing from this build."));
    names.sort();
    for (const QString &fileName : std::as_const(names)) {
        QByteArray content;
        if (!readResource(QStringLiteral(":/demo/migrations/") + fileName, &content, error))
            return false;
        QFile out(target.filePath(fileName));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) != content.size()
            || !out.flush())
            return fail(error, tr("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
    }
    return true;
}

} // namespace slipway
