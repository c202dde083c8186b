// Accessibility audit: every control a user can reach has an accessible name
// (own, from its text, or from a buddy label), the menus can be walked by
// keyboard (every entry has a mnemonic, unique within its menu), and the main
// views and dialogs pass with their tabs open.
#include "connectiondialog.h"
#include "db/connectionprofile.h"
#include "editor/editorworkspace.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace slipway;

namespace {

bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    // Parts of a composite control are named through the control.
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return false;
    if (QByteArray(w->metaObject()->className()).startsWith("QDockWidgetTitleButton")
        || QByteArray(w->metaObject()->className()) == "QToolBarExtension"
        || QByteArray(w->metaObject()->className()) == "QLineEditIconButton")
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QSlider *>(w);
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p; p = p->parentWidget())
        chain.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    return chain.join(QLatin1String(" > "));
}

// The controls under `top` (shown ones only) that a screen reader could not name.
QStringList unnamedControls(QWidget *top)
{
    QStringList unnamed;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || !isControl(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

// The controls under `top` that keyboard users cannot reach with Tab.
QStringList unreachableControls(QWidget *top)
{
    QStringList unreachable;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || !w->isEnabled() || !isControl(w))
            continue;
        if (w->focusPolicy() & Qt::TabFocus)
            continue;
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (button && (!button->shortcut().isEmpty() || button->text().contains(QLatin1Char('&'))))
            continue; // reached by its shortcut or mnemonic
        if (qobject_cast<QToolButton *>(w) && qobject_cast<QToolBar *>(w->parentWidget()))
            continue; // tool bar buttons repeat menu entries
        if (button && qobject_cast<QTabBar *>(w->parentWidget()))
            continue; // a tab's close button: Close Tab (Ctrl+W)
        unreachable << describe(w);
    }
    return unreachable;
}

QStringList menuProblems(const QMenu *menu, const QString &path)
{
    QStringList problems;
    QSet<QChar> mnemonics;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        const QString where = path + QLatin1String(" > ") + QString(text).remove(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size()) {
            problems << where + QLatin1String(": no mnemonic");
        } else {
            const QChar key = text.at(amp + 1).toLower();
            if (mnemonics.contains(key))
                problems << where + QLatin1String(": mnemonic '") + key + QLatin1String("' used twice");
            mnemonics.insert(key);
        }
        if (action->menu())
            problems << menuProblems(action->menu(), where);
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject {
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

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("slipway-tst-accessibility"));
    }

    void everyControlOfTheMainViewsHasAName()
    {
        MainWindow window(options());
        window.resize(1400, 900);
        window.show();
        QStringList unnamed;
        QStringList unreachable;
        auto audit = [&] {
            unnamed << unnamedControls(&window);
            unreachable << unreachableControls(&window);
        };
        audit(); // Start page, docks, tool bar
        window.editors()->newFile();
        audit();
        window.showHistory(m_dir.path());
        audit();
        window.showRun(m_dir.path());
        audit();
        window.showDiff();
        audit();
        window.showMonitor();
        audit();
        unnamed.removeDuplicates();
        unreachable.removeDuplicates();
        QVERIFY2(unreachable.isEmpty(), qPrintable(QLatin1String("\n") + unreachable.join(QLatin1Char('\n'))));
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void everyControlOfTheDialogsHasAName()
    {
        QStringList unnamed;
        ConnectionDialog connection(ConnectionProfile{}, true);
        connection.show();
        unnamed << unnamedControls(&connection);
        PreferencesDialog preferences(Preferences{});
        preferences.show();
        unnamed << unnamedControls(&preferences);
        MainWindow window(options());
        ShortcutsDialog shortcuts(window.menuBar());
        shortcuts.show();
        unnamed << unnamedControls(&shortcuts);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void tabsAreSwitchedByKeyboard()
    {
        MainWindow window(options());
        window.show();
        window.editors()->newFile();
        window.showDiff();
        const int last = window.tabs()->currentIndex();
        QVERIFY(last > 0);
        auto *next = window.findChild<QAction *>(QStringLiteral("actionNextTab"));
        auto *previous = window.findChild<QAction *>(QStringLiteral("actionPreviousTab"));
        QVERIFY(next && previous);
        previous->trigger();
        QCOMPARE(window.tabs()->currentIndex(), last - 1);
        next->trigger();
        next->trigger(); // wraps around
        QCOMPARE(window.tabs()->currentIndex(), 0);
    }

    void everyMenuEntryHasAUniqueMnemonic()
    {
        MainWindow window(options());
        QStringList problems;
        for (const QAction *action : window.menuBar()->actions())
            if (action->menu())
                problems << menuProblems(action->menu(), QString(action->text()).remove(QLatin1Char('&')));
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String("\n") + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
