#pragma once

#include "db/connectionprofile.h"

#include <QCoreApplication>
#include <QString>

namespace slipway::run {

// Running on a production-tagged connection asks the person to type the
// database's name. Pure functions; the GUI and the CLI (--yes-production)
// both use them.
class ProductionGuard {
    Q_DECLARE_TR_FUNCTIONS(ProductionGuard)

public:
    static bool confirmationRequired(const ConnectionProfile &profile);
    // True when typed is exactly databaseName (surrounding spaces ignored).
    static bool confirmed(const QString &typed, const QString &databaseName);
    // "This is production database \"shop\". Type its name to run." for prompts.
    static QString prompt(const QString &databaseName);
};

} // namespace slipway::run
