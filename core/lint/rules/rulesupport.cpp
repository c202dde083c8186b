#include "rulesupport.h"

#include "lint/statementcontext.h"
#include "sql/sqlscript.h"

#include <QRegularExpression>
#include <QSet>

namespace slipway::rulesupport {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

QJsonObject unwrap(const QJsonValue &value, const char *type)
{
    return value.toObject().value(QLatin1String(type)).toObject();
}

QString dottedName(const QJsonArray &names)
{
    QStringList parts;
    for (const QJsonValue &v : names)
        parts << unwrap(v, "String").value(QStringLiteral("sval")).toString();
    return parts.join(QLatin1Char('.'));
}

bool isAlterTable(const StatementContext &ctx)
{
    return ctx.memo<bool>(StatementContext::Memo::IsAlterTable, [&] {
        return ctx.nodeType() == QLatin1String("AlterTableStmt")
               && str(ctx.node(), "objtype") == QLatin1String("OBJECT_TABLE");
    });
}

QString alterTableName(const StatementContext &ctx)
{
    if (!isAlterTable(ctx))
        return {};
    return StatementContext::rangeVarName(obj(ctx.node(), "relation"));
}

namespace {
QList<ColumnTypeSite> findColumnTypeSites(const StatementContext &ctx)
{
    QList<ColumnTypeSite> out;
    const auto append = [&out](const QString &table, const QString &column, const QJsonObject &typeName, const QString &kind) {
        out << ColumnTypeSite{table, column, typeName, kind, builtinTypeName(typeName)};
    };
    const QJsonObject node = ctx.node();
    if (ctx.nodeType() == QLatin1String("CreateStmt")) {
        const QString table = StatementContext::rangeVarName(obj(node, "relation"));
        for (const QJsonValue &element : arr(node, "tableElts")) {
            const QJsonObject column = unwrap(element, "ColumnDef");
            if (!column.isEmpty() && column.contains(QStringLiteral("typeName")))
                append(table, str(column, "colname"), obj(column, "typeName"), QStringLiteral("create"));
        }
    } else if (isAlterTable(ctx)) {
        const QString table = alterTableName(ctx);
        for (const QJsonValue &v : StatementContext::alterCommands(node)) {
            const QJsonObject cmd = v.toObject();
            const QString subtype = str(cmd, "subtype");
            const QJsonObject column = unwrap(cmd.value(QStringLiteral("def")), "ColumnDef");
            if (subtype == QLatin1String("AT_AddColumn"))
                append(table, str(column, "colname"), obj(column, "typeName"), QStringLiteral("add"));
            else if (subtype == QLatin1String("AT_AlterColumnType"))
                append(table, str(cmd, "name"), obj(column, "typeName"), QStringLiteral("alter"));
        }
    }
    return out;
}
} // namespace

QList<ColumnTypeSite> columnTypeSites(const StatementContext &ctx)
{
    return ctx.memo<QList<ColumnTypeSite>>(StatementContext::Memo::ColumnTypeSites, [&] { return findColumnTypeSites(ctx); });
}

QString builtinTypeName(const QJsonObject &typeName)
{
    const QJsonArray names = arr(typeName, "names");
    if (names.isEmpty())
        return {};
    if (names.size() == 2 && unwrap(names.first(), "String").value(QStringLiteral("sval")).toString() != QLatin1String("pg_catalog"))
        return {};
    if (names.size() > 2)
        return {};
    return unwrap(names.last(), "String").value(QStringLiteral("sval")).toString().toLower();
}

bool hasTypmods(const QJsonObject &typeName)
{
    return !arr(typeName, "typmods").isEmpty();
}

namespace {
QList<SqlToken> statementTokens(const StatementContext &ctx)
{
    QList<SqlToken> out;
    const TextRange range = ctx.statementRange();
    const QList<SqlToken> &all = ctx.script().tokens();
    for (qsizetype i = ctx.script().firstTokenAt(range.byteStart); i < all.size(); ++i) {
        if (all[i].byteStart >= range.byteEnd)
            break;
        if (!all[i].isComment())
            out << all[i];
    }
    return out;
}
} // namespace

QList<SqlToken> tokens(const StatementContext &ctx)
{
    return ctx.memo<QList<SqlToken>>(StatementContext::Memo::Tokens, [&] { return statementTokens(ctx); });
}

QString tokenText(const StatementContext &ctx, const SqlToken &token)
{
    const QByteArray &utf8 = ctx.script().source().utf8();
    return QString::fromUtf8(utf8.mid(token.byteStart, token.byteEnd - token.byteStart));
}

std::optional<SqlToken> findWord(const StatementContext &ctx, const QStringList &words, int from)
{
    const int fromByte = ctx.statementRange().byteStart + std::max(from, 0);
    const QByteArray &utf8 = ctx.script().source().utf8();
    QList<QByteArray> wanted;
    for (const QString &word : words)
        wanted << word.toUtf8();
    for (const SqlToken &token : tokens(ctx)) {
        if (token.byteStart < fromByte)
            continue;
        const int length = token.byteEnd - token.byteStart;
        for (const QByteArray &word : wanted) {
            if (word.size() == length && qstrnicmp(utf8.constData() + token.byteStart, word.constData(), uint(length)) == 0)
                return token;
        }
    }
    return std::nullopt;
}

TextRange typeRange(const StatementContext &ctx, const QJsonObject &typeName)
{
    const int location = typeName.value(QStringLiteral("location")).toInt(-1);
    if (location < 0)
        return ctx.statementRange();
    static const QSet<QString> typeWords = {
        QStringLiteral("character"), QStringLiteral("char"), QStringLiteral("varying"), QStringLiteral("varchar"),
        QStringLiteral("nchar"), QStringLiteral("national"), QStringLiteral("bpchar"), QStringLiteral("\"char\""),
        QStringLiteral("timestamp"), QStringLiteral("without"), QStringLiteral("time"), QStringLiteral("zone"),
        QStringLiteral("int"), QStringLiteral("integer"), QStringLiteral("int2"), QStringLiteral("int4"),
        QStringLiteral("smallint"), QStringLiteral("serial"), QStringLiteral("serial2"), QStringLiteral("serial4"),
        QStringLiteral("serial8"), QStringLiteral("smallserial"), QStringLiteral("bigserial"),
        QStringLiteral("pg_catalog"), QStringLiteral("."),
    };
    const int startByte = ctx.statementRange().byteStart + location;
    int endByte = startByte;
    int depth = 0;
    bool sawWord = false;
    for (const SqlToken &token : tokens(ctx)) {
        if (token.byteStart < startByte)
            continue;
        const QString text = tokenText(ctx, token).toLower();
        if (depth > 0) {
            if (text == QLatin1String("("))
                ++depth;
            else if (text == QLatin1String(")"))
                --depth;
            endByte = token.byteEnd;
            continue;
        }
        if (text == QLatin1String("(") && sawWord) {
            depth = 1;
            endByte = token.byteEnd;
            continue;
        }
        if (!typeWords.contains(text))
            break;
        // "time" and "zone" only follow "without"; a bare "time" type is not ours.
        sawWord = true;
        endByte = token.byteEnd;
    }
    return ctx.script().source().rangeFromBytes(startByte, std::max(endByte, startByte + 1));
}

int charAt(const StatementContext &ctx, int statementByte)
{
    return ctx.script().source().charOffset(ctx.statementRange().byteStart + statementByte);
}

int statementEnd(const StatementContext &ctx)
{
    return ctx.statement().rangeWithSemicolon.end;
}

QString quoteIdent(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    static const QSet<QString> reserved = {
        QStringLiteral("user"), QStringLiteral("order"), QStringLiteral("group"), QStringLiteral("table"),
        QStringLiteral("select"), QStringLiteral("from"), QStringLiteral("where"), QStringLiteral("default"),
        QStringLiteral("check"), QStringLiteral("column"), QStringLiteral("constraint"), QStringLiteral("primary"),
        QStringLiteral("references"), QStringLiteral("unique"), QStringLiteral("limit"), QStringLiteral("offset"),
        QStringLiteral("to"), QStringLiteral("end"), QStringLiteral("all"), QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("not"), QStringLiteral("null"), QStringLiteral("on"), QStringLiteral("as"), QStringLiteral("desc"),
        QStringLiteral("asc"), QStringLiteral("case"), QStringLiteral("when"), QStringLiteral("then"),
        QStringLiteral("else"), QStringLiteral("index"), QStringLiteral("key"), QStringLiteral("type"),
    };
    if (plain.match(name).hasMatch() && !reserved.contains(name))
        return name;
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString quoteQualified(const QString &dotted)
{
    QStringList parts = dotted.split(QLatin1Char('.'));
    for (QString &part : parts)
        part = quoteIdent(part);
    return parts.join(QLatin1Char('.'));
}

QString notNullConstraintName(const QString &table, const QString &column)
{
    return (table.section(QLatin1Char('.'), -1) + QLatin1Char('_') + column + QStringLiteral("_not_null")).left(63);
}

TextEdit insertAt(int at, const QString &text)
{
    return TextEdit{at, at, text};
}

TextEdit replace(const TextRange &range, const QString &text)
{
    return TextEdit{range.start, range.end, text};
}

} // namespace slipway::rulesupport

#include <QCoreApplication>

namespace slipway::rulesupport {

namespace {
QString trFix(const char *text)
{
    return QCoreApplication::translate("slipway::RuleSupport", text);
}

// Text that appends a statement after this one, with the ';' this one may lack.
QString afterStatement(const StatementContext &ctx, const QString &sql)
{
    const bool hasSemicolon = ctx.statement().rangeWithSemicolon.end > ctx.statementRange().end;
    return (hasSemicolon ? QStringLiteral("\n") : QStringLiteral(";\n")) + sql;
}
} // namespace

std::optional<Fix> notValidFix(const StatementContext &ctx, const QJsonObject &constraint)
{
    const QString name = str(constraint, "conname");
    if (name.isEmpty() || ctx.inTransaction() || ctx.commands().size() != 1)
        return std::nullopt;
    const QString kind = str(constraint, "contype");
    if (kind != QLatin1String("CONSTR_CHECK") && kind != QLatin1String("CONSTR_FOREIGN"))
        return std::nullopt;
    const QString table = quoteQualified(alterTableName(ctx));
    Fix fix;
    fix.title = trFix("Add the constraint NOT VALID, then VALIDATE it separately");
    fix.edits << insertAt(ctx.statementRange().end, QStringLiteral(" NOT VALID"));
    fix.edits << insertAt(statementEnd(ctx),
                          afterStatement(ctx, QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(table, quoteIdent(name))));
    return fix;
}

std::optional<Fix> usingIndexFix(const StatementContext &ctx, const QJsonObject &constraint)
{
    const QString name = str(constraint, "conname");
    const QJsonArray keys = arr(constraint, "keys");
    if (name.isEmpty() || keys.isEmpty() || ctx.inTransaction() || ctx.commands().size() != 1
        || !arr(constraint, "including").isEmpty() || !arr(constraint, "options").isEmpty()
        || constraint.contains(QStringLiteral("indexspace")))
        return std::nullopt;
    QStringList columns;
    for (const QJsonValue &key : keys)
        columns << quoteIdent(unwrap(key, "String").value(QStringLiteral("sval")).toString());
    const bool primary = str(constraint, "contype") == QLatin1String("CONSTR_PRIMARY");
    const QString table = quoteQualified(alterTableName(ctx));
    const QString index = quoteIdent((name + QStringLiteral("_idx")).left(63));
    Fix fix;
    fix.title = trFix("Build the index CONCURRENTLY, then add the constraint USING INDEX");
    fix.edits << replace(ctx.statementRange(),
                         QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (%3);\n"
                                        "ALTER TABLE %2 ADD CONSTRAINT %4 %5 USING INDEX %6")
                             .arg(index, table, columns.join(QStringLiteral(", ")), quoteIdent(name),
                                  primary ? QStringLiteral("PRIMARY KEY") : QStringLiteral("UNIQUE"), index));
    return fix;
}

namespace {
// Parse-tree location of a column qualifier ({"Constraint": {...}}, {"CollateClause": {...}}).
int qualifierLocation(const QJsonValue &value)
{
    const QJsonObject wrapped = value.toObject();
    return wrapped.isEmpty() ? -1 : wrapped.constBegin().value().toObject().value(QStringLiteral("location")).toInt(-1);
}
} // namespace

std::optional<Fix> addColumnForeignKeyFix(const StatementContext &ctx, const QJsonObject &columnDef,
                                          const QJsonObject &constraint)
{
    const QString column = str(columnDef, "colname");
    const int location = constraint.value(QStringLiteral("location")).toInt(-1);
    if (column.isEmpty() || location < 0 || ctx.inTransaction() || ctx.commands().size() != 1)
        return std::nullopt;
    // The foreign key's text runs to the next qualifier of the column, or to the
    // end of the statement. DEFERRABLE / INITIALLY belong to it: keep those cases manual.
    const TextRange statement = ctx.statementRange();
    int endLocation = statement.byteEnd - statement.byteStart;
    bool attributeAfter = false;
    for (const QJsonValue &qualifier : arr(columnDef, "constraints")) {
        const int at = qualifierLocation(qualifier);
        if (at > location && at < endLocation)
            endLocation = at;
        attributeAfter = attributeAfter
                         || (at > location && str(unwrap(qualifier, "Constraint"), "contype").startsWith(QLatin1String("CONSTR_ATTR")));
    }
    const auto references = findWord(ctx, {QStringLiteral("REFERENCES")}, location);
    if (attributeAfter || !references || references->byteStart - statement.byteStart >= endLocation)
        return std::nullopt;
    const QString &script = ctx.script().source().text();
    int cutStart = charAt(ctx, location);
    const int cutEnd = charAt(ctx, endLocation);
    const int referencesStart = charAt(ctx, references->byteStart - statement.byteStart);
    const QString referencesClause = script.mid(referencesStart, cutEnd - referencesStart).trimmed();
    if (cutEnd >= statement.end) {
        while (cutStart > statement.start && script.at(cutStart - 1).isSpace())
            --cutStart;
    }
    const QString table = quoteQualified(alterTableName(ctx));
    QString name = str(constraint, "conname");
    if (name.isEmpty())
        name = (alterTableName(ctx).section(QLatin1Char('.'), -1) + QLatin1Char('_') + column + QStringLiteral("_fkey")).left(63);
    const QString addColumn = script.mid(statement.start, cutStart - statement.start)
                              + script.mid(cutEnd, statement.end - cutEnd);
    Fix fix;
    fix.title = trFix("Add the column, then the foreign key NOT VALID, then VALIDATE it");
    fix.edits << replace(statement,
                         addColumn.trimmed()
                             + QStringLiteral(";\nALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) %4 NOT VALID;\n"
                                              "ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                                   .arg(table, quoteIdent(name), quoteIdent(column), referencesClause));
    return fix;
}

} // namespace slipway::rulesupport
