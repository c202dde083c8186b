#include "lockstyle.h"

#include "severitystyle.h"

namespace slipway {

QString LockStyle::abbreviation(LockMode mode)
{
    switch (mode) {
    case LockMode::None: return {};
    case LockMode::AccessShare: return QStringLiteral("AS");
    case LockMode::RowShare: return QStringLiteral("RS");
    case LockMode::RowExclusive: return QStringLiteral("RE");
    case LockMode::ShareUpdateExclusive: return QStringLiteral("SUE");
    case LockMode::Share: return QStringLiteral("S");
    case LockMode::ShareRowExclusive: return QStringLiteral("SRE");
    case LockMode::Exclusive: return QStringLiteral("E");
    case LockMode::AccessExclusive: return QStringLiteral("AE");
    }
    return {};
}

QColor LockStyle::color(LockMode mode, const QPalette &palette)
{
    const bool dark = SeverityStyle::isDark(palette);
    if (lockBlocksReads(mode))
        return dark ? QColor(0xe5, 0x4b, 0x4b) : QColor(0xc6, 0x28, 0x28);
    if (lockBlocksWrites(mode))
        return dark ? QColor(0xf0, 0x93, 0x2b) : QColor(0xe0, 0x6c, 0x00);
    return dark ? QColor(0x4c, 0xaf, 0x50) : QColor(0x2e, 0x7d, 0x32);
}

QString LockStyle::effectWord(LockImpact::Effect effect)
{
    switch (effect) {
    case LockImpact::Effect::None:
    case LockImpact::Effect::Reads: return {};
    case LockImpact::Effect::MetadataOnly: return tr("instant", "metadata-only change");
    case LockImpact::Effect::Scan: return tr("scan");
    case LockImpact::Effect::IndexBuild: return tr("index");
    case LockImpact::Effect::Rewrite: return tr("rewrite");
    case LockImpact::Effect::RowChanges: return tr("rows");
    }
    return {};
}

QString LockStyle::blocksText(LockMode mode)
{
    if (lockBlocksReads(mode))
        return tr("blocks reads and writes");
    if (lockBlocksWrites(mode))
        return tr("blocks writes, reads go on");
    return tr("blocks neither reads nor writes");
}

} // namespace slipway
