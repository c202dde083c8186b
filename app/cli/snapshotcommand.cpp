#include "snapshotcommand.h"

#include "command.h"
#include "connectionargument.h"

#include "catalog/introspector.h"
#include "catalog/snapshot.h"
#include "db/session.h"
#include "util/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTextStream>

#include <atomic>

namespace slipway::cli {

namespace {

using catalog::Introspector;
using catalog::IntrospectOptions;
using catalog::SchemaModel;
using catalog::Snapshot;

struct SnapshotCommand {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString usageHint()
{
    return SnapshotCommand::tr("Run \"slipway-cli snapshot --help\" for usage.");
}

QString usage()
{
    return SnapshotCommand::tr(
        "Usage: slipway-cli snapshot <conn> -o FILE [--schema S]... [--exclude-schema S]...\n"
        "\n"
        "Reads the schema of a database from its catalog (tables, columns, constraints,\n"
        "indexes, sequences, views, functions, triggers, types, policies, comments,\n"
        "grants, extensions) and writes it as a JSON snapshot, to compare later or keep\n"
        "in git. Progress goes to stderr.\n"
        "\n"
        "<conn> is a saved profile name, a libpq URI (postgresql://...) or a key=value\n"
        "conninfo string.\n"
        "\n"
        "Options:\n"
        "  -o, --output FILE       where to write the snapshot (\"-\": standard output)\n"
        "  --schema S              read only schema S (repeatable)\n"
        "  --exclude-schema S      leave out schema S (repeatable)\n"
        "  --no-exact-sizes        table sizes from pg_class estimates instead of\n"
        "                          pg_total_relation_size (much faster on big catalogs)\n");
}

// Runs the event loop until future finishes or SIGINT/SIGTERM arrives; false
// on a signal (the future may still be running).
template<typename T>
bool await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &QCoreApplication::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) QCoreApplication::exec();
    return future.isFinished();
}

} // namespace

int runSnapshotCommand(const QStringList &arguments)
{
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption schema(QStringLiteral("schema"), QString(), QStringLiteral("S"));
    const QCommandLineOption exclude(QStringLiteral("exclude-schema"), QString(),
                                     QStringLiteral("S"));
    const QCommandLineOption noSizes(QStringLiteral("no-exact-sizes"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({output, schema, exclude, noSizes, help});
    if (!parser.parse(QStringList{QStringLiteral("slipway-cli")} + arguments.mid(1))) {
        printErr(parser.errorText() + QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(output) || parser.value(output).isEmpty()) {
        printErr((positional.isEmpty()        ? SnapshotCommand::tr("Missing <conn>.")
                  : positional.size() > 1     ? SnapshotCommand::tr("Unexpected argument: %1")
                                                    .arg(positional.mid(1).join(u' '))
                                              : SnapshotCommand::tr("Missing -o FILE.")) +
                 QLatin1Char('\n') + usageHint());
        return ExitUsage;
    }
    const QString path = parser.value(output);

    const auto connection = ConnectionArguments().resolve(positional.first());
    if (!connection) return ExitFailure;
    const QString &conninfo = connection->conninfo;

    IntrospectOptions options;
    options.includeSchemas = parser.values(schema);
    options.excludeSchemas = parser.values(exclude);
    if (parser.isSet(noSizes)) options.exactSizes = false;

    QString signalError;
    if (!ShutdownSignals::install(&signalError)) printErr(signalError);
    Session session;
    auto interrupted = [&session] {
        printErr(SnapshotCommand::tr("Interrupted."));
        session.cancel();
        return ExitFailure;
    };

    const auto opened = session.open(conninfo);
    if (!await(opened)) return interrupted();
    if (!opened.result().ok()) {
        printErr(opened.result().error.toText());
        return ExitFailure;
    }

    QElapsedTimer timer;
    timer.start();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    const auto read = session.run<SchemaModel>(
        [options, cancelled](pqxx::connection_base &conn) {
            return Introspector::read(
                conn, options,
                [](int percent, const QString &step) {
                    printErr(QStringLiteral("[%1%] %2").arg(percent, 3).arg(step));
                },
                cancelled.get());
        });
    if (!await(read)) {
        cancelled->store(true);
        return interrupted();
    }
    const DbResult<SchemaModel> result = read.result();
    if (!result.ok()) {
        printErr(result.error.toText());
        return ExitFailure;
    }
    const SchemaModel &model = result.value;
    const qint64 elapsed = timer.elapsed();

    QString saveError;
    if (path == QLatin1String("-")) {
        QTextStream(stdout) << Snapshot::toJson(model);
    } else if (!Snapshot::save(model, path, &saveError)) {
        printErr(saveError);
        return ExitFailure;
    }
    printErr(SnapshotCommand::tr("Read %1 schemas, %2 tables, %3 views, %4 sequences, %5 "
                                 "functions and %6 types from %7 in %8 ms.")
                 .arg(model.schemas.size())
                 .arg(model.tables.size())
                 .arg(model.views.size())
                 .arg(model.sequences.size())
                 .arg(model.functions.size())
                 .arg(model.enums.size() + model.domains.size() + model.compositeTypes.size())
                 .arg(model.database)
                 .arg(elapsed));
    if (path != QLatin1String("-"))
        printErr(SnapshotCommand::tr("Snapshot written to %1.").arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace slipway::cli
