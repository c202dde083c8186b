// The Preferences dialog edits every preference, refuses contradictions with
// the reason shown, restores defaults; the window applies what it returns to
// the editors and the monitor. The shortcuts dialog lists the menus' shortcuts.
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "editor/sqleditor.h"
#include "mainwindow.h"
#include "monitor/monitorcontroller.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace slipway;

class TestPreferencesDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.profilesPath = m_dir.filePath(QStringLiteral("connections.json"));
        o.useLocalStore = false;
        o.persistLayout = false;
        return o;
    }

    template<typename T>
    static T *field(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

private slots:
    void editsEveryPreference()
    {
        PreferencesDialog dialog{Preferences()};
        field<QSpinBox>(&dialog, "lockTimeout")->setValue(1200);
        field<QSpinBox>(&dialog, "statementTimeout")->setValue(90000);
        field<QSpinBox>(&dialog, "lockRetries")->setValue(2);
        field<QSpinBox>(&dialog, "batchTarget")->setValue(400);
        field<QSpinBox>(&dialog, "batchPause")->setValue(100);
        field<QSpinBox>(&dialog, "samplingInterval")->setValue(500);
        field<QDoubleSpinBox>(&dialog, "lagThrottle")->setValue(5);
        field<QDoubleSpinBox>(&dialog, "lagAbort")->setValue(20);
        field<QComboBox>(&dialog, "editorTheme")->setCurrentIndex(2);
        field<QComboBox>(&dialog, "language")->setCurrentIndex(3);
        field<QComboBox>(&dialog, "fontChoice")->setCurrentIndex(1);
        field<QSpinBox>(&dialog, "editorFontSize")->setValue(15);

        const Preferences p = dialog.preferences();
        QCOMPARE(p.lockTimeoutMs, 1200);
        QCOMPARE(p.statementTimeoutMs, 90000);
        QCOMPARE(p.lockRetries, 2);
        QCOMPARE(p.backfillBatchTargetMs, 400);
        QCOMPARE(p.backfillPauseMs, 100);
        QCOMPARE(p.samplingIntervalMs, 500);
        QCOMPARE(p.thresholds.lagThrottleSeconds, 5.0);
        QCOMPARE(p.thresholds.lagAbortSeconds, 20.0);
        QCOMPARE(p.editorTheme, Preferences::EditorTheme::Dark);
        QCOMPARE(p.language, QStringLiteral("fr"));
        QVERIFY(!p.editorFontFamily.isEmpty());
        QCOMPARE(p.editorFontSize, 15);

        // Every field can be found by assistive technology.
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QSpinBox *>(w) || qobject_cast<QDoubleSpinBox *>(w) || qobject_cast<QComboBox *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void refusesContradictionsWithTheReason()
    {
        PreferencesDialog dialog{Preferences()};
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        field<QDoubleSpinBox>(&dialog, "lockWaitThrottle")->setValue(90); // above the 60 s abort
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("lock wait")));

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.preferences() == Preferences());
    }

    void windowAppliesPreferences()
    {
        MainWindow window(options());
        EditorTab *tab = window.editors()->newFile();
        Preferences p;
        p.editorTheme = Preferences::EditorTheme::Dark;
        p.editorFontSize = 17;
        window.setPreferences(p);
        QCOMPARE(tab->editor()->font().pointSize(), 17);
        QVERIFY(tab->editor()->palette().color(QPalette::Base).lightness() < 60);
        // Editors opened later get it too.
        EditorTab *later = window.editors()->newFile();
        QCOMPARE(later->editor()->font().pointSize(), 17);

        auto *monitor = window.findChild<MonitorController *>();
        QVERIFY(monitor);
        p.thresholds.lagAbortSeconds = 45;
        window.setPreferences(p);
        QCOMPARE(monitor->monitor()->policy()->thresholds().lagAbortSeconds, 45.0);
        QCOMPARE(window.preferences().thresholds.lagAbortSeconds, 45.0);
    }

    void shortcutsDialogListsTheMenus()
    {
        MainWindow window(options());
        ShortcutsDialog dialog(window.menuBar());
        QTreeWidget *tree = dialog.tree();
        QStringList shortcuts;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                shortcuts << tree->topLevelItem(g)->child(i)->text(1);
        QVERIFY(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
        QVERIFY(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)));
        QVERIFY(shortcuts.size() >= 15);

        dialog.setFilter(QStringLiteral("disconnect"));
        int visible = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                visible += !tree->topLevelItem(g)->child(i)->isHidden();
        QCOMPARE(visible, 1);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
