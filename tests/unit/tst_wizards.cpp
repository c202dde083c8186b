// Expand/contract wizards without a server: the steps each one generates,
// input validation, catalog-driven inputs, the plan runner's ordering, and
// the JSON round trip of the multi-step fields.
#include "catalog/schemamodel.h"
#include "plan/planexecution.h"
#include "plan/wizards/addforeignkeywizard.h"
#include "plan/wizards/addnotnullcolumnwizard.h"
#include "plan/wizards/changetypewizard.h"
#include "plan/wizards/renamecolumnwizard.h"
#include "plan/wizards/replaceindexwizard.h"
#include "plan/wizards/splittablewizard.h"

#include <QtTest>

using namespace slipway;
using namespace slipway::plan;
using namespace slipway::plan::wizards;

namespace {

QList<StepPhase> phases(const MigrationPlan &plan)
{
    QList<StepPhase> out;
    for (const PlanStep &s : plan.steps)
        out << s.phase;
    return out;
}

void checkEveryStep(const MigrationPlan &plan)
{
    QCOMPARE(plan.source, PlanSource::Wizard);
    for (const PlanStep &s : plan.steps) {
        QVERIFY2(!s.title.isEmpty(), qPrintable(s.sql));
        QVERIFY2(!s.verificationSql.isEmpty(), qPrintable(s.title));
        QVERIFY2(s.hasDown() || !s.rollbackLoss.isEmpty(), qPrintable(s.title));
        if (!s.backfill) {
            QVERIFY2(s.sql.contains(QLatin1String("SET lock_timeout")), qPrintable(s.title));
            QVERIFY2(s.sql.contains(QLatin1String("SET statement_timeout")), qPrintable(s.title));
        }
    }
}

catalog::SchemaModel model()
{
    catalog::Table customers;
    customers.schema = QStringLiteral("public");
    customers.name = QStringLiteral("customers");
    auto column = [](const char *name, int position, const char *type, bool notNull, const QString &def = {}) {
        catalog::Column c;
        c.name = QLatin1String(name);
        c.position = position;
        c.type = QLatin1String(type);
        c.notNull = notNull;
        c.defaultValue = def;
        return c;
    };
    customers.columns = {column("id", 1, "bigint", true), column("full_name", 2, "text", true, QStringLiteral("''::text")),
                         column("Mixed Case", 3, "integer", false)};
    catalog::Constraint pk;
    pk.name = QStringLiteral("customers_pkey");
    pk.kind = catalog::Constraint::Kind::PrimaryKey;
    pk.columns = {QStringLiteral("id")};
    customers.constraints << pk;
    catalog::Index idx;
    idx.name = QStringLiteral("customers_name_idx");
    idx.columns = {QStringLiteral("full_name")};
    idx.definition = QStringLiteral("CREATE INDEX customers_name_idx ON public.customers USING btree (full_name)");
    customers.indexes << idx;
    catalog::SchemaModel m;
    m.tables << customers;
    return m;
}

} // namespace

class TestWizards : public QObject {
    Q_OBJECT

private slots:
    void renameColumnSteps()
    {
        RenameColumnInputs in;
        in.table = QStringLiteral("customers");
        in.column = QStringLiteral("full_name");
        in.newName = QStringLiteral("display name");
        in.type = QStringLiteral("text");
        in.notNull = true;
        QStringList errors;
        const auto plan = RenameColumnWizard::generate(in, {}, &errors);
        QVERIFY2(plan, qPrintable(errors.join(u'\n')));
        checkEveryStep(*plan);
        QCOMPARE(phases(*plan), (QList<StepPhase>{StepPhase::Expand, StepPhase::Expand, StepPhase::Migrate,
                                                  StepPhase::Switch, StepPhase::Switch, StepPhase::Switch,
                                                  StepPhase::Contract}));
        // Identifiers are quoted; the trigger syncs both ways; the backfill runs by the runner.
        QVERIFY(plan->steps.at(0).sql.contains(QLatin1String("ADD COLUMN \"display name\" text")));
        QVERIFY(plan->steps.at(1).sql.contains(QLatin1String("CREATE TRIGGER")));
        QVERIFY(plan->steps.at(2).backfill);
        QCOMPARE(plan->steps.at(2).backfill->set, QStringLiteral("\"display name\" = full_name"));
        QVERIFY(plan->steps.at(2).backfill->validate().isEmpty());
        QVERIFY(plan->steps.at(3).sql.contains(QLatin1String("NOT VALID")));
        QVERIFY(plan->steps.at(4).sql.contains(QLatin1String("VALIDATE CONSTRAINT")));
        QVERIFY(plan->steps.at(6).sql.contains(QLatin1String("DROP COLUMN full_name")));
        QVERIFY(plan->steps.at(6).destructive);
        QVERIFY(!plan->steps.at(1).deployNote.isEmpty());
        QVERIFY(!plan->steps.at(6).deployNote.isEmpty());
        // The contract's down re-adds the column in its own transaction, then refills it.
        QVERIFY(plan->steps.at(6).rollbackSql.startsWith(QLatin1String("BEGIN;")));
        QVERIFY(plan->steps.at(6).rollbackSql.contains(QLatin1String("UPDATE public.customers SET full_name")));
    }

