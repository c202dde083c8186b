#include "activeconnection.h"
#include "connectionstatuswidget.h"
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "history/historyfiltermodel.h"
#include "history/historymodel.h"
#include "history/driftpanel.h"
#include "history/historyview.h"
#include "history/migrationstatustracker.h"
#include "diff/diffddlpane.h"
#include "diff/diffresult.h"
#include "messagebanner.h"
#include "objectbrowser.h"
#include "mainwindow.h"

#include "db/session.h"
#include "migrations/checksum.h"
#include "migrations/touchedrelations.h"
#include "migrations/migrationstatus.h"
#include "migrations/statusloader.h"

#include "testsandbox.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItem>
#include <QTreeView>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace slipway;
using namespace slipway::migrations;
using slipway::test::TestSandbox;

class TestHistoryViewDb : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_folder;
    QString m_uri;

    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.profilesPath = m_home.filePath(QStringLiteral("connections.json"));
        o.localStorePath = m_home.filePath(QStringLiteral("local.sqlite"));
        o.persistLayout = false;
        return o;
    }

    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_folder.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    static QMap<QString, QString> states(const HistoryModel *model)
    {
        QMap<QString, QString> out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.insert(model->index(row, HistoryModel::VersionColumn).data().toString(),
                       model->index(row, HistoryModel::VersionColumn).data(HistoryModel::StateNameRole).toString());
        return out;
    }


    static void writeTo(const QString &dir, const QString &name, const QByteArray &content)
    {
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    static QString flywayDdl()
    {
        return QStringLiteral(R"SQL(
CREATE TABLE "public"."flyway_schema_history" (
    "installed_rank" INT NOT NULL, "version" VARCHAR(50), "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL, "script" VARCHAR(1000) NOT NULL, "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL, "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL, "success" BOOLEAN NOT NULL);
ALTER TABLE "public"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
)SQL");
    }

    static int scratchDatabases(const QString &uri)
    {
        pqxx::connection conn(uri.toStdString());
        pqxx::nontransaction tx(conn);
        return tx.exec1("SELECT count(*) FROM pg_database WHERE datname LIKE 'slipway_drift%'")[0].as<int>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_folder.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());

        const QByteArray v1 = "CREATE TABLE hv_users (id bigint PRIMARY KEY);\n";
        const QByteArray v2 = "ALTER TABLE hv_users ADD COLUMN email text;\n";
        writeFile(QStringLiteral("V1__create_users.sql"), v1);
        writeFile(QStringLiteral("V2__add_email.sql"), v2);
        writeFile(QStringLiteral("V3__add_orders.sql"), "CREATE TABLE hv_orders (id bigint);\n");
        writeFile(QStringLiteral("V4__index_orders.sql"), "CREATE INDEX CONCURRENTLY hv_orders_id ON hv_orders (id);\n");

        m_uri = TestSandbox::freshDatabase(QStringLiteral("tst_historyview"));
        // Flyway's own DDL; V1 as Flyway recorded it, V2 edited after it ran.
        TestSandbox::exec(m_uri, QStringLiteral(R"SQL(
CREATE TABLE "public"."flyway_schema_history" (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE "public"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "public"."flyway_schema_history" ("success");
INSERT INTO flyway_schema_history VALUES
 (1, '1', 'create users', 'SQL', 'V1__create_users.sql', %1, 'ann', '2026-01-02 10:00:00', 12, true),
 (2, '2', 'add email', 'SQL', 'V2__add_email.sql', %2, 'bob', '2026-01-03 11:00:00', 1500, true);
)SQL").arg(Checksum::flyway(v1)).arg(Checksum::flyway(v2) + 1));
    }

    void statusLoaderReadsThroughSession()
    {
        Session session;
        auto opened = session.open(m_uri);
        QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), 60000);
        QVERIFY(opened.result().ok());
        auto future = StatusLoader::loadHistory(session, MigrationFormat::Flyway);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        const auto result = future.result();
        QVERIFY2(result.ok(), qPrintable(result.error.title()));
        QVERIFY(result.value.table.has_value());
        QCOMPARE(result.value.table->tool, HistoryTool::Flyway);
        QCOMPARE(result.value.rows.size(), 2);
    }

    void showsTimelineFiltersAndOpensSql()
    {
        MainWindow window(options());
        window.show();
        QAction *historyAction = window.findChild<QAction *>(QStringLiteral("actionHistory"));
        QVERIFY(historyAction);
        QVERIFY(historyAction->isEnabled());

        QVERIFY(window.connectTo(m_uri));
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);

        HistoryView *view = window.showHistory(m_folder.path());
        QVERIFY(view);
        QCOMPARE(window.tabs()->currentWidget(), view);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 60000);
        QVERIFY(window.isSettled());

        HistoryModel *model = view->model();
        QCOMPARE(model->rowCount(), 4);
        const QMap<QString, QString> expected = {{QStringLiteral("1"), QStringLiteral("applied")},
                                                 {QStringLiteral("2"), QStringLiteral("changed")},
                                                 {QStringLiteral("3"), QStringLiteral("pending")},
                                                 {QStringLiteral("4"), QStringLiteral("pending")}};
        QCOMPARE(states(model), expected);
        // Timeline order: applied ones first, pending after.
        QStringList order;
        for (int row = 0; row < model->rowCount(); ++row)
            order << model->index(row, HistoryModel::VersionColumn).data().toString();
        QCOMPARE(order, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(model->index(0, HistoryModel::AppliedByColumn).data().toString(), QStringLiteral("ann"));
        QCOMPARE(model->index(0, HistoryModel::DurationColumn).data().toString(), QStringLiteral("12 ms"));
        QCOMPARE(model->index(1, HistoryModel::AppliedByColumn).data().toString(), QStringLiteral("bob"));
        QVERIFY(model->index(0, HistoryModel::AppliedAtColumn).data().toString().startsWith(QLatin1String("2026-01-0")));
        QCOMPARE(model->index(0, HistoryModel::ChecksumColumn).data().toString(), QStringLiteral("matches"));
        QVERIFY(model->index(1, HistoryModel::ChecksumColumn).data().toString().startsWith(QLatin1String("differs")));
        QCOMPARE(model->index(0, HistoryModel::StatusColumn).data().toString(), QStringLiteral("applied"));
        QCOMPARE(model->index(1, HistoryModel::StatusColumn).data().toString(), QStringLiteral("changed since applied"));
        QVERIFY(!model->index(1, HistoryModel::StatusColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model->index(2, HistoryModel::VersionColumn).data(HistoryModel::PathRole).toString().endsWith(
            QLatin1String("V3__add_orders.sql")));

        QCOMPARE(view->summary(), QStringLiteral("1 applied, 2 pending, 1 changed"));
        auto *summaryLabel = view->findChild<QLabel *>(QStringLiteral("historySummary"));
        QVERIFY(summaryLabel);
        QCOMPARE(summaryLabel->text(), view->summary());
        auto *status = window.statusBar()->findChild<QLabel *>(QStringLiteral("historySummaryStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("2 pending · 1 changed"));
        QVERIFY(status->isVisible());
        QVERIFY(view->folderErrors().isEmpty());
        QVERIFY(view->historyNote().contains(QLatin1String("flyway")));

        // Filters.
        QComboBox *combo = view->statusFilter();
        combo->setCurrentIndex(combo->findData(int(MigrationStatus::State::Pending)));
        QCOMPARE(view->filterModel()->rowCount(), 2);
        combo->setCurrentIndex(combo->findData(int(MigrationStatus::State::Changed)));
        QCOMPARE(view->filterModel()->rowCount(), 1);
        combo->setCurrentIndex(0);
        QCOMPARE(view->filterModel()->rowCount(), 4);
        view->textFilter()->setText(QStringLiteral("orders"));
        QCOMPARE(view->filterModel()->rowCount(), 2);
        view->textFilter()->clear();

        // Open SQL: the migration opens in an editor tab.
        const int editorsBefore = int(window.editors()->editorTabs().size());
        QSignalSpy openSpy(view, &HistoryView::openFileRequested);
        view->table()->setCurrentIndex(view->filterModel()->index(2, HistoryModel::NameColumn));
        view->openSelected();
        QCOMPARE(openSpy.size(), 1);
        QVERIFY(openSpy.first().first().toString().endsWith(QLatin1String("V3__add_orders.sql")));
        QTRY_COMPARE_WITH_TIMEOUT(int(window.editors()->editorTabs().size()), editorsBefore + 1, 30000);

        // A folder problem is listed above the table; the rest still loads.
        writeFile(QStringLiteral("Vx__broken.sql"), "SELECT 1;\n");
        view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 60000);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(view->folderErrors().size(), 1);
        QVERIFY(view->folderErrors().first().contains(QLatin1String("Vx__broken.sql")));
        auto *errors = view->findChild<QLabel *>(QStringLiteral("historyFolderErrors"));
        QVERIFY(errors && !errors->isHidden()); // the editor tab is in front now
        QVERIFY(errors->text().contains(QLatin1String("Vx__broken.sql")));
        QFile::remove(m_folder.filePath(QStringLiteral("Vx__broken.sql")));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 60000);
    }

    void touchedRelationsAreTheLockedOnes()
    {
        QCOMPARE(touchedRelations(QStringLiteral("ALTER TABLE app.orders ADD COLUMN x int;\n"
                                                 "CREATE INDEX CONCURRENTLY i ON Items (id);\n"
                                                 "CREATE TABLE fresh (id int REFERENCES app.customers(id));")),
                 QStringList({QStringLiteral("app.customers"), QStringLiteral("app.orders"), QStringLiteral("items")}));
        QVERIFY(touchedRelations(QStringLiteral("SELEC broken")).isEmpty());
    }

    // A database with a hand change (a column type, an extra index) against its
    // migrations folder: the History tab's drift check shows exactly that, the
    // status bar and the object browser say so, and it survives closing the tab.
    void driftCheckInTheGui()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QByteArray v1 = "CREATE TABLE dr_items (id bigint PRIMARY KEY, name text);\n";
        const QByteArray v2 = "CREATE INDEX dr_items_name ON dr_items (name);\n";
        writeTo(folder.path(), QStringLiteral("V1__create_items.sql"), v1);
        writeTo(folder.path(), QStringLiteral("V2__index_name.sql"), v2);
        writeTo(folder.path(), QStringLiteral("V3__add_price.sql"), "ALTER TABLE dr_items ADD COLUMN price numeric;\n");
        const QString uri = TestSandbox::freshDatabase(QStringLiteral("tst_historyview_drift"));
        TestSandbox::exec(uri, flywayDdl() + QString::fromUtf8(v1 + v2) + QStringLiteral(R"SQL(
INSERT INTO flyway_schema_history VALUES
 (1, '1', 'create items', 'SQL', 'V1__create_items.sql', %1, 'ann', '2026-01-02 10:00:00', 12, true),
 (2, '2', 'index name', 'SQL', 'V2__index_name.sql', %2, 'ann', '2026-01-02 10:01:00', 8, true);
-- The hand changes on "staging".
ALTER TABLE dr_items ALTER COLUMN name TYPE varchar(50);
CREATE INDEX dr_items_hand ON dr_items (id, name);
)SQL").arg(Checksum::flyway(v1)).arg(Checksum::flyway(v2)));

        MainWindow window(options());
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.connectTo(uri));
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);
        HistoryView *view = window.showHistory(folder.path());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 60000);
        QCOMPARE(view->summary(), QStringLiteral("2 applied, 1 pending"));
        QVERIFY(view->driftButton()->isEnabled());

        DriftPanel *drift = view->driftPanel();
        QSignalSpy finished(drift, &DriftPanel::finished);
        view->driftButton()->click();
        QVERIFY(drift->isRunning());
        QVERIFY(drift->isVisible());
        QVERIFY(drift->cancelButton()->isVisible());
        QVERIFY(drift->progressBar()->isVisible());
        QVERIFY(!view->driftButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 90000);
        QCOMPARE(drift->outcome(), DriftPanel::Outcome::Drift);
        QVERIFY(!drift->cancelButton()->isVisible());
        QCOMPARE(drift->driftObjects(), QStringList({QStringLiteral("public.dr_items")}));
        QVERIFY(drift->banner()->isVisible());
        QVERIFY(drift->tree()->model()->rowCount() >= 1);
        QVERIFY(drift->selectObject(QStringLiteral("public.dr_items")));
        const QString live = drift->ddlPane()->sourceEdit()->toPlainText();
        const QString expected = drift->ddlPane()->targetEdit()->toPlainText();
        QVERIFY2(live.contains(QLatin1String("character varying(50)")), qPrintable(live));
        QVERIFY2(live.contains(QLatin1String("dr_items_hand")), qPrintable(live));
        QVERIFY2(!expected.contains(QLatin1String("dr_items_hand")), qPrintable(expected));
        QVERIFY2(expected.contains(QLatin1String("name text")), qPrintable(expected));
        // The scratch database is gone; the history table is not drift.
        QCOMPARE(scratchDatabases(uri), 0);

        // Status bar and object badges: V3 is pending on dr_items, which drifted.
        auto *status = window.statusBar()->findChild<QLabel *>(QStringLiteral("historySummaryStatus"));
        QVERIFY(status);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("1 pending · drift in 1 object"), 10000);
        ObjectBrowser *objects = window.objectBrowser();
        QTRY_VERIFY_WITH_TIMEOUT(!objects->isLoading() && objects->findItem(QStringLiteral("dr_items")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(objects->findItem(QStringLiteral("dr_items"))->data(ObjectBrowser::BadgeRole)
                                     .toString().contains(QLatin1String("Drift")), 10000);
        QStandardItem *item = objects->findItem(QStringLiteral("dr_items"));
        QVERIFY(item->data(ObjectBrowser::BadgeRole).toString().contains(QLatin1String("Pending migration 3")));
        QVERIFY(item->toolTip().contains(QLatin1String("Pending migration 3 add price")));
        QVERIFY(!item->icon().isNull());
        QVERIFY(objects->badgedCount() >= 1);

        // Closing the History tab keeps the summary.
        window.tabs()->removeTab(window.tabs()->indexOf(view));
        delete view;
        QVERIFY(!status->isHidden());
        QCOMPARE(status->text(), QStringLiteral("1 pending · drift in 1 object"));

        // A migration that does not apply on the scratch database: file, line, SQLSTATE.
        QTemporaryDir broken;
        writeTo(broken.path(), QStringLiteral("V1__create_items.sql"), v1);
        writeTo(broken.path(), QStringLiteral("V2__index_name.sql"),
                "-- index the names\nCREATE INDEX dr_items_name ON dr_items (no_such_column);\n");
        view = window.showHistory(broken.path());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 60000);
        drift = view->driftPanel();
        QSignalSpy finished2(drift, &DriftPanel::finished);
        view->checkDrift();
        QTRY_COMPARE_WITH_TIMEOUT(finished2.size(), 1, 90000);
        QCOMPARE(drift->outcome(), DriftPanel::Outcome::ApplyFailed);
        QVERIFY(drift->applyError().has_value());
        QVERIFY(drift->applyError()->path.endsWith(QLatin1String("V2__index_name.sql")));
        QCOMPARE(drift->applyError()->line, 2);
        QCOMPARE(drift->applyError()->error.sqlState, QStringLiteral("42703"));
        QVERIFY(drift->banner()->body().contains(QLatin1String("42703")));
        QVERIFY(drift->banner()->body().contains(QLatin1String("line 2")));
        QCOMPARE(scratchDatabases(uri), 0);

        // Cancel: stops, leaves nothing behind.
        QSignalSpy finished3(drift, &DriftPanel::finished);
        view->setFolder(folder.path());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 60000);
        view->checkDrift();
        drift->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished3.size(), 1, 90000);
        QVERIFY(drift->outcome() == DriftPanel::Outcome::Cancelled || drift->outcome() == DriftPanel::Outcome::Drift);
        QTRY_COMPARE_WITH_TIMEOUT(scratchDatabases(uri), 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 60000);
    }

    // Flyway and Rails tables in one database: the History tab offers both,
    // shows the chosen one and remembers it for the connection.
    void choosesAmongSeveralHistoryTables()
    {
        TestSandbox::exec(m_uri, QStringLiteral(
            "CREATE TABLE schema_migrations (version character varying NOT NULL PRIMARY KEY);"
            "CREATE TABLE ar_internal_metadata (key character varying NOT NULL PRIMARY KEY, value character varying,"
            " created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);"
            "INSERT INTO schema_migrations VALUES ('1'), ('2'), ('3');"));
        {
            MainWindow window(options());
            window.show();
            QVERIFY(window.connectTo(m_uri));
            QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);
            HistoryView *view = window.showHistory(m_folder.path());
            QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 60000);
            QCOMPARE(view->historyTables().size(), 2);
            QComboBox *combo = view->historyTableCombo();
            QVERIFY(combo->isVisible());
            QCOMPARE(combo->count(), 3); // Automatic + two tables
            QVERIFY(view->historyNote().contains(QLatin1String("flyway")));
            const int rails = combo->findData(QStringLiteral("public.schema_migrations"));
            QVERIFY(rails > 0);
            combo->setCurrentIndex(rails);
            emit combo->activated(rails);
            QTRY_VERIFY_WITH_TIMEOUT(view->historyNote().contains(QLatin1String("rails")), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 60000);
            QCOMPARE(view->summary(), QStringLiteral("3 applied, 1 pending"));
            QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 60000);
        }
        // Another window on the same connection: the choice is remembered.
        MainWindow window(options());
        window.show();
        QVERIFY(window.connectTo(m_uri));
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ActiveConnection::State::Connected, 60000);
        HistoryView *view = window.showHistory(m_folder.path());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && !view->historyTables().isEmpty(), 60000);
        QVERIFY(view->historyNote().contains(QLatin1String("rails")));
        QCOMPARE(view->historyTableCombo()->currentData().toString(), QStringLiteral("public.schema_migrations"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 60000);
    }
};

QTEST_MAIN(TestHistoryViewDb)
#include "tst_historyview_db.moc"
