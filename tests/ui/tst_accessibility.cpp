// Accessibility audit: every control a user can reach has an accessible name
// (own, from its text, or from a buddy label), the menus can be walked by
// keyboard (every entry has a mnemonic, unique within its menu), and the main
// views and dialogs pass with their tabs open. The newer views (plan view,
// presentation mode, the Expand/Contract wizard, the schema diff with its
// Rehearsal tab, the History tab's drift check) also have no two mnemonics on
// the same key, are walked by Tab in reading order, and never say a risk or a
// state by colour alone.
#include "connectiondialog.h"
#include "db/connectionprofile.h"
#include "diff/diffddlpane.h"
#include "diff/diffrehearsalpanel.h"
#include "diff/diffsidepicker.h"
#include "diff/diffview.h"
#include "editor/editorworkspace.h"
#include "history/driftpanel.h"
#include "history/historyview.h"
#include "mainwindow.h"
#include "plan/planbuilder.h"
#include "plan/planstepmodel.h"
#include "plan/plansummarybar.h"
#include "plan/planview.h"
#include "plan/presentationview.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "wizard/planwizard.h"
#include "wizard/planwizardpages.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <algorithm>

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


// The key of a mnemonic ("&Next" -> 'n'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
    }
    return {};
}

// Two mnemonics on one key make Alt+key only move the focus between them:
// the keys used more than once among the window's shown buttons, buddied
// labels, group boxes, tabs and menu bar titles, when one of them is in `scope`.
QStringList mnemonicClashes(QWidget *scope, QWidget *window, const QMenuBar *bar = nullptr)
{
    struct Owner {
        QString text;
        bool inScope;
    };
    QMap<QChar, QList<Owner>> keys;
    auto add = [&](const QString &text, const QWidget *owner) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            keys[key].append({QString(text).remove(QLatin1Char('&')),
                              owner == scope || scope->isAncestorOf(owner)});
    };
    if (bar)
        for (const QAction *action : bar->actions())
            add(action->text(), bar);
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || qobject_cast<QMenu *>(w->window()))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !qobject_cast<QTabBar *>(w->parentWidget()))
            add(button->text(), w);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), w);
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title(), w);
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), w);
    }
    QStringList clashes;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it->size() < 2 || std::none_of(it->cbegin(), it->cend(), [](const Owner &o) { return o.inScope; }))
            continue;
        QStringList texts;
        for (const Owner &o : *it)
            texts << QLatin1Char('"') + o.text + QLatin1Char('"');
        clashes << QLatin1String("Alt+") + it.key().toUpper() + QLatin1String(": ") + texts.join(QLatin1String(", "));
    }
    return clashes;
}

// Editable text fields under `scope` that keep Tab for themselves (a keyboard trap).
QStringList tabTraps(QWidget *scope)
{
    QStringList traps;
    for (QWidget *w : scope->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(scope))
            continue;
        auto *plain = qobject_cast<QPlainTextEdit *>(w);
        auto *rich = qobject_cast<QTextEdit *>(w);
        if ((plain && !plain->isReadOnly() && !plain->tabChangesFocus())
            || (rich && !rich->isReadOnly() && !rich->tabChangesFocus()))
            traps << describe(w);
    }
    return traps;
}

// Cells coloured (foreground or background) with neither a word nor an icon.
QStringList colourOnlyCells(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const bool coloured = index.data(Qt::ForegroundRole).isValid() || index.data(Qt::BackgroundRole).isValid();
            if (coloured && index.data().toString().trimmed().isEmpty() && index.data(Qt::DecorationRole).isNull())
                cells << QStringLiteral("row %1 column %2").arg(row).arg(column);
        }
        cells << colourOnlyCells(model, model->index(row, 0, parent));
    }
    return cells;
}

// The controls under `scope` in the order Tab visits them, starting at `first`.
QList<QWidget *> tabChain(QWidget *scope, QWidget *first)
{
    QList<QWidget *> chain;
    QWidget *w = first;
    do {
        if (scope->isAncestorOf(w) && w->isVisibleTo(scope) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy())
            chain << w;
        w = w->nextInFocusChain();
    } while (w && w != first);
    return chain;
}

plan::MigrationPlan dangerousPlan()
{
    plan::PlanContext context;
    context.title = QStringLiteral("Orders: amounts in cents");
    context.tables.insert(QStringLiteral("app.orders"),
                          plan::PlanTable{QStringLiteral("app.orders"), 2'000'000, qint64(800) * 1024 * 1024});
    return plan::PlanBuilder::build(QStringLiteral("ALTER TABLE app.orders ADD COLUMN note text;\n"
                                                   "CREATE INDEX orders_created_idx ON app.orders (created_at);\n"
                                                   "ALTER TABLE app.orders ALTER COLUMN amount TYPE bigint;\n"),
                                    context);
}

