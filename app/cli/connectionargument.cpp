#include "connectionargument.h"

#include "db/dberror.h"

#include <QTextStream>

namespace slipway::cli {

ConnectionArguments::ConnectionArguments()
{
    QString error;
    if (!m_store.load(&error))
        QTextStream(stderr) << error << Qt::endl;
}

std::optional<ResolvedConnection> ConnectionArguments::resolve(const QString &text) const
{
    DbError error;
    const auto profile = m_store.resolve(text, &error);
    const QString conninfo = profile ? profile->conninfo(QString(), &error) : QString();
    if (!profile || error.isError()) {
        QTextStream(stderr) << (error.isError() ? error.toText() : tr("Unknown connection \"%1\".").arg(text))
                            << Qt::endl;
        return std::nullopt;
    }
    return ResolvedConnection{*profile, conninfo};
}

} // namespace slipway::cli
