#include "activeconnection.h"
#include "connectionlist.h"
#include "connectionstatuswidget.h"
#include "environmentbanner.h"
#include "db/profilestore.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "problemsview.h"
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "editor/sqleditor.h"
#include "history/historyview.h"
#include "run/runview.h"
#include "runlogview.h"
#include "sessionstate.h"
#include "welcomepage.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

using namespace slipway;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    MainWindow::Options options(bool persist = false) const
    {
        MainWindow::Options o;
        o.profilesPath = m_home.filePath(QStringLiteral("connections.json"));
        o.localStorePath = m_home.filePath(QStringLiteral("local.sqlite"));
        o.persistLayout = persist;
        return o;
    }
    static QAction *action(MainWindow &window, const char *name)
    {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Keep QSettings and the default stores away from the user's files.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("slipway-tst-mainwindow"));
    }

    void hasDocksMenusAndShortcuts()
    {
        MainWindow window(options());
        for (const char *dock : {"connectionsDock", "objectsDock", "problemsDock", "runLogDock", "monitorDock"})
            QVERIFY2(window.findChild<QDockWidget *>(QString::fromLatin1(dock)), dock);

        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        for (const char *menu : {"File", "Connection", "View", "Migration", "Tools", "Help"})
            QVERIFY2(menus.contains(QLatin1String(menu)), menu);

        const QList<QPair<const char *, QKeySequence>> shortcuts = {
            {"actionNewConnection", QKeySequence(QStringLiteral("Ctrl+Shift+N"))},
            {"actionConnect", QKeySequence(QStringLiteral("Ctrl+Shift+C"))},
            {"actionDisconnect", QKeySequence(QStringLiteral("Ctrl+Shift+D"))},
            {"actionRefresh", QKeySequence(QStringLiteral("F5"))},
            {"actionCloseTab", QKeySequence(QStringLiteral("Ctrl+W"))},
            {"actionQuit", QKeySequence(QStringLiteral("Ctrl+Q"))},
            {"connectionsDockToggle", QKeySequence(QStringLiteral("Alt+1"))},
            {"runLogDockToggle", QKeySequence(QStringLiteral("Alt+4"))},
            {"monitorDockToggle", QKeySequence(QStringLiteral("Alt+5"))},
        };
        for (const auto &[name, keys] : shortcuts)
            QCOMPARE(action(window, name)->shortcut(), keys);

        // Later views have their places: present, disabled, explained.
        for (const char *name : {"actionLint", "actionRunScript"}) {
            QAction *a = action(window, name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(!a->toolTip().isEmpty(), name);
        }
        // Migration > History and Run are there from the start (they show a folder before connecting).
        QVERIFY(action(window, "actionHistory")->isEnabled());
        QVERIFY(action(window, "actionRun")->isEnabled());
        QVERIFY(action(window, "actionSchemaDiff")->isEnabled());

        // The SQL editor opens files from the start; Lint waits for an editor tab.
        QVERIFY(action(window, "actionOpenMigration")->isEnabled());

        // Nothing to act on yet.
        QVERIFY(!action(window, "actionDisconnect")->isEnabled());
        QVERIFY(!action(window, "actionRefresh")->isEnabled());
        QVERIFY(!action(window, "actionConnect")->isEnabled());
        QVERIFY(!action(window, "actionDemoWorkload")->isEnabled());

        // Problems: the four columns, empty.
        QStandardItemModel *problems = window.problems()->model();
        QCOMPARE(problems->columnCount(), 4);
        QCOMPARE(problems->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Severity"));
        QCOMPARE(problems->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Message"));
        QCOMPARE(problems->rowCount(), 0);

        QVERIFY(window.runLog()->isReadOnly());
        QVERIFY(window.runLog()->entryCount() > 0);
        QVERIFY(window.environmentBanner()->isHidden());
        QCOMPARE(window.connectionStatus()->stateText(), QStringLiteral("Not connected"));
        QCOMPARE(window.welcomePage()->step(), WelcomePage::Step::AddConnection);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void startTabClosesAndComesBack()
    {
        MainWindow window(options());
        QCOMPARE(window.tabs()->count(), 1);
        action(window, "actionCloseTab")->trigger();
        QCOMPARE(window.tabs()->count(), 0);
        action(window, "actionStartPage")->trigger();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->currentWidget(), window.welcomePage());
    }

    void connectionErrorIsShownNotSwallowed()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(window.connectTo(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=5")));
        QCOMPARE(window.connection()->state(), ActiveConnection::State::Connecting);
        QVERIFY(!window.isSettled());
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Disconnected, 30000);
        QVERIFY(window.isSettled());
        MessageBanner *message = window.messageBanner();
        QVERIFY(message->isVisible());
        QCOMPARE(message->level(), MessageBanner::Level::Error);
        QVERIFY2(message->title().contains(QLatin1String("Server unreachable")), qPrintable(message->title()));
        QVERIFY(!message->body().isEmpty());
        QVERIFY(window.runLog()->toPlainText().contains(QLatin1String("Could not connect")));
        QCOMPARE(window.connectionStatus()->stateText(), QStringLiteral("Not connected"));
        // The one-off URI shows in the list as not saved.
        QCOMPARE(window.connectionList()->count(), 1);
        QCOMPARE(window.profileStore().profiles().size(), 0);
    }

    void malformedConnectArgumentIsReported()
    {
        MainWindow window(options());
        QString error;
        QVERIFY(!window.connectTo(QStringLiteral("postgresql://[::1/db"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(window.messageBanner()->level(), MessageBanner::Level::Error);
        QVERIFY(!window.messageBanner()->isHidden());
        QCOMPARE(window.connection()->state(), ActiveConnection::State::Disconnected);
    }

    void disconnectWhileConnectingIsImmediate()
    {
        MainWindow window(options());
        QVERIFY(window.connectTo(QStringLiteral("postgresql://nobody@10.255.255.1:5432/none?connect_timeout=3")));
        QCOMPARE(window.connection()->state(), ActiveConnection::State::Connecting);
        QVERIFY(action(window, "actionDisconnect")->isEnabled());
        QElapsedTimer timer;
        timer.start();
        action(window, "actionDisconnect")->trigger();
        QVERIFY2(timer.elapsed() < 500, "disconnecting must not wait for the connect attempt");
        QCOMPARE(window.connection()->state(), ActiveConnection::State::Disconnected);
        QVERIFY(window.environmentBanner()->isHidden());
    }

    void remembersDockLayout()
    {
        {
            MainWindow window(options(true));
            window.show();
            auto *monitor = window.findChild<QDockWidget *>(QStringLiteral("monitorDock"));
            QVERIFY(!monitor->isHidden());
            action(window, "monitorDockToggle")->trigger();
            QVERIFY(monitor->isHidden());
            window.close();
        }
        MainWindow again(options(true));
        again.show();
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("monitorDock"))->isHidden());
        action(again, "actionResetLayout")->trigger();
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("monitorDock"))->isHidden());
    }

    void restoresOpenTabsAndCursor()
    {
        const QString first = m_home.filePath(QStringLiteral("V1__first.sql"));
        const QString second = m_home.filePath(QStringLiteral("V2__second.sql"));
        const QString gone = m_home.filePath(QStringLiteral("V3__gone.sql"));
        for (const QString &path : {first, second, gone}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SELECT 1;\nSELECT 2;\nALTER TABLE t ADD COLUMN c int;\n");
        }
        {
            MainWindow window(options(true));
            window.show();
            QCOMPARE(window.openFiles({first, gone, second}), 3);
            SqlEditor *editor = window.editors()->currentTab()->editor();
            QTextCursor cursor(editor->document()->findBlockByNumber(2));
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 6);
            editor->setTextCursor(cursor);
            window.showHistory(m_home.path());
            window.editors()->openFile(second); // back to the second file
            window.close();
        }
        QVERIFY(QFile::remove(gone));
        const SessionState saved = SessionState::load();
        QCOMPARE(saved.tabs.size(), 5); // Start, three files, History
        MainWindow again(options(true));
        again.show();
        QVERIFY(again.restoreSession());
        const auto files = again.editors()->editorTabs();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0]->filePath(), first);
        QCOMPARE(files[1]->filePath(), second);
        QCOMPARE(again.editors()->currentTab(), files[1]);
        const QTextCursor restored = files[1]->editor()->textCursor();
        QCOMPARE(restored.blockNumber(), 2);
        QCOMPARE(restored.positionInBlock(), 6);
        auto *history = again.tabs()->findChild<HistoryView *>();
        QVERIFY(history);
        QCOMPARE(history->folder(), m_home.path());
        QVERIFY(again.runLog()->toPlainText().contains(QStringLiteral("V3__gone.sql")));
        SessionState::Tab start{QStringLiteral("start"), {}};
        QVERIFY(again.sessionState().tabs.contains(start));
    }

    void runsTheStatementAtTheCursorOrTheSelection()
    {
        MainWindow window(options());
        window.show();
        EditorTab *tab = window.editors()->newFile();
        tab->editor()->setPlainText(QStringLiteral("SELECT 1;\n\nALTER TABLE t\n  ADD COLUMN c int;\nSELECT 3;\n"));
        QTextCursor cursor(tab->editor()->document()->findBlockByNumber(3));
        tab->editor()->setTextCursor(cursor);
        QVERIFY(action(window, "actionRunStatement")->isEnabled());
        action(window, "actionRunStatement")->trigger();
        auto *run = window.tabs()->findChild<RunView *>();
        QVERIFY(run);
        QCOMPARE(run->script(), QStringLiteral("ALTER TABLE t\n  ADD COLUMN c int;"));
        window.tabs()->setCurrentWidget(tab);
        cursor.setPosition(0);
        cursor.setPosition(18, QTextCursor::KeepAnchor); // "SELECT 1;\n\nALTER T"
        tab->editor()->setTextCursor(cursor);
        action(window, "actionRunSelection")->trigger();
        QCOMPARE(run->script(), QStringLiteral("SELECT 1;\n\nALTER T"));
    }

    void recentFilesAndConnectionsMenus()
    {
        const QString path = m_home.filePath(QStringLiteral("V9__recent.sql"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SELECT 1;\n");
        file.close();
        MainWindow window(options());
        window.show();
        QCOMPARE(window.openFiles({path}), 1);
        auto *tab = window.editors()->currentTab();
        QVERIFY(window.editors()->closeTab(tab));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QAction *entry = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().contains(QStringLiteral("V9__recent.sql")))
                entry = a;
        QVERIFY(entry);
        QVERIFY(entry->text().startsWith(QStringLiteral("&1")));
        entry->trigger();
        QCOMPARE(window.editors()->currentTab()->filePath(), path);
        menu->actions().constLast()->trigger(); // Clear Menu
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!menu->actions().constFirst()->isEnabled());
        auto *connections = window.findChild<QMenu *>(QStringLiteral("recentConnectionsMenu"));
        QVERIFY(connections);
        emit connections->aboutToShow();
        QVERIFY(!connections->actions().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
