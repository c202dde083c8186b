#include "productionguard.h"

namespace slipway::run {

bool ProductionGuard::confirmationRequired(const ConnectionProfile &profile)
{
    return profile.environment == Environment::Production;
}

bool ProductionGuard::confirmed(const QString &typed, const QString &databaseName)
{
    return !databaseName.isEmpty() && typed.trimmed() == databaseName;
}

QString ProductionGuard::prompt(const QString &databaseName)
{
    return tr("This is the production database \"%1\". Type its name to run.").arg(databaseName);
}

} // namespace slipway::run
