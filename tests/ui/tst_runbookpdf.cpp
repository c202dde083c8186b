// The PDF runbook (Qt's printing to QPdfWriter): produced, non-empty, an
// expected number of A4 pages (pdfinfo), page 1 rendered to PNG in the build
// directory (pdftoppm) for a person to look at; with a run report and a chart;
// and slipway-cli plan --format pdf without a display.
#include "plan/planbuilder.h"
#include "plan/runreport.h"
#include "runbookpdf.h"
#include "testsandbox.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;
using namespace slipway::plan;
using slipway::test::TestSandbox;

class TestRunbookPdf : public QObject {
    Q_OBJECT

    static QString script()
    {
        return QStringLiteral(
            "ALTER TABLE orders ADD COLUMN note text;\n"
            "CREATE INDEX orders_note_idx ON orders (note);\n"
            "ALTER TABLE orders ALTER COLUMN id TYPE bigint;\n"
            "ALTER TABLE orders DROP COLUMN legacy;\n"
            "CREATE INDEX CONCURRENTLY orders_customer_created_at_idx ON orders (customer_id, created_at) "
            "WHERE status IN ('pending', 'processing', 'awaiting_payment', 'awaiting_shipment');\n"
            "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);\n"
            "UPDATE orders SET note = 'migrated from the legacy column' WHERE note IS NULL AND created_at < now() - "
            "interval '30 days';\n");
    }

    static MigrationPlan plan()
    {
        PlanContext context;
        context.sourceName = QStringLiteral("V42__orders_note.sql");
        context.title = QStringLiteral("V42 orders note");
        context.tables.insert(QStringLiteral("orders"), PlanTable{QStringLiteral("orders"), 2000000, 300LL * 1024 * 1024});
        return PlanBuilder::build(script(), context);
    }

    // pdfinfo's page count, -1 when pdfinfo is missing or fails.
    static int pdfPages(const QString &path)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            return -1;
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return -1;
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    // Page `page` of the PDF as a PNG next to the test binary (the build dir).
    static QString renderPage(const QString &pdf, const QString &name, int page = 1)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            return QString();
        const QString base = QDir(QCoreApplication::applicationDirPath()).filePath(name);
        QProcess p;
        p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                             QString::number(page), QStringLiteral("-singlefile"), pdf, base});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QString();
        return base + QStringLiteral(".png");
    }

    static void requirePoppler()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed: scripts/install-deps.sh installs it");
    }

private slots:
    void planPdf()
    {
        requirePoppler();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runbook.pdf"));
        QString error;
        const int pages = RunbookPdf::write(plan(), path, nullptr, &error);
        QVERIFY2(pages > 0, qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 10000);
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(pdfPages(path), pages);
        QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages)));
        const QString png = renderPage(path, QStringLiteral("runbook-pdf-page1"));
        QVERIFY(!png.isEmpty());
        const QImage page(png);
        QVERIFY(!page.isNull());
        // A4 portrait at 80 dpi: about 661 x 935 pixels.
        QVERIFY(qAbs(page.width() - 661) < 5 && qAbs(page.height() - 935) < 5);
        renderPage(path, QStringLiteral("runbook-pdf-page2"), 2);
    }

    void pdfWithRunReport()
    {
        requirePoppler();
        QTemporaryDir dir;
        QImage chart(800, 260, QImage::Format_RGB32);
        chart.fill(Qt::white);
        QPainter painter(&chart);
        painter.setPen(QPen(Qt::darkBlue, 3));
        for (int x = 0; x < 780; x += 20)
            painter.drawLine(x, 200 - (x % 160), x + 20, 200 - ((x + 20) % 160));
        painter.end();
        const QString png = dir.filePath(QStringLiteral("lag.png"));
        QVERIFY(chart.save(png));

        RunReport report;
        report.mode = QStringLiteral("run");
        report.status = QStringLiteral("failed");
        report.database = QStringLiteral("shop");
        report.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0), Qt::UTC);
        report.finishedAt = report.startedAt.addSecs(95);
        report.error = QStringLiteral("canceling statement due to lock timeout");
        report.errorSqlState = QStringLiteral("55P03");
        for (int i = 0; i < 7; ++i)
            report.statements << RunReport::Statement{0, i, i + 1, 1200LL * i, i == 6 ? 1500000 : -1, 1, i == 6,
                                                      false, i == 6 ? QStringLiteral("55P03") : QString(),
                                                      i == 6 ? report.error : QString()};
        report.items << RunReport::Item{QStringLiteral("V42 orders note"), QStringLiteral("V42"), QStringLiteral("failed"),
                                        95000, 1500000, 3, QStringLiteral("55P03"), report.error, 7, std::nullopt};
        report.lagSeconds = {12.4, report.startedAt.addSecs(40)};
        report.lockWaitSeconds = {4.5, report.startedAt.addSecs(70)};
        report.lockWaiters = {3, report.startedAt.addSecs(70)};
        report.events << RunReport::Event{report.startedAt.addSecs(41), QStringLiteral("throttle"), QStringLiteral("policy"),
                                          QStringLiteral("Replication lag 12.4 s is above the throttle threshold (10 s)"),
                                          QStringLiteral("replication_lag"), 12.4, 10};
        report.charts << RunReport::Chart{QStringLiteral("Replication lag"), png};

        const QString path = dir.filePath(QStringLiteral("results.pdf"));
        QString error;
        const int pages = RunbookPdf::write(plan(), path, &report, &error);
        QVERIFY2(pages > 0, qPrintable(error));
        QCOMPARE(pdfPages(path), pages);
        QVERIFY2(pages >= 4 && pages <= 10, qPrintable(QString::number(pages)));
        QVERIFY(!renderPage(path, QStringLiteral("runbook-pdf-results-page1")).isEmpty());
        QVERIFY(!renderPage(path, QStringLiteral("runbook-pdf-results-page2"), 2).isEmpty());
    }

    void unwritablePath()
    {
        QString error;
        QCOMPARE(RunbookPdf::write(plan(), QStringLiteral("/nonexistent/dir/x.pdf"), nullptr, &error), 0);
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/x.pdf")));
    }

    void cliWritesPdfWithoutDisplay()
    {
        requirePoppler();
        QTemporaryDir dir;
        const QString sqlPath = dir.filePath(QStringLiteral("m.sql"));
        QFile sql(sqlPath);
        QVERIFY(sql.open(QIODevice::WriteOnly));
        sql.write(script().toUtf8());
        sql.close();
        const QString out = dir.filePath(QStringLiteral("plan.pdf"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        cli.setProcessEnvironment(env);
        cli.start(TestSandbox::cliPath(), {QStringLiteral("plan"), QStringLiteral("--offline"), sqlPath,
                                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const int pages = pdfPages(out);
        QVERIFY2(pages >= 2 && pages <= 8, qPrintable(QString::number(pages)));

        // Without -o there is nowhere to put a PDF.
        cli.start(TestSandbox::cliPath(), {QStringLiteral("plan"), QStringLiteral("--offline"), sqlPath,
                                           QStringLiteral("--format"), QStringLiteral("pdf")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 64);
    }
};

QTEST_MAIN(TestRunbookPdf)
#include "tst_runbookpdf.moc"