    void renameReadsTheCatalog()
    {
        const catalog::SchemaModel m = model();
        WizardContext context;
        context.model = &m;
        RenameColumnInputs in;
        in.table = QStringLiteral("customers");
        in.column = QStringLiteral("full_name");
        in.newName = QStringLiteral("name");
        const auto plan = RenameColumnWizard::generate(in, context);
        QVERIFY(plan);
        QVERIFY(plan->steps.at(0).sql.contains(QLatin1String("ADD COLUMN name text")));
        QCOMPARE(plan->steps.size(), 7); // NOT NULL read from the model
        QVERIFY(plan->steps.last().sql.contains(QLatin1String("SET DEFAULT ''::text")));

        in.column = QStringLiteral("missing");
        QStringList errors;
        QVERIFY(!RenameColumnWizard::generate(in, context, &errors));
        QVERIFY(errors.join(u' ').contains(QLatin1String("does not exist")));
        in.column = QStringLiteral("full_name");
        in.newName = QStringLiteral("Mixed Case");
        QVERIFY(!RenameColumnWizard::validate(in, context).isEmpty());
    }

    void validationErrors()
    {
        RenameColumnInputs rename;
        QStringList errors = RenameColumnWizard::validate(rename, {});
        QVERIFY(errors.size() >= 3);
        QVERIFY(errors.join(u' ').contains(QLatin1String("The table is required.")));
        rename.table = QString(70, u'x');
        rename.column = rename.newName = QStringLiteral("a");
        errors = RenameColumnWizard::validate(rename, {});
        QVERIFY(errors.join(u' ').contains(QLatin1String("63 bytes")));
        QVERIFY(errors.join(u' ').contains(QLatin1String("same as the current")));

        AddNotNullColumnInputs add;
        add.table = QStringLiteral("t");
        add.column = QStringLiteral("c");
        add.type = QStringLiteral("text");
        add.defaultExpression = QStringLiteral("'x'; DROP TABLE t");
        QVERIFY(AddNotNullColumnWizard::validate(add, {}).join(u' ').contains(QLatin1String("\";\"")));

        AddForeignKeyInputs fk;
        fk.table = QStringLiteral("t");
        fk.referencedTable = QStringLiteral("r");
        fk.onDelete = QStringLiteral("EXPLODE");
        errors = AddForeignKeyWizard::validate(fk, {});
        QVERIFY(errors.join(u' ').contains(QLatin1String("referencing column")));
        QVERIFY(errors.join(u' ').contains(QLatin1String("ON DELETE")));

        SplitTableInputs split;
        split.table = QStringLiteral("t");
        split.newTable = QStringLiteral("t_extra");
        QVERIFY(SplitTableWizard::validate(split, {}).join(u' ').contains(QLatin1String("at least one column")));

        ReplaceIndexInputs index;
        index.table = QStringLiteral("t");
        index.oldIndex = index.newIndex = QStringLiteral("i");
        QVERIFY(ReplaceIndexWizard::validate(index, {}).join(u' ').contains(QLatin1String("own name")));

        const catalog::SchemaModel m = model();
        WizardContext context;
        context.model = &m;
        ReplaceIndexInputs missing;
        missing.table = QStringLiteral("nope");
        missing.oldIndex = QStringLiteral("a");
        missing.newIndex = QStringLiteral("b");
        missing.keys = QStringLiteral("x");
        QVERIFY(ReplaceIndexWizard::validate(missing, context).join(u' ').contains(QLatin1String("does not exist")));
    }

