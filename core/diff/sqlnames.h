#pragma once

#include <QString>
#include <QStringList>

namespace slipway::diff {

// Quoting for SQL the planner writes without a connection. Identifiers are
// quoted the way PostgreSQL's quote_ident() does: left bare only when they are
// lower-case plain names that are not keywords; literals are standard
// ('' doubled; the server runs with standard_conforming_strings).
class SqlNames {
public:
    static QString ident(const QString &name);
    static QString qualified(const QString &schema, const QString &name);
    static QString literal(const QString &value); // 'it''s'; NULL for a null QString
    static QString identList(const QStringList &names); // a, "B", c

    // For display (same rules as ident()).
    static QString displayName(const QString &name) { return ident(name); }
    static QString displayName(const QString &schema, const QString &name)
    {
        return qualified(schema, name);
    }
};

} // namespace slipway::diff
