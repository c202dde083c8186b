#include "lockmode.h"

#include <QCoreApplication>

namespace slipway {

QString lockModeName(LockMode mode)
{
    switch (mode) {
    case LockMode::None: return QCoreApplication::translate("slipway::LockMode", "no lock");
    case LockMode::AccessShare: return QStringLiteral("ACCESS SHARE");
    case LockMode::RowShare: return QStringLiteral("ROW SHARE");
    case LockMode::RowExclusive: return QStringLiteral("ROW EXCLUSIVE");
    case LockMode::ShareUpdateExclusive: return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockMode::Share: return QStringLiteral("SHARE");
    case LockMode::ShareRowExclusive: return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockMode::Exclusive: return QStringLiteral("EXCLUSIVE");
    case LockMode::AccessExclusive: return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

bool locksConflict(LockMode a, LockMode b)
{
    // The conflict table of the PostgreSQL documentation, "Explicit Locking".
    static constexpr bool table[9][9] = {
        //        -  AS RS RE SUE S  SRE E  AE
        /* -   */ {0, 0, 0, 0, 0, 0, 0, 0, 0},
        /* AS  */ {0, 0, 0, 0, 0, 0, 0, 0, 1},
        /* RS  */ {0, 0, 0, 0, 0, 0, 0, 1, 1},
        /* RE  */ {0, 0, 0, 0, 0, 1, 1, 1, 1},
        /* SUE */ {0, 0, 0, 0, 1, 1, 1, 1, 1},
        /* S   */ {0, 0, 0, 1, 1, 0, 1, 1, 1},
        /* SRE */ {0, 0, 0, 1, 1, 1, 1, 1, 1},
        /* E   */ {0, 0, 1, 1, 1, 1, 1, 1, 1},
        /* AE  */ {0, 1, 1, 1, 1, 1, 1, 1, 1},
    };
    return table[int(a)][int(b)];
}

} // namespace slipway
