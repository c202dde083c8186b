#pragma once

// Reading pg_catalog rows: fields as Qt values, array parameters, the keys
// comments and grants are looked up by, and the catalogs' one-letter codes.
// Private to core/catalog.

#include "schemamodel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <pqxx/pqxx>

#include <cstdlib>
#include <string>

namespace slipway::catalog::detail {

using Oid = quint32;

// --- reading fields ---------------------------------------------------------

inline QString text(const pqxx::field &field)
{
    if (field.is_null()) return {};
    return QString::fromUtf8(field.c_str(), qsizetype(field.size()));
}

inline bool flag(const pqxx::field &field)
{
    return !field.is_null() && field.c_str()[0] == 't';
}

inline char letter(const pqxx::field &field)
{
    return field.is_null() ? '\0' : field.c_str()[0];
}

inline Oid oidOf(const pqxx::field &field)
{
    return field.is_null() ? 0 : Oid(std::strtoul(field.c_str(), nullptr, 10));
}

inline qint64 number(const pqxx::field &field, qint64 null = 0)
{
    return field.is_null() ? null : qint64(std::strtoll(field.c_str(), nullptr, 10));
}

// A one-dimensional text[] (NULL and NULL elements are left out).
inline QStringList textArray(const pqxx::field &field)
{
    QStringList values;
    if (field.is_null()) return values;
    pqxx::array_parser parser = field.as_array();
    for (auto item = parser.get_next(); item.first != pqxx::array_parser::done;
         item = parser.get_next()) {
        if (item.first == pqxx::array_parser::string_value)
            values << QString::fromStdString(item.second);
    }
    return values;
}

// An int2[] ("{1,2}") or int2vector ("1 2") as numbers.
inline QList<int> numberArray(const pqxx::field &field)
{
    QList<int> numbers;
    if (field.is_null()) return numbers;
    const char *c = field.c_str();
    while (*c) {
        if ((*c >= '0' && *c <= '9') || *c == '-') {
            char *end = nullptr;
            numbers << int(std::strtol(c, &end, 10));
            c = end;
        } else {
            ++c;
        }
    }
    return numbers;
}

// --- building parameters ----------------------------------------------------

// A text[] literal, passed as a parameter (never spliced into SQL).
inline std::string textArrayLiteral(const QStringList &values)
{
    std::string literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i) literal += ',';
        literal += '"';
        for (const char c : values.at(i).toStdString()) {
            if (c == '"' || c == '\\') literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    return literal + '}';
}

inline std::string oidArrayLiteral(const QList<Oid> &oids)
{
    std::string literal = "{";
    for (qsizetype i = 0; i < oids.size(); ++i) {
        if (i) literal += ',';
        literal += std::to_string(oids.at(i));
    }
    return literal + '}';
}

// --- keys of comments and grants --------------------------------------------

// (catalog letter, object oid, sub-id such as a column number) in one integer.
inline quint64 objectKey(char catalog, Oid oid, int subId = 0)
{
    return (quint64(oid) << 24) | (quint64(quint8(catalog)) << 16) | quint64(quint16(subId));
}

// --- decoding catalog codes -------------------------------------------------

inline ForeignKeyAction foreignKeyAction(char code)
{
    switch (code) {
    case 'r': return ForeignKeyAction::Restrict;
    case 'c': return ForeignKeyAction::Cascade;
    case 'n': return ForeignKeyAction::SetNull;
    case 'd': return ForeignKeyAction::SetDefault;
    default: return ForeignKeyAction::NoAction;
    }
}

inline ForeignKeyMatch foreignKeyMatch(char code)
{
    switch (code) {
    case 'f': return ForeignKeyMatch::Full;
    case 'p': return ForeignKeyMatch::Partial;
    default: return ForeignKeyMatch::Simple;
    }
}

inline Constraint::Kind constraintKind(char code)
{
    switch (code) {
    case 'p': return Constraint::Kind::PrimaryKey;
    case 'u': return Constraint::Kind::Unique;
    case 'f': return Constraint::Kind::ForeignKey;
    case 'x': return Constraint::Kind::Exclusion;
    case 't': return Constraint::Kind::Trigger;
    default: return Constraint::Kind::Check;
    }
}

inline Trigger::Enabled triggerEnabled(char code)
{
    switch (code) {
    case 'A': return Trigger::Enabled::Always;
    case 'R': return Trigger::Enabled::Replica;
    case 'D': return Trigger::Enabled::Disabled;
    default: return Trigger::Enabled::Origin;
    }
}

inline QString policyCommand(char code)
{
    switch (code) {
    case 'r': return QStringLiteral("SELECT");
    case 'a': return QStringLiteral("INSERT");
    case 'w': return QStringLiteral("UPDATE");
    case 'd': return QStringLiteral("DELETE");
    default: return QStringLiteral("ALL");
    }
}

inline Function::Kind functionKind(char code)
{
    switch (code) {
    case 'p': return Function::Kind::Procedure;
    case 'a': return Function::Kind::Aggregate;
    case 'w': return Function::Kind::Window;
    default: return Function::Kind::Function;
    }
}

inline QString volatility(char code)
{
    switch (code) {
    case 'i': return QStringLiteral("IMMUTABLE");
    case 's': return QStringLiteral("STABLE");
    default: return QStringLiteral("VOLATILE");
    }
}

inline Column::Identity identity(char code)
{
    switch (code) {
    case 'a': return Column::Identity::Always;
    case 'd': return Column::Identity::ByDefault;
    default: return Column::Identity::None;
    }
}

} // namespace slipway::catalog::detail
