// The diff view comparing two sandbox databases through transient profiles.
#include "diff/diffddlpane.h"
#include "diff/diffrehearsalpanel.h"
#include "diff/diffsidepicker.h"
#include "diff/diffview.h"
#include "messagebanner.h"
#include "profilemanager.h"

#include "catalog/snapshot.h"
#include "db/session.h"

#include "testsandbox.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using slipway::test::TestSandbox;

namespace {

const char *const kSchema = R"(
CREATE SCHEMA app;
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric(10,2));
CREATE TABLE app.items (id bigint PRIMARY KEY, sku text);
)";

} // namespace

class TestDiffViewDb : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<ProfileManager> m_profiles;
    QString m_a;
    QString m_b;

    QString addProfile(const QString &name, const QString &uri)
    {
        ConnectionProfile profile = ConnectionProfile::fromConnectionString(uri);
        profile.id = QStringLiteral("diffview-") + name;
        profile.name = name;
        m_profiles->addTransient(profile);
        return profile.id;
    }

private slots:
    void initTestCase()
    {
        m_profiles = std::make_unique<ProfileManager>(m_home.filePath(QStringLiteral("connections.json")), nullptr);
        m_a = TestSandbox::freshDatabase(QStringLiteral("diffview_ui_a"));
        m_b = TestSandbox::freshDatabase(QStringLiteral("diffview_ui_b"));
        TestSandbox::exec(m_a, QString::fromLatin1(kSchema) +
                                   QStringLiteral("CREATE VIEW app.order_totals AS SELECT customer_id, "
                                                  "sum(total) AS total FROM app.orders GROUP BY customer_id;"));
        TestSandbox::exec(m_b, QString::fromLatin1(kSchema) +
                                   QStringLiteral("ALTER TABLE app.orders ALTER COLUMN total TYPE numeric(12,2);"
                                                  "CREATE INDEX orders_total_idx ON app.orders (total);"
                                                  "CREATE TABLE app.customers (id bigint PRIMARY KEY);"));
        addProfile(QStringLiteral("a"), m_a);
        addProfile(QStringLiteral("b"), m_b);
    }

    void comparesTwoDatabases()
    {
        DiffView view(m_profiles.get(), nullptr);
        view.sourcePicker()->setConnection(QStringLiteral("diffview-a"));
        view.targetPicker()->setConnection(QStringLiteral("diffview-b"));
        view.compareButton()->click();
        QVERIFY(view.isRunning());
        QVERIFY(view.progressBar()->isVisibleTo(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.result(), 30000);
        const auto result = view.result();
        QCOMPARE(result->count(DiffObject::State::Different), 1);
        QCOMPARE(result->count(DiffObject::State::OnlyInSource), 1);
        QCOMPARE(result->count(DiffObject::State::OnlyInTarget), 1);
        QVERIFY(result->count(DiffObject::State::Identical) >= 2); // schema app, items
        QVERIFY(view.selectObject(QStringLiteral("app.orders")));
        QVERIFY(!view.ddlPane()->markedLines(true).isEmpty());

        // Save Snapshot of a database side.
        QVERIFY(view.saveSnapshotButton(true)->isEnabled());
        const QString path = m_home.filePath(QStringLiteral("a.json"));
        view.saveSnapshot(true, path);
        QTRY_COMPARE(view.banner()->level(), MessageBanner::Level::Success);
        QString error;
        const auto saved = catalog::Snapshot::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(saved->table(QStringLiteral("app"), QStringLiteral("orders")));
    }

    void connectionFailureIsShown()
    {
        const QString bad = addProfile(QStringLiteral("nowhere"),
                                       QStringLiteral("postgresql://127.0.0.1:1/none?connect_timeout=3"));
        DiffView view(m_profiles.get(), nullptr);
        view.sourcePicker()->setConnection(QStringLiteral("diffview-a"));
        view.targetPicker()->setConnection(bad);
        view.compare();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRunning(), 20000);
        QCOMPARE(view.banner()->level(), MessageBanner::Level::Error);
        QVERIFY(view.banner()->isVisibleTo(&view));
        QVERIFY2(view.banner()->title().contains(QStringLiteral("target")), qPrintable(view.banner()->title()));
        QVERIFY(!view.banner()->body().isEmpty());
        QCOMPARE(view.targetPicker()->side().profileId, bad);
        QVERIFY(view.compareButton()->isEnabled());
    }

    void cancelLeavesTheViewUsable()
    {
        // Hold ACCESS EXCLUSIVE on app.orders so reading the source waits.
        Session holder;
        QVERIFY(holder.open(m_a).result().ok());
        const auto locked = holder.run<int>([](pqxx::connection_base &c) {
            pqxx::nontransaction tx(c);
            tx.exec("BEGIN; LOCK TABLE app.orders IN ACCESS EXCLUSIVE MODE");
            return 0;
        });
        QVERIFY(locked.result().ok());

        DiffView view(m_profiles.get(), nullptr);
        view.sourcePicker()->setConnection(QStringLiteral("diffview-a"));
        view.targetPicker()->setConnection(QStringLiteral("diffview-b"));
        view.compare();
        QTest::qWait(1000);
        QVERIFY(view.isRunning());
        QVERIFY(view.cancelButton()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        view.cancelButton()->click();
        QVERIFY(clock.elapsed() < 500); // never waits on the database
        QVERIFY(!view.isRunning());
        QVERIFY(view.compareButton()->isEnabled());
        QVERIFY(!view.result());

        holder.close().waitForFinished();
        QSignalSpy done(&view, &DiffView::comparisonFinished);
        view.compare();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(view.result()->count(DiffObject::State::Different), 1);
    }

    // Rehearse on the source's server: clean (the view over the retyped
    // column is rebuilt); Cancel stops it and leaves the panel usable.
    // SLIPWAY_SCREENSHOT=<file.png> saves the view with the result.
    void rehearses()
    {
        DiffView view(m_profiles.get(), nullptr);
        view.resize(1400, 860);
        view.show();
        view.sourcePicker()->setConnection(QStringLiteral("diffview-a"));
        view.targetPicker()->setConnection(QStringLiteral("diffview-b"));
        QSignalSpy compared(&view, &DiffView::comparisonFinished);
        view.compare();
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 30000);
        DiffRehearsalPanel *panel = view.rehearsalPanel();
        QCOMPARE(panel->serverCombo()->currentData().toString(), QStringLiteral("diffview-a"));
        QVERIFY(panel->rehearseButton()->isEnabled());

        panel->rehearseButton()->click();
        QVERIFY(panel->isRunning());
        QVERIFY(panel->cancelButton()->isEnabled());
        panel->cancelButton()->click();
        QVERIFY(!panel->isRunning());
        QVERIFY(panel->rehearseButton()->isEnabled());

        QSignalSpy rehearsed(panel, &DiffRehearsalPanel::rehearsalFinished);
        view.detailTabs()->setCurrentWidget(panel);
        panel->rehearseButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(rehearsed.count(), 1, 60000);
        QVERIFY2(panel->report() && panel->report()->isClean(),
                 qPrintable(panel->reportEdit()->toPlainText()));
        QCOMPARE(panel->banner()->level(), MessageBanner::Level::Success);
        QVERIFY(panel->reportEdit()->toPlainText().contains(QLatin1String("Rehearsal clean")));
        const QString shot = qEnvironmentVariable("SLIPWAY_SCREENSHOT");
        if (!shot.isEmpty()) {
            view.selectObject(QStringLiteral("app.orders"));
            view.detailTabs()->setCurrentWidget(panel);
            QTest::qWait(300);
            QVERIFY(view.grab().save(shot));
        }
    }
};

QTEST_MAIN(TestDiffViewDb)
#include "tst_diffview_db.moc"
