// Benchmark: SchemaDiff::compare and Planner::plan on two 10,000-table,
// 100,000-column models. Not a ctest test; run by hand:
//
//   diff_models [SNAPSHOT.json] [--tables N] [--runs N]
//
// Without a snapshot it builds the model in memory (10 columns, a primary
// key, one index and one foreign key per table); with one (e.g. from
// `slipway-cli snapshot` of introspection_vs_pgdump's database, --keep) it
// diffs that. The target is a copy with 1 % of the tables changed (a column
// retyped, an index added). Goal: compare under 100 ms.

#include "catalog/snapshot.h"
#include "diff/planner.h"
#include "diff/schemadiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace slipway::catalog;
using namespace slipway::diff;

namespace {

SchemaModel synthetic(int tables)
{
    SchemaModel model;
    model.serverVersionNumber = 150000;
    Schema app;
    app.name = QStringLiteral("app");
    model.schemas << app;
    model.tables.reserve(tables);
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.schema = QStringLiteral("app");
        t.name = QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0'));
        t.owner = QStringLiteral("app");
        for (int c = 0; c < 10; ++c) {
            Column column;
            column.name = c == 0 ? QStringLiteral("id") : QStringLiteral("c%1").arg(c);
            column.position = c + 1;
            column.type = c == 0 ? QStringLiteral("bigint") : QStringLiteral("text");
            column.notNull = c == 0;
            t.columns << column;
        }
        Constraint pk;
        pk.name = t.name + QLatin1String("_pkey");
        pk.kind = Constraint::Kind::PrimaryKey;
        pk.definition = QStringLiteral("PRIMARY KEY (id)");
        pk.index = pk.name;
        t.constraints << pk;
        if (i > 0) {
            Constraint fk;
            fk.name = t.name + QLatin1String("_parent_fk");
            fk.kind = Constraint::Kind::ForeignKey;
            fk.definition = QStringLiteral("FOREIGN KEY (id) REFERENCES app.t%1(id)").arg(i - 1, 5, 10, QLatin1Char('0'));
            t.constraints << fk;
        }
        Index index;
        index.name = t.name + QLatin1String("_c1_idx");
        index.definition = QStringLiteral("CREATE INDEX %1 ON app.%2 USING btree (c1)").arg(index.name, t.name);
        t.indexes << index;
        model.tables << t;
    }
    return model;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int tables = 10000;
    int runs = 5;
    QString snapshot;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--tables") && i + 1 < args.size()) tables = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size()) runs = args.at(++i).toInt();
        else snapshot = args.at(i);
    }
    SchemaModel from;
    if (snapshot.isEmpty()) {
        from = synthetic(tables);
    } else {
        QString error;
        auto loaded = Snapshot::load(snapshot, &error);
        if (!loaded) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        from = *loaded;
    }
    SchemaModel to = from;
    for (qsizetype i = 0; i < to.tables.size(); i += 100) {
        Table &t = to.tables[i];
        if (t.columns.size() > 1) t.columns[1].type = QStringLiteral("character varying(200)");
        Index index;
        index.name = t.name + QLatin1String("_bench_idx");
        index.definition = QStringLiteral("CREATE INDEX %1 ON %2 USING btree (id)")
                               .arg(index.name, t.qualifiedName().display());
        t.indexes << index;
    }
    qsizetype columns = 0;
    for (const Table &t : std::as_const(from.tables))
        columns += t.columns.size();

    qint64 best = -1, bestPlan = -1;
    qsizetype changes = 0, statements = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<SchemaChange> diff = SchemaDiff::compare(from, to);
        const qint64 compared = timer.elapsed();
        timer.restart();
        const Plan plan = Planner::plan(diff, from, to);
        const qint64 planned = timer.elapsed();
        best = best < 0 ? compared : std::min(best, compared);
        bestPlan = bestPlan < 0 ? planned : std::min(bestPlan, planned);
        changes = diff.size();
        statements = plan.statements.size();
    }
    out << QStringLiteral("models: %1 tables, %2 columns; %3 changes, %4 statements\n")
               .arg(from.tables.size()).arg(columns).arg(changes).arg(statements);
    out << QStringLiteral("compare: %1 ms (goal < 100 ms: ratio %2)\n")
               .arg(best).arg(double(best) / 100.0, 0, 'f', 2);
    out << QStringLiteral("plan:    %1 ms\n").arg(bestPlan);

    // Everything from an empty database, and everything dropped.
    SchemaModel empty;
    empty.schemas = from.schemas;
    QElapsedTimer timer;
    timer.start();
    const Plan create = Planner::plan(empty, from, DiffOptions{});
    const qint64 creating = timer.restart();
    const Plan drop = Planner::plan(from, empty, DiffOptions{});
    out << QStringLiteral("plan from empty: %1 ms (%2 statements); to empty: %3 ms (%4 statements)\n")
               .arg(creating).arg(create.statements.size()).arg(timer.elapsed()).arg(drop.statements.size());
    return best < 100 ? 0 : 1;
}
