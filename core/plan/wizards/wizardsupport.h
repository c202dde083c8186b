#pragma once

#include "plan/migrationplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway::catalog {
struct SchemaModel;
struct Table;
struct Column;
} // namespace slipway::catalog

namespace slipway::plan::wizards {

// What every expand/contract wizard may use besides its inputs.
struct WizardContext {
    const catalog::SchemaModel *model = nullptr; // optional: column types, keys, indexes read from it
    int serverVersion = 150000;
    int lockTimeoutMs = 2000;          // SET lock_timeout before every DDL
    int ddlStatementTimeoutMs = 15000; // SET statement_timeout for catalog-only DDL
    QHash<QString, PlanTable> tables;  // live sizes, for estimates (optional)
};

// One step as a wizard writes it; WizardSupport::assemble() turns it into a
// PlanStep with locks, risk and estimate read from its SQL.
struct WizardStep {
    QString title;
    StepPhase phase = StepPhase::Expand;
    QString up;          // run as one item (one transaction unless it cannot be)
    QString down;        // empty: nothing to undo (downLoss says why)
    QString downLoss;
    QString verify;      // one boolean row: true once up ran, false after down
    QString deployNote;
    QString note;        // pattern note: why the step is done so
    std::optional<run::BackfillSpec> backfill;
};

// The SQL vocabulary and checks the wizards share. Pure.
class WizardSupport {
    Q_DECLARE_TR_FUNCTIONS(WizardSupport)

public:
    static QString ident(const QString &name);
    static QString qualified(const QString &schema, const QString &name);
    static QString literal(const QString &value);
    // A generated object name (trigger, function, constraint) within 63 bytes.
    static QString objectName(const QStringList &parts);

    // "SET lock_timeout = ...; SET statement_timeout = ...;" for a short DDL
    // step, or for a long one (VALIDATE, CONCURRENTLY: no statement timeout).
    static QString shortDdl(const WizardContext &context);
    static QString longDdl(const WizardContext &context);

    // One-row boolean checks (true when the object is there).
    static QString columnExists(const QString &schema, const QString &table, const QString &column);
    static QString triggerExists(const QString &schema, const QString &table, const QString &trigger);
    static QString constraintExists(const QString &schema, const QString &table, const QString &constraint);
    static QString constraintValidated(const QString &schema, const QString &table, const QString &constraint);
    static QString columnNotNull(const QString &schema, const QString &table, const QString &column);
    static QString indexValid(const QString &schema, const QString &index);

    // The three steps that make a filled column NOT NULL without a long lock:
    // CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL (no scan, PG 12+).
    static QList<WizardStep> notNullSteps(const QString &schema, const QString &table, const QString &column,
                                          const WizardContext &context);

    // Input checks: append one translated sentence per problem.
    static void checkIdentifier(QStringList &errors, const QString &what, const QString &name);
    static void checkSqlFragment(QStringList &errors, const QString &what, const QString &text,
                                 bool required = true);
    // The table from the model (nullptr without a model); a problem when the model lacks it.
    static const catalog::Table *table(const WizardContext &context, const QString &schema,
                                       const QString &name, QStringList &errors);
    static const catalog::Column *column(const catalog::Table *table, const QString &name, QStringList &errors);
    static QStringList primaryKey(const catalog::Table *table);

    static MigrationPlan assemble(const QString &title, const QString &kind, const QString &description,
                                  const QList<WizardStep> &steps, const WizardContext &context);
};

} // namespace slipway::plan::wizards