QString lines(const QStringList &problems)
{
    return QLatin1String("\n") + problems.join(QLatin1Char('\n'));
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

    void planViewIsUsableByKeyboard()
    {
        MainWindow window(options());
        window.resize(1400, 900);
        window.show();
        PlanView *view = window.showPlan(dangerousPlan());
        QVERIFY(view);
        QStringList unnamed, unreachable, clashes;
        auto *sqlTabs = view->findChild<QTabWidget *>(QStringLiteral("stepSqlTabs"));
        QVERIFY(sqlTabs);
        for (int i = 0; i < sqlTabs->count(); ++i) {
            sqlTabs->setCurrentIndex(i);
            unnamed << unnamedControls(view);
            unreachable << unreachableControls(view);
            clashes << mnemonicClashes(view, &window, window.menuBar());
        }
        unnamed.removeDuplicates();
        clashes.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(lines(unnamed)));
        QVERIFY2(unreachable.isEmpty(), qPrintable(lines(unreachable)));
        QVERIFY2(tabTraps(view).isEmpty(), qPrintable(lines(tabTraps(view))));
        QVERIFY2(clashes.isEmpty(), qPrintable(lines(clashes)));
        // Risk: a word and an icon beside the colour, in the table and the summary.
        QVERIFY2(colourOnlyCells(view->model()).isEmpty(), qPrintable(lines(colourOnlyCells(view->model()))));
        auto *risk = view->summary()->findChild<QLabel *>(QStringLiteral("planRisk"));
        QVERIFY(risk && !risk->text().isEmpty());
        QVERIFY(view->summary()->accessibleDescription().contains(risk->text()));
        // Tab goes from the steps to the selected step's details, and reaches the Present button.
        const QList<QWidget *> chain = tabChain(view, view->table());
        auto *facts = view->findChild<QWidget *>(QStringLiteral("stepFacts"));
        QVERIFY(chain.indexOf(view->table()) >= 0 && chain.indexOf(facts) > chain.indexOf(view->table()));
        QVERIFY(chain.contains(view->presentButton()));
        // The buttons, drawn on top, come before the steps in Tab order.
        auto *open = view->findChild<QWidget *>(QStringLiteral("openPlan"));
        QVERIFY(open);
        const QList<QWidget *> entering = tabChain(view, view); // in the order Tab enters the view
        QVERIFY(!entering.isEmpty() && entering.first() == open);
        QVERIFY(entering.indexOf(view->presentButton()) < entering.indexOf(view->table()));
    }

    void presentationIsDrivenByKeys()
    {
        MainWindow window(options());
        window.show();
        QPointer<PresentationView> show = window.present(dangerousPlan());
        QVERIFY(show);
        QVERIFY(QTest::qWaitForWindowExposed(show));
        QApplication::setActiveWindow(show);
        QTRY_VERIFY(show->hasFocus());
        QVERIFY(!show->accessibleName().isEmpty());
        // A screen reader hears the slide, its number and its risk as a word.
        for (int i = 0; i < show->slideCount(); ++i) {
            QCOMPARE(show->currentSlide(), i);
            const QString heard = show->accessibleDescription();
            QVERIFY2(heard.contains(show->counterText()), qPrintable(heard));
            if (show->slide(i).hasRisk)
                QVERIFY2(heard.contains(show->slide(i).plainText()), qPrintable(heard));
            QTest::keyClick(show, i % 2 ? Qt::Key_Space : Qt::Key_Right);
        }
        QCOMPARE(show->currentSlide(), show->slideCount() - 1); // stays on the last slide
        QTest::keyClick(show, Qt::Key_Home);
        QCOMPARE(show->currentSlide(), 0);
        QTest::keyClick(show, Qt::Key_End);
        QTest::keyClick(show, Qt::Key_Left);
        QCOMPARE(show->currentSlide(), show->slideCount() - 2);
        QTest::keyClick(show, Qt::Key_Escape);
        QTRY_VERIFY(!show || !show->isVisible());
    }

    void wizardPagesAreUsableByKeyboard()
    {
        for (int kind = 0; kind < PlanWizard::KindCount; ++kind) {
            PlanWizard wizard;
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QApplication::setActiveWindow(&wizard);
            auto *kinds = wizard.findChild<QListWidget *>(QStringLiteral("wizardKinds"));
            QVERIFY(kinds);
            QTRY_VERIFY(kinds->hasFocus()); // the first page starts in the list
            QStringList problems = unnamedControls(&wizard) + unreachableControls(&wizard)
                + mnemonicClashes(wizard.currentPage(), &wizard);
            for (int i = 0; i < kind; ++i)
                QTest::keyClick(kinds, Qt::Key_Down);
            QTest::keyClick(kinds, Qt::Key_Return);
            QCOMPARE(wizard.currentId(), PlanWizard::FirstInputsPageId + kind);
            auto *page = qobject_cast<PlanWizardInputsPage *>(wizard.currentPage());
            QVERIFY(page);
            const QString where = QLatin1String("[") + page->title() + QLatin1String("] ");
            for (const QString &p : unnamedControls(&wizard) + unreachableControls(&wizard)
                     + mnemonicClashes(page, &wizard) + tabTraps(page))
                problems << where + p;
            // Tab walks the fields in the order they are shown, starting with the first.
            QList<QWidget *> fields;
            for (QWidget *w : page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QCheckBox *>(w)) && !w->objectName().isEmpty())
                    fields << w;
            QVERIFY(!fields.isEmpty());
            QTRY_COMPARE(QApplication::focusWidget(), fields.constFirst());
            for (qsizetype i = 1; i < fields.size(); ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                if (QApplication::focusWidget() != fields.at(i))
                    problems << where + QLatin1String("Tab after ") + fields.at(i - 1)->objectName() + QLatin1String(" goes to ")
                            + describe(QApplication::focusWidget()) + QLatin1String(", not ") + fields.at(i)->objectName();
                fields.at(i)->setFocus();
            }
            // Alt+mnemonic of a label puts the cursor in its field.
            for (QLabel *label : page->findChildren<QLabel *>()) {
                const QChar key = mnemonicOf(label->text());
                if (!label->buddy() || key.isNull())
                    continue;
                fields.constFirst()->setFocus();
                QTest::keyClick(QApplication::focusWidget(), key.toLatin1(), Qt::AltModifier);
                if (QApplication::focusWidget() != label->buddy())
                    problems << where + QLatin1String("Alt+") + key.toUpper() + QLatin1String(" does not reach ")
                            + label->buddy()->objectName();
            }
            QVERIFY2(problems.isEmpty(), qPrintable(lines(problems)));
        }
    }

    void diffViewAndRehearsalAreUsableByKeyboard()
    {
        MainWindow window(options());
        window.resize(1400, 900);
        window.show();
        DiffView *diff = window.showDiff();
        QVERIFY(diff);
        QStringList problems;
        for (int i = 0; i < diff->detailTabs()->count(); ++i) {
            diff->detailTabs()->setCurrentIndex(i);
            problems << unnamedControls(diff) << unreachableControls(diff)
                     << mnemonicClashes(diff, &window, window.menuBar()) << tabTraps(diff);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(lines(problems)));
        // Differing DDL lines are not told by their tint alone: a screen reader hears their numbers.
        diff->ddlPane()->setTexts(QStringLiteral("t"), QStringLiteral("a\nb"), QStringLiteral("a\nc"));
        QCOMPARE(diff->ddlPane()->sourceEdit()->accessibleDescription(), DiffDdlPane::tr("Differing lines: %1").arg(2));
        // Alt+L opens the Rehearsal tab, Alt+A puts the cursor in its scratch server.
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(window.isActiveWindow());
        diff->detailTabs()->setCurrentIndex(0);
        diff->sourcePicker()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
        QCOMPARE(diff->detailTabs()->currentWidget(), diff->rehearsalPanel());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->accessibleName(), DiffRehearsalPanel::tr("Scratch server"));
    }

    void driftCheckIsUsableByKeyboard()
    {
        MainWindow window(options());
        window.resize(1400, 900);
        window.show();
        HistoryView *history = window.showHistory(m_dir.path());
        QVERIFY(history && history->driftPanel());
        history->driftPanel()->show(); // as after Check Drift
        QStringList problems = unnamedControls(history) + unreachableControls(history)
            + mnemonicClashes(history, &window, window.menuBar()) + tabTraps(history);
        QVERIFY2(problems.isEmpty(), qPrintable(lines(problems)));
        QVERIFY(!history->driftButton()->accessibleName().isEmpty()
                || !history->driftButton()->text().isEmpty());
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
