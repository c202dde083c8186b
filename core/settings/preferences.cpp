#include "preferences.h"

#include "monitor/sampler.h"

#include <QSettings>

namespace slipway {

namespace {

// Keys are stable: renaming one loses the user's setting.
namespace key {
const QString lockTimeout = QStringLiteral("execution/lockTimeoutMs");
const QString statementTimeout = QStringLiteral("execution/statementTimeoutMs");
const QString lockRetries = QStringLiteral("execution/lockRetries");
const QString batchTarget = QStringLiteral("backfill/batchTargetMs");
const QString batchPause = QStringLiteral("backfill/pauseMs");
const QString sampling = QStringLiteral("monitor/samplingIntervalMs");
const QString lagThrottle = QStringLiteral("monitor/lagThrottleSeconds");
const QString lagAbort = QStringLiteral("monitor/lagAbortSeconds");
const QString lockWaitThrottle = QStringLiteral("monitor/lockWaitThrottleSeconds");
const QString lockWaitAbort = QStringLiteral("monitor/lockWaitAbortSeconds");
const QString errorThrottle = QStringLiteral("monitor/errorRateThrottlePercent");
const QString errorAbort = QStringLiteral("monitor/errorRateAbortPercent");
const QString errorVolume = QStringLiteral("monitor/errorRateMinTransactions");
const QString fontFamily = QStringLiteral("editor/fontFamily");
const QString fontSize = QStringLiteral("editor/fontSize");
const QString theme = QStringLiteral("editor/theme");
const QString language = QStringLiteral("general/language");
} // namespace key

int intValue(const QSettings &settings, const QString &name, int fallback, int minimum)
{
    bool ok = false;
    const int value = settings.value(name, fallback).toInt(&ok);
    return ok && value >= minimum ? value : fallback;
}

double doubleValue(const QSettings &settings, const QString &name, double fallback)
{
    bool ok = false;
    const double value = settings.value(name, fallback).toDouble(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

Preferences Preferences::load(QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    p.lockTimeoutMs = intValue(settings, key::lockTimeout, defaults.lockTimeoutMs, 0);
    p.statementTimeoutMs = intValue(settings, key::statementTimeout, defaults.statementTimeoutMs, 0);
    p.lockRetries = intValue(settings, key::lockRetries, defaults.lockRetries, 0);
    p.backfillBatchTargetMs = intValue(settings, key::batchTarget, defaults.backfillBatchTargetMs, 1);
    p.backfillPauseMs = intValue(settings, key::batchPause, defaults.backfillPauseMs, 0);
    p.samplingIntervalMs =
        intValue(settings, key::sampling, defaults.samplingIntervalMs, Sampler::kMinimumIntervalMs);
    p.thresholds.lagThrottleSeconds = doubleValue(settings, key::lagThrottle, defaults.thresholds.lagThrottleSeconds);
    p.thresholds.lagAbortSeconds = doubleValue(settings, key::lagAbort, defaults.thresholds.lagAbortSeconds);
    p.thresholds.lockWaitThrottleSeconds =
        doubleValue(settings, key::lockWaitThrottle, defaults.thresholds.lockWaitThrottleSeconds);
    p.thresholds.lockWaitAbortSeconds =
        doubleValue(settings, key::lockWaitAbort, defaults.thresholds.lockWaitAbortSeconds);
    p.thresholds.errorRateThrottlePercent =
        doubleValue(settings, key::errorThrottle, defaults.thresholds.errorRateThrottlePercent);
    p.thresholds.errorRateAbortPercent =
        doubleValue(settings, key::errorAbort, defaults.thresholds.errorRateAbortPercent);
    p.thresholds.errorRateMinTransactions =
        intValue(settings, key::errorVolume, defaults.thresholds.errorRateMinTransactions, 1);
    if (!p.validate().isEmpty()) // hand-edited into nonsense: the defaults are safer
        p.thresholds = defaults.thresholds;
    p.editorFontFamily = settings.value(key::fontFamily).toString();
    p.editorFontSize = intValue(settings, key::fontSize, 0, 0);
    p.editorTheme = themeFromName(settings.value(key::theme).toString());
    p.language = settings.value(key::language).toString();
    return p;
}

Preferences Preferences::load()
{
    QSettings settings;
    return load(settings);
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(key::lockTimeout, lockTimeoutMs);
    settings.setValue(key::statementTimeout, statementTimeoutMs);
    settings.setValue(key::lockRetries, lockRetries);
    settings.setValue(key::batchTarget, backfillBatchTargetMs);
    settings.setValue(key::batchPause, backfillPauseMs);
    settings.setValue(key::sampling, samplingIntervalMs);
    settings.setValue(key::lagThrottle, thresholds.lagThrottleSeconds);
    settings.setValue(key::lagAbort, thresholds.lagAbortSeconds);
    settings.setValue(key::lockWaitThrottle, thresholds.lockWaitThrottleSeconds);
    settings.setValue(key::lockWaitAbort, thresholds.lockWaitAbortSeconds);
    settings.setValue(key::errorThrottle, thresholds.errorRateThrottlePercent);
    settings.setValue(key::errorAbort, thresholds.errorRateAbortPercent);
    settings.setValue(key::errorVolume, thresholds.errorRateMinTransactions);
    settings.setValue(key::fontFamily, editorFontFamily);
    settings.setValue(key::fontSize, editorFontSize);
    settings.setValue(key::theme, themeName(editorTheme));
    settings.setValue(key::language, language);
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

QString Preferences::validate() const
{
    if (thresholds.lagThrottleSeconds >= thresholds.lagAbortSeconds)
        return tr("The replication lag throttle threshold (%1 s) must be below its abort threshold (%2 s).")
            .arg(thresholds.lagThrottleSeconds)
            .arg(thresholds.lagAbortSeconds);
    if (thresholds.lockWaitThrottleSeconds >= thresholds.lockWaitAbortSeconds)
        return tr("The lock wait throttle threshold (%1 s) must be below its abort threshold (%2 s).")
            .arg(thresholds.lockWaitThrottleSeconds)
            .arg(thresholds.lockWaitAbortSeconds);
    if (thresholds.errorRateThrottlePercent >= thresholds.errorRateAbortPercent)
        return tr("The error rate throttle threshold (%1 %) must be below its abort threshold (%2 %).")
            .arg(thresholds.errorRateThrottlePercent)
            .arg(thresholds.errorRateAbortPercent);
    if (thresholds.errorRateAbortPercent > 100)
        return tr("The error rate abort threshold (%1 %) cannot be above 100 %.").arg(thresholds.errorRateAbortPercent);
    if (thresholds.errorRateMinTransactions < 1)
        return tr("The error rate needs a minimum of at least one transaction.");
    if (samplingIntervalMs < Sampler::kMinimumIntervalMs)
        return tr("The sampling interval must be at least %1 ms.").arg(Sampler::kMinimumIntervalMs);
    if (statementTimeoutMs > 0 && lockTimeoutMs > statementTimeoutMs)
        return tr("The lock timeout (%1 ms) must not exceed the statement timeout (%2 ms).")
            .arg(lockTimeoutMs)
            .arg(statementTimeoutMs);
    return {};
}

QString Preferences::themeName(EditorTheme theme)
{
    switch (theme) {
    case EditorTheme::Light: return QStringLiteral("light");
    case EditorTheme::Dark: return QStringLiteral("dark");
    case EditorTheme::System: break;
    }
    return QStringLiteral("system");
}

Preferences::EditorTheme Preferences::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return EditorTheme::Light;
    if (name == QLatin1String("dark"))
        return EditorTheme::Dark;
    return EditorTheme::System;
}

} // namespace slipway
