#include "lint/lintrule.h"
#include "lint/statementcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

// strong_migrations' rename_enum_value check: the old label is gone the moment
// the statement commits, so running code that writes or compares it fails.
class RenamingEnumValue : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(RenamingEnumValue)

public:
    QString id() const override { return QStringLiteral("renaming-enum-value"); }
    QString summary() const override { return tr("Renaming an enum value breaks code that still uses the old label"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        if (ctx.nodeType() != QLatin1String("AlterEnumStmt"))
            return;
        const QJsonObject node = ctx.node();
        const QString oldValue = node.value(QStringLiteral("oldVal")).toString();
        if (oldValue.isEmpty())
            return; // ADD VALUE
        QStringList parts;
        for (const QJsonValue &p : node.value(QStringLiteral("typeName")).toArray())
            parts << p.toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
        const QString type = parts.join(QLatin1Char('.'));
        const QString newValue = node.value(QStringLiteral("newVal")).toString();

        TextRange range = ctx.statementRange();
        if (const auto rename = ctx.findToken(QStringLiteral("RENAME")))
            range = ctx.rangeFrom(rename->byteStart - ctx.statement().range.byteStart);
        Finding f = make(ctx, range,
                         tr("Renaming the value '%1' of %2 to '%3' breaks code that still uses '%1'.")
                             .arg(oldValue, type, newValue),
                         tr("The rename is instant and there is no moment when both labels exist: application "
                            "servers still running the old code fail on every INSERT, UPDATE or comparison "
                            "that uses '%1' (invalid input value for enum %2).").arg(oldValue, type),
                         tr("Add the new label (ALTER TYPE %1 ADD VALUE '%2'), deploy code that writes '%2' and "
                            "reads both, backfill the rows in batches, and leave '%3' unused.")
                             .arg(type, newValue, oldValue));
        if (ctx.serverVersion() < 100000)
            f.message += QLatin1Char(' ') + tr("(RENAME VALUE needs PostgreSQL 10 or later.)");
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeRenamingEnumValue()
{
    return std::make_unique<RenamingEnumValue>();
}

} // namespace slipway
