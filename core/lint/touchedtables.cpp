#include "touchedtables.h"

#include "sql/sqlscript.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace slipway {

namespace {

class Collector {
public:
    void add(const QString &name)
    {
        if (!name.isEmpty() && !m_seen.contains(name)) {
            m_seen.insert(name);
            m_names << name;
        }
    }

    void walk(const QJsonValue &value)
    {
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                walk(v);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("relname"))) { // a RangeVar, wrapped or inline
            const QString schema = object.value(QStringLiteral("schemaname")).toString();
            const QString name = object.value(QStringLiteral("relname")).toString();
            add(schema.isEmpty() ? name : schema + QLatin1Char('.') + name);
        }
        const QJsonObject drop = object.value(QStringLiteral("DropStmt")).toObject();
        if (drop.value(QStringLiteral("removeType")).toString() == QLatin1String("OBJECT_TABLE")) {
            for (const QJsonValue &v : drop.value(QStringLiteral("objects")).toArray()) {
                QStringList parts;
                for (const QJsonValue &p : v.toObject().value(QStringLiteral("List")).toObject().value(QStringLiteral("items")).toArray())
                    parts << p.toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
                add(parts.join(QLatin1Char('.')));
            }
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isObject() || it.value().isArray())
                walk(it.value());
        }
    }

    QStringList names() const { return m_names; }

private:
    QStringList m_names;
    QSet<QString> m_seen;
};

} // namespace

QStringList touchedTables(const SqlScript &script)
{
    Collector collector;
    for (const SqlStatement &statement : script.statements())
        collector.walk(statement.tree);
    return collector.names();
}

} // namespace slipway
