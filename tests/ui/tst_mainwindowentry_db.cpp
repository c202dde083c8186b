// The command line's entry points into the main window: --diff (the Schema
// Diff tab started on two sides), --wizard (the Expand/Contract wizard at a
// kind's inputs, with the connected database's schema), --present --slide,
// the option errors of the slipway binary, and the Start page's button.
#include "activeconnection.h"
#include "diff/diffddlpane.h"
#include "diff/diffsidepicker.h"
#include "diff/diffview.h"
#include "mainwindow.h"
#include "plan/presentationview.h"
#include "profilemanager.h"
#include "welcomepage.h"
#include "wizard/planwizard.h"
#include "wizard/planwizardpages.h"

#include "catalog/introspector.h"
#include "catalog/snapshot.h"
#include "plan/planbuilder.h"

#include "testsandbox.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using slipway::test::TestSandbox;

class TestMainWindowEntryDb : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_a;
    QString m_b;

    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.profilesPath = m_home.filePath(QStringLiteral("connections.json"));
        o.localStorePath = m_home.filePath(QStringLiteral("local.sqlite"));
        o.persistLayout = false;
        return o;
    }

    // The GUI binary beside slipway-cli; its exit code and stderr for `arguments`.
    static std::pair<int, QString> runApp(const QStringList &arguments)
    {
        const QString app = QFileInfo(TestSandbox::cliPath()).dir().filePath(QStringLiteral("slipway"));
        if (!QFileInfo::exists(app))
            return {-1, app + QStringLiteral(" is missing: build the slipway target")};
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(app, arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {-2, QStringLiteral("timed out")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        m_a = TestSandbox::freshDatabase(QStringLiteral("tst_ui_entry_a"));
        m_b = TestSandbox::freshDatabase(QStringLiteral("tst_ui_entry_b"));
        const QString schema = QStringLiteral(
            "CREATE TABLE entry_orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total_cents integer);"
            "INSERT INTO entry_orders SELECT g, g % 7, g FROM generate_series(1, 500) g; ANALYZE entry_orders;");
        TestSandbox::exec(m_a, schema + QStringLiteral("CREATE TABLE entry_legacy (id int);"));
        TestSandbox::exec(m_b, schema + QStringLiteral("ALTER TABLE entry_orders ALTER COLUMN total_cents TYPE bigint;"
                                                       "CREATE INDEX entry_orders_customer_idx ON entry_orders "
                                                       "(customer_id);"
                                                       "CREATE VIEW entry_big_orders AS SELECT * FROM entry_orders "
                                                       "WHERE total_cents > 100;"));
    }

    void diffComparesTwoConnections()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(window.connectTo(m_a));
        QString error;
        DiffView *view = window.compareSchemas(m_a, m_b, &error);
        QVERIFY2(view, qPrintable(error));
        QCOMPARE(window.profiles()->all().size(), 2); // --connect's entry is the source's
        QCOMPARE(window.tabs()->currentWidget(), view);
        QVERIFY(view->isRunning());
        QVERIFY(!window.isSettled()); // --screenshot waits for the comparison
        QCOMPARE(view->sourcePicker()->side().kind, DiffSide::Kind::Connection);
        QVERIFY(view->sourcePicker()->describe().contains(QLatin1String("tst_ui_entry_a")));
        QVERIFY(view->targetPicker()->describe().contains(QLatin1String("tst_ui_entry_b")));
        QTRY_VERIFY_WITH_TIMEOUT(view->result(), 60000);
        QTRY_VERIFY(window.isSettled());
        QCOMPARE(view->result()->count(DiffObject::State::Different), 1);    // entry_orders: type, index
        QCOMPARE(view->result()->count(DiffObject::State::OnlyInSource), 1); // entry_legacy
        QCOMPARE(view->result()->count(DiffObject::State::OnlyInTarget), 1); // entry_big_orders
        // The changed table is shown, its differing lines marked.
        QVERIFY(!view->ddlPane()->markedLines(true).isEmpty());
    }

    void diffTakesASnapshotFile()
    {
        const QString path = m_home.filePath(QStringLiteral("a.json"));
        {
            pqxx::connection c(m_a.toStdString());
            QString error;
            QVERIFY2(catalog::Snapshot::save(catalog::Introspector::read(c), path, &error), qPrintable(error));
        }
        MainWindow window(options());
        window.show();
        QString error;
        DiffView *view = window.compareSchemas(path, m_a, &error);
        QVERIFY2(view, qPrintable(error));
        QCOMPARE(view->sourcePicker()->side().kind, DiffSide::Kind::Snapshot);
        QCOMPARE(view->sourcePicker()->side().path, path);
        QTRY_VERIFY_WITH_TIMEOUT(view->result(), 60000);
        QCOMPARE(view->result()->count(DiffObject::State::Different), 0);
    }

    void diffSaysWhatIsWrongWithASide()
    {
        MainWindow window(options());
        QString error;
        QVERIFY(!window.compareSchemas(m_home.filePath(QStringLiteral("missing.json")), m_a, &error));
        QVERIFY2(error.contains(QLatin1String("no such snapshot file")), qPrintable(error));
        QVERIFY(!window.compareSchemas(m_a, QStringLiteral("no-such-profile"), &error));
        QVERIFY2(error.contains(QLatin1String("no-such-profile")), qPrintable(error));
        QVERIFY(!window.tabs()->findChild<DiffView *>());
    }

    void wizardOpensAtTheInputsWithTheLiveSchema()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(window.connectTo(m_a));
        QString error;
        const QHash<QString, QString> inputs{{QStringLiteral("table"), QStringLiteral("entry_orders")},
                                             {QStringLiteral("column"), QStringLiteral("total_cents")},
                                             {QStringLiteral("newType"), QStringLiteral("bigint")},
                                             {QStringLiteral("notNull"), QStringLiteral("false")}};
        QPointer<PlanWizard> wizard = window.openPlanWizard(QStringLiteral("change-type"), inputs, false, &error);
        QVERIFY2(wizard, qPrintable(error));
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->kind(), PlanWizard::ChangeType);
        QCOMPARE(wizard->currentId(), PlanWizard::FirstInputsPageId + int(PlanWizard::ChangeType));
        auto *page = qobject_cast<PlanWizardInputsPage *>(wizard->currentPage());
        QVERIFY(page);
        QCOMPARE(page->text(QStringLiteral("table")), QStringLiteral("entry_orders"));
        QCOMPARE(page->text(QStringLiteral("schema")), QStringLiteral("public")); // its default stays
        QVERIFY(!window.isSettled()); // connecting, then reading the schema for the wizard
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 60000);
        // The current type (not typed in) and the table's size come from the database.
        QVERIFY(wizard->generate());
        const plan::MigrationPlan &plan = *wizard->generatedPlan();
        QVERIFY(!plan.steps.isEmpty());
        bool sized = false;
        for (const plan::PlanStep &step : plan.steps)
            for (const plan::PlanTable &table : step.tables)
                sized = sized || (table.name.endsWith(QLatin1String("entry_orders")) && table.rows == 500);
        QVERIFY(sized);
        wizard->reject();
    }

    void wizardReviewShowsTheGeneratedSteps()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(window.connectTo(m_a));
        QString error;
        const QHash<QString, QString> inputs{{QStringLiteral("table"), QStringLiteral("entry_orders")},
                                             {QStringLiteral("column"), QStringLiteral("total_cents")},
                                             {QStringLiteral("newType"), QStringLiteral("bigint")}};
        QPointer<PlanWizard> wizard = window.openPlanWizard(QStringLiteral("change-type"), inputs, true, &error);
        QVERIFY2(wizard, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(PlanWizard::ReviewPageId), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 30000);
        auto *review = qobject_cast<PlanWizardReviewPage *>(wizard->currentPage());
        QVERIFY(review);
        QVERIFY2(review->stepsView()->toPlainText().contains(QLatin1String("bigint")),
                 qPrintable(review->stepsView()->toPlainText()));
        wizard->reject();
    }

    void wizardRefusesUnknownKindsAndInputs()
    {
        MainWindow window(options());
        QString error;
        QVERIFY(!window.openPlanWizard(QStringLiteral("drop-database"), {}, false, &error));
        QVERIFY2(error.contains(QLatin1String("rename-column")), qPrintable(error)); // names the real ones
        QVERIFY(!window.openPlanWizard(QStringLiteral("rename-column"), {{QStringLiteral("colour"), QStringLiteral("x")}},
                                       false, &error));
        QVERIFY2(error.contains(QLatin1String("colour")), qPrintable(error));
        QVERIFY(window.findChildren<PlanWizard *>().isEmpty());
        QCOMPARE(MainWindow::planWizardKinds().size(), int(PlanWizard::KindCount));
    }

    void presentationOpensAtASlide()
    {
        MainWindow window(options());
        plan::PlanContext context;
        context.title = QStringLiteral("Entry");
        const plan::MigrationPlan plan = plan::PlanBuilder::build(
            QStringLiteral("ALTER TABLE t ADD COLUMN a int; CREATE INDEX t_a_idx ON t (a);"), context);
        QPointer<PresentationView> show = window.present(plan);
        QVERIFY(show->slideCount() > 2);
        show->setCurrentSlide(2);
        QCOMPARE(show->currentSlide(), 2);
        show->close();
    }

    void startPageButtonHasItsOwnAltKey()
    {
        MainWindow window(options());
        window.show();
        auto *button = window.welcomePage()->findChild<QPushButton *>(QStringLiteral("nextStepButton"));
        QVERIFY(button);
        auto keyOf = [](QString text) {
            text.remove(QLatin1String("&&"));
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at < 0 || at + 1 >= text.size() ? QChar() : text.at(at + 1).toLower();
        };
        const QChar key = keyOf(button->text());
        QVERIFY2(!key.isNull(), qPrintable(button->text()));
        for (QAction *menu : window.menuBar()->actions())
            QVERIFY2(keyOf(menu->text()) != key, qPrintable(button->text() + QStringLiteral(" vs ") + menu->text()));
    }

    void optionErrorsExitNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown wizard") << QStringList{QStringLiteral("--wizard"), QStringLiteral("nope")}
                                        << QStringLiteral("Unknown wizard");
        QTest::newRow("wizard input without =")
            << QStringList{QStringLiteral("--wizard"), QStringLiteral("change-type"), QStringLiteral("--wizard-input"),
                           QStringLiteral("table")}
            << QStringLiteral("key=value");
        QTest::newRow("one diff side") << QStringList{QStringLiteral("--diff"), m_a} << QStringLiteral("two sides");
        QTest::newRow("missing snapshot")
            << QStringList{QStringLiteral("--diff"), m_home.filePath(QStringLiteral("nope.json")), m_a}
            << QStringLiteral("no such snapshot file");
        QTest::newRow("slide without present") << QStringList{QStringLiteral("--slide"), QStringLiteral("2")}
                                               << QStringLiteral("--slide");
    }

    void optionErrorsExitNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto [code, stderrText] = runApp(arguments);
        QVERIFY2(code >= 0, qPrintable(stderrText));
        QCOMPARE(code, 2);
        QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    }
};

QTEST_MAIN(TestMainWindowEntryDb)
#include "tst_mainwindowentry_db.moc"
