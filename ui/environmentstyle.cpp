#include "environmentstyle.h"

#include <QCoreApplication>

namespace slipway {

EnvironmentStyle EnvironmentStyle::forEnvironment(Environment environment)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("slipway::EnvironmentStyle", text);
    };
    switch (environment) {
    case Environment::Production:
        return {QColor(0xb7, 0x1c, 0x1c), QColor(Qt::white), tr("PRODUCTION")};
    case Environment::Staging:
        return {QColor(0xf5, 0xa6, 0x23), QColor(0x20, 0x20, 0x20), tr("STAGING")};
    case Environment::Development:
        break;
    }
    return {QColor(0x2e, 0x7d, 0x32), QColor(Qt::white), tr("DEVELOPMENT")};
}

} // namespace slipway
