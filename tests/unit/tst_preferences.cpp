// Preferences round-trip through QSettings, fall back to safe defaults on
// hand-edited nonsense, and say what is wrong with contradicting values.
#include "settings/preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;

class TestPreferences : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void defaultsFollowTheFieldGuides()
    {
        const Preferences p;
        QCOMPARE(p.lockTimeoutMs, 3000);
        QCOMPARE(p.thresholds.lagAbortSeconds, 30.0);
        QCOMPARE(p.thresholds.lockWaitAbortSeconds, 60.0);
        QVERIFY(p.validate().isEmpty());
        QSettings empty(file("empty.ini"), QSettings::IniFormat);
        QVERIFY(Preferences::load(empty) == p);
    }

    void roundTrip()
    {
        Preferences p;
        p.lockTimeoutMs = 1500;
        p.statementTimeoutMs = 60000;
        p.lockRetries = 8;
        p.backfillBatchTargetMs = 500;
        p.backfillPauseMs = 0;
        p.samplingIntervalMs = 250;
        p.thresholds.lagThrottleSeconds = 4;
        p.thresholds.lagAbortSeconds = 12.5;
        p.thresholds.lockWaitThrottleSeconds = 2;
        p.thresholds.lockWaitAbortSeconds = 9;
        p.editorFontFamily = QStringLiteral("DejaVu Sans Mono");
        p.editorFontSize = 13;
        p.editorTheme = Preferences::EditorTheme::Dark;
        p.language = QStringLiteral("de");
        {
            QSettings settings(file("round.ini"), QSettings::IniFormat);
            p.save(settings);
        }
        QSettings settings(file("round.ini"), QSettings::IniFormat);
        const Preferences back = Preferences::load(settings);
        QVERIFY(back == p);
        QCOMPARE(back.thresholds.lagAbortSeconds, 12.5);
        QCOMPARE(back.editorTheme, Preferences::EditorTheme::Dark);
    }

    void nonsenseFallsBackToDefaults()
    {
        {
            QSettings settings(file("bad.ini"), QSettings::IniFormat);
            settings.setValue(QStringLiteral("execution/lockTimeoutMs"), QStringLiteral("soon"));
            settings.setValue(QStringLiteral("monitor/samplingIntervalMs"), 10); // below the sampler's minimum
            settings.setValue(QStringLiteral("monitor/lagThrottleSeconds"), 50); // above the abort threshold
            settings.setValue(QStringLiteral("editor/theme"), QStringLiteral("purple"));
        }
        QSettings settings(file("bad.ini"), QSettings::IniFormat);
        const Preferences p = Preferences::load(settings);
        const Preferences defaults;
        QCOMPARE(p.lockTimeoutMs, defaults.lockTimeoutMs);
        QCOMPARE(p.samplingIntervalMs, defaults.samplingIntervalMs);
        QVERIFY(p.thresholds == defaults.thresholds);
        QCOMPARE(p.editorTheme, Preferences::EditorTheme::System);
    }

    void validateNamesTheProblem()
    {
        Preferences p;
        p.thresholds.lagThrottleSeconds = 40;
        QVERIFY(p.validate().contains(QStringLiteral("replication lag")));
        p = Preferences();
        p.thresholds.lockWaitThrottleSeconds = p.thresholds.lockWaitAbortSeconds;
        QVERIFY(p.validate().contains(QStringLiteral("lock wait")));
        p = Preferences();
        p.statementTimeoutMs = 1000;
        p.lockTimeoutMs = 2000;
        QVERIFY(p.validate().contains(QStringLiteral("statement timeout")));
        p.statementTimeoutMs = 0; // no statement timeout: any lock timeout is fine
        QVERIFY(p.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