    void changeTypeSteps()
    {
        ChangeTypeInputs in;
        in.table = QStringLiteral("orders");
        in.column = QStringLiteral("total_cents");
        in.newType = QStringLiteral("bigint");
        in.oldType = QStringLiteral("integer");
        const auto plan = ChangeTypeWizard::generate(in, {});
        QVERIFY(plan);
        checkEveryStep(*plan);
        QCOMPARE(phases(*plan), (QList<StepPhase>{StepPhase::Expand, StepPhase::Expand, StepPhase::Migrate,
                                                  StepPhase::Switch, StepPhase::Contract}));
        QCOMPARE(plan->steps.at(2).backfill->set, QStringLiteral("total_cents_new = (total_cents::bigint)"));
        const QString swap = plan->steps.at(3).sql;
        QVERIFY(swap.contains(QLatin1String("RENAME COLUMN total_cents TO total_cents_old")));
        QVERIFY(swap.contains(QLatin1String("RENAME COLUMN total_cents_new TO total_cents")));
        QVERIFY(plan->steps.at(3).rollbackSql.contains(QLatin1String("RENAME COLUMN total_cents_old TO total_cents")));
        // No step rewrites the table.
        for (const PlanStep &s : plan->steps)
            QVERIFY2(s.effect != LockImpact::Effect::Rewrite, qPrintable(s.title));
    }

    void addNotNullColumnSteps()
    {
        AddNotNullColumnInputs in;
        in.table = QStringLiteral("orders");
        in.column = QStringLiteral("channel");
        in.type = QStringLiteral("text");
        in.defaultExpression = QStringLiteral("'web'");
        const auto plan = AddNotNullColumnWizard::generate(in, {});
        QVERIFY(plan);
        checkEveryStep(*plan);
        QCOMPARE(plan->steps.size(), 5);
        QVERIFY(plan->steps.at(0).sql.contains(QLatin1String("SET DEFAULT 'web'")));
        QCOMPARE(plan->steps.at(1).backfill->predicate, QStringLiteral("channel IS NULL"));
        QVERIFY(plan->steps.at(4).sql.contains(QLatin1String("SET NOT NULL")));
    }

    void splitTableSteps()
    {
        SplitTableInputs in;
        in.table = QStringLiteral("orders");
        in.newTable = QStringLiteral("order_notes");
        in.key = QStringLiteral("id");
        in.keyType = QStringLiteral("bigint");
        in.columns = {{QStringLiteral("note"), QStringLiteral("text"), false}};
        const auto plan = SplitTableWizard::generate(in, {});
        QVERIFY(plan);
        checkEveryStep(*plan);
        QVERIFY(plan->steps.at(0).sql.contains(QLatin1String("REFERENCES public.orders (id) ON DELETE CASCADE")));
        QVERIFY(plan->steps.at(2).backfill->usesTemplate());
        QVERIFY(plan->steps.at(2).backfill->statementTemplate.contains(QLatin1String("{{batch}}")));
        QVERIFY(plan->steps.at(2).backfill->validate().isEmpty());
        QCOMPARE(plan->steps.last().phase, StepPhase::Contract);
    }

    void foreignKeySteps()
    {
        AddForeignKeyInputs in;
        in.table = QStringLiteral("payments");
        in.columns = {QStringLiteral("order_id")};
        in.referencedTable = QStringLiteral("orders");
        const auto plan = AddForeignKeyWizard::generate(in, {});
        QVERIFY(plan);
        checkEveryStep(*plan);
        QCOMPARE(plan->steps.size(), 3);
        QVERIFY(plan->steps.at(0).outsideTransaction); // CREATE INDEX CONCURRENTLY
        QCOMPARE(plan->steps.at(0).pattern, Pattern::Concurrent);
        QVERIFY(plan->steps.at(1).sql.contains(QLatin1String("REFERENCES public.orders (id) NOT VALID")));
        QVERIFY(plan->steps.at(2).sql.contains(QLatin1String("VALIDATE CONSTRAINT payments_order_id_fkey")));
        QVERIFY(!plan->steps.at(2).hasDown());
        QVERIFY(!plan->steps.at(2).blocksWrites);
    }

