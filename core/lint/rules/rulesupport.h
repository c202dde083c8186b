#pragma once

#include "lint/finding.h"
#include "sql/sqltoken.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

class StatementContext;

// Small helpers the squawk rules share: parse-tree access, tokens, text edits.
namespace rulesupport {

QString str(const QJsonObject &object, const char *key);
QJsonObject obj(const QJsonObject &object, const char *key);
QJsonArray arr(const QJsonObject &object, const char *key);
// {"Constraint": {...}} -> {...}
QJsonObject unwrap(const QJsonValue &value, const char *type);
// ["a", "b"] of String nodes -> "a.b"
QString dottedName(const QJsonArray &names);

// The ALTER TABLE's table as written ("billing.invoices"); empty for other statements.
QString alterTableName(const StatementContext &ctx);
// True for ALTER TABLE (not ALTER INDEX / VIEW / SEQUENCE ...).
bool isAlterTable(const StatementContext &ctx);

// One place a column gets a type: CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE.
struct ColumnTypeSite {
    QString table;
    QString column;
    QJsonObject typeName; // TypeName node
    QString kind;         // "create", "add", "alter"
    QString builtinType;  // builtinTypeName(typeName), worked out once for all type rules
};
QList<ColumnTypeSite> columnTypeSites(const StatementContext &ctx);
// The type's base name as PostgreSQL resolves it: "int4", "varchar", ... ;
// empty when it is schema-qualified by anything but pg_catalog.
QString builtinTypeName(const QJsonObject &typeName);
bool hasTypmods(const QJsonObject &typeName);
// Range of the type's words and modifiers ("character varying(20)"), without array bounds.
TextRange typeRange(const StatementContext &ctx, const QJsonObject &typeName);

// The statement's tokens (comments skipped), and a token's text.
QList<SqlToken> tokens(const StatementContext &ctx);
QString tokenText(const StatementContext &ctx, const SqlToken &token);
// First token at or after byte `from` of the statement whose text (case-insensitive) is one of `words`.
std::optional<SqlToken> findWord(const StatementContext &ctx, const QStringList &words, int from = 0);
// Character offset in the script of a byte offset in the statement.
int charAt(const StatementContext &ctx, int statementByte);
// End of the statement including its ';' (character offset).
int statementEnd(const StatementContext &ctx);

// Identifier as SQL: quoted unless it is a plain lower-case name.
QString quoteIdent(const QString &name);
// "schema.table" -> "schema"."table" when needed.
QString quoteQualified(const QString &dotted);

// A constraint name not yet in the file, for the NOT VALID / VALIDATE split.
QString notNullConstraintName(const QString &table, const QString &column);

// Edits.
TextEdit insertAt(int at, const QString &text);
TextEdit replace(const TextRange &range, const QString &text);

} // namespace rulesupport
} // namespace slipway

namespace slipway::rulesupport {
// For a single-command ALTER TABLE ... ADD CONSTRAINT name (CHECK or FOREIGN
// KEY) outside a transaction: add NOT VALID and validate in a second statement.
std::optional<Fix> notValidFix(const StatementContext &ctx, const QJsonObject &constraint);
// For a single-command ALTER TABLE ... ADD CONSTRAINT name UNIQUE/PRIMARY KEY (cols)
// outside a transaction: build the index concurrently, then attach it.
std::optional<Fix> usingIndexFix(const StatementContext &ctx, const QJsonObject &constraint);
// For a single-command ALTER TABLE ... ADD COLUMN c type REFERENCES t (k) outside
// a transaction: add the column without the foreign key, add the foreign key
// NOT VALID, then VALIDATE it, as three statements.
std::optional<Fix> addColumnForeignKeyFix(const StatementContext &ctx, const QJsonObject &columnDef,
                                          const QJsonObject &constraint);
} // namespace slipway::rulesupport
