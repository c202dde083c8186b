#include "sqlnames.h"

#include "sql/sqlscanner.h"
#include "sql/sqlscript.h"

#include <QHash>
#include <QMutex>

namespace slipway::diff {

namespace {

bool isPlain(const QString &name)
{
    if (name.isEmpty()) return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || c == u'_';
        const bool other = (c >= u'0' && c <= u'9') || c == u'$';
        if (!letter && (i == 0 || !other)) return false;
    }
    return true;
}

// Is a plain name one of PostgreSQL's keywords? Asks the server's own lexer.
bool isKeyword(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, bool> cache;
    QMutexLocker lock(&mutex);
    const auto found = cache.constFind(name);
    if (found != cache.constEnd()) return *found;
    const SqlScanner::Result scanned = SqlScanner::scan(name.toUtf8());
    bool keyword = scanned.tokens.size() != 1 ||
                   scanned.tokens.first().kind != SqlToken::Kind::Identifier;
    if (keyword && scanned.tokens.size() == 1 &&
        scanned.tokens.first().kind == SqlToken::Kind::Keyword) {
        // Unreserved keywords need no quotes (as quote_ident() does it): the
        // only names that are both a column name and a function name.
        keyword = SqlScript::parseStatement(QStringLiteral("SELECT %1()").arg(name)).error ||
                  SqlScript::parseStatement(QStringLiteral("CREATE TABLE %1 ()").arg(name)).error;
    }
    cache.insert(name, keyword);
    return keyword;
}

} // namespace

QString SqlNames::ident(const QString &name)
{
    if (isPlain(name) && !isKeyword(name)) return name;
    QString quoted = name;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString SqlNames::qualified(const QString &schema, const QString &name)
{
    if (schema.isEmpty()) return ident(name);
    return ident(schema) + u'.' + ident(name);
}

QString SqlNames::literal(const QString &value)
{
    if (value.isNull()) return QStringLiteral("NULL");
    QString quoted = value;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

QString SqlNames::identList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << ident(name);
    return quoted.join(QLatin1String(", "));
}

} // namespace slipway::diff
