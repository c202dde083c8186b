#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace slipway {

using namespace rulesupport;

namespace {

// Built-in functions without arguments that are not volatile: a default
// calling them is evaluated once, so PostgreSQL 11+ does not rewrite.
bool isNonVolatileCall(const QJsonObject &call)
{
    static const QSet<QString> functions = {
        QStringLiteral("now"), QStringLiteral("transaction_timestamp"), QStringLiteral("statement_timestamp"),
        QStringLiteral("current_timestamp"), QStringLiteral("localtimestamp"), QStringLiteral("current_date"),
        QStringLiteral("txid_current"), QStringLiteral("pg_current_xact_id"), QStringLiteral("current_database"),
        QStringLiteral("current_schema"), QStringLiteral("current_user"), QStringLiteral("session_user"),
        QStringLiteral("version"), QStringLiteral("pi"), QStringLiteral("pg_backend_pid"),
        QStringLiteral("inet_client_addr"), QStringLiteral("inet_server_addr"), QStringLiteral("pg_postmaster_start_time"),
    };
    if (!arr(call, "args").isEmpty() || call.value(QStringLiteral("agg_star")).toBool())
        return false;
    const QString name = dottedName(arr(call, "funcname")).toLower();
    return functions.contains(name.startsWith(QLatin1String("pg_catalog.")) ? name.mid(11) : name);
}

// squawk's notion of a default that needs no rewrite: literals, casts of them,
// operators over them, arrays of them, and argument-less non-volatile calls.
bool isSafeDefault(const QJsonValue &value)
{
    const QJsonObject node = value.toObject();
    if (node.isEmpty())
        return false;
    const QString type = node.constBegin().key();
    const QJsonObject inner = node.constBegin().value().toObject();
    if (type == QLatin1String("A_Const") || type == QLatin1String("SQLValueFunction"))
        return true;
    if (type == QLatin1String("TypeCast"))
        return isSafeDefault(inner.value(QStringLiteral("arg")));
    if (type == QLatin1String("A_Expr"))
        return (!inner.contains(QStringLiteral("lexpr")) || isSafeDefault(inner.value(QStringLiteral("lexpr"))))
               && isSafeDefault(inner.value(QStringLiteral("rexpr")));
    if (type == QLatin1String("A_ArrayExpr")) {
        const QJsonArray elements = arr(inner, "elements");
        return std::all_of(elements.begin(), elements.end(), [](const QJsonValue &e) { return isSafeDefault(e); });
    }
    if (type == QLatin1String("FuncCall"))
        return isNonVolatileCall(inner);
    return false;
}

// squawk's adding-field-with-default: a new column whose value must be
// computed per row (volatile default, any default before PostgreSQL 11, a
// stored generated or identity column) rewrites the table under ACCESS EXCLUSIVE.
class AddingFieldWithDefault : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(AddingFieldWithDefault)

public:
    QString id() const override { return QStringLiteral("adding-field-with-default"); }
    QString summary() const override { return tr("A new column whose default is computed per row rewrites the table"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (!isAlterTable(ctx))
            return;
        const QString table = alterTableName(ctx);
        const QJsonArray cmds = ctx.commands();
        for (const QJsonValue &v : cmds) {
            const QJsonObject cmd = v.toObject();
            if (str(cmd, "subtype") != QLatin1String("AT_AddColumn"))
                continue;
            const QJsonObject column = unwrap(cmd.value(QStringLiteral("def")), "ColumnDef");
            const QString name = str(column, "colname");
            const QString type = builtinTypeName(obj(column, "typeName"));
            if (type.contains(QLatin1String("serial"))) {
                // squawk misses this one: the sequence default fills every row.
                Finding f = make(ctx, typeRange(ctx, obj(column, "typeName")),
                                 tr("Adding the %1 column %2 rewrites %3: every row gets a value from the sequence.")
                                     .arg(type, name, table),
                                 explanation(), help());
                scaleWithTable(ctx, table, f);
                out << f;
                continue;
            }
            for (const QJsonValue &c : arr(column, "constraints")) {
                const QJsonObject constraint = unwrap(c, "Constraint");
                const QString kind = str(constraint, "contype");
                QString message;
                if (kind == QLatin1String("CONSTR_GENERATED")) {
                    message = tr("Adding the stored generated column %1 rewrites %2.").arg(name, table);
                } else if (kind == QLatin1String("CONSTR_IDENTITY")) {
                    message = tr("Adding the identity column %1 rewrites %2: every row gets a value from the sequence.").arg(name, table);
                } else if (kind == QLatin1String("CONSTR_DEFAULT")) {
                    if (ctx.serverVersion() < 110000)
                        message = tr("Adding %1 with a default rewrites %2 before PostgreSQL 11.").arg(name, table);
                    else if (!isSafeDefault(constraint.value(QStringLiteral("raw_expr"))))
                        message = tr("Adding %1 with a default that may be computed per row rewrites %2.").arg(name, table);
                }
                if (message.isEmpty())
                    continue;
                Finding f = make(ctx, ctx.rangeAt(constraint.value(QStringLiteral("location")).toInt(-1)), message,
                                 explanation(), help());
                if (kind == QLatin1String("CONSTR_DEFAULT") && cmds.size() == 1)
                    f.fix = splitFix(ctx, table, column, constraint);
                scaleWithTable(ctx, table, f);
                out << f;
            }
        }
    }

private:
    QString explanation() const
    {
        return tr("The table and all its indexes are rewritten while an ACCESS EXCLUSIVE lock blocks every read and write.");
    }
    QString help() const
    {
        return tr("Add the column without the default, set the default separately (applies to new rows only), and "
                  "backfill existing rows in batches; add NOT NULL afterwards through a validated CHECK.");
    }

    // ADD COLUMN c type [NOT NULL] DEFAULT expr -> add, set default, backfill, then prove NOT NULL.
    std::optional<Fix> splitFix(const StatementContext &ctx, const QString &table, const QJsonObject &column,
                                const QJsonObject &defaultConstraint) const
    {
        QList<int> starts;
        bool notNull = false;
        for (const QJsonValue &c : arr(column, "constraints")) {
            const QJsonObject constraint = unwrap(c, "Constraint");
            const QString kind = str(constraint, "contype");
            if (kind == QLatin1String("CONSTR_NOTNULL"))
                notNull = true;
            else if (kind != QLatin1String("CONSTR_DEFAULT") && kind != QLatin1String("CONSTR_NULL"))
                return std::nullopt;
            starts << constraint.value(QStringLiteral("location")).toInt(-1);
        }
        std::sort(starts.begin(), starts.end());
        const QByteArray text = ctx.statement().text.toUtf8();
        const int typeStart = obj(column, "typeName").value(QStringLiteral("location")).toInt(-1);
        const int defaultAt = defaultConstraint.value(QStringLiteral("location")).toInt(-1);
        if (typeStart < 0 || defaultAt < 0 || starts.isEmpty() || column.contains(QStringLiteral("collClause")))
            return std::nullopt;
        const QString type = QString::fromUtf8(text.mid(typeStart, starts.first() - typeStart)).trimmed();
        int exprEnd = int(text.size());
        for (int s : starts) {
            if (s > defaultAt) {
                exprEnd = s;
                break;
            }
        }
        const int exprStart = defaultAt + 7; // after DEFAULT
        const QString expr = QString::fromUtf8(text.mid(exprStart, exprEnd - exprStart)).trimmed();
        if (type.isEmpty() || expr.isEmpty())
            return std::nullopt;
        const QString t = quoteQualified(table);
        const QString c = quoteIdent(str(column, "colname"));
        const QString add = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n").arg(t, c, type);
        const QString setDefault = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3").arg(t, c, expr);
        const QString backfill =
            tr("-- Backfill existing rows in batches, e.g. UPDATE %1 SET %2 = %3 WHERE %2 IS NULL AND <key range>;")
                .arg(t, c, expr);
        QString sql;
        if (notNull) {
            const QString constraint = quoteIdent(notNullConstraintName(table, str(column, "colname")));
            sql = add + setDefault + QStringLiteral(";\n") + backfill
                  + QStringLiteral("\nALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;\n"
                                   "ALTER TABLE %1 VALIDATE CONSTRAINT %3;\n"
                                   "ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;\n"
                                   "ALTER TABLE %1 DROP CONSTRAINT %3")
                        .arg(t, c, constraint);
        } else {
            // The statement's own ';' ends the last step.
            sql = add + tr("-- After the next step:") + QLatin1Char(' ') + backfill.mid(3) + QLatin1Char('\n') + setDefault;
        }
        Fix fix;
        fix.title = tr("Split into add column, set default, backfill%1").arg(notNull ? tr(", validated NOT NULL") : QString());
        fix.edits << replace(ctx.statementRange(), sql);
        return fix;
    }
};

} // namespace

std::unique_ptr<LintRule> makeAddingFieldWithDefault()
{
    return std::make_unique<AddingFieldWithDefault>();
}

} // namespace slipway
