#pragma once

#include "lint/finding.h"
#include "lint/lintoptions.h"
#include "scriptanalysis.h"

#include <QCoreApplication>
#include <QKeySequence>

#include <functional>
#include <optional>

namespace slipway {

// The rich-text tooltips of the editor: a finding (message, why it is
// dangerous, the safe pattern, the quick fix) and a statement's lock (mode,
// what it blocks, the effect, each relation with its live size when known).
class EditorToolTips {
    Q_DECLARE_TR_FUNCTIONS(EditorToolTips)

public:
    using StatsLookup = std::function<std::optional<TableStats>(const QString &table)>;

    static QString finding(const Finding &finding, const QKeySequence &quickFixShortcut = {});
    static QString findings(const QList<Finding> &findings, const QKeySequence &quickFixShortcut = {});
    // stats may be empty (not connected).
    static QString lock(const StatementLock &lock, const StatsLookup &stats, bool connected);
    // One line for the end of the statement's first line: "ACCESS EXCLUSIVE on orders · table rewrite · about 1.0M rows".
    static QString lockAnnotation(const StatementLock &lock, const StatsLookup &stats);
};

} // namespace slipway
