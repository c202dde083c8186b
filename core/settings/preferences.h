#pragma once

#include "monitor/abortpolicy.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace slipway {

// The user's defaults, kept with QSettings (never a secret in there): how
// migrations and backfills run, what the monitor samples and when it throttles
// or aborts, how the editor looks, which language the app speaks.
struct Preferences {
    Q_DECLARE_TR_FUNCTIONS(Preferences)

public:
    enum class EditorTheme { System, Light, Dark };

    // Execution
    int lockTimeoutMs = 3000;      // SET lock_timeout before each statement
    int statementTimeoutMs = 0;    // 0: none
    int lockRetries = 5;           // tries after a lock timeout
    // Backfill
    int backfillBatchTargetMs = 200; // batch size adapts to keep each batch near this
    int backfillPauseMs = 50;        // between batches
    // Monitor
    int samplingIntervalMs = 1000;
    AbortThresholds thresholds;
    // Editor
    QString editorFontFamily; // empty: the system's fixed-width font
    int editorFontSize = 0;   // points; 0: the system's
    EditorTheme editorTheme = EditorTheme::System;
    // Language: empty for the system's, else "en", "de", "fr".
    QString language;

    static Preferences load(QSettings &settings);
    // Read from the application's QSettings.
    static Preferences load();
    void save(QSettings &settings) const;
    void save() const;

    // Why these preferences cannot be used (a throttle threshold above its
    // abort threshold, an interval below the sampler's minimum), or empty.
    QString validate() const;

    static QString themeName(EditorTheme theme); // "system", "light", "dark" (stable, for files)
    static EditorTheme themeFromName(const QString &name);

    bool operator==(const Preferences &) const = default;
};

} // namespace slipway