    void replaceIndexSteps()
    {
        const catalog::SchemaModel m = model();
        WizardContext context;
        context.model = &m;
        ReplaceIndexInputs in;
        in.table = QStringLiteral("customers");
        in.oldIndex = QStringLiteral("customers_name_idx");
        in.newIndex = QStringLiteral("customers_lower_name_idx");
        in.keys = QStringLiteral("lower(full_name)");
        in.keepOldName = true;
        const auto plan = ReplaceIndexWizard::generate(in, context);
        QVERIFY(plan);
        checkEveryStep(*plan);
        QCOMPARE(plan->steps.size(), 3);
        QVERIFY(plan->steps.at(0).sql.contains(QLatin1String(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_lower_name_idx ON public.customers (lower(full_name))")));
        QVERIFY(plan->steps.at(1).rollbackSql.contains(QLatin1String(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_name_idx ON public.customers USING btree (full_name);")));
        QCOMPARE(ReplaceIndexWizard::concurrentDefinition(QStringLiteral("CREATE UNIQUE INDEX a ON t (x)")),
                 QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS a ON t (x);"));
    }

    void runnerOrder()
    {
        RenameColumnInputs in;
        in.table = QStringLiteral("t");
        in.column = QStringLiteral("a");
        in.newName = QStringLiteral("b");
        in.type = QStringLiteral("int");
        const auto plan = RenameColumnWizard::generate(in, {});
        QVERIFY(plan);
        QCOMPARE(PlanExecution::order(*plan, false), (QList<int>{0, 1, 2, 3}));
        QCOMPARE(PlanExecution::order(*plan, true), (QList<int>{3, 1, 0})); // the backfill has no down
        const run::ExecutionItem down = PlanExecution::item(*plan, 3, true);
        QCOMPARE(down.direction, run::ExecutionItem::Direction::Down);
        QCOMPARE(down.sql, plan->steps.at(3).rollbackSql);
        QCOMPARE(down.verifySql, plan->steps.at(3).verificationSql);
        const run::ExecutionItem dry = PlanExecution::item(*plan, 2, false);
        QVERIFY(dry.sql.startsWith(QLatin1String("UPDATE public.t")));
    }

    void jsonRoundTripOfNewFields()
    {
        SplitTableInputs in;
        in.table = QStringLiteral("orders");
        in.newTable = QStringLiteral("order_notes");
        in.key = QStringLiteral("id");
        in.keyType = QStringLiteral("bigint");
        in.columns = {{QStringLiteral("note"), QStringLiteral("text"), false}};
        auto plan = SplitTableWizard::generate(in, {});
        QVERIFY(plan);
        plan->steps[0].rollbackVerificationSql = QStringLiteral("SELECT true");
        QString error;
        const auto back = MigrationPlan::fromJson(plan->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->source, PlanSource::Wizard);
        QCOMPARE(back->description, plan->description);
        QCOMPARE(back->steps.size(), plan->steps.size());
        for (int i = 0; i < plan->steps.size(); ++i) {
            const PlanStep &a = plan->steps.at(i), &b = back->steps.at(i);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.phase, a.phase);
            QCOMPARE(b.deployNote, a.deployNote);
            QCOMPARE(b.rollbackSql, a.rollbackSql);
            QCOMPARE(b.rollbackVerificationSql, a.rollbackVerificationSql);
            QCOMPARE(b.backfill.has_value(), a.backfill.has_value());
            if (a.backfill)
                QCOMPARE(b.backfill->toJson(), a.backfill->toJson());
        }
        QCOMPARE(back->toJson(), plan->toJson());

        // A step without the new keys (an older file) still loads, with defaults.
        QJsonObject json = plan->toJson();
        QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QJsonObject first = steps.at(0).toObject();
        for (const char *key : {"title", "phase", "deployNote", "backfill", "rollbackVerificationSql"})
            first.remove(QLatin1String(key));
        steps[0] = first;
        json[QStringLiteral("steps")] = steps;
        const auto old = MigrationPlan::fromJson(json, &error);
        QVERIFY(old);
        QCOMPARE(old->steps.at(0).phase, StepPhase::None);
        QVERIFY(!old->steps.at(0).backfill);

        // A broken backfill is refused with the step named.
        QJsonObject broken = steps.at(2).toObject();
        broken[QStringLiteral("backfill")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}};
        steps[2] = broken;
        json[QStringLiteral("steps")] = steps;
        QVERIFY(!MigrationPlan::fromJson(json, &error));
        QVERIFY(error.contains(QLatin1String("Step 3")));
    }
};

QTEST_GUILESS_MAIN(TestWizards)
#include "tst_wizards.moc"
